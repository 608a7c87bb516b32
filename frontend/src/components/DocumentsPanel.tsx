import { useCallback, useEffect, useRef } from 'react';
import { useQuery } from 'urql';
import { PatientFileQuery } from '../api/operations';
import type { DocumentFieldsFragment } from '../gql/graphql';
import { formatSize } from '../lib/documents';
import { ErrorNotice } from '../lib/errors';
import { useI18n } from '../lib/i18n';
import { usePolling } from '../lib/usePolling';
import { DocumentUpload } from './DocumentUpload';
import { DownloadButton } from './DownloadButton';
import { FileUnder } from './FileUnder';
import { PrescriptionForm } from './PrescriptionForm';
import { useSession } from '../lib/auth';

/**
 * The journey's patient file: stored documents, prescriptions (their rendered PDF), and the reports of
 * completed steps with what was filed under them; plus an upload form. Uploads raise no journey event,
 * so the list is read again when the journey or the conversation moves (refreshKey), and every 30 s.
 */
export function DocumentsPanel({
  journeyId,
  steps,
  refreshKey,
  headingLevel = 3,
  onUploaded,
}: {
  journeyId: string;
  steps: { id: string; label: string }[];
  refreshKey: string | number;
  headingLevel?: 2 | 3;
  onUploaded?: (document: { id: string; name: string; stepId?: string | null }, shareInChat: boolean) => void | Promise<void>;
}) {
  const { t, lang, dateTime } = useI18n();
  const session = useSession();
  const prescriber = ['Gp', 'Specialist', 'HospitalStaff'].includes(session.user.role);
  // Filing under a step is for the professionals of the care team (linkDocument).
  const professional = session.user.role !== 'Patient';
  const [{ data, error, fetching }, refetch] = useQuery({ query: PatientFileQuery, variables: { journeyId }, requestPolicy: 'network-only' });
  const refresh = useCallback(() => refetch({ requestPolicy: 'network-only' }), [refetch]);
  const seen = useRef(refreshKey);
  useEffect(() => {
    if (seen.current === refreshKey) return;
    seen.current = refreshKey;
    refresh();
  }, [refreshKey, refresh]);
  usePolling(refresh, 30_000);

  const file = data?.journey?.patientFile;
  // Outside the care team (e.g. the regulator on a journey back in primary care): nothing to show or file.
  const refused = !file && (error?.graphQLErrors.some((e) => e.extensions?.code === 'FORBIDDEN') ?? false);
  const prescriptionIds = new Set(file?.prescriptions.map((p) => p.id) ?? []);
  const documents = (file?.documents ?? []).filter((d) => !prescriptionIds.has(d.id));
  const stepLabel = (id: string | null | undefined) => (id ? steps.find((s) => s.id === id)?.label : undefined);
  const H = `h${headingLevel}` as 'h2' | 'h3';
  const Sub = `h${headingLevel + 1}` as 'h3' | 'h4';
  const total = documents.length + (file?.prescriptions.length ?? 0);

  const line = (d: DocumentFieldsFragment) => (
    <li key={d.id} className="document" data-document-id={d.id} data-kind={d.kind}>
      <span className="document__name">{d.name}</span>{' '}
      <span className="muted">
        {t(`docKind.${d.kind}`)} · {formatSize(d.size, lang)} · <time dateTime={d.uploadedAt}>{dateTime(d.uploadedAt)}</time> · {t(`senderRole.${roleKey(d.uploadedByRole)}`)}
        {stepLabel(d.stepId) ? ` · ${stepLabel(d.stepId)}` : ''}
      </span>{' '}
      <DownloadButton url={d.downloadUrl} name={d.name} />
      {professional && steps.length > 0 ? <FileUnder journeyId={journeyId} documentId={d.id} name={d.name} stepId={d.stepId} steps={steps} onDone={refresh} /> : null}
    </li>
  );

  return (
    <section className="card documents" aria-labelledby={`docs-title-${journeyId}`} aria-busy={fetching}>
      <H id={`docs-title-${journeyId}`}>
        {t('panel.documents')} <span className="count">{total}</span>
      </H>
      {refused ? <p className="muted">{t('documents.notInCareTeam')}</p> : <ErrorNotice error={error} />}
      <Sub>{t('documents.files')}</Sub>
      {documents.length === 0 ? <p className="muted">{t('documents.none')}</p> : <ul className="documents__list">{documents.map(line)}</ul>}
      {file && file.prescriptions.length > 0 ? (
        <>
          <Sub>{t('documents.prescriptions')}</Sub>
          <ul className="documents__list">
            {file.prescriptions.map((p) => (
              <li key={p.id} className="document" data-document-id={p.id} data-kind="PRESCRIPTION">
                <span className="document__name">{p.prescription ? t(`prescription.${p.prescription.category}`) : p.name}</span>{' '}
                <span className="muted">
                  <time dateTime={p.uploadedAt}>{dateTime(p.uploadedAt)}</time>
                </span>
                {p.prescription ? (
                  <ul>
                    {p.prescription.lines.map((l, i) => (
                      <li key={i}>
                        {l.text}
                        {[l.dosage, l.duration, l.quantity].filter(Boolean).length ? ` — ${[l.dosage, l.duration, l.quantity].filter(Boolean).join(' · ')}` : ''}
                      </li>
                    ))}
                  </ul>
                ) : null}
                <DownloadButton url={p.downloadUrl} name={p.name} label={t('documents.pdf')} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {file && file.reports.length > 0 ? (
        <>
          <Sub>{t('documents.reports')}</Sub>
          <ul className="documents__list">
            {file.reports.map((r) => (
              <li key={r.step.id} className="report" data-step-id={r.step.id}>
                <strong>{t(`kind.${r.kind}`)}</strong>
                {r.performer ? ` — ${r.performer.practitioner ? `${r.performer.practitioner.givenName} ${r.performer.practitioner.familyName}` : (r.performer.unit?.name ?? '')}` : ''}
                {r.completedAt ? (
                  <>
                    {' '}
                    · <time dateTime={r.completedAt}>{dateTime(r.completedAt)}</time>
                  </>
                ) : null}
                {r.report ? <p className="report__text">{r.report}</p> : null}
                {r.documents.length > 0 ? <ul>{r.documents.map(line)}</ul> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {refused ? null : (
        <details className="upload-details">
          <summary>{t('documents.upload')}</summary>
          <DocumentUpload
            journeyId={journeyId}
            steps={steps}
            share={onUploaded !== undefined}
            onUploaded={async (d, share) => {
              refresh();
              await onUploaded?.(d, share);
            }}
          />
        </details>
      )}
      {prescriber && !refused ? (
        <details className="upload-details">
          <summary>{t('prescription.write')}</summary>
          <PrescriptionForm
            journeyId={journeyId}
            steps={steps}
            onCreated={async (d) => {
              refresh();
              // The patient needs it: it is announced in the conversation like a shared upload.
              await onUploaded?.(d, true);
            }}
          />
        </details>
      ) : null}
    </section>
  );
}

/** GP, SPECIALIST, HOSPITAL_STAFF, PATIENT... as the message keys know them (unknown → OTHER). */
export function roleKey(role: string): 'PATIENT' | 'GP' | 'SPECIALIST' | 'HOSPITAL_STAFF' | 'BIOLOGIST' | 'RADIOLOGIST' | 'REGULATOR' | 'ADMIN' | 'OTHER' {
  const known = ['PATIENT', 'GP', 'SPECIALIST', 'HOSPITAL_STAFF', 'BIOLOGIST', 'RADIOLOGIST', 'REGULATOR', 'ADMIN'] as const;
  const upper = role.toUpperCase();
  return (known as readonly string[]).includes(upper) ? (upper as (typeof known)[number]) : 'OTHER';
}
