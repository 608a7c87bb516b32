import { useCallback, useMemo, useState } from 'react';
import { useQuery, useSubscription } from 'urql';
import { AlertsQuery, AlertsSubscription, GpHomeQuery, ReferralStatusChangedSubscription } from '../api/operations';
import { AlertList } from '../components/AlertList';
import { TeleExpertiseStatement } from '../components/TeleExpertise';
import { StatusBadge } from '../components/Badges';
import { JourneyList, type ListEntry } from '../components/JourneyList';
import { performerName } from '../components/JourneyTree';
import type { ReferralStatusChangedSubscription as ReferralEvent } from '../gql/graphql';
import { useSession } from '../lib/auth';
import { ErrorNotice } from '../lib/errors';
import { byDueBy, personName } from '../lib/format';
import { useI18n } from '../lib/i18n';
import { Link } from '../lib/router';
import { usePolling } from '../lib/usePolling';

type Change = ReferralEvent['referralStatusChanged'];

/** The GP's workspace: what is due (queue + own open steps) by due-by, the journeys they follow, referral replies live. */
export function GpHome() {
  const { t, time } = useI18n();
  const session = useSession();
  const [{ data, error, fetching }, refetch] = useQuery({
    query: GpHomeQuery,
    variables: { practitionerId: session.user.id, territoryId: session.user.territoryId ?? 'demo' },
  });
  const refresh = useCallback(() => refetch({ requestPolicy: 'network-only' }), [refetch]);
  usePolling(refresh, 15_000);
  const [changes, setChanges] = useState<Change[]>([]);
  useSubscription({ query: ReferralStatusChangedSubscription, variables: { practitionerId: session.user.id } }, (_prev, event) => {
    setChanges((list) => [event.referralStatusChanged, ...list].slice(0, 20));
    refresh();
    return event;
  });

  const [alerts, refetchAlerts] = useQuery({ query: AlertsQuery, variables: { practitionerId: session.user.id }, requestPolicy: 'network-only' });
  useSubscription({ query: AlertsSubscription, variables: { practitionerId: session.user.id } }, (_prev, event) => {
    refetchAlerts({ requestPolicy: 'network-only' });
    return event;
  });

  const due: ListEntry[] = useMemo(() => {
    const queue = (data?.territory?.awaitingQueue ?? []).map((j) => ({ key: `q:${j.id}`, journey: j, dueBy: j.triage?.dueBy, overdue: j.overdue, what: t('gp.awaiting') }));
    const mine = (data?.practitioner?.worklist ?? []).map((w) => ({
      key: `w:${w.stepId}`,
      journey: w.journey,
      dueBy: w.dueBy,
      overdue: w.step?.overdue ?? false,
      what: `${t(`kind.${w.kind}`)} · ${t(`status.${w.status}`)}`,
    }));
    return [...queue, ...mine].sort(byDueBy((e) => e.dueBy));
  }, [data, t]);

  const followed: ListEntry[] = (data?.practitioner?.journeys ?? [])
    .filter((j) => j.stage !== 'CLOSED' && j.stage !== 'CANCELLED')
    .map((j) => ({ key: `f:${j.id}`, journey: j, overdue: j.overdue }));

  return (
    <div className="workspace">
      <h2>{t('gp.title')}</h2>
      <ErrorNotice error={error} />
      <div className="grid-main">
        <section className="card" aria-labelledby="due-title" aria-busy={fetching}>
          <h3 id="due-title">
            {t('gp.worklist')} <span className="count">{due.length}</span>
          </h3>
          <JourneyList entries={due} hrefOf={(id) => `/gp/journeys/${id}`} label={t('gp.worklist')} empty={t('gp.nothingDue')} />
        </section>
        <div>
          <section className="card" aria-labelledby="alerts-title">
            <h3 id="alerts-title">
              {t('alerts.title')} <span className="count">{alerts.data?.alerts.length ?? 0}</span>
            </h3>
            <ErrorNotice error={alerts.error} />
            <AlertList alerts={alerts.data?.alerts ?? []} hrefOf={(id) => `/gp/journeys/${id}`} onAcknowledged={() => refetchAlerts({ requestPolicy: 'network-only' })} />
          </section>
          <section className="card" aria-labelledby="changes-title">
            <h3 id="changes-title">{t('gp.referralStatus')}</h3>
            {changes.length === 0 ? <p className="muted">{t('gp.noChanges')}</p> : null}
            <ul className="feed" aria-live="polite">
              {changes.map((c) => (
                <li key={`${c.journeyId}:${c.version}`}>
                  <time dateTime={c.at}>{time(c.at)}</time> <Link to={`/gp/journeys/${c.journeyId}`}>{personName(c.journey.patient)}</Link> — {t(`kind.${c.step.kind}`)} {performerName(c.step.performer)}{' '}
                  <StatusBadge status={c.step.status} />
                  {c.step.statusReason ? <span className="muted"> {c.step.statusReason}</span> : null}
                </li>
              ))}
            </ul>
          </section>
          <section className="card" aria-labelledby="followed-title">
            <h3 id="followed-title">
              {t('gp.followed')} <span className="count">{followed.length}</span>
            </h3>
            <JourneyList entries={followed} hrefOf={(id) => `/gp/journeys/${id}`} label={t('gp.followed')} empty={t('common.none')} />
          </section>
          <TeleExpertiseStatement hrefOf={(id) => `/gp/journeys/${id}`} />
        </div>
      </div>
    </div>
  );
}
