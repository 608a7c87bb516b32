import { useId, useMemo } from 'react';
import { useQuery } from 'urql';
import { AvailableSlotsQuery } from '../api/operations';
import type { PerformerInput } from '../gql/graphql';
import { ErrorNotice } from '../lib/errors';
import { useI18n } from '../lib/i18n';

/**
 * The free slots a performer publishes over the next week, by day; picking one is optional
 * (`value` null: no slot, the performer schedules later). Slots held for urgent referrals are shown
 * (marked) only to whoever may book them: a GP booking an urgent referral.
 */
export function SlotPicker({ performer, value, onChange, allowReserved = false, days = 7 }: { performer: PerformerInput; value: string | null; onChange: (start: string | null) => void; allowReserved?: boolean; days?: number }) {
  const { t, time, lang } = useI18n();
  const id = useId();
  const range = useMemo(() => {
    const from = new Date();
    return { from: from.toISOString(), to: new Date(from.getTime() + days * 24 * 3600_000).toISOString() };
  }, [days]);
  const [{ data, fetching, error }] = useQuery({ query: AvailableSlotsQuery, variables: { performer, ...range } });
  const byDay = useMemo(() => {
    const format = new Intl.DateTimeFormat(lang === 'FR' ? 'fr-FR' : 'en-GB', { weekday: 'long', day: 'numeric', month: 'long' });
    const groups = new Map<string, { start: string; reservedForUrgent: boolean }[]>();
    for (const slot of data?.availableSlots ?? []) {
      if (!slot.free || (slot.reservedForUrgent && !allowReserved)) continue;
      const day = format.format(new Date(slot.start));
      groups.set(day, [...(groups.get(day) ?? []), slot]);
    }
    return [...groups.entries()];
  }, [data, lang, allowReserved]);

  return (
    <fieldset className="slots" aria-busy={fetching}>
      <legend>{t('step.slotPicker')}</legend>
      <ErrorNotice error={error} />
      <label className="choice">
        <input type="radio" name={`${id}-slot`} checked={value === null} onChange={() => onChange(null)} />
        {t('slots.none')}
      </label>
      {!fetching && byDay.length === 0 ? <p className="muted">{t('slots.noneFree')}</p> : null}
      {byDay.map(([day, slots]) => (
        <div key={day} className="slots__day" role="group" aria-label={day}>
          <p className="slots__label">{day}</p>
          <div className="slots__list">
            {slots.slice(0, 24).map((s) => (
              <label key={s.start} className={`slot${value === s.start ? ' slot--picked' : ''}${s.reservedForUrgent ? ' slot--urgent' : ''}`}>
                <input type="radio" name={`${id}-slot`} value={s.start} checked={value === s.start} onChange={() => onChange(s.start)} />
                <time dateTime={s.start}>{time(s.start)}</time>
                {s.reservedForUrgent ? <span className="visually-hidden"> {t('slots.urgent')}</span> : null}
                {s.reservedForUrgent ? <span aria-hidden="true"> ⚡</span> : null}
              </label>
            ))}
          </div>
        </div>
      ))}
    </fieldset>
  );
}
