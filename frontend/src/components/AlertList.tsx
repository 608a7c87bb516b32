import { useMutation } from 'urql';
import { AcknowledgeAlertMutation } from '../api/operations';
import type { JourneyDetailFragment, LabAlertFieldsFragment } from '../gql/graphql';
import { ErrorNotice } from '../lib/errors';
import { useI18n } from '../lib/i18n';
import { Link } from '../lib/router';

/** Critical-result alerts: open ones first, each acknowledged in one tap. */
export function AlertList({ alerts, hrefOf, onAcknowledged }: { alerts: readonly LabAlertFieldsFragment[]; hrefOf?: (journeyId: string) => string; onAcknowledged?: (j: JourneyDetailFragment) => void }) {
  const { t, dateTime } = useI18n();
  const [state, acknowledge] = useMutation(AcknowledgeAlertMutation);
  if (alerts.length === 0) return <p className="muted">{t('alerts.none')}</p>;
  const sorted = [...alerts].sort((a, b) => Number(b.open) - Number(a.open) || a.raisedAt.localeCompare(b.raisedAt));
  return (
    <>
      <ul className="alerts" aria-live="polite">
        {sorted.map((a) => (
          <li key={a.id} className={a.open ? 'alert alert--open' : 'alert'} data-alert-id={a.id}>
            <strong>{t('alerts.raised', { codes: a.codes.join(', '), at: dateTime(a.raisedAt) })}</strong>
            {a.open ? (
              <span className="muted"> · {t('alerts.escalateAt', { at: dateTime(a.escalateAt) })}</span>
            ) : a.acknowledgedAt ? (
              <span className="muted"> · {t('alerts.acknowledged', { at: dateTime(a.acknowledgedAt) })}</span>
            ) : null}
            <div className="button-row">
              {hrefOf ? (
                <Link className="button button--small" to={hrefOf(a.journeyId)}>
                  {t('alerts.open')}
                </Link>
              ) : null}
              {a.open ? (
                <button
                  type="button"
                  className="button button--small button--primary"
                  disabled={state.fetching}
                  onClick={async () => {
                    const r = await acknowledge({ input: { journeyId: a.journeyId, alertId: a.id } });
                    if (r.data) onAcknowledged?.(r.data.acknowledgeAlert.journey);
                  }}
                >
                  {t('alerts.acknowledge')}
                </button>
              ) : null}
            </div>
          </li>
        ))}
      </ul>
      <ErrorNotice error={state.error} />
    </>
  );
}
