// A large corpus for benchmarks, made in memory from a small one: each article
// repeated under new ids until the word count is reached.
import type { Article } from '../../src/extract/types';

/** Whitespace-separated words: the unit of the throughput figures. */
export function countWords(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}

/**
 * Copies of `articles` (ids suffixed `~1`, `~2`, ...) until they hold at least
 * `minWords` words in total. Fails on a corpus without words.
 */
export function replicateCorpus(articles: readonly Article[], minWords: number): Article[] {
  const words = articles.reduce((sum, article) => sum + countWords(article.text), 0);
  if (words === 0) throw new Error('the corpus has no words to replicate');
  const copies = Math.max(1, Math.ceil(minWords / words));
  const replicas: Article[] = [];
  for (let copy = 1; copy <= copies; copy++) {
    for (const article of articles) replicas.push({ ...article, id: `${article.id}~${copy}` });
  }
  return replicas;
}
