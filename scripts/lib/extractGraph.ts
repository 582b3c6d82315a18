// The pipeline from articles to the graph model, shared by the extract, eval
// and bench commands so that they measure exactly what the extractor ships.
import { buildStanceGraph } from '../../src/graph/buildGraph';
import { applySeededLayout } from '../../src/graph/layout';
import type { StanceGraph } from '../../src/graph/types';
import { extractCorpus } from '../../src/extract/extractCorpus';
import type { KnowledgeBase } from '../../src/extract/knowledgeBase';
import type { Article } from '../../src/extract/types';

export interface ExtractGraphOptions {
  /** Place the nodes (needed for the app's files, not for scoring). Default true. */
  layout?: boolean;
}

/** Extracts `articles` and builds the stance graph of corpus `corpus`. */
export function extractGraph(
  articles: readonly Article[],
  kb: KnowledgeBase,
  corpus: string,
  options: ExtractGraphOptions = {},
): StanceGraph {
  const { nodes, claims } = extractCorpus(articles, kb);
  const graph = buildStanceGraph(
    nodes,
    claims,
    { corpus },
    (code) => kb.countryNames.get(code) ?? code,
  );
  if (options.layout !== false) applySeededLayout(graph);
  return graph;
}
