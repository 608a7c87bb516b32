import { useCallback, useMemo, useState } from 'react';
import { useQuery, useSubscription } from 'urql';
import { EpidemiologyAlertsSubscription, EpidemiologyQuery, EpidemiologyUpdatedSubscription } from '../api/operations';
import type { CategoryCountFieldsFragment, EpidemiologyAlertFieldsFragment, EpidemiologyDayFieldsFragment, SymptomCategory } from '../gql/graphql';
import { ErrorNotice } from '../lib/errors';
import { useI18n, type Translate } from '../lib/i18n';
import { EpidemiologyChart } from './EpidemiologyChart';
import { EpidemiologyThresholds } from './EpidemiologyThresholds';

const TOTAL = 'TOTAL';
type Series = SymptomCategory | typeof TOTAL;

/** A day from the live feed replaces the one held (same date) or joins the window in date order. */
export function mergeDay(days: readonly EpidemiologyDayFieldsFragment[], day: EpidemiologyDayFieldsFragment): EpidemiologyDayFieldsFragment[] {
  const rest = days.filter((d) => d.date !== day.date);
  return [...rest, day].sort((a, b) => a.date.localeCompare(b.date));
}

/** Alerts keyed by category and day: a replayed one is not listed twice. Newest first. */
export function mergeAlerts(held: readonly EpidemiologyAlertFieldsFragment[], incoming: readonly EpidemiologyAlertFieldsFragment[]): EpidemiologyAlertFieldsFragment[] {
  const byKey = new Map<string, EpidemiologyAlertFieldsFragment>();
  for (const a of [...held, ...incoming]) byKey.set(`${a.category}:${a.date}`, a);
  return [...byKey.values()].sort((a, b) => b.date.localeCompare(a.date) || a.category.localeCompare(b.category));
}

function seriesOf(day: EpidemiologyDayFieldsFragment, series: Series): CategoryCountFieldsFragment | undefined {
  return series === TOTAL ? day.total : day.categories.find((c) => c.category === series);
}

/** A count as shown: the number, or "withheld" — never a 0 standing in for 1 to k-1. */
export function shownCount(c: CategoryCountFieldsFragment | undefined, t: Translate, k: number): string {
  if (!c) return '—';
  if (c.suppressed || c.count === null || c.count === undefined) return t('epi.suppressed', { k });
  return String(c.count);
}

function shownNumber(value: number | null | undefined, suppressed: boolean, t: Translate, k: number, digits = 1, locale = 'fr-FR'): string {
  if (value === null || value === undefined) return suppressed ? t('epi.withheld', { k }) : '—';
  return new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
}

export function shownChange(change: number | null | undefined, locale: string): string {
  if (change === null || change === undefined) return '—';
  const percent = Math.round(change * 100);
  return `${percent > 0 ? '+' : percent < 0 ? '−' : '±'}${new Intl.NumberFormat(locale).format(Math.abs(percent))} %`;
}

/**
 * The territory's epidemiology: triages per day and symptom category (Chart.js, backed by tables),
 * the 7-day average and week-over-week change per category, and alerts as they are raised. Counts
 * from 1 to k-1 are withheld by the server and said so here, never drawn or written as 0.
 */
export function EpidemiologyPanel({ territoryId, canSetThresholds = false }: { territoryId: string; canSetThresholds?: boolean }) {
  const { t, lang, time } = useI18n();
  const locale = lang === 'FR' ? 'fr-FR' : 'en-GB';
  const [{ data, error, fetching }] = useQuery({ query: EpidemiologyQuery, variables: { territoryId }, requestPolicy: 'network-only' });
  const [liveDays, setLiveDays] = useState<EpidemiologyDayFieldsFragment[]>([]);
  const [liveAlerts, setLiveAlerts] = useState<EpidemiologyAlertFieldsFragment[]>([]);
  const [series, setSeries] = useState<Series>(TOTAL);
  const [trendDate, setTrendDate] = useState<string | null>(null);
  const [live, setLive] = useState<{ n: number; at: string } | null>(null);

  useSubscription({ query: EpidemiologyUpdatedSubscription, variables: { territoryId } }, (_p, e) => {
    setLiveDays((held) => mergeDay(held, e.epidemiologyUpdated.day));
    setLive((l) => ({ n: (l?.n ?? 0) + 1, at: new Date().toISOString() }));
    if (e.epidemiologyUpdated.raisedAlerts.length) setLiveAlerts((held) => mergeAlerts(held, e.epidemiologyUpdated.raisedAlerts));
    return e;
  });
  useSubscription({ query: EpidemiologyAlertsSubscription, variables: { territoryId } }, (_p, e) => {
    setLiveAlerts((held) => mergeAlerts(held, [e.epidemiologyAlerts]));
    return e;
  });

  const report = data?.epidemiology;
  const k = report?.suppressionThreshold ?? 5;
  const days = useMemo(() => liveDays.reduce((all, d) => mergeDay(all, d), [...(report?.days ?? [])]), [report, liveDays]);
  const alerts = useMemo(() => mergeAlerts(report?.activeAlerts ?? [], liveAlerts), [report, liveAlerts]);
  // Today is still being counted: the trend opens on the last full day (any day may be picked).
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
  const defaultTrend = days.length > 1 && days[days.length - 1].date === today ? days[days.length - 2] : days[days.length - 1];
  const latest = days.find((d) => d.date === trendDate) ?? defaultTrend;
  const categories = (latest?.categories ?? []).map((c) => c.category!).filter(Boolean);
  const seriesLabel = (s: Series) => (s === TOTAL ? t('epi.total') : t(`symptom.${s}`));
  const dayFormat = useMemo(() => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }), [locale]);
  const dayLabel = useCallback((date: string) => dayFormat.format(new Date(`${date}T00:00:00Z`)), [dayFormat]);

  const points = useMemo(
    () =>
      days.map((d) => {
        const c = seriesOf(d, series);
        return { label: dayLabel(d.date), count: c?.count ?? null, suppressed: c?.suppressed ?? false, average: c?.rollingAverage7 ?? null };
      }),
    [days, series, dayLabel],
  );
  const chartLabels = useMemo(() => ({ count: t('epi.count'), average: t('epi.average7'), suppressed: t('epi.suppressedLegend', { below: k - 1 }) }), [t, k]);

  if (error) return <ErrorNotice error={error} />;
  if (!report) return <p role="status">{fetching ? t('common.loading') : t('common.none')}</p>;

  return (
    <div className="epidemiology" data-days={days.length} data-live-updates={live?.n ?? 0}>
      <p className="muted">{t('epi.intro', { k, below: k - 1, from: dayLabel(report.from), to: dayLabel(report.to) })}</p>
      <p className="muted" role="status">
        {live ? t('epi.liveAt', { at: time(live.at) }) : null}
      </p>

      <section aria-labelledby="epi-alerts-title">
        <h4 id="epi-alerts-title">
          {t('epi.alerts')} <span className={alerts.length ? 'count count--alert' : 'count'}>{alerts.length}</span>
        </h4>
        <ul className="epi-alerts" aria-live="polite">
          {alerts.length === 0 ? <li className="muted">{t('epi.noAlerts')}</li> : null}
          {alerts.map((a) => (
            <li key={`${a.category}:${a.date}`} className="epi-alert" data-category={a.category}>
              <strong>{t(`symptom.${a.category}`)}</strong> — {dayLabel(a.date)} :{' '}
              {t('epi.alertLine', {
                avg: shownNumber(a.rollingAverage7, false, t, k, 1, locale),
                prev: shownNumber(a.previousAverage7, false, t, k, 1, locale),
                min: shownNumber(a.threshold.minDailyAverage, false, t, k, 1, locale),
                rise: Math.round(a.threshold.riseRatio * 100),
              })}
            </li>
          ))}
        </ul>
      </section>

      <label>
        {t('epi.series')}
        <select value={series} onChange={(e) => setSeries(e.target.value as Series)}>
          <option value={TOTAL}>{t('epi.total')}</option>
          {categories.map((c) => (
            <option key={c} value={c}>
              {t(`symptom.${c}`)}
            </option>
          ))}
        </select>
      </label>
      <EpidemiologyChart points={points} title={t('epi.chartTitle', { series: seriesLabel(series) })} labels={chartLabels} />
      <details>
        <summary>{t('epi.chartTable', { series: seriesLabel(series) })}</summary>
        <div className="table-scroll">
          <table className="epi-daily">
            <thead>
              <tr>
                <th scope="col">{t('epi.date')}</th>
                <th scope="col">{t('epi.count')}</th>
                <th scope="col">{t('epi.average7')}</th>
              </tr>
            </thead>
            <tbody>
              {days.map((d) => {
                const c = seriesOf(d, series);
                return (
                  <tr key={d.date} data-suppressed={c?.suppressed ?? false}>
                    <th scope="row">{dayLabel(d.date)}</th>
                    <td>{shownCount(c, t, k)}</td>
                    <td>{shownNumber(c?.rollingAverage7, true, t, k, 1, locale)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </details>

      <h4>{t('epi.trend', { day: latest ? dayLabel(latest.date) : '' })}</h4>
      <label>
        {t('epi.trendDay')}
        <select value={latest?.date ?? ''} onChange={(e) => setTrendDate(e.target.value)}>
          {[...days].reverse().map((d) => (
            <option key={d.date} value={d.date}>
              {dayLabel(d.date)}
              {d.date === today ? ` (${t('epi.inProgress')})` : ''}
            </option>
          ))}
        </select>
      </label>
      <div className="table-scroll">
        <table className="epi-trend">
          <thead>
            <tr>
              <th scope="col">{t('epi.category')}</th>
              <th scope="col">{t('epi.today')}</th>
              <th scope="col">{t('epi.average7')}</th>
              <th scope="col">{t('epi.week')}</th>
              <th scope="col">{t('epi.previousWeek')}</th>
              <th scope="col">{t('epi.change')}</th>
            </tr>
          </thead>
          <tbody>
            {latest
              ? [TOTAL as Series, ...categories].map((s) => {
                  const c = seriesOf(latest, s);
                  const alerting = s !== TOTAL && alerts.some((a) => a.category === s);
                  return (
                    <tr key={s} data-category={s} data-suppressed={c?.suppressed ?? false} className={alerting ? 'row--alert' : undefined}>
                      <th scope="row">
                        {seriesLabel(s)}
                        {alerting ? <span className="badge badge--overdue">{t('epi.alertBadge')}</span> : null}
                      </th>
                      <td>{shownCount(c, t, k)}</td>
                      <td>{shownNumber(c?.rollingAverage7, true, t, k, 1, locale)}</td>
                      <td>{shownNumber(c?.weekTotal, true, t, k, 0, locale)}</td>
                      <td>{shownNumber(c?.previousWeekTotal, true, t, k, 0, locale)}</td>
                      <td>{shownChange(c?.weekOverWeekChange, locale)}</td>
                    </tr>
                  );
                })
              : null}
          </tbody>
        </table>
      </div>
      <details>
        <summary>{t('epi.thresholds')}</summary>
        <EpidemiologyThresholds territoryId={territoryId} editable={canSetThresholds} />
      </details>
    </div>
  );
}
