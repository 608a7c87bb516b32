import { useEffect, useState } from 'react';
import { useQuery, useSubscription } from 'urql';
import { EmergencyQueueSubscription, RegulatorQueueQuery } from '../api/operations';
import { LevelBadge, StageBadge } from '../components/Badges';
import type { EmergencyFieldsFragment } from '../gql/graphql';
import { useSession } from '../lib/auth';
import { ErrorNotice } from '../lib/errors';
import { age, personName } from '../lib/format';
import { useI18n } from '../lib/i18n';
import { Link } from '../lib/router';

/** The SAMU regulator's live queue: every emergency of the territory with its triage answers, newest first. */
export function RegulatorHome() {
  const { t, dateTime } = useI18n();
  const session = useSession();
  const territoryId = session.user.territoryId ?? 'demo';
  const [{ data, error }] = useQuery({ query: RegulatorQueueQuery, variables: { territoryId } });
  const [queue, setQueue] = useState<EmergencyFieldsFragment[]>([]);
  useEffect(() => {
    if (data?.territory) setQueue((current) => merge(current, data.territory!.emergencyQueue));
  }, [data]);
  useSubscription({ query: EmergencyQueueSubscription, variables: { territoryId } }, (_p, e) => {
    const j = e.emergencyQueue.journey;
    if (j) setQueue((current) => merge(current, [j]));
    return e;
  });
  const open = queue.filter((j) => j.stage === 'REDIRECTED_TO_EMERGENCY').sort((a, b) => (b.triage?.triagedAt ?? '').localeCompare(a.triage?.triagedAt ?? ''));

  return (
    <div className="workspace">
      <h2>{t('regulator.title')}</h2>
      <ErrorNotice error={error} />
      <section className="card" aria-labelledby="queue-title">
        <h3 id="queue-title">
          {t('regulator.queue')} <span className="count">{open.length}</span>
        </h3>
        {open.length === 0 ? <p className="muted">{t('regulator.empty')}</p> : null}
        <ul className="emergencies" aria-live="polite">
          {open.map((j) => (
            <li key={j.id} className="emergency" data-journey-id={j.id}>
              <div className="emergency__head">
                <Link to={`/regulator/journeys/${j.id}`}>
                  <strong>{personName(j.patient)}</strong> · {t('journey.age', { n: age(j.patient.birthDate) })}
                </Link>
                <LevelBadge level={j.triage?.level} /> <StageBadge stage={j.stage} />
                {j.triage ? <time dateTime={j.triage.triagedAt}> {dateTime(j.triage.triagedAt)}</time> : null}
                {j.patient.phone ? (
                  <a className="button button--small button--primary" href={`tel:${j.patient.phone.replace(/\s+/g, '')}`}>
                    {t('regulator.callPatient')}
                  </a>
                ) : null}
              </div>
              {j.triage ? (
                <>
                  <ul className="reasons">
                    {j.triage.reasons.map((r, i) => (
                      <li key={i}>{r}</li>
                    ))}
                  </ul>
                  <details>
                    <summary>{t('triage.answers', { n: j.triage.answers.length })}</summary>
                    <dl className="facts">
                      {j.triage.answers.map((a) => (
                        <div key={a.question}>
                          <dt>{a.question}</dt>
                          <dd>{a.value}</dd>
                        </div>
                      ))}
                    </dl>
                  </details>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

function merge(current: EmergencyFieldsFragment[], incoming: readonly EmergencyFieldsFragment[]): EmergencyFieldsFragment[] {
  const byId = new Map(current.map((j) => [j.id, j]));
  for (const j of incoming) {
    const known = byId.get(j.id);
    if (!known || known.version <= j.version) byId.set(j.id, j);
  }
  return [...byId.values()];
}
