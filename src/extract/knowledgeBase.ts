// The knowledge base: the gazetteer and the positions list, parsed and compiled
// once so that extraction itself does no per-sentence setup.
import type { KnowledgeSources } from './types';

/** Everything the extractor knows before reading an article. */
export interface KnowledgeBase {
  countryNames: ReadonlyMap<string, string>;
}

/**
 * Parses and compiles the knowledge sources. Throws an InputError naming the
 * file, line, field and value of a bad row.
 */
export function buildKnowledgeBase(sources: KnowledgeSources): KnowledgeBase {
  void sources;
  return { countryNames: new Map() };
}
