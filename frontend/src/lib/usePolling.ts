import { useEffect } from 'react';

/** Re-reads lists no subscription covers yet (e.g. the territory's queue); paused while the tab is hidden. */
export function usePolling(refresh: () => void, ms: number, enabled = true): void {
  useEffect(() => {
    if (!enabled) return;
    const timer = setInterval(() => {
      if (document.visibilityState !== 'hidden') refresh();
    }, ms);
    return () => clearInterval(timer);
  }, [refresh, ms, enabled]);
}
