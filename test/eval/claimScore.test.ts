import { describe, expect, it } from 'vitest';
import { sameActor, scoreClaims } from '../../src/eval/claimScore';
import type { GoldClaim, Prediction } from '../../src/eval/types';
import type { Stance } from '../../src/graph/types';

const gold = (
  actor: string,
  stances: Stance[],
  optional = false,
  position = 'position:p',
): GoldClaim => ({
  line: 0,
  article: 'a',
  actor,
  position,
  stances,
  optional,
  evidence: '',
  date: '',
});
const predicted = (actor: string, stance: Stance, position = 'position:p'): Prediction => ({
  article: 'a',
  actor,
  position,
  stance,
  quote: '',
  dates: new Set(['2025-01-01']),
});
const strict = { mapActor: sameActor, lenient: false };
const lenient = { mapActor: sameActor, lenient: true };
const counts = (score: ReturnType<typeof scoreClaims>) => [score.tp, score.fp, score.gold];

describe('scoreClaims(gold, predictions, options)', () => {
  it('matches a prediction whose stance is one of the acceptable ones', () => {
    const score = scoreClaims(
      [gold('country:FR', ['supports', 'conditional'])],
      [predicted('country:FR', 'conditional')],
      strict,
    );
    expect(counts(score)).toEqual([1, 0, 1]);
    expect([score.precision, score.recall, score.f1]).toEqual([1, 1, 1]);
  });

  it('counts a wrong stance as a miss and a false positive, unless lenient', () => {
    const goldClaims = [gold('country:FR', ['opposes'])];
    const predictions = [predicted('country:FR', 'supports')];
    const score = scoreClaims(goldClaims, predictions, strict);
    expect(counts(score)).toEqual([0, 1, 1]);
    expect(score.misses.map((miss) => miss.claim.actor)).toEqual(['country:FR']);
    expect(counts(scoreClaims(goldClaims, predictions, lenient))).toEqual([1, 0, 1]);
  });

  it('counts an optional claim on neither side', () => {
    const goldClaims = [gold('country:FR', ['opposes']), gold('country:IT', ['opposes'], true)];
    expect(counts(scoreClaims(goldClaims, [predicted('country:IT', 'opposes')], strict))).toEqual([
      0, 0, 1,
    ]);
    const missedOptional = scoreClaims(goldClaims, [predicted('country:FR', 'opposes')], strict);
    expect([missedOptional.recall, missedOptional.misses.length]).toEqual([1, 0]);
  });

  it('counts a second stance on a claim already matched as neither hit nor false positive', () => {
    const score = scoreClaims(
      [gold('country:FR', ['supports'])],
      [predicted('country:FR', 'supports'), predicted('country:FR', 'opposes')],
      strict,
    );
    expect(counts(score)).toEqual([1, 0, 1]);
  });

  it('counts one hit per gold claim however many acceptable stances are predicted', () => {
    const score = scoreClaims(
      [gold('country:FR', ['supports', 'conditional'])],
      [predicted('country:FR', 'supports'), predicted('country:FR', 'conditional')],
      strict,
    );
    expect(counts(score)).toEqual([1, 0, 1]);
  });

  it('maps actors before comparing (country roll-up)', () => {
    const toCountry = (actor: string) => (actor === 'person:keir-starmer' ? 'country:GB' : actor);
    const score = scoreClaims(
      [gold('country:GB', ['supports'])],
      [predicted('person:keir-starmer', 'supports')],
      {
        mapActor: toCountry,
        lenient: false,
      },
    );
    expect(counts(score)).toEqual([1, 0, 1]);
  });

  it('scores zero, not NaN, with no predictions or no gold', () => {
    const none = scoreClaims([gold('country:FR', ['supports'])], [], strict);
    expect([none.precision, none.recall, none.f1]).toEqual([0, 0, 0]);
    const noGold = scoreClaims([], [predicted('country:FR', 'supports')], strict);
    expect([noGold.precision, noGold.recall, noGold.f1, noGold.fp]).toEqual([0, 0, 0, 1]);
  });
});
