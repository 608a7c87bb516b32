import type { JourneySummaryFragment } from '../gql/graphql';
import { age, personName } from '../lib/format';
import { useI18n } from '../lib/i18n';
import { Link } from '../lib/router';
import { DueBy, LevelBadge, StageBadge } from './Badges';

export interface ListEntry {
  key: string;
  journey: JourneySummaryFragment | null | undefined;
  dueBy?: string | null;
  overdue?: boolean;
  what?: string;
}

/** A worklist: one row per journey or open step, soonest due first, overdue ones marked in words and colour. */
export function JourneyList({ entries, hrefOf, label, empty }: { entries: ListEntry[]; hrefOf: (journeyId: string) => string; label: string; empty: string }) {
  const { t } = useI18n();
  if (entries.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="worklist" aria-label={label}>
      {entries.map(({ key, journey, dueBy, overdue, what }) =>
        journey ? (
          <li key={key} className={overdue ? 'worklist__item worklist__item--overdue' : 'worklist__item'} data-journey-id={journey.id}>
            <Link to={hrefOf(journey.id)} className="worklist__link">
              <span className="worklist__who">
                {personName(journey.patient)} <span className="muted">{t('journey.age', { n: age(journey.patient.birthDate) })}</span>
              </span>
              <span className="worklist__badges">
                <LevelBadge level={journey.triage?.level} />
                <StageBadge stage={journey.stage} />
              </span>
              {what ? <span className="worklist__what">{what}</span> : null}
              {journey.triage?.reasons[0] ? <span className="worklist__reason">{journey.triage.reasons[0]}</span> : null}
              {dueBy ? (
                <span className="worklist__due">
                  {t('common.dueBy')}: <DueBy at={dueBy} overdue={overdue} />
                </span>
              ) : null}
            </Link>
          </li>
        ) : null,
      )}
    </ul>
  );
}
