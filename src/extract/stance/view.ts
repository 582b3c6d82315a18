// The per-article working view shared by the stance rules: tokens, sentences
// with their mentions and speech events, quotation spans, and the context
// (who was salient) at each sentence.
import type { ArticleContext } from '../actors/articleContext';
import type { Mention } from '../actors/mention';
import type { Range } from '../text/boilerplate';
import type { Token } from '../text/tokens';
import { ARTICLES } from '../lexicon/words';

/** A verb of saying and who says what. */
export interface SpeechEvent {
  /** Token index of the verb (or of "according"). */
  verb: number;
  /** Resolved speakers; empty when the speaker is no actor ("analysts said"). */
  speakers: string[];
  /** Token range of what is said. */
  contentStart: number;
  contentEnd: number;
  /** "we said" inside a quotation: the speaker is the quotation's. */
  firstPerson: boolean;
}

export interface SentenceView {
  index: number;
  start: number;
  end: number;
  paragraph: number;
  /** Token range in the article's token list. */
  tokenStart: number;
  tokenEnd: number;
  mentions: Mention[];
  speech: SpeechEvent[];
  /** Salient person and state before this sentence, for pronouns. */
  salientPerson: string | undefined;
  salientState: string | undefined;
}

export interface ArticleView {
  text: string;
  folded: string;
  tokens: Token[];
  sentences: SentenceView[];
  quotes: Range[];
  /** Speaker of each quotation span (same index as `quotes`). */
  quoteSpeakers: string[][];
  ctx: ArticleContext;
}

/** The position under discussion at a token, for a cue of the given strength. */
export type TopicAt = (at: number, strength: number) => string[];

/** The quotation span index containing token `at`, or -1. */
export function quoteIndexOf(view: ArticleView, at: number): number {
  const token = view.tokens[at];
  if (!token) return -1;
  return view.quotes.findIndex((span) => span.start <= token.start && token.end <= span.end);
}

/** The mention ending exactly at token `end` (exclusive end), if any. */
export function mentionEndingAt(sentence: SentenceView, end: number): Mention | undefined {
  return sentence.mentions.find((mention) => mention.end === end);
}

/** The sentence token `at` is in (sentences are in text order, so a binary search finds it). */
export function sentenceOfToken(view: ArticleView, at: number): SentenceView | undefined {
  let low = 0;
  let high = view.sentences.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((view.sentences[mid] as SentenceView).tokenEnd <= at) low = mid + 1;
    else high = mid;
  }
  const sentence = view.sentences[low];
  return sentence && sentence.tokenStart <= at ? sentence : undefined;
}

/** The folded word before token `at`, past one article ("without a US backstop": "without"). */
export function wordBeforeArticle(view: ArticleView, at: number): string {
  const before = ARTICLES.has(view.tokens[at - 1]?.norm ?? '') ? at - 2 : at - 1;
  return view.tokens[before]?.norm ?? '';
}

/** Words between "without" and what is needed: "without a US backstop", "without knowing that America has their backs". */
const BEFORE_NEEDED = new Set([...ARTICLES, 'any', 'knowing', 'that']);

/** Token index of the "without" that a mention starting at `start` follows, or -1. */
export function withoutBefore(view: ArticleView, start: number): number {
  let i = start - 1;
  while (BEFORE_NEEDED.has(view.tokens[i]?.norm ?? '')) i--;
  return view.tokens[i]?.norm === 'without' ? i : -1;
}

const HALTS = /^(?:stop|stops|stopped|end|ends|ended|halt|halts|halted|cease|ceases|ceased)$/;
/** What may part a subject from its verb here: the rest of its noun, "to Kyiv", auxiliaries. */
const HALT_GAP = new Set(
  'deliveries supplies shipments transfers packages aid assistance support funding has have had is are was were be been will would could should can may might must shall to also finally then eventually immediately soon'.split(
    ' ',
  ),
);

/** "only if Western weapons deliveries stopped", "deliveries to Kyiv had to stop": what ends at `end` is the subject of a halt. */
export function haltedAfter(view: ArticleView, end: number): boolean {
  for (let i = end; i < end + 6; i++) {
    const token = view.tokens[i];
    if (!token) return false;
    // "could end up in Ukraine" is no halt.
    if (HALTS.test(token.norm)) return view.tokens[i + 1]?.norm !== 'up';
    const place = (token.norm === 'to' || token.norm === 'for') && view.tokens[i + 1]?.capitalized;
    if (place) i++;
    else if (!HALT_GAP.has(token.norm)) return false;
  }
  return false;
}

export function mentionStartingAt(sentence: SentenceView, start: number): Mention | undefined {
  return sentence.mentions.find((mention) => mention.start === start);
}
