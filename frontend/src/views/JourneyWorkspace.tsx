import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { CancelJourneyMutation, CloseJourneyMutation, ReturnToPrimaryCareMutation, TakeChargeMutation } from '../api/operations';
import { DueBy, LevelBadge, StageBadge } from '../components/Badges';
import { AlertList } from '../components/AlertList';
import { ContactButtons } from '../components/ContactButtons';
import { JourneyCollaboration } from '../components/JourneyCollaboration';
import { JourneyTree } from '../components/JourneyTree';
import { ReferPanel } from '../components/ReferPanel';
import { StepActions } from '../components/StepActions';
import type { JourneyDetailFragment } from '../gql/graphql';
import { useSession } from '../lib/auth';
import { ErrorNotice } from '../lib/errors';
import { age, personName } from '../lib/format';
import { useI18n } from '../lib/i18n';
import { Link } from '../lib/router';
import { useLiveJourney } from '../lib/useLiveJourney';

/** One journey, live: who, how urgent, the tree, and what this user may do now. */
export function JourneyWorkspace({ id, back }: { id: string; back: string }) {
  const { t, dateTime } = useI18n();
  const session = useSession();
  const { journey, fetching, error, replace, lastEvent } = useLiveJourney(id);
  const [referring, setReferring] = useState(false);
  const [closing, setClosing] = useState<'close' | 'cancel' | null>(null);
  const [take, takeCharge] = useMutation(TakeChargeMutation);
  const [ret, returnToPrimary] = useMutation(ReturnToPrimaryCareMutation);

  if (fetching) return <p role="status">{t('common.loading')}</p>;
  if (error) return <ErrorNotice error={error} />;
  if (!journey) return <p role="status">{t('journey.notFound')}</p>;

  const role = session.user.role;
  const can = (a: string) => journey.permittedActions.includes(a as never);
  const isGp = role === 'Gp';
  const followsIt = journey.gp?.id === session.user.id;
  const primaryStep = journey.steps.find((s) => s.kind === 'PRIMARY_CARE');
  // A GP's requests hang under primary care; a specialist's or a unit's under the step they perform.
  const ownOpenStep = journey.steps.find(
    (s) => s.performer && (s.performer.id === session.user.id || s.performer.id === session.user.unitId) && !['COMPLETED', 'CANCELLED', 'REJECTED', 'FAILED'].includes(s.status),
  );

  return (
    <article className="journey" aria-labelledby="journey-title" data-version={journey.version} data-stage={journey.stage}>
      <p>
        <Link to={back}>← {t('common.back')}</Link>
      </p>
      <header className="journey__header">
        <h2 id="journey-title">
          {personName(journey.patient)} <span className="muted">· {t('journey.age', { n: age(journey.patient.birthDate) })}</span>
        </h2>
        <div className="journey__badges">
          <StageBadge stage={journey.stage} />
          <LevelBadge level={journey.triage?.level} />
          {journey.overdue ? <span className="badge badge--overdue">{t('due.overdue')}</span> : null}
        </div>
        {journey.triage?.dueBy && (journey.stage === 'AWAITING_PRIMARY_CARE' || journey.stage === 'TRIAGE') ? (
          <p>
            {t('journey.gpBy')}: <DueBy at={journey.triage.dueBy} overdue={journey.overdue} />
          </p>
        ) : null}
        {journey.gp ? (
          <p>
            {t('journey.gp')}: {personName(journey.gp)} <ContactButtons contact={journey.gp.contact} who={personName(journey.gp)} />
          </p>
        ) : null}
        {lastEvent ? (
          <p className="muted" role="status" aria-live="polite">
            {t('journey.lastChange', { what: t(`event.${lastEvent.type}`), at: dateTime(lastEvent.at) })}
          </p>
        ) : null}
      </header>

      <section className="card" aria-labelledby="actions-title">
        <h3 id="actions-title">{t('journey.actions')}</h3>
        <div className="button-row">
          {isGp && can('TAKE_CHARGE') ? (
            <button
              type="button"
              className="button button--primary"
              disabled={take.fetching}
              onClick={async () => {
                const r = await takeCharge({ input: { journeyId: journey.id, practitionerId: session.user.id } });
                replace(r.data?.takeCharge.journey);
              }}
            >
              {t('journey.takeCharge')}
            </button>
          ) : null}
          {(isGp ? followsIt : role === 'Specialist' || role === 'HospitalStaff') && can('REFER') ? (
            <button type="button" className="button" aria-expanded={referring} onClick={() => setReferring(!referring)}>
              {t('journey.refer')}
            </button>
          ) : null}
          {role === 'Regulator' && can('RETURN_TO_PRIMARY_CARE') ? (
            <button
              type="button"
              className="button"
              disabled={ret.fetching}
              onClick={async () => {
                const r = await returnToPrimary({ input: { journeyId: journey.id } });
                replace(r.data?.returnToPrimaryCare.journey);
              }}
            >
              {t('journey.returnToPrimaryCare')}
            </button>
          ) : null}
          {((isGp && followsIt) || role === 'Regulator') && can('CLOSE') ? (
            <button type="button" className="button" aria-expanded={closing === 'close'} onClick={() => setClosing(closing === 'close' ? null : 'close')}>
              {t('journey.close')}
            </button>
          ) : null}
          {(isGp || role === 'Regulator') && can('CANCEL') ? (
            <button type="button" className="button button--danger" aria-expanded={closing === 'cancel'} onClick={() => setClosing(closing === 'cancel' ? null : 'cancel')}>
              {t('journey.cancel')}
            </button>
          ) : null}
        </div>
        <ErrorNotice error={take.error ?? ret.error} />
        {referring ? (
          <ReferPanel
            journeyId={journey.id}
            territoryId={journey.territoryId}
            parentStepId={isGp ? primaryStep?.id : ownOpenStep?.id}
            isGp={isGp}
            onClose={() => setReferring(false)}
            onDone={(j) => {
              replace(j);
              setReferring(false);
            }}
          />
        ) : null}
        {closing ? <CloseForm journey={journey} mode={closing} onDone={(j) => { replace(j); setClosing(null); }} /> : null}
        {journey.outcome ? <p>{t('journey.outcome')}: {journey.outcome}</p> : null}
        {journey.cancellationReason ? <p>{t('journey.cancellationReason')}: {journey.cancellationReason}</p> : null}
      </section>

      {journey.alerts.length > 0 ? (
        <section className="card" aria-labelledby="alerts-title">
          <h3 id="alerts-title">{t('alerts.title')}</h3>
          <AlertList alerts={journey.alerts} onAcknowledged={replace} />
        </section>
      ) : null}

      <section className="card" aria-labelledby="tree-title">
        <h3 id="tree-title">{t('journey.tree')}</h3>
        <JourneyTree steps={journey.steps} actions={(step) => <StepActions session={session} journeyId={journey.id} step={step} onDone={replace} />} />
      </section>

      <div className="grid-2">
        <section className="card" aria-labelledby="file-title">
          <h3 id="file-title">{t('journey.patientFile')}</h3>
          <dl className="facts">
            <dt>{t('patient.birthDate')}</dt>
            <dd>{journey.patient.birthDate}</dd>
            {journey.patient.sex ? (
              <>
                <dt>{t('patient.sex')}</dt>
                <dd>{journey.patient.sex}</dd>
              </>
            ) : null}
            {journey.patient.phone ? (
              <>
                <dt>{t('patient.phone')}</dt>
                <dd>
                  <a href={`tel:${journey.patient.phone}`}>{journey.patient.phone}</a>
                </dd>
              </>
            ) : null}
          </dl>
          {journey.triage ? (
            <>
              <h4>{t('triage.reasons')}</h4>
              <ul>
                {journey.triage.reasons.map((r, i) => (
                  <li key={i}>{r}</li>
                ))}
              </ul>
              <details>
                <summary>{t('triage.answers', { n: journey.triage.answers.length })}</summary>
                <dl className="facts">
                  {journey.triage.answers.map((a) => (
                    <div key={a.question}>
                      <dt>{a.question}</dt>
                      <dd>{a.value}</dd>
                    </div>
                  ))}
                </dl>
              </details>
            </>
          ) : null}
        </section>
        <section className="card" aria-labelledby="timeline-title">
          <h3 id="timeline-title">{t('journey.timeline')}</h3>
          <ol className="timeline">
            {[...journey.timeline.nodes].reverse().map((e) => (
              <li key={e.version}>
                <span className="timeline__version">#{e.version}</span> <time dateTime={e.at}>{dateTime(e.at)}</time> — {t(`event.${e.type}`)}
                {e.stepStatus ? <> ({t(`status.${e.stepStatus}`)})</> : null}
              </li>
            ))}
          </ol>
        </section>
      </div>
      <JourneyCollaboration journey={journey} />
    </article>
  );
}

function CloseForm({ journey, mode, onDone }: { journey: JourneyDetailFragment; mode: 'close' | 'cancel'; onDone: (j: JourneyDetailFragment) => void }) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [closeState, close] = useMutation(CloseJourneyMutation);
  const [cancelState, cancel] = useMutation(CancelJourneyMutation);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (mode === 'close') {
      const r = await close({ input: { journeyId: journey.id, outcome: text } });
      if (r.data) onDone(r.data.closeJourney.journey);
    } else {
      const r = await cancel({ input: { journeyId: journey.id, reason: text } });
      if (r.data) onDone(r.data.cancelJourney.journey);
    }
  };
  return (
    <form className="action-form" onSubmit={submit}>
      <label>
        {mode === 'close' ? t('journey.outcomeInput') : t('journey.cancelReasonInput')}
        <textarea required rows={2} value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      <ErrorNotice error={closeState.error ?? cancelState.error} />
      <button type="submit" className="button button--primary" disabled={closeState.fetching || cancelState.fetching}>
        {t('common.confirm')}
      </button>
    </form>
  );
}
