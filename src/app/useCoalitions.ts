// Colour actors by coalition: Louvain communities on the actor–actor agreement
// graph. The community code is fetched only when the reader asks for it.
import { useEffect, useState } from 'react';
import {
  agreementGraph,
  rankCommunities,
  summariseCoalitions,
  type CoalitionSummary,
} from '../view/coalitions';
import { seededRandom } from '../graph/seededRandom';
import type { StanceSigma } from './redraw';
import { setSceneCoalitions, type Scene } from './scene';

const SEED = 20_250_301;

/**
 * The coalitions shown in the legend while `enabled`, else null.
 *
 * @example const coalitions = useCoalitions(scene, renderer, on, loader.version);
 */
export function useCoalitions(
  scene: Scene,
  renderer: StanceSigma | null,
  enabled: boolean,
  version: number,
): CoalitionSummary[] | null {
  const [summary, setSummary] = useState<{ version: number; list: CoalitionSummary[] } | null>(
    null,
  );
  useEffect(() => {
    if (!renderer) return undefined;
    if (!enabled) {
      if (setSceneCoalitions(scene, null)) renderer.refresh();
      return undefined;
    }
    let cancelled = false;
    void import('graphology-communities-louvain').then(({ default: louvain }) => {
      if (cancelled) return;
      const agreement = agreementGraph(scene.graph);
      const ranked = rankCommunities(
        agreement.size > 0 ? louvain(agreement, { rng: seededRandom(SEED) }) : {},
      );
      setSceneCoalitions(scene, ranked);
      renderer.refresh();
      const { graph } = scene;
      setSummary({
        version,
        list: summariseCoalitions(
          ranked,
          (node) => graph.getNodeAttribute(node, 'label'),
          (node) => graph.getNodeAttribute(node, 'claims'),
        ),
      });
    });
    return () => {
      cancelled = true;
    };
  }, [scene, renderer, enabled, version]);
  return enabled && summary?.version === version ? summary.list : null;
}
