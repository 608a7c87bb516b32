import type { ReactNode } from 'react';
import { useI18n } from '../lib/i18n';

export type StepChoice = { id: string; label: string };

/** The step a document or prescription is filed under ("" = the journey itself), labelled by `label`. */
export function StepSelect({ label, steps, value, onChange }: {
  label: ReactNode;
  steps: StepChoice[];
  value: string;
  onChange: (stepId: string) => void;
}) {
  const { t } = useI18n();
  return (
    <label>
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('documents.noStep')}</option>
        {steps.map((s) => (
          <option key={s.id} value={s.id}>
            {s.label}
          </option>
        ))}
      </select>
    </label>
  );
}
