import { useCallback, useMemo, useState } from 'react';
import type { JourneyDetailFragment } from '../gql/graphql';
import { ErrorNotice } from '../lib/errors';
import { personName } from '../lib/format';
import { useI18n } from '../lib/i18n';
import { ChatPanel, useShareDocument, type Thread } from './ChatPanel';
import { DocumentsPanel } from './DocumentsPanel';

/** Who a step is with, for thread and step labels: "Adressage — Paul Mercier". */
export function stepLabel(step: JourneyDetailFragment['steps'][number], kindLabel: string): string {
  const p = step.performer;
  const who = p?.practitioner ? personName(p.practitioner) : (p?.unit?.name ?? '');
  return who ? `${kindLabel} — ${who}` : kindLabel;
}

/**
 * The journey's conversation and patient file, side by side (stacked on a phone): the same panels for
 * the GP, the specialist or unit working on it, and the patient.
 */
export function JourneyCollaboration({ journey, headingLevel = 3 }: { journey: JourneyDetailFragment; headingLevel?: 2 | 3 }) {
  const { t } = useI18n();
  const [filesVersion, setFilesVersion] = useState(0);
  const [shareState, share] = useShareDocument(journey.id);
  const bumpFiles = useCallback(() => setFilesVersion((v) => v + 1), []);

  const steps = useMemo(
    () => journey.steps.filter((s) => s.kind !== 'TRIAGE').map((s) => ({ id: s.id, label: stepLabel(s, t(`kind.${s.kind}`)) })),
    [journey.steps, t],
  );
  const threads: Thread[] = useMemo(() => steps.filter((s) => journey.steps.find((x) => x.id === s.id)?.kind !== 'PRIMARY_CARE').map((s) => ({ stepId: s.id, label: s.label })), [steps, journey.steps]);
  const names = useMemo(() => {
    const n: Record<string, string> = {};
    if (journey.gp) n[journey.gp.id] = personName(journey.gp);
    for (const s of journey.steps) {
      if (s.requester) n[s.requester.id] = personName(s.requester);
      if (s.performer?.practitioner) n[s.performer.practitioner.id] = personName(s.performer.practitioner);
    }
    return n;
  }, [journey.gp, journey.steps]);

  return (
    <div className="grid-2 collaboration">
      <ChatPanel journeyId={journey.id} threads={threads} names={names} patientName={personName(journey.patient)} headingLevel={headingLevel} onAttachmentsChanged={bumpFiles} retryKey={journey.version} />
      <div>
        <DocumentsPanel
          journeyId={journey.id}
          steps={steps}
          refreshKey={`${journey.version}:${filesVersion}`}
          headingLevel={headingLevel}
          onUploaded={async (document, shareInChat) => {
            if (shareInChat) await share(document);
          }}
        />
        <ErrorNotice error={shareState.error} />
      </div>
    </div>
  );
}
