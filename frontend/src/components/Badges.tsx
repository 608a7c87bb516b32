import { useEffect, useState } from 'react';
import type { JourneyStage, StepStatus, TriageLevel } from '../gql/graphql';
import { useI18n } from '../lib/i18n';
import { relativeDue } from '../lib/format';
import { onLiveState, type LiveState } from '../lib/client';

export function LevelBadge({ level }: { level: TriageLevel | null | undefined }) {
  const { t } = useI18n();
  if (!level) return null;
  return <span className={`badge level-${level.toLowerCase()}`}>{t(`level.${level}`)}</span>;
}

export function StageBadge({ stage }: { stage: JourneyStage }) {
  const { t } = useI18n();
  return <span className={`badge stage-${stage.toLowerCase()}`}>{t(`stage.${stage}`)}</span>;
}

export function StatusBadge({ status }: { status: StepStatus }) {
  const { t } = useI18n();
  return <span className={`badge status-${status.toLowerCase()}`} data-status={status}>{t(`status.${status}`)}</span>;
}

/** The due-by with how long is left; overdue ones say so in words, not only in colour. */
export function DueBy({ at, overdue }: { at: string | null | undefined; overdue?: boolean }) {
  const { t, dateTime } = useI18n();
  const [, tick] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => tick((n) => n + 1), 30_000);
    return () => clearInterval(timer);
  }, []);
  if (!at) return null;
  const late = overdue ?? new Date(at).getTime() < Date.now();
  return (
    <span className={late ? 'due due--late' : 'due'}>
      <time dateTime={at}>{dateTime(at)}</time> · {late ? <strong>{t('due.overdue')}</strong> : null} {relativeDue(at, t)}
    </span>
  );
}

export function LiveBadge() {
  const { t } = useI18n();
  const [state, setState] = useState<LiveState>('connecting');
  useEffect(() => onLiveState(setState), []);
  return (
    <span className={`live live--${state}`} role="status" aria-live="polite" data-live={state}>
      {t(`live.${state}`)}
    </span>
  );
}
