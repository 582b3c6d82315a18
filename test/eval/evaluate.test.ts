import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluate, type EvaluationInput } from '../../src/eval/evaluate';
import { parseGold, parseGoldActors } from '../../src/eval/goldCsv';
import { parseEdgesEvidence, parseNodeCountries } from '../../src/eval/outputTables';
import { formatEvaluation, summarise } from '../../src/eval/report';
import { readCorpus } from '../../scripts/lib/readCorpus';

// A hand-made case with its expected figures worked out by hand; the reference
// files hold what the codebook's reference scorer prints for the same case.
const CASE = fileURLToPath(new URL('../fixtures/eval-case/', import.meta.url));
const read = (name: string): string => readFileSync(`${CASE}${name}`, 'utf8');

async function caseInput(): Promise<EvaluationInput> {
  const corpus = await readCorpus(`${CASE}corpus`);
  return {
    gold: parseGold(read('gold.csv'), 'gold.csv'),
    goldCountries: parseGoldActors(read('gold-actors.csv'), 'gold-actors.csv'),
    evidence: parseEdgesEvidence(read('out/edges.csv'), 'edges.csv'),
    predictedCountries: parseNodeCountries(read('out/nodes.csv'), 'nodes.csv'),
    articles: new Map(corpus.articles.map((article) => [article.id, article])),
  };
}

describe('evaluate(input)', () => {
  it('scores the hand-made case as worked out by hand', async () => {
    const evaluation = evaluate(await caseInput());
    const counts = (score: { tp: number; fp: number; gold: number }) => [
      score.tp,
      score.fp,
      score.gold,
    ];
    // strict: Macron (conditional accepted), Starmer, Meloni hit; Italy's wrong stance,
    // Tajani (not in gold) and Russia (stance not among the optional's) are false positives.
    expect(counts(evaluation.strict)).toEqual([3, 3, 5]);
    // lenient: Italy now hits, Russia matches an optional claim.
    expect(counts(evaluation.lenient)).toEqual([4, 1, 5]);
    // roll-up: Tajani speaks for Italy and hits Italy's claim.
    expect(counts(evaluation.countryRollUp)).toEqual([4, 2, 5]);
    expect(evaluation.strict.misses.map((miss) => miss.claim.actor)).toEqual([
      'country:IT',
      'person:viktor-orban',
    ]);
    // Meloni's quote is shifted by two; x3's date is after publication.
    expect([
      evaluation.evidence.rows,
      evaluation.evidence.verbatim,
      evaluation.evidence.datesValid,
    ]).toEqual([9, 8, 8]);
    // Starmer is found on the 4th, the sentence says March 3.
    expect([evaluation.statementDates.dated, evaluation.statementDates.found]).toEqual([2, 1]);
  });

  it('agrees with the reference scorer, figure for figure and line for line', async () => {
    const evaluation = evaluate(await caseInput());
    expect(summarise(evaluation)).toEqual(JSON.parse(read('reference-score.json')));
    expect(formatEvaluation(evaluation, true)).toEqual(
      read('reference-report.txt').trimEnd().split('\n'),
    );
  });

  it('leaves evidence on articles outside the gold out of the claim scores only', async () => {
    const input = await caseInput();
    const onlyX3 = input.evidence.filter((item) => item.article === 'x3');
    const evaluation = evaluate({ ...input, evidence: onlyX3 });
    expect([evaluation.strict.tp, evaluation.strict.fp, evaluation.evidence.rows]).toEqual([
      0, 0, 1,
    ]);
  });
});
