import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { AnswerTeleExpertiseMutation, ConvertTeleExpertiseMutation, BookSlotMutation, CancelBookingMutation, PostLabResultsMutation, UpdateStepMutation } from '../api/operations';
import { SlotPicker } from './SlotPicker';
import type { JourneyDetailFragment, LabResultInput, StepAction, StepFieldsFragment } from '../gql/graphql';
import type { Session } from '../lib/auth';
import { ErrorNotice } from '../lib/errors';
import { toLocalInput } from '../lib/format';
import { useI18n } from '../lib/i18n';

const needsForm: StepAction[] = ['REJECT', 'SCHEDULE', 'UNSCHEDULE', 'COMPLETE', 'FAIL', 'CANCEL'];

/** Is the signed-in user the one who performs this step (themselves or their unit)? */
export function performs(session: Session, step: StepFieldsFragment): boolean {
  const p = step.performer;
  if (!p) return false;
  return p.kind === 'PRACTITIONER' ? p.id === session.user.id : p.id === session.user.unitId;
}

/** The actions this user may take on a step now: the performer works it, the requester may cancel it. */
export function actionsFor(session: Session, step: StepFieldsFragment): StepAction[] {
  if (step.kind === 'TRIAGE' || step.kind === 'PRIMARY_CARE') return [];
  const mine = performs(session, step);
  const requested = step.requesterId === session.user.id;
  return step.permittedActions.filter((a) => (a === 'CANCEL' ? requested : a === 'SCHEDULE' || a === 'UNSCHEDULE' ? mine || requested : mine));
}

export function StepActions({ session, journeyId, step, onDone }: { session: Session; journeyId: string; step: StepFieldsFragment; onDone: (j: JourneyDetailFragment) => void }) {
  const { t } = useI18n();
  const [active, setActive] = useState<StepAction | null>(null);
  const [updateState, update] = useMutation(UpdateStepMutation);
  const [bookState, book] = useMutation(BookSlotMutation);
  const [unbookState, unbook] = useMutation(CancelBookingMutation);
  const [answerState, answer] = useMutation(AnswerTeleExpertiseMutation);
  const [postState, post] = useMutation(PostLabResultsMutation);
  const [convertState, convert] = useMutation(ConvertTeleExpertiseMutation);
  const [extra, setExtra] = useState<'answer' | 'convert' | 'results' | null>(null);
  // A tele-expertise is completed by its answer; a lab or imaging order by its results.
  const actions = actionsFor(session, step).filter((a) => !(a === 'COMPLETE' && (step.kind === 'TELE_EXPERTISE' || step.lab)));
  const mine = performs(session, step);
  const canAnswer = mine && step.kind === 'TELE_EXPERTISE' && step.teleExpertise?.outcome === 'PENDING' && ['REQUESTED', 'ACCEPTED', 'IN_PROGRESS', 'SCHEDULED'].includes(step.status);
  const canPost = mine && !!step.lab && ['ACCEPTED', 'SCHEDULED', 'IN_PROGRESS'].includes(step.status);
  if (actions.length === 0 && !canAnswer && !canPost) return null;
  const state = {
    fetching: updateState.fetching || bookState.fetching || unbookState.fetching || answerState.fetching || postState.fetching || convertState.fetching,
    error: updateState.error ?? bookState.error ?? unbookState.error ?? answerState.error ?? postState.error ?? convertState.error,
  };

  const finish = (journey: JourneyDetailFragment | undefined) => {
    if (!journey) return;
    setActive(null);
    onDone(journey);
  };
  const run = async (action: StepAction, extra: Record<string, unknown> = {}) => {
    // A published slot is booked (the calendar holds it); a time typed by hand only schedules the step.
    if (action === 'SCHEDULE' && typeof extra.bookStart === 'string') {
      const r = await book({ input: { journeyId, stepId: step.id, start: extra.bookStart } });
      return finish(r.data?.bookSlot.journey);
    }
    if (action === 'UNSCHEDULE') {
      const r = await unbook({ input: { journeyId, stepId: step.id, reason: String(extra.reason ?? '') } });
      return finish(r.data?.cancelBooking.journey);
    }
    const result = await update({ input: { journeyId, stepId: step.id, action, ...extra } });
    finish(result.data?.updateStep.journey);
  };

  return (
    <div className="step-actions">
      <div className="button-row" role="group" aria-label={t('step.actions')}>
        {actions.map((a) => (
          <button
            key={a}
            type="button"
            className={a === 'ACCEPT' || a === 'COMPLETE' ? 'button button--primary' : a === 'REJECT' || a === 'CANCEL' || a === 'FAIL' ? 'button button--danger' : 'button'}
            aria-pressed={needsForm.includes(a) ? active === a : undefined}
            disabled={state.fetching}
            onClick={() => (needsForm.includes(a) ? setActive(active === a ? null : a) : void run(a))}
          >
            {t(`action.${a}`)}
          </button>
        ))}
        {canAnswer ? (
          <button type="button" className="button button--primary" aria-pressed={extra === 'answer'} onClick={() => setExtra(extra === 'answer' ? null : 'answer')}>
            {t('te.answerAction')}
          </button>
        ) : null}
        {canAnswer ? (
          <button type="button" className="button" aria-pressed={extra === 'convert'} onClick={() => setExtra(extra === 'convert' ? null : 'convert')}>
            {t('te.convertAction')}
          </button>
        ) : null}
        {canPost ? (
          <button type="button" className="button button--primary" aria-pressed={extra === 'results'} onClick={() => setExtra(extra === 'results' ? null : 'results')}>
            {t('lab.post')}
          </button>
        ) : null}
      </div>
      {extra === 'answer' ? (
        <TextForm
          label={t('te.answerInput')}
          busy={state.fetching}
          onCancel={() => setExtra(null)}
          onSubmit={async (text) => {
            const r = await answer({ input: { journeyId, stepId: step.id, answer: text } });
            if (r.data) {
              setExtra(null);
              onDone(r.data.answerTeleExpertise.journey);
            }
          }}
        />
      ) : null}
      {extra === 'convert' ? (
        <TextForm
          label={t('te.convertReason')}
          busy={state.fetching}
          onCancel={() => setExtra(null)}
          onSubmit={async (reason) => {
            const r = await convert({ input: { journeyId, stepId: step.id, reason } });
            if (r.data) {
              setExtra(null);
              onDone(r.data.convertTeleExpertiseToReferral.journey);
            }
          }}
        />
      ) : null}
      {extra === 'results' && step.lab ? (
        <ResultsForm
          lab={step.lab}
          busy={state.fetching}
          onCancel={() => setExtra(null)}
          onSubmit={async (input) => {
            const r = await post({ input: { journeyId, stepId: step.id, ...input } });
            if (r.data) {
              setExtra(null);
              onDone(r.data.postLabResults.journey);
            }
          }}
        />
      ) : null}
      {active ? <ActionForm action={active} step={step} allowReserved={session.user.role === 'Gp' && step.kind === 'REFERRAL' && step.priority !== 'ROUTINE'} busy={state.fetching} onSubmit={(extra) => void run(active, extra)} onCancel={() => setActive(null)} /> : null}
      <ErrorNotice error={state.error} />
    </div>
  );
}

function ActionForm({ action, step, allowReserved, busy, onSubmit, onCancel }: { action: StepAction; step: StepFieldsFragment; allowReserved: boolean; busy: boolean; onSubmit: (extra: Record<string, unknown>) => void; onCancel: () => void }) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [alternative, setAlternative] = useState('');
  const [report, setReport] = useState('');
  const [start, setStart] = useState(() => {
    const d = new Date(Date.now() + 60 * 60_000);
    d.setMinutes(d.getMinutes() < 30 ? 30 : 60, 0, 0);
    return toLocalInput(d);
  });
  const [minutes, setMinutes] = useState(30);
  const [slot, setSlot] = useState<string | null>(null);
  const calendar = step.performer && step.kind !== 'TELE_EXPERTISE' ? (step.performer.kind === 'PRACTITIONER' ? { practitionerId: step.performer.id } : { unitId: step.performer.id }) : null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    switch (action) {
      case 'REJECT':
        return onSubmit({ reason, alternative });
      case 'FAIL':
      case 'CANCEL':
      case 'UNSCHEDULE':
        return onSubmit({ reason });
      case 'COMPLETE':
        return onSubmit({ report });
      case 'SCHEDULE': {
        if (slot) return onSubmit({ bookStart: slot });
        const s = new Date(start);
        return onSubmit({ slot: { start: s.toISOString(), end: new Date(s.getTime() + minutes * 60_000).toISOString() } });
      }
    }
  };

  return (
    <form className="action-form" onSubmit={submit} aria-label={t(`action.${action}`)}>
      {action === 'REJECT' || action === 'FAIL' || action === 'CANCEL' || action === 'UNSCHEDULE' ? (
        <label>
          {t('step.reason')}
          <textarea required value={reason} onChange={(e) => setReason(e.target.value)} rows={2} />
        </label>
      ) : null}
      {action === 'REJECT' ? (
        <label>
          {t('step.alternativeInput')}
          <textarea required value={alternative} onChange={(e) => setAlternative(e.target.value)} rows={2} />
        </label>
      ) : null}
      {action === 'COMPLETE' ? (
        <label>
          {t('step.reportInput')}
          <textarea required value={report} onChange={(e) => setReport(e.target.value)} rows={4} />
        </label>
      ) : null}
      {action === 'SCHEDULE' && calendar ? <SlotPicker performer={calendar} value={slot} onChange={setSlot} allowReserved={allowReserved} /> : null}
      {action === 'SCHEDULE' && !slot ? (
        <fieldset>
          <legend>{t('step.slotByHand')}</legend>
          <label>
            {t('step.slotStart')}
            <input type="datetime-local" required value={start} onChange={(e) => setStart(e.target.value)} />
          </label>
          <label>
            {t('step.slotMinutes')}
            <input type="number" min={5} max={480} step={5} required value={minutes} onChange={(e) => setMinutes(Number(e.target.value))} />
          </label>
        </fieldset>
      ) : null}
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('common.confirm')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

function TextForm({ label, busy, onSubmit, onCancel }: { label: string; busy: boolean; onSubmit: (text: string) => void; onCancel: () => void }) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  return (
    <form className="action-form" onSubmit={(e) => { e.preventDefault(); onSubmit(text); }}>
      <label>
        {label}
        <textarea required rows={4} value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={busy}>{t('common.confirm')}</button>
        <button type="button" className="button" onClick={onCancel}>{t('common.cancel')}</button>
      </div>
    </form>
  );
}

type Lab = NonNullable<StepFieldsFragment['lab']>;
const resultFields = ['value', 'unit', 'referenceLow', 'referenceHigh', 'criticalLow', 'criticalHigh'] as const;
const resultLabels = { value: 'lab.value', unit: 'lab.unit', referenceLow: 'lab.refLow', referenceHigh: 'lab.refHigh', criticalLow: 'lab.critLow', criticalHigh: 'lab.critHigh' } as const;

/** The lab posts a value (with unit and limits) per ordered test, or the radiologist a report; flags are computed by Innomed. */
function ResultsForm({ lab, busy, onSubmit, onCancel }: { lab: Lab; busy: boolean; onSubmit: (input: { results: LabResultInput[] | null; imagingReport: string | null; final: boolean }) => void; onCancel: () => void }) {
  const { t } = useI18n();
  const [values, setValues] = useState<Record<string, Record<string, string>>>({});
  const [report, setReport] = useState('');
  const [final, setFinal] = useState(true);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const num = (v: string | undefined) => (v === undefined || v.trim() === '' ? null : Number(v.replace(',', '.')));
    const results = lab.tests
      .filter((x) => values[x.code]?.value)
      .map((x) => {
        const v = values[x.code];
        return { code: x.code, label: x.label, value: num(v.value), unit: v.unit || null, referenceLow: num(v.referenceLow), referenceHigh: num(v.referenceHigh), criticalLow: num(v.criticalLow), criticalHigh: num(v.criticalHigh) };
      });
    onSubmit({ results: results.length ? results : null, imagingReport: report || null, final });
  };
  return (
    <form className="action-form" onSubmit={submit} aria-label={t('lab.post')}>
      {lab.tests.map((x) => (
        <fieldset key={x.code} className="grid-fields">
          <legend>{x.label}</legend>
          {resultFields.map((f) => (
            <label key={f}>
              {t(resultLabels[f])}
              <input
                inputMode={f === 'unit' ? 'text' : 'decimal'}
                value={values[x.code]?.[f] ?? ''}
                onChange={(e) => setValues({ ...values, [x.code]: { ...values[x.code], [f]: e.target.value } })}
              />
            </label>
          ))}
        </fieldset>
      ))}
      {lab.exam ? (
        <label>
          {t('lab.imagingReport')}
          <textarea rows={4} value={report} onChange={(e) => setReport(e.target.value)} />
        </label>
      ) : null}
      <label className="choice">
        <input type="checkbox" checked={final} onChange={(e) => setFinal(e.target.checked)} />
        {t('lab.final')}
      </label>
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={busy}>{t('common.confirm')}</button>
        <button type="button" className="button" onClick={onCancel}>{t('common.cancel')}</button>
      </div>
    </form>
  );
}
