// Precision, recall and F1 of predicted claims against a gold file, following
// the codebook: optional gold claims count on neither side, several acceptable
// stances may be listed, and "lenient" scoring ignores the stance.
import type { Stance } from '../graph/types';
import { claimPairKey } from './predictions';
import type { GoldClaim, Prediction } from './types';

/** Which side an actor id comes from: the roll-up looks countries up differently. */
export type Side = 'gold' | 'pred';

/** Maps an actor id before comparison (identity, or a person to their country). */
export type ActorMapper = (actor: string, side: Side) => string;

/** A gold claim key with all stances its rows accept. */
export interface GoldEntry {
  claim: GoldClaim;
  stances: Set<Stance>;
}

export interface ClaimScore {
  tp: number;
  fp: number;
  /** Required gold claims. */
  gold: number;
  precision: number;
  recall: number;
  f1: number;
  /** Required gold claims no prediction matched. */
  misses: GoldEntry[];
  falsePositives: Prediction[];
}

export interface ScoreOptions {
  mapActor: ActorMapper;
  /** Ignore the stance. */
  lenient: boolean;
}

export const sameActor: ActorMapper = (actor) => actor;

/** Required and optional gold claims by key, their stances merged. */
function indexGold(gold: readonly GoldClaim[], mapActor: ActorMapper) {
  const required = new Map<string, GoldEntry>();
  const optional = new Map<string, GoldEntry>();
  for (const claim of gold) {
    const key = claimPairKey(claim.article, mapActor(claim.actor, 'gold'), claim.position);
    const index = claim.optional ? optional : required;
    const entry = index.get(key) ?? { claim, stances: new Set<Stance>() };
    for (const stance of claim.stances) entry.stances.add(stance);
    index.set(key, entry);
  }
  return { required, optional };
}

/** Predictions after mapping actors, one per key (and stance, unless lenient), first kept. */
function indexPredictions(predictions: readonly Prediction[], { mapActor, lenient }: ScoreOptions) {
  const unique = new Map<string, { key: string; prediction: Prediction }>();
  for (const prediction of predictions) {
    const key = claimPairKey(
      prediction.article,
      mapActor(prediction.actor, 'pred'),
      prediction.position,
    );
    const uniqueKey = lenient ? key : `${key}\t${prediction.stance}`;
    if (!unique.has(uniqueKey)) unique.set(uniqueKey, { key, prediction });
  }
  return [...unique.values()];
}

const ratio = (part: number, whole: number): number => (whole ? part / whole : 0);

/** Scores `predictions` against `gold` (see the codebook's scoring rules). */
export function scoreClaims(
  gold: readonly GoldClaim[],
  predictions: readonly Prediction[],
  options: ScoreOptions,
): ClaimScore {
  const { required, optional } = indexGold(gold, options.mapActor);
  const accepts = (entry: GoldEntry | undefined, stance: Stance): boolean =>
    entry !== undefined && (options.lenient || entry.stances.has(stance));
  const matched = new Set<string>();
  const falsePositives: Prediction[] = [];
  let tp = 0;
  for (const { key, prediction } of indexPredictions(predictions, options)) {
    if (accepts(required.get(key), prediction.stance)) {
      if (!matched.has(key)) tp++;
      matched.add(key);
    } else if (accepts(optional.get(key), prediction.stance)) {
      continue;
    } else if (!matched.has(key)) {
      // A second stance on a claim already matched is neither hit nor false positive.
      falsePositives.push(prediction);
    }
  }
  const fp = falsePositives.length;
  const precision = ratio(tp, tp + fp);
  const recall = ratio(matched.size, required.size);
  const f1 = ratio(2 * precision * recall, precision + recall);
  const misses = [...required].filter(([key]) => !matched.has(key)).map(([, entry]) => entry);
  return { tp, fp, gold: required.size, precision, recall, f1, misses, falsePositives };
}
