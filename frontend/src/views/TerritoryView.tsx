import { useMemo, useState } from 'react';
import { useQuery, useSubscription } from 'urql';
import { TerritoryCapacitySubscription, TerritoryDashboardQuery, TerritoryOverdueQuery } from '../api/operations';
import { CapacityChart } from '../components/CapacityChart';
import { EpidemiologyPanel } from '../components/EpidemiologyPanel';
import { JourneyList } from '../components/JourneyList';
import type { CapacityFieldsFragment } from '../gql/graphql';
import { useSession } from '../lib/auth';
import { ErrorNotice } from '../lib/errors';
import { useI18n } from '../lib/i18n';

/** The territory at a glance: beds and ER congestion per unit (live), overdue journeys, epidemiology (live). */
export function TerritoryView() {
  const { t, dateTime } = useI18n();
  const session = useSession();
  const territoryId = session.user.territoryId ?? 'demo';
  const canSeeOverdue = session.user.role === 'Gp' || session.user.role === 'Regulator';
  // Aggregates of the territory's triages: its GPs, the regulator and admins (docs/epidemiology.md).
  const canSeeEpidemiology = canSeeOverdue || session.user.role === 'Admin';
  const [{ data, error }] = useQuery({ query: TerritoryDashboardQuery, variables: { territoryId } });
  const [overdue] = useQuery({ query: TerritoryOverdueQuery, variables: { territoryId }, pause: !canSeeOverdue });
  const [live, setLive] = useState<CapacityFieldsFragment | null>(null);
  useSubscription({ query: TerritoryCapacitySubscription, variables: { territoryId } }, (_p, e) => {
    setLive(e.territoryCapacity);
    return e;
  });
  const capacity = live ?? data?.territory?.capacity ?? null;

  const rows = useMemo(
    () =>
      (capacity?.units ?? [])
        .filter((u) => u.kind !== 'LABORATORY' && u.kind !== 'RADIOLOGY')
        .map((u) => ({ id: u.unitId, name: u.unit ? `${u.unit.name} — ${u.unit.hospitalName}` : u.unitId, kind: u.kind, ...u.capacity })),
    [capacity],
  );
  const ers = rows.filter((r) => r.kind === 'EMERGENCY');

  return (
    <div className="workspace">
      <h2>{t('territory.title', { name: data?.territory?.name ?? territoryId })}</h2>
      <ErrorNotice error={error} />
      {capacity ? (
        <>
          <div className="kpis" role="list">
            <div className="kpi" role="listitem">
              <span className="kpi__value">{capacity.bedsTotal - capacity.bedsOccupied}</span>
              <span className="kpi__label">{t('territory.freeBeds', { total: capacity.bedsTotal })}</span>
            </div>
            <div className="kpi" role="listitem">
              <span className="kpi__value">{capacity.bedsTotal ? Math.round((100 * capacity.bedsOccupied) / capacity.bedsTotal) : 0} %</span>
              <span className="kpi__label">{t('territory.occupancy')}</span>
            </div>
            <div className={`kpi${capacity.erWaiting > 20 ? ' kpi--alert' : ''}`} role="listitem">
              <span className="kpi__value">{capacity.erWaiting}</span>
              <span className="kpi__label">{t('territory.erWaiting')}</span>
            </div>
          </div>
          <p className="muted">{t('capacity.updatedAt', { at: dateTime(capacity.updatedAt) })}</p>
          <div className="grid-2">
            <section className="card" aria-labelledby="chart-title">
              <h3 id="chart-title">{t('territory.bedsChart')}</h3>
              <CapacityChart
                title={t('territory.bedsChart')}
                occupiedLabel={t('capacity.bedsOccupied')}
                freeLabel={t('capacity.bedsFree')}
                bars={rows.map((r) => ({ label: r.name, occupied: r.bedsOccupied, free: r.bedsFree }))}
              />
            </section>
            <section className="card" aria-labelledby="er-title">
              <h3 id="er-title">{t('territory.er')}</h3>
              <ul className="er-list">
                {ers.map((r) => (
                  <li key={r.id} className={r.erLongestWaitMinutes > 120 ? 'er er--congested' : 'er'}>
                    <strong>{r.name}</strong>
                    <span>{t('territory.erLine', { waiting: r.erWaiting, minutes: r.erLongestWaitMinutes, doctors: r.doctorsOnDuty })}</span>
                    {r.erLongestWaitMinutes > 120 ? <span className="badge badge--overdue">{t('territory.congested')}</span> : null}
                  </li>
                ))}
              </ul>
            </section>
          </div>
          <section className="card" aria-labelledby="table-title">
            <h3 id="table-title">{t('territory.table')}</h3>
            <div className="table-scroll">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('territory.unit')}</th>
                    <th scope="col">{t('territory.kind')}</th>
                    <th scope="col">{t('capacity.bedsTotal')}</th>
                    <th scope="col">{t('capacity.bedsOccupied')}</th>
                    <th scope="col">{t('capacity.bedsFree')}</th>
                    <th scope="col">{t('capacity.erWaiting')}</th>
                    <th scope="col">{t('capacity.doctorsOnDuty')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr key={r.id} className={r.bedsFree === 0 ? 'row--full' : undefined}>
                      <th scope="row">{r.name}</th>
                      <td>{t(`unitKind.${r.kind}`)}</td>
                      <td>{r.bedsTotal}</td>
                      <td>{r.bedsOccupied}</td>
                      <td>{r.bedsFree}</td>
                      <td>{r.kind === 'EMERGENCY' ? r.erWaiting : '—'}</td>
                      <td>{r.doctorsOnDuty}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        </>
      ) : (
        <p role="status">{t('common.loading')}</p>
      )}
      <section className="card" aria-labelledby="epi-title">
        <h3 id="epi-title">{t('territory.epidemiology')}</h3>
        {canSeeEpidemiology ? <EpidemiologyPanel territoryId={territoryId} canSetThresholds={session.user.role === 'Admin'} /> : <p className="muted">{t('epi.restricted')}</p>}
      </section>
      <section className="card" aria-labelledby="overdue-title">
        <h3 id="overdue-title">{t('territory.overdue')}</h3>
        {canSeeOverdue ? (
          <>
            <ErrorNotice error={overdue.error} />
            <JourneyList
              entries={(overdue.data?.territory?.overdue ?? []).map((j) => ({ key: j.id, journey: j, dueBy: j.triage?.dueBy, overdue: true }))}
              hrefOf={(id) => (session.user.role === 'Gp' ? `/gp/journeys/${id}` : `/regulator/journeys/${id}`)}
              label={t('territory.overdue')}
              empty={t('territory.noOverdue')}
            />
          </>
        ) : (
          <p className="muted">{t('territory.overdueRestricted')}</p>
        )}
      </section>
    </div>
  );
}
