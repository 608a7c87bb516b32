import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useMutation, useQuery, useSubscription } from 'urql';
import { PractitionerHomeQuery, UnitHomeQuery, UnitJourneysSubscription, UpdateUnitCapacityMutation } from '../api/operations';
import { JourneyList, type ListEntry } from '../components/JourneyList';
import { TeleExpertiseInbox, TeleExpertiseStatement } from '../components/TeleExpertise';
import type { UnitCapacityFieldsFragment, WorkItemFieldsFragment } from '../gql/graphql';
import { useSession } from '../lib/auth';
import { ErrorNotice } from '../lib/errors';
import { byDueBy, personName } from '../lib/format';
import { useI18n, type Translate } from '../lib/i18n';
import { usePolling } from '../lib/usePolling';

function incomingEntries(items: readonly WorkItemFieldsFragment[], t: Translate): ListEntry[] {
  return [...items]
    .map((w) => ({
      key: w.stepId,
      journey: w.journey,
      dueBy: w.dueBy,
      overdue: w.step?.overdue ?? false,
      what: `${t(`kind.${w.kind}`)} · ${t(`status.${w.status}`)} · ${t(`priority.${w.priority}`)}${w.step?.requester ? ` · ${t('unit.from', { who: personName(w.step.requester) })}` : ''}${w.step?.reason ? ` — ${w.step.reason}` : ''}`,
    }))
    .sort(byDueBy((e) => e.dueBy));
}

/** Specialists and hospital units: incoming referrals and tele-expertise requests, tracked journeys, the unit's capacity. */
export function UnitHome() {
  const { t } = useI18n();
  const session = useSession();
  const unitId = session.user.unitId;
  const [mine, refetchMine] = useQuery({ query: PractitionerHomeQuery, variables: { practitionerId: session.user.id } });
  const [unit, refetchUnit] = useQuery({ query: UnitHomeQuery, variables: { unitId: unitId ?? '' }, pause: !unitId });
  const refresh = useCallback(() => {
    refetchMine({ requestPolicy: 'network-only' });
    if (unitId) refetchUnit({ requestPolicy: 'network-only' });
  }, [refetchMine, refetchUnit, unitId]);
  // A unit hears its journeys live; a specialist's own requests have no feed of their own yet, so they are re-read.
  useSubscription({ query: UnitJourneysSubscription, variables: { unitId: unitId ?? '' }, pause: !unitId }, (_p, e) => {
    refresh();
    return e;
  });
  usePolling(refresh, unitId ? 30_000 : 10_000);

  const incoming = [...incomingEntries(mine.data?.practitioner?.worklist ?? [], t), ...incomingEntries(unit.data?.hospitalUnit?.incoming ?? [], t)];
  const tracked: ListEntry[] = [...(mine.data?.practitioner?.journeys ?? []), ...(unit.data?.hospitalUnit?.journeys ?? [])]
    .filter((j, i, all) => all.findIndex((x) => x.id === j.id) === i)
    .map((j) => ({ key: j.id, journey: j, overdue: j.overdue }));

  return (
    <div className="workspace">
      <h2>{unit.data?.hospitalUnit ? `${unit.data.hospitalUnit.name} — ${unit.data.hospitalUnit.hospitalName}` : t('unit.title')}</h2>
      <ErrorNotice error={mine.error ?? unit.error} />
      <div className="grid-main">
        <section className="card" aria-labelledby="incoming-title">
          <h3 id="incoming-title">
            {t('unit.incoming')} <span className="count">{incoming.length}</span>
          </h3>
          <div className="button-row">
            <button type="button" className="button button--small" onClick={refresh}>
              {t('common.refresh')}
            </button>
          </div>
          <JourneyList entries={incoming} hrefOf={(id) => `/unit/journeys/${id}`} label={t('unit.incoming')} empty={t('unit.nothingIncoming')} />
        </section>
        <div>
          {/* Beds and ER figures are a care unit's; labs and imaging centres publish slots instead. */}
          {unit.data?.hospitalUnit && unit.data.hospitalUnit.kind !== 'LABORATORY' && unit.data.hospitalUnit.kind !== 'RADIOLOGY' ? <CapacityEditor unitId={unit.data.hospitalUnit.id} capacity={unit.data.hospitalUnit.capacity ?? null} onSaved={refresh} /> : null}
          <section className="card" aria-labelledby="tracked-title">
            <h3 id="tracked-title">
              {t('unit.tracked')} <span className="count">{tracked.length}</span>
            </h3>
            <JourneyList entries={tracked} hrefOf={(id) => `/unit/journeys/${id}`} label={t('unit.tracked')} empty={t('common.none')} />
          </section>
          {/* Tele-expertise goes to practitioners: their questions waiting for an answer, and the monthly acts. */}
          {session.user.role === 'Specialist' || (mine.data?.practitioner?.worklist ?? []).some((w) => w.kind === 'TELE_EXPERTISE') ? (
            <>
              <TeleExpertiseInbox hrefOf={(id) => `/unit/journeys/${id}`} />
              <TeleExpertiseStatement hrefOf={(id) => `/unit/journeys/${id}`} />
            </>
          ) : null}
        </div>
      </div>
    </div>
  );
}

const fields = ['bedsTotal', 'bedsOccupied', 'erWaiting', 'erLongestWaitMinutes', 'doctorsOnDuty'] as const;
type CapacityInput = Record<(typeof fields)[number], number>;

function CapacityEditor({ unitId, capacity, onSaved }: { unitId: string; capacity: UnitCapacityFieldsFragment | null; onSaved: () => void }) {
  const { t, dateTime } = useI18n();
  const [values, setValues] = useState<CapacityInput>({ bedsTotal: 0, bedsOccupied: 0, erWaiting: 0, erLongestWaitMinutes: 0, doctorsOnDuty: 0 });
  const [saved, setSaved] = useState(false);
  const [state, save] = useMutation(UpdateUnitCapacityMutation);
  useEffect(() => {
    if (capacity) setValues({ bedsTotal: capacity.bedsTotal, bedsOccupied: capacity.bedsOccupied, erWaiting: capacity.erWaiting, erLongestWaitMinutes: capacity.erLongestWaitMinutes, doctorsOnDuty: capacity.doctorsOnDuty });
  }, [capacity]);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    const r = await save({ input: { unitId, ...values } });
    if (r.data) {
      setSaved(true);
      onSaved();
    }
  };
  return (
    <form className="card capacity-editor" onSubmit={submit} aria-labelledby="capacity-title">
      <h3 id="capacity-title">{t('unit.capacity')}</h3>
      {capacity ? <p className="muted">{t('capacity.updatedAt', { at: dateTime(capacity.updatedAt) })}</p> : null}
      <div className="grid-fields">
        {fields.map((f) => (
          <label key={f}>
            {t(`capacity.${f}`)}
            <input type="number" min={0} inputMode="numeric" required value={values[f]} onChange={(e) => setValues({ ...values, [f]: Number(e.target.value) })} />
          </label>
        ))}
      </div>
      <ErrorNotice error={state.error} />
      {saved ? <p role="status">{t('common.saved')}</p> : null}
      <button type="submit" className="button button--primary" disabled={state.fetching}>
        {t('common.save')}
      </button>
    </form>
  );
}
