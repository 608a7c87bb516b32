import { useState, type ReactNode } from 'react';
import type { StepFieldsFragment } from '../gql/graphql';
import { buildTree, personName, type TreeNode } from '../lib/format';
import { LabDetails } from './LabDetails';
import { DownloadButton } from './DownloadButton';
import { useI18n } from '../lib/i18n';
import { DueBy, StatusBadge } from './Badges';

export function performerName(p: StepFieldsFragment['performer']): string {
  if (!p) return '';
  if (p.practitioner) return `${personName(p.practitioner)}${p.practitioner.specialty ? ` (${p.practitioner.specialty})` : ''}`;
  if (p.unit) return `${p.unit.name} — ${p.unit.hospitalName}`;
  return p.id;
}

/** The journey as a collapsible tree of steps, parents before children; `actions` renders what may be done to a step. */
export function JourneyTree({ steps, actions }: { steps: readonly StepFieldsFragment[]; actions?: (step: StepFieldsFragment) => ReactNode }) {
  const { t } = useI18n();
  return (
    <ul className="tree" role="tree" aria-label={t('journey.tree')}>
      {buildTree(steps).map((node) => (
        <TreeItem key={node.step.id} node={node} actions={actions} level={1} />
      ))}
    </ul>
  );
}

function TreeItem({ node, actions, level }: { node: TreeNode<StepFieldsFragment>; actions?: (step: StepFieldsFragment) => ReactNode; level: number }) {
  const { t, dateTime } = useI18n();
  const [open, setOpen] = useState(true);
  const { step, children } = node;
  const hasChildren = children.length > 0;
  const open_ = ['REQUESTED', 'ACCEPTED', 'SCHEDULED', 'IN_PROGRESS', 'ON_HOLD'].includes(step.status);
  return (
    <li role="treeitem" aria-level={level} aria-expanded={hasChildren ? open : undefined} className={`tree__item${step.overdue ? ' tree__item--overdue' : ''}`} data-step-id={step.id} data-kind={step.kind}>
      <div className="tree__row">
        {hasChildren ? (
          <button type="button" className="tree__toggle" aria-expanded={open} aria-label={open ? t('journey.collapse') : t('journey.expand')} onClick={() => setOpen(!open)}>
            {open ? '▾' : '▸'}
          </button>
        ) : (
          <span className="tree__toggle" aria-hidden="true">•</span>
        )}
        <div className="tree__body">
          <div className="tree__title">
            <strong>{t(`kind.${step.kind}`)}</strong>
            {step.performer ? <span> → {performerName(step.performer)}</span> : null}
            <StatusBadge status={step.status} />
          </div>
          {step.reason ? <p className="tree__reason">{step.reason}</p> : null}
          {step.slot ? (
            <p>
              {t('step.slot')}: <time dateTime={step.slot.start}>{dateTime(step.slot.start)}</time>
            </p>
          ) : null}
          {open_ && step.dueBy ? (
            <p>
              {t('common.dueBy')}: <DueBy at={step.dueBy} overdue={step.overdue} />
            </p>
          ) : null}
          {step.statusReason ? <p>{t('step.statusReason')}: {step.statusReason}</p> : null}
          {step.alternative ? <p>{t('step.alternative')}: {step.alternative}</p> : null}
          {step.suggestedPerformer ? <p>{t('step.suggested')}: {performerName(step.suggestedPerformer)}</p> : null}
          {step.report ? (
            <p className="tree__report">
              {t('step.report')}: {step.report}
            </p>
          ) : null}
          {step.teleExpertise ? (
            <div className="te">
              <p>
                <strong>{t('te.question')}</strong> ({t(`te.outcome.${step.teleExpertise.outcome}`)}
                {step.teleExpertise.expert ? ` · ${t('te.expert')} : ${personName(step.teleExpertise.expert)}` : ''}) — {step.teleExpertise.question}
              </p>
              <ReferenceList refs={step.teleExpertise.attachments} />
              {step.teleExpertise.answer ? (
                <p className="tree__report" data-te-answer>
                  <strong>{t('te.answer')}</strong> — {step.teleExpertise.answer}
                  {step.teleExpertise.responseTimeSeconds != null ? (
                    <span className="muted">
                      {' '}
                      ({t('te.responseTime', { min: Math.max(1, Math.round(step.teleExpertise.responseTimeSeconds / 60)) })}
                      {step.teleExpertise.withinDueBy === false ? ` · ${t('te.late')}` : ''})
                    </span>
                  ) : null}
                </p>
              ) : null}
              <ReferenceList refs={step.teleExpertise.answerAttachments} />
              {step.teleExpertise.convertedTo ? <p>{t('te.convertedTo', { status: t(`status.${step.teleExpertise.convertedTo.status}`) })}</p> : null}
            </div>
          ) : null}
          {step.lab ? <LabDetails lab={step.lab} /> : null}
          {step.notes.length > 0 ? (
            <ul className="notes">
              {step.notes.map((n, i) => (
                <li key={i}>
                  <time dateTime={n.at}>{dateTime(n.at)}</time> — {n.text}
                </li>
              ))}
            </ul>
          ) : null}
          {actions ? actions(step) : null}
        </div>
      </div>
      {hasChildren && open ? (
        <ul role="group">
          {children.map((c) => (
            <TreeItem key={c.step.id} node={c} actions={actions} level={level + 1} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

/** A tele-expertise's attachments: stored documents download with the token, outside ones are links. */
function ReferenceList({ refs }: { refs: readonly { name: string; contentType: string; downloadUrl?: string | null; reference: string }[] }) {
  const { t } = useI18n();
  if (refs.length === 0) return null;
  return (
    <ul className="msg__attachments" aria-label={t('chat.attachments')}>
      {refs.map((r, i) => (
        <li key={i}>
          {r.downloadUrl ? (
            <>
              {r.name} <DownloadButton url={r.downloadUrl} name={r.name} />
            </>
          ) : /^https?:\/\//.test(r.reference) ? (
            <a href={r.reference} target="_blank" rel="noopener noreferrer">
              {r.name}
            </a>
          ) : (
            <span>
              {r.name} ({r.reference})
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
