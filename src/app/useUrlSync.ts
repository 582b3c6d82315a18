// Keeps the address bar in step with the view, so the URL can be shared. It
// replaces the history entry (no new entry per filter step) and writes at most
// every 100 ms: browsers throttle, and warn about, faster history updates.
import { useEffect, useRef } from 'react';
import { serialiseViewState, type ViewState } from '../view/urlState';

const MIN_INTERVAL_MS = 100;

/**
 * @example useUrlSync({ filters, selection, rollup, presenter, coalitions });
 */
export function useUrlSync(state: ViewState): void {
  const query = serialiseViewState(state);
  const lastWrite = useRef(0);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => {
    const write = (): void => {
      lastWrite.current = performance.now();
      const url = `${window.location.pathname}${query}${window.location.hash}`;
      if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
        window.history.replaceState(window.history.state, '', url);
      }
    };
    window.clearTimeout(timer.current);
    const wait = lastWrite.current + MIN_INTERVAL_MS - performance.now();
    if (wait <= 0) write();
    else timer.current = window.setTimeout(write, wait);
  }, [query]);
  useEffect(() => {
    const pending = timer;
    return () => window.clearTimeout(pending.current);
  }, []);
}
