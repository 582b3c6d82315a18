// "Run layout": ForceAtlas2 in a web worker, for a file opened from a
// spreadsheet whose coordinates are missing or stale. The worker code is
// fetched only when asked for; the layout stops by itself after a while.
import { useCallback, useEffect, useRef, useState } from 'react';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type FA2LayoutSupervisor from 'graphology-layout-forceatlas2/worker';
import type { Scene } from './scene';

/** How long a run lasts unless stopped earlier. */
const RUN_MS = 4_000;

export interface LayoutRunner {
  running: boolean;
  /** Starts a run, or stops the one under way. */
  toggle: () => void;
}

/**
 * @example const layout = useLayoutRunner(scene, loader.version);
 *          <button onClick={layout.toggle}>{layout.running ? 'Stop layout' : 'Run layout'}</button>
 */
export function useLayoutRunner(scene: Scene, version: number): LayoutRunner {
  const [running, setRunning] = useState(false);
  const supervisor = useRef<FA2LayoutSupervisor | null>(null);
  const timer = useRef<number | undefined>(undefined);

  const stop = useCallback(() => {
    window.clearTimeout(timer.current);
    supervisor.current?.kill();
    supervisor.current = null;
    setRunning(false);
  }, []);

  const toggle = useCallback(() => {
    if (supervisor.current) {
      stop();
      return;
    }
    setRunning(true);
    void import('graphology-layout-forceatlas2/worker').then(({ default: Supervisor }) => {
      const layout = new Supervisor(scene.graph, {
        settings: {
          ...forceAtlas2.inferSettings(scene.graph),
          barnesHutOptimize: scene.graph.order > 2_000,
        },
      });
      supervisor.current = layout;
      layout.start();
      timer.current = window.setTimeout(stop, RUN_MS);
    });
  }, [scene, stop]);

  // New data, or leaving the page: no layout keeps running on it.
  useEffect(() => stop, [stop, version]);

  return { running, toggle };
}
