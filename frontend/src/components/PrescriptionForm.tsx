import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { CreatePrescriptionMutation } from '../api/operations';
import type { PrescriptionCategory } from '../gql/graphql';
import { ErrorNotice } from '../lib/errors';
import { useI18n } from '../lib/i18n';
import { StepSelect } from './StepSelect';

const categories: PrescriptionCategory[] = ['MEDICATION', 'LABORATORY', 'IMAGING', 'NURSING'];
interface Line {
  text: string;
  dosage: string;
  duration: string;
  quantity: string;
}
const empty: Line = { text: '', dosage: '', duration: '', quantity: '' };

/** A prescription written in Innomed: structured lines, rendered to a PDF by the server and filed in the journey. */
export function PrescriptionForm({
  journeyId,
  steps,
  onCreated,
}: {
  journeyId: string;
  steps: { id: string; label: string }[];
  onCreated: (document: { id: string; name: string; stepId?: string | null }) => void | Promise<void>;
}) {
  const { t } = useI18n();
  const [category, setCategory] = useState<PrescriptionCategory>('MEDICATION');
  const [stepId, setStepId] = useState('');
  const [lines, setLines] = useState<Line[]>([{ ...empty }]);
  const [notes, setNotes] = useState('');
  const [done, setDone] = useState(false);
  const [state, create] = useMutation(CreatePrescriptionMutation);
  const set = (i: number, field: keyof Line, value: string) => setLines(lines.map((l, j) => (j === i ? { ...l, [field]: value } : l)));
  const opt = (v: string) => (v.trim() ? v.trim() : null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setDone(false);
    const r = await create({
      input: {
        journeyId,
        stepId: stepId || null,
        category,
        notes: opt(notes),
        lines: lines.filter((l) => l.text.trim()).map((l) => ({ text: l.text.trim(), dosage: opt(l.dosage), duration: opt(l.duration), quantity: opt(l.quantity) })),
      },
    });
    if (r.data) {
      setDone(true);
      setLines([{ ...empty }]);
      setNotes('');
      await onCreated(r.data.createPrescription);
    }
  };

  return (
    <form className="action-form prescription-form" onSubmit={submit} aria-label={t('prescription.write')}>
      <div className="grid-fields">
        <label>
          {t('prescription.category')}
          <select value={category} onChange={(e) => setCategory(e.target.value as PrescriptionCategory)}>
            {categories.map((c) => (
              <option key={c} value={c}>
                {t(`prescription.${c}`)}
              </option>
            ))}
          </select>
        </label>
        {steps.length > 0 ? <StepSelect label={t('documents.step')} steps={steps} value={stepId} onChange={setStepId} /> : null}
      </div>
      {lines.map((l, i) => (
        <fieldset key={i} className="grid-fields">
          <legend>{t('prescription.line', { n: i + 1 })}</legend>
          <label className="span-2">
            {category === 'MEDICATION' ? t('prescription.medication') : t('prescription.act')}
            <input required={i === 0} maxLength={500} value={l.text} onChange={(e) => set(i, 'text', e.target.value)} />
          </label>
          <label>
            {t('prescription.dosage')}
            <input value={l.dosage} onChange={(e) => set(i, 'dosage', e.target.value)} />
          </label>
          <label>
            {t('prescription.duration')}
            <input value={l.duration} onChange={(e) => set(i, 'duration', e.target.value)} />
          </label>
          <label>
            {t('prescription.quantity')}
            <input value={l.quantity} onChange={(e) => set(i, 'quantity', e.target.value)} />
          </label>
          {lines.length > 1 ? (
            <button type="button" className="button button--small" onClick={() => setLines(lines.filter((_, j) => j !== i))}>
              {t('prescription.removeLine', { n: i + 1 })}
            </button>
          ) : null}
        </fieldset>
      ))}
      <div className="button-row">
        <button type="button" className="button button--small" disabled={lines.length >= 30} onClick={() => setLines([...lines, { ...empty }])}>
          {t('prescription.addLine')}
        </button>
      </div>
      <label>
        {t('prescription.notes')}
        <textarea rows={2} value={notes} onChange={(e) => setNotes(e.target.value)} />
      </label>
      <ErrorNotice error={state.error} />
      {done ? <p role="status">{t('prescription.created')}</p> : null}
      <button type="submit" className="button button--primary" disabled={state.fetching}>
        {t('prescription.create')}
      </button>
    </form>
  );
}
