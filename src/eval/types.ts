// The vocabulary of scoring: gold claims as annotators write them (see the
// codebook), and the extractor's evidence as the graph holds it.
import type { Stance } from '../graph/types';

/** One row of a gold file. */
export interface GoldClaim {
  /** The 1-based line of the row, for messages. */
  line: number;
  article: string;
  actor: string;
  position: string;
  /** The acceptable stances (`a|b` in the file). */
  stances: Stance[];
  /** Defensible but not required: missing it is no error, finding it no false positive. */
  optional: boolean;
  evidence: string;
  /** YYYY-MM-DD when the evidence sentence dates the statement, else ''. */
  date: string;
}

/** One piece of extracted evidence (a claim edge, a row of edges.csv). */
export interface Evidence {
  id: string;
  article: string;
  actor: string;
  position: string;
  stance: Stance;
  quote: string;
  start: number;
  end: number;
  date: string;
  published: string;
}

/** A predicted claim: one (article, actor, position, stance), all its statement dates. */
export interface Prediction {
  article: string;
  actor: string;
  position: string;
  stance: Stance;
  /** The quote of its first evidence, to show a false positive. */
  quote: string;
  dates: ReadonlySet<string>;
}

/** What the scorer needs to know of an article to check provenance and dates. */
export interface ArticleRef {
  text: string;
  published: string;
}
