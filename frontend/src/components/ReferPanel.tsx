import { useId, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { BookSlotMutation, JourneyDocumentsQuery, OrderLabsMutation, ReferMutation, RequestTeleExpertiseMutation, SearchPractitionersQuery, SearchUnitsQuery } from '../api/operations';
import { SlotPicker } from './SlotPicker';
import type { JourneyDetailFragment, Priority, StepKind, UnitKind } from '../gql/graphql';
import { ErrorNotice } from '../lib/errors';
import { personName } from '../lib/format';
import { useI18n } from '../lib/i18n';

const kinds: StepKind[] = ['REFERRAL', 'TELE_EXPERTISE', 'LAB_ORDER', 'IMAGING_ORDER', 'ADMISSION'];
const priorities: Priority[] = ['ROUTINE', 'URGENT', 'ASAP', 'STAT'];

/** Common first-line tests (LOINC codes); the lab receives code and label. */
const commonTests = [
  { code: '58410-2', label: 'NFS (hémogramme)' },
  { code: '1988-5', label: 'CRP' },
  { code: '2823-3', label: 'Potassium' },
  { code: '2951-2', label: 'Sodium' },
  { code: '2160-0', label: 'Créatinine' },
  { code: '6598-7', label: 'Troponine T' },
  { code: '48065-7', label: 'D-dimères' },
  { code: '4548-4', label: 'HbA1c' },
];

/** Which directory a kind of request looks in by default. */
function defaultTarget(kind: StepKind): { target: 'practitioner' | 'unit'; unitKind?: UnitKind } {
  switch (kind) {
    case 'LAB_ORDER':
      return { target: 'unit', unitKind: 'LABORATORY' };
    case 'IMAGING_ORDER':
      return { target: 'unit', unitKind: 'RADIOLOGY' };
    case 'ADMISSION':
      return { target: 'unit' };
    default:
      return { target: 'practitioner' };
  }
}

/**
 * Refer, ask for a tele-expertise, order labs or imaging, or admit: pick who in the directory (or
 * only those with a free slot soon), say why and how urgent, and optionally book one of their
 * published slots at once (which also accepts the request); otherwise the performer answers and
 * schedules.
 */
export function ReferPanel({ journeyId, territoryId, parentStepId, isGp, onDone, onClose }: { journeyId: string; territoryId: string; parentStepId?: string; isGp: boolean; onDone: (j: JourneyDetailFragment) => void; onClose: () => void }) {
  const { t, dateTime } = useI18n();
  const id = useId();
  const [kind, setKind] = useState<StepKind>('REFERRAL');
  const [target, setTarget] = useState<'practitioner' | 'unit'>('practitioner');
  const [text, setText] = useState('');
  const [performer, setPerformer] = useState<{ practitionerId?: string; unitId?: string } | null>(null);
  const [reason, setReason] = useState('');
  const [priority, setPriority] = useState<Priority>('ROUTINE');
  const [note, setNote] = useState('');
  const [soon, setSoon] = useState(false);
  const [slot, setSlot] = useState<string | null>(null);
  const [bookState, book] = useMutation(BookSlotMutation);
  const [referred, setReferred] = useState<{ stepId: string; journey: JourneyDetailFragment } | null>(null);
  const bookable = kind !== 'TELE_EXPERTISE';
  const [tests, setTests] = useState<string[]>([]);
  const [exam, setExam] = useState('');
  const [orderState, orderLabs] = useMutation(OrderLabsMutation);
  const [askState, askExpert] = useMutation(RequestTeleExpertiseMutation);
  // A tele-expertise may carry documents of the journey (an ECG, a letter): the expert downloads them.
  const [attached, setAttached] = useState<string[]>([]);
  const [journeyDocuments] = useQuery({ query: JourneyDocumentsQuery, variables: { journeyId }, pause: kind !== 'TELE_EXPERTISE' });
  const unitKind = kind === 'LAB_ORDER' ? 'LABORATORY' : kind === 'IMAGING_ORDER' ? 'RADIOLOGY' : undefined;

  const [practitioners] = useQuery({
    query: SearchPractitionersQuery,
    variables: { territoryId, text: text || null, freeSlotWithinHours: soon ? 48 : null, withSlots: true },
    pause: target !== 'practitioner',
  });
  const [units] = useQuery({
    query: SearchUnitsQuery,
    variables: { territoryId, text: text || null, kind: unitKind ?? null, freeSlotWithinHours: soon ? 48 : null, withSlots: true },
    pause: target !== 'unit',
  });
  const [state, refer] = useMutation(ReferMutation);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!performer) return;
    // A retry after a lost slot only books again: the request already exists.
    let created = referred;
    if (!created) {
      // Labs and imaging carry what is ordered; a tele-expertise carries the question and goes to an expert.
      if ((kind === 'LAB_ORDER' || kind === 'IMAGING_ORDER') && performer.unitId) {
        const result = await orderLabs({
          input: {
            journeyId, parentStepId: parentStepId ?? null, unitId: performer.unitId, kind: kind === 'LAB_ORDER' ? 'LAB' : 'IMAGING',
            tests: kind === 'LAB_ORDER' ? commonTests.filter((x) => tests.includes(x.code)) : null,
            exam: kind === 'IMAGING_ORDER' ? exam : null, priority, clinicalInformation: reason, note: note || null,
          },
        });
        if (!result.data) return;
        created = { stepId: result.data.orderLabs.step.id, journey: result.data.orderLabs.journey };
      } else if (kind === 'TELE_EXPERTISE' && performer.practitionerId) {
        const attachments = attached.length ? attached.map((documentId) => ({ documentId })) : null;
        const result = await askExpert({ input: { journeyId, parentStepId: parentStepId ?? null, expertId: performer.practitionerId, question: reason, priority, attachments } });
        if (!result.data) return;
        return onDone(result.data.requestTeleExpertise.journey);
      } else {
        const result = await refer({ input: { journeyId, parentStepId: parentStepId ?? null, kind, performer, reason, priority, note: note || null } });
        if (!result.data) return;
        created = { stepId: result.data.refer.step.id, journey: result.data.refer.journey };
      }
      setReferred(created);
    }
    if (!slot || !bookable) return onDone(created.journey);
    const booked = await book({ input: { journeyId, stepId: created.stepId, start: slot } });
    if (booked.data) onDone(booked.data.bookSlot.journey);
    else setSlot(null); // taken meanwhile: the picker re-reads; the request stands and can be booked later
  };

  const options =
    target === 'practitioner'
      ? (practitioners.data?.searchPractitioners ?? [])
          .filter((p) => p.role !== 'GP' && p.role !== 'REGULATOR')
          .map((p) => ({ key: `p:${p.id}`, value: { practitionerId: p.id }, label: `${personName(p)}${p.specialty ? ` — ${p.specialty}` : ''}`, next: p.nextFreeSlot?.start }))
      : (units.data?.searchUnits ?? []).map((u) => ({
          key: `u:${u.id}`,
          value: { unitId: u.id },
          label: `${u.name} — ${u.hospitalName}${u.capacity ? ` · ${t('capacity.freeBeds', { n: u.capacity.bedsFree })}` : ''}`,
          next: u.nextFreeSlot?.start,
        }));
  const selectedKey = performer ? (performer.practitionerId ? `p:${performer.practitionerId}` : `u:${performer.unitId}`) : null;

  return (
    <form className="card refer" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('refer.title')}</h3>
      <label>
        {t('refer.kind')}
        <select
          value={kind}
          onChange={(e) => {
            const k = e.target.value as StepKind;
            setKind(k);
            setTarget(defaultTarget(k).target);
            setPerformer(null);
          }}
        >
          {kinds.map((k) => (
            <option key={k} value={k}>
              {t(`kind.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="segmented">
        <legend>{t('refer.who')}</legend>
        <label>
          <input type="radio" name={`${id}-target`} checked={target === 'practitioner'} onChange={() => { setTarget('practitioner'); setPerformer(null); }} />
          {t('refer.practitioner')}
        </label>
        <label>
          <input type="radio" name={`${id}-target`} checked={target === 'unit'} onChange={() => { setTarget('unit'); setPerformer(null); }} />
          {t('refer.unit')}
        </label>
      </fieldset>
      <label>
        {t('directory.search')}
        <input type="search" value={text} onChange={(e) => setText(e.target.value)} placeholder={t('directory.placeholder')} />
      </label>
      <label className="choice">
        <input type="checkbox" checked={soon} onChange={(e) => setSoon(e.target.checked)} />
        {t('refer.freeWithin48')}
      </label>
      <fieldset className="choices" aria-busy={practitioners.fetching || units.fetching}>
        <legend>{t('refer.results')}</legend>
        {options.length === 0 ? <p className="muted">{t('common.none')}</p> : null}
        {options.map((o) => (
          <label key={o.key} className="choice">
            <input type="radio" name={`${id}-performer`} checked={selectedKey === o.key} disabled={referred !== null} onChange={() => { setPerformer(o.value); setSlot(null); }} required />
            <span>
              {o.label}
              {o.next ? <span className="muted"> · {t('refer.nextSlot', { at: dateTime(o.next) })}</span> : null}
            </span>
          </label>
        ))}
      </fieldset>
      {kind === 'LAB_ORDER' ? (
        <fieldset className="grid-tests">
          <legend>{t('lab.pick')}</legend>
          {commonTests.map((x) => (
            <label key={x.code} className="choice">
              <input type="checkbox" checked={tests.includes(x.code)} onChange={(e) => setTests(e.target.checked ? [...tests, x.code] : tests.filter((c) => c !== x.code))} />
              {x.label}
            </label>
          ))}
        </fieldset>
      ) : null}
      {kind === 'IMAGING_ORDER' ? (
        <label>
          {t('lab.exam')}
          <input required value={exam} onChange={(e) => setExam(e.target.value)} />
        </label>
      ) : null}
      <label>
        {kind === 'TELE_EXPERTISE' ? t('te.question') : t('refer.reason')}
        <textarea required value={reason} onChange={(e) => setReason(e.target.value)} rows={2} />
      </label>
      {kind === 'TELE_EXPERTISE' && (journeyDocuments.data?.documents.length ?? 0) > 0 ? (
        <fieldset>
          <legend>{t('te.attach')}</legend>
          {journeyDocuments.data!.documents.map((d) => (
            <label key={d.id} className="choice">
              <input
                type="checkbox"
                checked={attached.includes(d.id)}
                disabled={!attached.includes(d.id) && attached.length >= 10}
                onChange={(e) => setAttached(e.target.checked ? [...attached, d.id] : attached.filter((x) => x !== d.id))}
              />
              {d.name} <span className="muted">({t(`docKind.${d.kind}`)})</span>
            </label>
          ))}
        </fieldset>
      ) : null}
      <label>
        {t('refer.priority')}
        <select value={priority} onChange={(e) => setPriority(e.target.value as Priority)}>
          {priorities.map((p) => (
            <option key={p} value={p}>
              {t(`priority.${p}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('refer.note')}
        <textarea value={note} onChange={(e) => setNote(e.target.value)} rows={2} />
      </label>
      {performer && bookable ? <SlotPicker performer={performer} value={slot} onChange={setSlot} allowReserved={isGp && kind === 'REFERRAL' && priority !== 'ROUTINE'} /> : null}
      {referred ? <p role="status">{t('refer.sentBookAgain')}</p> : null}
      <ErrorNotice error={state.error ?? orderState.error ?? askState.error ?? bookState.error} />
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={!performer || (kind === 'LAB_ORDER' && tests.length === 0) || state.fetching || orderState.fetching || askState.fetching || bookState.fetching}>
          {referred ? t('refer.bookOnly') : slot ? t('refer.sendAndBook') : t('refer.send')}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
