import { useId, useRef, useState, type FormEvent } from 'react';
import { useSession } from '../lib/auth';
import { acceptAttribute, checkFile, DocumentError, uploadDocument, type DocumentKindName, type UploadedDocument } from '../lib/documents';
import { CodeNotice } from '../lib/errors';
import { useI18n } from '../lib/i18n';
import { StepSelect } from './StepSelect';

const prescriberRoles = ['Gp', 'Specialist', 'HospitalStaff'];

/**
 * Files a document in the journey (POST /documents): a file, what it is, and optionally the step it
 * belongs to. Too large or of a type the gateway refuses is said before anything is sent.
 */
export function DocumentUpload({
  journeyId,
  steps,
  onUploaded,
  share,
}: {
  journeyId: string;
  steps: { id: string; label: string }[];
  onUploaded: (document: UploadedDocument, shareInChat: boolean) => void | Promise<void>;
  /** Offer to announce the document in the conversation (the others then see it at once). */
  share?: boolean;
}) {
  const { t } = useI18n();
  const session = useSession();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [kind, setKind] = useState<DocumentKindName>(session.user.role === 'Patient' ? 'OTHER' : 'CONSULTATION_REPORT');
  const [stepId, setStepId] = useState('');
  const [shareInChat, setShareInChat] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<DocumentError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const kinds: DocumentKindName[] = prescriberRoles.includes(session.user.role) ? ['CONSULTATION_REPORT', 'RESULT', 'LETTER', 'PRESCRIPTION', 'OTHER'] : ['OTHER', 'RESULT', 'LETTER', 'CONSULTATION_REPORT'];

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!file) return;
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const document = await uploadDocument(session.accessToken, { journeyId, stepId: stepId || null, kind, file });
      setDone(document.name);
      setFile(null);
      if (input.current) input.current.value = '';
      await onUploaded(document, share === true && shareInChat);
    } catch (err) {
      setError(err instanceof DocumentError ? err : new DocumentError('INTERNAL', ''));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="action-form upload" onSubmit={submit} aria-label={t('documents.upload')}>
      <label>
        {t('documents.file')}
        <input
          ref={input}
          type="file"
          accept={acceptAttribute}
          required
          aria-describedby={`${id}-hint`}
          onChange={(e) => {
            const picked = e.target.files?.[0] ?? null;
            setDone(null);
            setError(picked ? checkFile(picked) : null);
            setFile(picked);
          }}
        />
      </label>
      <p id={`${id}-hint`} className="muted">
        {t('documents.hint')}
      </p>
      <div className="grid-fields">
        <label>
          {t('documents.kind')}
          <select value={kind} onChange={(e) => setKind(e.target.value as DocumentKindName)}>
            {kinds.map((k) => (
              <option key={k} value={k}>
                {t(`docKind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        {steps.length > 0 ? <StepSelect label={t('documents.step')} steps={steps} value={stepId} onChange={setStepId} /> : null}
      </div>
      {share ? (
        <label className="choice">
          <input type="checkbox" checked={shareInChat} onChange={(e) => setShareInChat(e.target.checked)} />
          {t('documents.shareInChat')}
        </label>
      ) : null}
      <CodeNotice error={error} />
      {done ? <p role="status">{t('documents.uploaded', { name: done })}</p> : null}
      <button type="submit" className="button button--primary" disabled={busy || !file || (error !== null && error.code !== 'NETWORK')}>
        {busy ? t('documents.uploading') : t('documents.uploadAction')}
      </button>
    </form>
  );
}
