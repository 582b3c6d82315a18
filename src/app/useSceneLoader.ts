// Loads new data into the scene (a file the reader opened, or the same data
// rolled up or back) and redraws it in full.
import { useCallback, useState } from 'react';
import type { StanceGraph } from '../graph/types';
import type { Filters } from '../view/filters';
import type { StanceSigma } from './redraw';
import { loadScene, type Scene } from './scene';

export interface SceneLoader {
  /** Increases with every load: derived views (outlets, histogram) key on it. */
  version: number;
  rolledUp: boolean;
  /** Loads `data` (or the current data when null), rolled up or not. */
  load: (data: StanceGraph | null, rolledUp: boolean) => void;
}

/**
 * @example const loader = useSceneLoader(scene, renderer, currentFilters, showData);
 *          loader.load(null, true); // fold people into their countries
 */
export function useSceneLoader(
  scene: Scene,
  renderer: StanceSigma | null,
  currentFilters: () => Filters,
  onLoaded: () => void,
): SceneLoader {
  const [version, setVersion] = useState(0);
  const [rolledUp, setRolledUp] = useState(scene.rolledUp);
  const load = useCallback(
    (data: StanceGraph | null, rollUp: boolean) => {
      loadScene(scene, data ?? scene.source, currentFilters(), rollUp);
      renderer?.refresh();
      if (data) renderer?.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
      setRolledUp(rollUp);
      setVersion((v) => v + 1);
      onLoaded();
    },
    [scene, renderer, currentFilters, onLoaded],
  );
  return { version, rolledUp, load };
}
