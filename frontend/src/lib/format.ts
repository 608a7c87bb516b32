import type { Translate } from './i18n';

export function personName(p: { givenName: string; familyName: string } | null | undefined): string {
  return p ? `${p.givenName} ${p.familyName}` : '';
}

/** Age in whole years from an ISO date (yyyy-MM-dd). */
export function age(birthDate: string, now = new Date()): number {
  const [y, m, d] = birthDate.split('-').map(Number);
  let years = now.getFullYear() - y;
  if (now.getMonth() + 1 < m || (now.getMonth() + 1 === m && now.getDate() < d)) years--;
  return years;
}

/** "in 1 h 20 min" / "23 min late". */
export function relativeDue(iso: string, t: Translate, now = Date.now()): string {
  const minutes = Math.round((new Date(iso).getTime() - now) / 60_000);
  const abs = Math.abs(minutes);
  const span = abs >= 60 * 24 ? `${Math.floor(abs / 1440)} ${t('due.days')} ${Math.floor((abs % 1440) / 60)} h` : abs >= 60 ? `${Math.floor(abs / 60)} h ${abs % 60} min` : `${abs} min`;
  return minutes >= 0 ? t('due.in', { span }) : t('due.late', { span });
}

/** Sorts by due-by, soonest first; items without one last. */
export function byDueBy<T>(dueBy: (item: T) => string | null | undefined) {
  return (a: T, b: T) => {
    const x = dueBy(a);
    const y = dueBy(b);
    if (!x && !y) return 0;
    if (!x) return 1;
    if (!y) return -1;
    return new Date(x).getTime() - new Date(y).getTime();
  };
}

export interface TreeNode<T extends { id: string; parentId?: string | null }> {
  step: T;
  children: TreeNode<T>[];
}

/** The journey's steps (parents before children) as a tree. */
export function buildTree<T extends { id: string; parentId?: string | null }>(steps: readonly T[]): TreeNode<T>[] {
  const nodes = new Map<string, TreeNode<T>>();
  const roots: TreeNode<T>[] = [];
  for (const step of steps) nodes.set(step.id, { step, children: [] });
  for (const step of steps) {
    const node = nodes.get(step.id)!;
    const parent = step.parentId ? nodes.get(step.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

/** yyyy-MM-ddTHH:mm in local time, for <input type="datetime-local">. */
export function toLocalInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
