// Checks that hold for every piece of evidence, gold or not: the quote is the
// article's text at its offsets, and the statement date is a real date no later
// than publication. Plus the statement-date check of dated gold claims.
import { isIsoDate } from '../io/isoDate';
import type { ArticleRef, Evidence, GoldClaim, Prediction } from './types';

export interface EvidenceChecks {
  rows: number;
  /** Rows whose quote is `text.slice(start, end)`. */
  verbatim: number;
  /** Rows whose date is YYYY-MM-DD and not after publication. */
  datesValid: number;
  /** One line per failed check. */
  problems: string[];
}

function isVerbatim(item: Evidence, article: ArticleRef | undefined): boolean {
  return (
    article !== undefined &&
    item.quote !== '' &&
    article.text.slice(item.start, item.end) === item.quote
  );
}

function isDateValid(item: Evidence, article: ArticleRef | undefined): boolean {
  const published = article?.published || item.published;
  return isIsoDate(item.date) && (!published || item.date <= published);
}

/** Checks provenance and dates of all `evidence` against the corpus `articles`. */
export function checkEvidence(
  evidence: readonly Evidence[],
  articles: ReadonlyMap<string, ArticleRef>,
): EvidenceChecks {
  const checks: EvidenceChecks = { rows: 0, verbatim: 0, datesValid: 0, problems: [] };
  for (const item of evidence) {
    const article = articles.get(item.article);
    checks.rows++;
    if (isVerbatim(item, article)) checks.verbatim++;
    else
      checks.problems.push(
        `quote not verbatim at ${item.start}-${item.end}: ${item.article} ${item.id}`,
      );
    if (isDateValid(item, article)) checks.datesValid++;
    else {
      const published = article?.published || item.published;
      checks.problems.push(
        `date '${item.date}' invalid or after published '${published}': ${item.article} ${item.id}`,
      );
    }
  }
  return checks;
}

export interface StatementDates {
  /** Required gold claims whose evidence gives a date. */
  dated: number;
  found: number;
  misses: GoldClaim[];
}

/**
 * Of the required gold claims whose sentence dates the statement, how many were
 * predicted (same article, actor, position, an accepted stance) with that date.
 */
export function checkStatementDates(
  gold: readonly GoldClaim[],
  predictions: readonly Prediction[],
): StatementDates {
  const dated = gold.filter((claim) => !claim.optional && claim.date !== '');
  const misses = dated.filter(
    (claim) =>
      !predictions.some(
        (prediction) =>
          prediction.article === claim.article &&
          prediction.actor === claim.actor &&
          prediction.position === claim.position &&
          claim.stances.includes(prediction.stance) &&
          prediction.dates.has(claim.date),
      ),
  );
  return { dated: dated.length, found: dated.length - misses.length, misses };
}
