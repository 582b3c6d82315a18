// The extractor's side of scoring: evidence read off the graph, folded into
// one prediction per (article, actor, position, stance).
import { isClaim, type StanceGraph } from '../graph/types';
import type { Evidence, Prediction } from './types';

/** Every claim edge of `graph` as evidence, in graph order (the order of edges.csv). */
export function evidenceFromGraph(graph: StanceGraph): Evidence[] {
  const evidence: Evidence[] = [];
  graph.forEachEdge((id, attributes, actor, position) => {
    if (!isClaim(attributes)) return;
    const { article, stance, quote, start, end, date, published } = attributes;
    evidence.push({ id, article, actor, position, stance, quote, start, end, date, published });
  });
  return evidence;
}

/** The country each node of `graph` represents ('' when none), by node id. */
export function nodeCountries(graph: StanceGraph): Map<string, string> {
  const countries = new Map<string, string>();
  graph.forEachNode((node, attributes) => {
    countries.set(node, attributes.country);
  });
  return countries;
}

/** The key of a claim: article, actor, position. */
export function claimPairKey(article: string, actor: string, position: string): string {
  return [article, actor, position].join('\t');
}

/**
 * Folds evidence on the `articles` being scored into predictions, in order of
 * first evidence; a prediction keeps its first quote and every statement date.
 */
export function collectPredictions(
  evidence: readonly Evidence[],
  articles: ReadonlySet<string>,
): Prediction[] {
  const byKey = new Map<string, Prediction & { dates: Set<string> }>();
  for (const item of evidence) {
    if (!articles.has(item.article)) continue;
    const key = `${claimPairKey(item.article, item.actor, item.position)}\t${item.stance}`;
    let prediction = byKey.get(key);
    if (!prediction) {
      prediction = {
        article: item.article,
        actor: item.actor,
        position: item.position,
        stance: item.stance,
        quote: item.quote,
        dates: new Set(),
      };
      byKey.set(key, prediction);
    }
    prediction.dates.add(item.date);
  }
  return [...byKey.values()];
}
