import { useState } from 'react';
import { useQuery } from 'urql';
import { AuditTrailQuery } from '../api/operations';
import { ErrorNotice } from '../lib/errors';
import { useI18n } from '../lib/i18n';

/** Who read or changed a journey, newest first: for the patient it concerns and the data-protection officer. */
export function AuditTrail({ journeyId }: { journeyId: string }) {
  const { t, dateTime } = useI18n();
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, error, fetching }] = useQuery({ query: AuditTrailQuery, variables: { journeyId, after }, requestPolicy: 'network-only' });
  const trail = data?.auditTrail;
  return (
    <div className="audit" aria-busy={fetching}>
      <ErrorNotice error={error} />
      {trail && trail.nodes.length === 0 ? <p className="muted">{t('common.none')}</p> : null}
      {trail && trail.nodes.length > 0 ? (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">{t('audit.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('audit.when')}</th>
                <th scope="col">{t('audit.who')}</th>
                <th scope="col">{t('audit.what')}</th>
                <th scope="col">{t('audit.outcome')}</th>
              </tr>
            </thead>
            <tbody>
              {trail.nodes.map((e) => (
                <tr key={e.id}>
                  <td>
                    <time dateTime={e.at}>{dateTime(e.at)}</time>
                  </td>
                  <td>
                    {e.actorId} <span className="muted">({e.actorRole})</span>
                  </td>
                  <td>{e.operation.replace(/^(Query|Mutation|Subscription)\./, '')}</td>
                  <td>{e.outcome}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {trail?.pageInfo.hasNextPage ? (
        <button type="button" className="button button--small" onClick={() => setAfter(trail.pageInfo.endCursor ?? null)}>
          {t('audit.older')}
        </button>
      ) : null}
    </div>
  );
}
