// The extractor's quality bar, measured with the project's scorer on the two
// development sets: the seeds and the dev corpus, each with its gold file.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractGraph } from '../../scripts/lib/extractGraph';
import { readCorpus } from '../../scripts/lib/readCorpus';
import { PROJECT_DATA_DIR, readKnowledgeSources } from '../../scripts/lib/readKnowledge';
import { buildKnowledgeBase } from '../../src/extract/knowledgeBase';
import { evaluate } from '../../src/eval/evaluate';
import { parseGold, parseGoldActors } from '../../src/eval/goldCsv';
import { evidenceFromGraph, nodeCountries } from '../../src/eval/predictions';
import { formatEvaluation, summarise } from '../../src/eval/report';

const here = (relative: string): string => fileURLToPath(new URL(relative, import.meta.url));
const GOLD = here('../fixtures/gold/');

const SETS = [
  { name: 'seeds', corpus: here('../../seeds'), gold: 'seeds-gold', minStrictF1: 0.85 },
  { name: 'dev', corpus: here('../fixtures/dev-corpus'), gold: 'dev-gold', minStrictF1: 0.75 },
];

async function evaluateSet(corpusDir: string, goldName: string) {
  const corpus = await readCorpus(corpusDir);
  const kb = buildKnowledgeBase(await readKnowledgeSources(PROJECT_DATA_DIR));
  const graph = extractGraph(corpus.articles, kb, goldName, { layout: false });
  return evaluate({
    gold: parseGold(readFileSync(`${GOLD}${goldName}.csv`, 'utf8'), `${goldName}.csv`),
    goldCountries: parseGoldActors(
      readFileSync(`${GOLD}${goldName}-actors.csv`, 'utf8'),
      `${goldName}-actors.csv`,
    ),
    evidence: evidenceFromGraph(graph),
    predictedCountries: nodeCountries(graph),
    articles: new Map(corpus.articles.map((article) => [article.id, article])),
  });
}

describe.each(SETS)('extraction quality on $name', ({ name, corpus, gold, minStrictF1 }) => {
  it(`reaches strict F1 ${minStrictF1}, verbatim quotes, valid dates and statement dates 0.8`, async () => {
    const evaluation = await evaluateSet(corpus, gold);
    const summary = summarise(evaluation);
    console.log(`${name}\n${formatEvaluation(evaluation, false).join('\n')}`);
    expect(summary.rows).toBeGreaterThan(0);
    expect(summary.strict_f1).toBeGreaterThanOrEqual(minStrictF1);
    expect(summary.provenance).toBe(1);
    expect(summary.dates).toBe(1);
    expect(summary.claim_dates ?? 0).toBeGreaterThanOrEqual(0.8);
  }, 60_000);
});
