// One evaluation of an extraction against a gold file: the three claim scores
// (strict, lenient, country roll-up) and the evidence checks.
import { scoreClaims, sameActor, type ActorMapper, type ClaimScore } from './claimScore';
import {
  checkEvidence,
  checkStatementDates,
  type EvidenceChecks,
  type StatementDates,
} from './evidenceChecks';
import { collectPredictions } from './predictions';
import type { ArticleRef, Evidence, GoldClaim } from './types';

export interface EvaluationInput {
  gold: readonly GoldClaim[];
  /** The country each gold person or org represents. */
  goldCountries: ReadonlyMap<string, string>;
  evidence: readonly Evidence[];
  /** The country each predicted node represents ('' for none). */
  predictedCountries: ReadonlyMap<string, string>;
  /** The corpus's articles by id. */
  articles: ReadonlyMap<string, ArticleRef>;
}

export interface Evaluation {
  strict: ClaimScore;
  lenient: ClaimScore;
  countryRollUp: ClaimScore;
  evidence: EvidenceChecks;
  statementDates: StatementDates;
}

/** Replaces a person or org by the country it represents, when known. */
export function countryRollUp(
  goldCountries: ReadonlyMap<string, string>,
  predictedCountries: ReadonlyMap<string, string>,
): ActorMapper {
  return (actor, side) => {
    if (!actor.startsWith('person:') && !actor.startsWith('org:')) return actor;
    const country = (side === 'gold' ? goldCountries : predictedCountries).get(actor);
    return country ? `country:${country}` : actor;
  };
}

/** Scores `evidence` against `gold` and checks every piece of evidence. */
export function evaluate(input: EvaluationInput): Evaluation {
  const articles = new Set(input.gold.map((claim) => claim.article));
  const predictions = collectPredictions(input.evidence, articles);
  const rollUp = countryRollUp(input.goldCountries, input.predictedCountries);
  return {
    strict: scoreClaims(input.gold, predictions, { mapActor: sameActor, lenient: false }),
    lenient: scoreClaims(input.gold, predictions, { mapActor: sameActor, lenient: true }),
    countryRollUp: scoreClaims(input.gold, predictions, { mapActor: rollUp, lenient: false }),
    evidence: checkEvidence(input.evidence, input.articles),
    statementDates: checkStatementDates(input.gold, predictions),
  };
}
