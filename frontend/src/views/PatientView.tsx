import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { AnswerTriageMutation, CancelJourneyMutation, MyJourneysQuery, StartJourneyMutation, TerritoryInfoQuery, TriageProgressQuery } from '../api/operations';
import { DueBy, LevelBadge, StatusBadge } from '../components/Badges';
import { AuditTrail } from '../components/AuditTrail';
import { JourneyCollaboration } from '../components/JourneyCollaboration';
import { ContactButtons } from '../components/ContactButtons';
import { performerName } from '../components/JourneyTree';
import type { JourneyStage, TriageLevel, TriageProgressFieldsFragment } from '../gql/graphql';
import { useSession } from '../lib/auth';
import { ErrorNotice } from '../lib/errors';
import { personName } from '../lib/format';
import { useI18n } from '../lib/i18n';
import { useLiveJourney } from '../lib/useLiveJourney';

const journeyKey = (userId: string) => `innomed.journey.${userId}`;

/**
 * The patient's phone: start a request, answer the triage chatbot one question at a time, read what
 * to do and by when (or call 15 in one tap), then follow the journey live. The journey shown is the
 * one this device last followed, else the patient's most recent open one (myJourneys).
 */
export function PatientView() {
  const session = useSession();
  const [journeyId, setJourneyId] = useState<string | null>(() => localStorage.getItem(journeyKey(session.user.id)));
  const [startingNew, setStartingNew] = useState(false);
  const [mine] = useQuery({ query: MyJourneysQuery, pause: journeyId !== null || startingNew });
  const remember = (id: string | null) => {
    if (id) localStorage.setItem(journeyKey(session.user.id), id);
    else localStorage.removeItem(journeyKey(session.user.id));
    setJourneyId(id);
  };
  const startNew = () => {
    setStartingNew(true);
    remember(null);
  };
  if (!journeyId && !startingNew) {
    if (mine.fetching) return null;
    const open = mine.data?.myJourneys.find((j) => j.stage !== 'CLOSED' && j.stage !== 'CANCELLED');
    if (open) return <PatientJourney key={open.id} journeyId={open.id} onNew={startNew} />;
  }
  if (!journeyId) return <StartRequest onStarted={(id) => { setStartingNew(false); remember(id); }} />;
  return <PatientJourney key={journeyId} journeyId={journeyId} onNew={startNew} />;
}

function StartRequest({ onStarted }: { onStarted: (id: string) => void }) {
  const { t } = useI18n();
  const session = useSession();
  const [given, ...family] = session.user.name.split(' ');
  const [givenName, setGivenName] = useState(given ?? '');
  const [familyName, setFamilyName] = useState(family.join(' '));
  const [birthDate, setBirthDate] = useState('');
  const [phone, setPhone] = useState('');
  const [state, start] = useMutation(StartJourneyMutation);
  const outOfHours = state.error?.graphQLErrors.some((e) => e.extensions?.code === 'OUT_OF_HOURS');

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = await start({ input: { territoryId: session.user.territoryId ?? 'demo', patient: { givenName, familyName, birthDate, phone: phone || null } } });
    if (r.data) onStarted(r.data.startJourney.journey.id);
  };

  return (
    <div className="patient">
      <EmergencyBanner />
      <form className="card" onSubmit={submit} aria-labelledby="start-title">
        <h2 id="start-title">{t('patient.startTitle')}</h2>
        <p>{t('patient.startIntro')}</p>
        <label>
          {t('patient.givenName')}
          <input required autoComplete="given-name" value={givenName} onChange={(e) => setGivenName(e.target.value)} />
        </label>
        <label>
          {t('patient.familyName')}
          <input required autoComplete="family-name" value={familyName} onChange={(e) => setFamilyName(e.target.value)} />
        </label>
        <label>
          {t('patient.birthDate')}
          <input required type="date" autoComplete="bday" value={birthDate} max={new Date().toISOString().slice(0, 10)} onChange={(e) => setBirthDate(e.target.value)} />
        </label>
        <label>
          {t('patient.phoneOptional')}
          <input type="tel" autoComplete="tel" inputMode="tel" value={phone} onChange={(e) => setPhone(e.target.value)} />
        </label>
        <ErrorNotice error={state.error} />
        {outOfHours ? <OutOfHours /> : null}
        <button type="submit" className="button button--primary button--big" disabled={state.fetching}>
          {t('patient.start')}
        </button>
      </form>
    </div>
  );
}

function OutOfHours() {
  const { t } = useI18n();
  return (
    <div className="card">
      <p>{t('patient.outOfHours')}</p>
      <div className="button-row">
        <a className="button button--danger button--big" href="tel:15">
          {t('emergency.call15')}
        </a>
        <a className="button button--big" href="tel:116117">
          {t('patient.call116117')}
        </a>
      </div>
    </div>
  );
}

function EmergencyBanner() {
  const { t } = useI18n();
  return (
    <p className="emergency-banner">
      {t('patient.emergencyHint')}{' '}
      <a href="tel:15" className="button button--danger button--small">
        {t('emergency.call15')}
      </a>
    </p>
  );
}

function PatientJourney({ journeyId, onNew }: { journeyId: string; onNew: () => void }) {
  const { t, lang } = useI18n();
  const [{ data, error, fetching }] = useQuery({ query: TriageProgressQuery, variables: { journeyId, lang }, requestPolicy: 'network-only' });
  const [progress, setProgress] = useState<TriageProgressFieldsFragment | null>(null);
  useEffect(() => {
    if (data) setProgress(data.triageProgress);
  }, [data]);

  if (error && !progress) {
    return (
      <div className="patient">
        <ErrorNotice error={error} />
        <button type="button" className="button" onClick={onNew}>
          {t('patient.newRequest')}
        </button>
      </div>
    );
  }
  if (!progress) return <p role="status">{fetching ? t('common.loading') : ''}</p>;
  if (!progress.complete && progress.journey.stage === 'TRIAGE') return <Chatbot journeyId={journeyId} progress={progress} onProgress={setProgress} />;
  return <PatientStatus journeyId={journeyId} onNew={onNew} />;
}

function Chatbot({ journeyId, progress, onProgress }: { journeyId: string; progress: TriageProgressFieldsFragment; onProgress: (p: TriageProgressFieldsFragment) => void }) {
  const { t, lang } = useI18n();
  const [state, answer] = useMutation(AnswerTriageMutation);
  const [transcript, setTranscript] = useState<{ q: string; a: string }[]>([]);
  const heading = useRef<HTMLHeadingElement>(null);
  const question = progress.next;
  useEffect(() => {
    heading.current?.focus();
  }, [question?.code]);
  if (!question) return null;

  const send = async (value: string, shown: string) => {
    const r = await answer({ input: { journeyId, question: question.code, value }, lang });
    if (r.data) {
      setTranscript((list) => [...list, { q: question.text, a: shown }]);
      onProgress(r.data.answerTriage);
    }
  };
  const asked = progress.answers.length;

  return (
    <div className="patient chatbot">
      <EmergencyBanner />
      <ol className="chat" aria-label={t('triage.conversation')}>
        {asked > transcript.length ? <li className="muted">{t('triage.resumed', { n: asked - transcript.length })}</li> : null}
        {transcript.map((m, i) => (
          <li key={i} className="chat__pair">
            <p className="chat__bot">{m.q}</p>
            <p className="chat__me">{m.a}</p>
          </li>
        ))}
      </ol>
      <section className="card chat__question" aria-live="polite" data-question={question.code} data-kind={question.kind}>
        <p className="muted">{t('triage.questionNumber', { n: asked + 1 })}</p>
        <h2 ref={heading} tabIndex={-1} id="question-text">
          {question.text}
        </h2>
        {question.help ? <p className="muted">{question.help}</p> : null}
        {question.isRedFlag ? <p className="red-flag">{t('triage.redFlag')}</p> : null}
        <AnswerInput key={question.code} question={question} busy={state.fetching} onAnswer={send} />
        <ErrorNotice error={state.error} />
      </section>
    </div>
  );
}

type Question = NonNullable<TriageProgressFieldsFragment['next']>;

function AnswerInput({ question, busy, onAnswer }: { question: Question; busy: boolean; onAnswer: (value: string, shown: string) => void }) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [picked, setPicked] = useState<string[]>([]);
  const unknown = question.allowsUnknown ? (
    <button type="button" className="button answer" disabled={busy} onClick={() => onAnswer('unknown', t('triage.unknown'))}>
      {t('triage.unknown')}
    </button>
  ) : null;

  switch (question.kind) {
    case 'YES_NO':
      return (
        <div className="answers" role="group" aria-labelledby="question-text">
          <button type="button" className="button answer" disabled={busy} onClick={() => onAnswer('yes', t('triage.yes'))}>
            {t('triage.yes')}
          </button>
          <button type="button" className="button answer" disabled={busy} onClick={() => onAnswer('no', t('triage.no'))}>
            {t('triage.no')}
          </button>
          {unknown}
        </div>
      );
    case 'CHOICE':
      return (
        <div className="answers" role="group" aria-labelledby="question-text">
          {question.options.map((o) => (
            <button key={o.code} type="button" className="button answer" disabled={busy} onClick={() => onAnswer(o.code, o.label)}>
              {o.label}
            </button>
          ))}
          {unknown}
        </div>
      );
    case 'MULTI_CHOICE':
      return (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (picked.length > 0) onAnswer(picked.join(','), question.options.filter((o) => picked.includes(o.code)).map((o) => o.label).join(', '));
          }}
        >
          <fieldset className="choices">
            <legend className="visually-hidden">{question.text}</legend>
            {question.options.map((o) => (
              <label key={o.code} className="choice">
                <input
                  type="checkbox"
                  checked={picked.includes(o.code)}
                  onChange={(e) => {
                    // "none" excludes the others, and the others exclude "none".
                    if (!e.target.checked) setPicked(picked.filter((p) => p !== o.code));
                    else if (o.code === 'none') setPicked(['none']);
                    else setPicked([...picked.filter((p) => p !== 'none'), o.code]);
                  }}
                />
                {o.label}
              </label>
            ))}
          </fieldset>
          <div className="answers">
            <button type="submit" className="button button--primary answer" disabled={busy || picked.length === 0}>
              {t('triage.next')}
            </button>
            {unknown}
          </div>
        </form>
      );
    case 'NUMBER':
      return (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            onAnswer(text, `${text}${question.unit ? ` ${question.unit}` : ''}`);
          }}
        >
          <label>
            {t('triage.number')}
            {question.min != null && question.max != null ? ` (${question.min}–${question.max}${question.unit ? ` ${question.unit}` : ''})` : question.unit ? ` (${question.unit})` : ''}
            <input
              type="number"
              inputMode="decimal"
              required
              min={question.min ?? undefined}
              max={question.max ?? undefined}
              step={question.decimals ? 1 / 10 ** question.decimals : 1}
              value={text}
              onChange={(e) => setText(e.target.value)}
            />
          </label>
          <div className="answers">
            <button type="submit" className="button button--primary answer" disabled={busy || text === ''}>
              {t('triage.next')}
            </button>
            {unknown}
          </div>
        </form>
      );
    default:
      return (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (text.trim()) onAnswer(text.trim(), text.trim());
          }}
        >
          <label>
            {t('triage.yourAnswer')}
            <textarea required rows={3} maxLength={question.maxLength} value={text} onChange={(e) => setText(e.target.value)} />
          </label>
          <div className="answers">
            <button type="submit" className="button button--primary answer" disabled={busy || !text.trim()}>
              {t('triage.next')}
            </button>
            {unknown}
          </div>
        </form>
      );
  }
}

const stages: JourneyStage[] = ['TRIAGE', 'AWAITING_PRIMARY_CARE', 'PRIMARY_CARE', 'SPECIALIST_CARE', 'FOLLOW_UP', 'CLOSED'];

function PatientStatus({ journeyId, onNew }: { journeyId: string; onNew: () => void }) {
  const { t, dateTime } = useI18n();
  const session = useSession();
  const { journey, error, replace } = useLiveJourney(journeyId);
  const [territory] = useQuery({ query: TerritoryInfoQuery, variables: { id: session.user.territoryId ?? 'demo' } });
  const [cancelling, setCancelling] = useState(false);
  const [auditOpen, setAuditOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [cancelState, cancel] = useMutation(CancelJourneyMutation);
  if (error) return <ErrorNotice error={error} />;
  if (!journey) return <p role="status">{t('common.loading')}</p>;
  const level = journey.triage?.level;
  const emergency = journey.stage === 'REDIRECTED_TO_EMERGENCY';
  const ended = journey.stage === 'CLOSED' || journey.stage === 'CANCELLED';
  const current = stages.indexOf(journey.stage);
  const steps = journey.steps.filter((s) => s.kind !== 'TRIAGE' && s.kind !== 'PRIMARY_CARE');

  return (
    <div className="patient" data-stage={journey.stage}>
      {emergency ? (
        <section className="emergency-screen" role="alert" aria-labelledby="emergency-title">
          <h2 id="emergency-title">{t('emergency.title')}</h2>
          <p>{t('emergency.text')}</p>
          <a className="button button--call" href="tel:15">
            {t('emergency.call15')}
          </a>
          <p>{t('emergency.after')}</p>
        </section>
      ) : null}
      {!emergency && level ? (
        <section className={`card result result--${level.toLowerCase()}`} aria-labelledby="result-title">
          <h2 id="result-title">
            {t('patient.result')} <LevelBadge level={level} />
          </h2>
          <p className="result__todo">{t(`todo.${level as Exclude<TriageLevel, 'EMERGENCY'>}`)}</p>
          {journey.triage?.dueBy && !journey.gp ? (
            <p>
              {t('patient.gpBy')} <DueBy at={journey.triage.dueBy} />
            </p>
          ) : null}
          {journey.triage && journey.triage.reasons.length > 0 ? (
            <details>
              <summary>{t('patient.why')}</summary>
              <ul>
                {journey.triage.reasons.map((r, i) => (
                  <li key={i}>{r}</li>
                ))}
              </ul>
            </details>
          ) : null}
          <p className="muted">{t('patient.worse')}</p>
          <a className="button button--danger" href="tel:15">
            {t('emergency.call15')}
          </a>
        </section>
      ) : null}

      <section className="card" aria-labelledby="status-title">
        <h2 id="status-title">{t('patient.status')}</h2>
        {!emergency && !ended ? (
          <ol className="progress" aria-label={t('patient.status')}>
            {stages.slice(0, 5).map((s, i) => (
              <li key={s} className={i < current ? 'done' : i === current ? 'current' : ''} aria-current={i === current ? 'step' : undefined}>
                {t(`patientStage.${s}`)}
              </li>
            ))}
          </ol>
        ) : null}
        <p className="patient__stage" role="status" aria-live="polite">
          {t(`patientStageText.${journey.stage}`)}
        </p>
        {journey.gp ? (
          <p>
            {t('patient.yourGp', { name: personName(journey.gp) })} <ContactButtons contact={journey.gp.contact} who={personName(journey.gp)} />
          </p>
        ) : null}
        {steps.length > 0 ? (
          <ul className="patient__steps">
            {steps.map((s) => (
              <li key={s.id}>
                {t(`kind.${s.kind}`)} {s.performer ? `— ${performerName(s.performer)}` : ''} <StatusBadge status={s.status} />
                {s.slot ? (
                  <>
                    {' '}
                    · <time dateTime={s.slot.start}>{dateTime(s.slot.start)}</time>
                  </>
                ) : null}
                {s.alternative ? <p>{s.alternative}</p> : null}
              </li>
            ))}
          </ul>
        ) : null}
        {journey.outcome ? <p>{journey.outcome}</p> : null}
        {territory.data?.territory ? (
          <p className="muted">
            {t('patient.onCall', { name: territory.data.territory.name })} <ContactButtons contact={territory.data.territory.onCall} who={territory.data.territory.name} />
          </p>
        ) : null}
      </section>
      <JourneyCollaboration journey={journey} headingLevel={2} />
      {/* Loaded only once opened: reading the trail is itself an audited read. */}
      <details className="card" onToggle={(e) => setAuditOpen(e.currentTarget.open)}>
        <summary>{t('audit.patientTitle')}</summary>
        {auditOpen ? <AuditTrail journeyId={journeyId} /> : null}
      </details>
      {journey.permittedActions.includes('CANCEL') && !emergency ? (
        <section className="card" aria-label={t('patient.cancel')}>
          <button type="button" className="button button--danger" aria-expanded={cancelling} onClick={() => setCancelling(!cancelling)}>
            {t('patient.cancel')}
          </button>
          {cancelling ? (
            <form
              className="action-form"
              onSubmit={async (e) => {
                e.preventDefault();
                const r = await cancel({ input: { journeyId, reason } });
                replace(r.data?.cancelJourney.journey);
                if (r.data) setCancelling(false);
              }}
            >
              <label>
                {t('patient.cancelReason')}
                <textarea required rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
              </label>
              <ErrorNotice error={cancelState.error} />
              <button type="submit" className="button button--primary" disabled={cancelState.fetching}>
                {t('common.confirm')}
              </button>
            </form>
          ) : null}
        </section>
      ) : null}
      <button type="button" className={ended ? 'button button--primary' : 'button'} onClick={onNew}>
        {t('patient.newRequest')}
      </button>
    </div>
  );
}

