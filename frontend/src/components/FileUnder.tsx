import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { LinkDocumentMutation } from '../api/operations';
import { ErrorNotice } from '../lib/errors';
import { useI18n } from '../lib/i18n';
import { StepSelect } from './StepSelect';

/** Files a document of the journey under one of its steps, or under the journey only (linkDocument). */
export function FileUnder({ journeyId, documentId, name, stepId, steps, onDone }: { journeyId: string; documentId: string; name: string; stepId: string | null | undefined; steps: { id: string; label: string }[]; onDone: () => void }) {
  const { t } = useI18n();
  const [target, setTarget] = useState(stepId ?? '');
  const [state, link] = useMutation(LinkDocumentMutation);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = await link({ input: { journeyId, documentId, stepId: target || null } });
    if (r.data) onDone();
  };
  return (
    <details className="file-under">
      <summary>{t('documents.fileUnder')}</summary>
      <form className="file-under__form" onSubmit={submit}>
        <StepSelect
          label={<span className="visually-hidden">{t('documents.fileUnderNamed', { name })}</span>}
          steps={steps}
          value={target}
          onChange={setTarget}
        />
        <button type="submit" className="button button--small" disabled={state.fetching || target === (stepId ?? '')}>
          {t('documents.fileUnderAction')}
        </button>
      </form>
      <ErrorNotice error={state.error} />
    </details>
  );
}
