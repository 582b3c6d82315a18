// What may stand between a subject and its verb without being either: an
// adverb ("predictably"), a date ("on Monday"), a parenthesis ("(Reform)"),
// an attribution ("according to the government"); and the verbs that act by
// speaking, which share the speaker of a verb of saying they follow.
import type { ArticleView } from './view';

/** Verbs that act by speaking: coordinated with a verb of saying, they share its speaker. */
export const SPEECH_ACTS = new Set(
  `urged urges called calls demanded demands warned warns insisted insists appealed appeals pressed
  asked asks vowed vows pledged pledges promised promises welcomed welcomes rejected rejects
  dismissed dismisses accused accuses praised praises criticised criticized condemned condemns`
    .trim()
    .split(/\s+/),
);
/** Words ending in "-ly" that are not adverbs. */
const NOT_ADVERBS = new Set(['ally', 'rally', 'family', 'supply', 'reply', 'assembly', 'anomaly']);

const DATE_WORDS = new Set(
  `january february march april may june july august september october november december jan feb
  mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday
  morning afternoon evening night`
    .trim()
    .split(/\s+/),
);

/** "Italy on Monday dismissed", "Paris on March 3 said": a date between subject and verb. */
export function dateWord(view: ArticleView, at: number): boolean {
  const norm = view.tokens[at]?.norm ?? '';
  if (
    DATE_WORDS.has(norm) ||
    (/^\d{1,2}$/.test(norm) && DATE_WORDS.has(view.tokens[at - 1]?.norm ?? ''))
  )
    return true;
  return norm === 'on' && DATE_WORDS.has(view.tokens[at + 1]?.norm ?? '');
}

/** "Moscow has predictably cast ...": an adverb between subject and verb. */
export function isAdverb(text: string): boolean {
  return /^\p{Ll}{3,}ly$/u.test(text) && !NOT_ADVERBS.has(text);
}

/**
 * The start of an aside ending at token `at`: a parenthesis closed there, or
 * ", according to X," whose closing comma is there; -1 if none.
 */
export function asideStart(view: ArticleView, at: number, lowest: number): number {
  const token = view.tokens[at];
  if (token?.text === ')') {
    for (let i = at - 1; i >= Math.max(lowest, at - 12); i--)
      if (view.tokens[i]?.text === '(') return i;
    return -1;
  }
  if (token?.text !== ',') return -1;
  for (let i = at - 1; i >= Math.max(lowest, at - 10); i--) {
    if (view.tokens[i]?.text !== ',') continue;
    if (view.tokens[i + 1]?.norm === 'according') return i;
    break;
  }
  // "Lammy, speaking after a meeting with his host, Ronald Lamola, said": the circumstance
  // may hold commas of its own.
  for (let i = at - 1; i >= Math.max(lowest, at - 25); i--) {
    if (view.tokens[i]?.text === ',' && CIRCUMSTANCES.has(view.tokens[i + 1]?.norm ?? '')) return i;
    if (view.tokens[i]?.text === '.' || view.tokens[i]?.text === ';') break;
  }
  return -1;
}

/** Participles that open a circumstance of a statement ("X, speaking in Berlin, said"). */
const CIRCUMSTANCES = new Set(
  'speaking writing addressing talking visiting standing appearing answering responding replying commenting arriving travelling traveling briefing'.split(
    ' ',
  ),
);

const SPANS = new Set(['years', 'months', 'weeks', 'days', 'decades', 'year', 'month', 'week']);
const SPENDING = new Set(['spent', 'spend', 'spends', 'spending']);

/** "has spent three years (blocking)": the index of "spent" when `at` ends such a span, else -1. */
export function timeSpent(view: ArticleView, at: number): number {
  if (!SPANS.has(view.tokens[at]?.norm ?? '')) return -1;
  for (let i = at - 1; i >= at - 4; i--) if (SPENDING.has(view.tokens[i]?.norm ?? '')) return i;
  return -1;
}
