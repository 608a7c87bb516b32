import { useCallback, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { AnswerTeleExpertiseMutation, ConvertTeleExpertiseMutation, TeleExpertiseInboxQuery, TeleExpertiseStatementQuery } from '../api/operations';
import type { TeleExpertiseInboxQuery as InboxData } from '../gql/graphql';
import { useSession } from '../lib/auth';
import { ErrorNotice, pickLanguage } from '../lib/errors';
import { byDueBy, personName } from '../lib/format';
import { useI18n } from '../lib/i18n';
import { Link } from '../lib/router';
import { usePolling } from '../lib/usePolling';
import { DueBy } from './Badges';
import { DownloadButton } from './DownloadButton';

/** This month in Paris time, yyyy-MM (what teleExpertiseStatement takes). */
export function currentMonth(now = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit' }).formatToParts(now);
  return `${parts.find((p) => p.type === 'year')!.value}-${parts.find((p) => p.type === 'month')!.value}`;
}

/**
 * The expert's tele-expertise inbox: the questions waiting for their answer, soonest due first, each
 * answered or turned into a referral (the patient must be seen) right here.
 */
export function TeleExpertiseInbox({ hrefOf }: { hrefOf: (journeyId: string) => string }) {
  const { t } = useI18n();
  const session = useSession();
  const [{ data, error, fetching }, refetch] = useQuery({ query: TeleExpertiseInboxQuery, variables: { practitionerId: session.user.id }, requestPolicy: 'network-only' });
  const refresh = useCallback(() => refetch({ requestPolicy: 'network-only' }), [refetch]);
  usePolling(refresh, 15_000);
  const items = (data?.practitioner?.worklist ?? [])
    .filter((w) => w.kind === 'TELE_EXPERTISE' && w.step?.teleExpertise?.outcome === 'PENDING')
    .sort(byDueBy((w) => w.dueBy));

  return (
    <section className="card te-inbox" aria-labelledby="te-inbox-title" aria-busy={fetching}>
      <h3 id="te-inbox-title">
        {t('te.inbox')} <span className="count">{items.length}</span>
      </h3>
      <ErrorNotice error={error} />
      {items.length === 0 ? <p className="muted">{t('te.inboxEmpty')}</p> : null}
      <ul className="te-inbox__list">
        {items.map((w) => (
          <TeleExpertiseRequest key={w.stepId} item={w} href={hrefOf(w.journeyId)} onDone={refresh} />
        ))}
      </ul>
    </section>
  );
}

type InboxItem = NonNullable<InboxData['practitioner']>['worklist'][number];

function TeleExpertiseRequest({ item, href, onDone }: { item: InboxItem; href: string; onDone: () => void }) {
  const { t } = useI18n();
  const [mode, setMode] = useState<'answer' | 'convert' | null>(null);
  const [text, setText] = useState('');
  const [answerState, answer] = useMutation(AnswerTeleExpertiseMutation);
  const [convertState, convert] = useMutation(ConvertTeleExpertiseMutation);
  const te = item.step?.teleExpertise;
  const submit = async () => {
    const input = { journeyId: item.journeyId, stepId: item.stepId };
    const r = mode === 'answer' ? await answer({ input: { ...input, answer: text } }) : await convert({ input: { ...input, reason: text } });
    if (r.data) {
      setMode(null);
      setText('');
      onDone();
    }
  };
  const who = item.journey ? personName(item.journey.patient) : '';
  return (
    <li className={item.step?.overdue ? 'te-request te-request--overdue' : 'te-request'} data-journey-id={item.journeyId} data-step-id={item.stepId}>
      <p>
        <Link to={href}>{who || t('te.openJourney')}</Link> · {t(`priority.${item.priority}`)}
        {item.step?.requester ? ` · ${t('unit.from', { who: personName(item.step.requester) })}` : ''}
      </p>
      {item.dueBy ? (
        <p>
          {t('common.dueBy')}: <DueBy at={item.dueBy} overdue={item.step?.overdue} />
        </p>
      ) : null}
      <p className="te-request__question">
        <strong>{t('te.question')}</strong> — {te?.question}
      </p>
      {te && te.attachments.length > 0 ? (
        <ul className="msg__attachments" aria-label={t('chat.attachments')}>
          {te.attachments.map((a, i) => (
            <li key={i} className="attachment">{a.downloadUrl ? <>{a.name} <DownloadButton url={a.downloadUrl} name={a.name} /></> : <a href={a.reference} target="_blank" rel="noopener noreferrer">{a.name}</a>}</li>
          ))}
        </ul>
      ) : null}
      <div className="button-row">
        <button type="button" className="button button--primary" aria-pressed={mode === 'answer'} onClick={() => setMode(mode === 'answer' ? null : 'answer')}>
          {t('te.answerAction')}
        </button>
        <button type="button" className="button" aria-pressed={mode === 'convert'} onClick={() => setMode(mode === 'convert' ? null : 'convert')}>
          {t('te.convertAction')}
        </button>
      </div>
      {mode ? (
        <form
          className="action-form"
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <label>
            {mode === 'answer' ? t('te.answerInput') : t('te.convertReason')}
            <textarea required rows={mode === 'answer' ? 4 : 2} value={text} onChange={(e) => setText(e.target.value)} />
          </label>
          <ErrorNotice error={answerState.error ?? convertState.error} />
          <div className="button-row">
            <button type="submit" className="button button--primary" disabled={answerState.fetching || convertState.fetching}>
              {t('common.confirm')}
            </button>
            <button type="button" className="button" onClick={() => setMode(null)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      ) : null}
    </li>
  );
}

/** A practitioner's monthly tele-expertise acts (as expert and as requester), with the CSV for the accountant. */
export function TeleExpertiseStatement({ hrefOf }: { hrefOf: (journeyId: string) => string }) {
  const { t, lang, dateTime } = useI18n();
  const session = useSession();
  const [month, setMonth] = useState(currentMonth);
  const valid = /^\d{4}-\d{2}$/.test(month);
  const [{ data, error, fetching }] = useQuery({ query: TeleExpertiseStatementQuery, variables: { practitionerId: session.user.id, month }, pause: !valid });
  const statement = data?.teleExpertiseStatement;
  const euros = new Intl.NumberFormat(lang === 'FR' ? 'fr-FR' : 'en-GB', { style: 'currency', currency: 'EUR' });
  const csvUrl = `/tele-expertise/statement.csv?${new URLSearchParams({ practitionerId: session.user.id, month })}`;
  return (
    <section className="card te-statement" aria-labelledby="te-statement-title" aria-busy={fetching}>
      <h3 id="te-statement-title">{t('te.statement')}</h3>
      <div className="button-row te-statement__controls">
        <label>
          {t('te.month')}
          <input type="month" value={month} required onChange={(e) => setMonth(e.target.value)} />
        </label>
        {valid ? <DownloadButton url={csvUrl} name={`tele-expertise-${month}.csv`} label={t('te.csv')} className="button" /> : null}
      </div>
      <ErrorNotice error={error} />
      {statement ? (
        <>
          <p data-billable-count={statement.billableCount}>
            {t('te.totals', { n: statement.billableCount, total: euros.format(Number(statement.billableTotal)), excluded: statement.notBillableCount })}
          </p>
          {statement.lines.length === 0 ? (
            <p className="muted">{t('te.noActs')}</p>
          ) : (
            <div className="table-scroll">
              <table>
                <caption className="visually-hidden">{t('te.statement')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('te.answeredAt')}</th>
                    <th scope="col">{t('te.role')}</th>
                    <th scope="col">{t('te.code')}</th>
                    <th scope="col">{t('te.amount')}</th>
                    <th scope="col">{t('te.billable')}</th>
                  </tr>
                </thead>
                <tbody>
                  {statement.lines.map((l) => (
                    <tr key={`${l.requestId}:${l.role}`}>
                      <th scope="row">
                        <Link to={hrefOf(l.journeyId)}>
                          <time dateTime={l.answeredAt}>{dateTime(l.answeredAt)}</time>
                        </Link>
                      </th>
                      <td>{t(`billingRole.${l.role}`)}</td>
                      <td>{l.code}</td>
                      <td>{euros.format(Number(l.amount))}</td>
                      <td>{l.billable ? t('common.yes') : `${t('common.no')}${l.notBillableReason ? ` — ${pickLanguage(l.notBillableReason, lang)}` : ''}`}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      ) : null}
    </section>
  );
}
