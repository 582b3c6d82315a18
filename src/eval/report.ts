// How an evaluation reads: a text report (the same lines as the reference
// scorer, so figures can be compared at a glance) or a JSON summary.
import type { ClaimScore } from './claimScore';
import type { Evaluation } from './evaluate';

/** The figures of an evaluation, rounded to four decimals. */
export interface EvaluationSummary {
  strict_f1: number;
  strict_p: number;
  strict_r: number;
  lenient_f1: number;
  country_f1: number;
  /** Share of evidence quoted verbatim at its offsets. */
  provenance: number;
  /** Share of evidence with a valid date, not after publication. */
  dates: number;
  rows: number;
  /** Share of dated gold claims found with their date; null when none is dated. */
  claim_dates: number | null;
}

const round = (value: number): number => Number(value.toFixed(4));
const share = (part: number, whole: number): number => (whole ? part / whole : 0);

/** The evaluation's figures for machines (`--json`). */
export function summarise(evaluation: Evaluation): EvaluationSummary {
  const { strict, lenient, countryRollUp, evidence, statementDates } = evaluation;
  return {
    strict_f1: round(strict.f1),
    strict_p: round(strict.precision),
    strict_r: round(strict.recall),
    lenient_f1: round(lenient.f1),
    country_f1: round(countryRollUp.f1),
    provenance: round(share(evidence.verbatim, evidence.rows)),
    dates: round(share(evidence.datesValid, evidence.rows)),
    rows: evidence.rows,
    claim_dates: statementDates.dated
      ? round(share(statementDates.found, statementDates.dated))
      : null,
  };
}

const percent = (value: number): string => (100 * value).toFixed(1);

function scoreLine(name: string, score: ClaimScore): string {
  return (
    `${name.padEnd(16)} P ${percent(score.precision).padStart(5)}  R ${percent(score.recall).padStart(5)}  ` +
    `F1 ${percent(score.f1).padStart(5)}   (tp ${score.tp}, fp ${score.fp}, gold ${score.gold})`
  );
}

const MAX_PROBLEMS = 30;
const EXCERPT = 110;

function detailLines(evaluation: Evaluation): string[] {
  const { strict, statementDates, evidence } = evaluation;
  return [
    ...strict.misses.map(
      ({ claim, stances }) =>
        `MISS ${claim.article} ${claim.actor} ${claim.position} ${[...stances].join('|')}  «${claim.evidence.slice(0, EXCERPT)}»`,
    ),
    ...strict.falsePositives.map(
      (p) =>
        `FP   ${p.article} ${p.actor} ${p.position} ${p.stance}  «${p.quote.slice(0, EXCERPT)}»`,
    ),
    ...statementDates.misses.map(
      (claim) => `DATE ${claim.article} ${claim.actor} ${claim.position} want ${claim.date}`,
    ),
    ...evidence.problems.slice(0, MAX_PROBLEMS).map((problem) => `BAD  ${problem}`),
  ];
}

/** The evaluation as text lines; `verbose` adds every miss, false positive and failed check. */
export function formatEvaluation(evaluation: Evaluation, verbose: boolean): string[] {
  const { strict, lenient, countryRollUp, evidence, statementDates } = evaluation;
  return [
    scoreLine('strict', strict),
    scoreLine('lenient', lenient),
    scoreLine('country roll-up', countryRollUp),
    `provenance       ${evidence.verbatim}/${evidence.rows} quotes verbatim at their offsets`,
    `dates            ${evidence.datesValid}/${evidence.rows} valid and not after publication`,
    ...(statementDates.dated
      ? [
          `statement dates  ${statementDates.found}/${statementDates.dated} gold claims found with the date their sentence gives`,
        ]
      : []),
    ...(verbose ? detailLines(evaluation) : []),
    `F1 strict ${percent(strict.f1)}`,
  ];
}
