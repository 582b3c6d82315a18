// The date of a claim's statement: a date its sentence gives (the one nearest
// the cue or its verb of saying), else the one the sentence attributing its
// quotation gives, else a day counted from the sentences before ("the same
// day", "a day earlier"), else the publication date.
import {
  datePhrases,
  nearestDate,
  shiftDays,
  statementPhrases,
  type DatePhrase,
} from '../dates/statementDate';
import type { Article } from '../types';
import { quoteIndexOf, type ArticleView, type SentenceView } from './view';

/** The phrases that may date a statement in the text [start, end). */
export function phrasesOf(
  view: ArticleView,
  article: Article,
  start: number,
  end: number,
): DatePhrase[] {
  const text = article.text.slice(start, end);
  const folded = view.folded.slice(start, end);
  return statementPhrases(text, folded, datePhrases(text, folded, article.published));
}

/** The later sentence a quotation opened at token `at` closes in, if any. */
function closingSentence(
  view: ArticleView,
  sentence: SentenceView,
  at: number,
): SentenceView | undefined {
  const span = view.quotes[quoteIndexOf(view, at)];
  if (!span || span.end <= sentence.end) return undefined;
  return view.sentences.find((s) => s.start < span.end && span.end <= s.end);
}

/**
 * The date of a quotation's statement when the sentence holding the cue has
 * none: '"No soldier will go. Only the UN can," Tajani said on Wednesday.'
 * is dated by the sentence that attributes it.
 */
function attributionDate(
  view: ArticleView,
  article: Article,
  sentence: SentenceView,
  at: number,
): string | undefined {
  const closing = closingSentence(view, sentence, at);
  if (!closing) return undefined;
  const phrases = phrasesOf(view, article, closing.start, closing.end);
  const verbs = closing.speech.map(
    (e) => (view.tokens[e.verb]?.start ?? closing.start) - closing.start,
  );
  return phrases.length > 0 && verbs.length > 0
    ? nearestDate(phrases, verbs, article.published)
    : undefined;
}

/** Days a phrase puts a statement after the day the sentences before name ("the same day", "a day earlier"). */
const RELATIVE_DAYS: readonly [RegExp, number][] = [
  [/\b(?:the|that) same day\b|\b(?:later|earlier) that day\b/, 0],
  [/\ba day (?:earlier|before)(?! the\b)|\bthe (?:day before|previous day)\b/, -1],
  [/\ba day later\b|\bthe (?:next|following) day\b/, 1],
];

/** "Erdogan, speaking the same day, ...": a day counted from the last one the five sentences before give. */
function relativeDay(
  view: ArticleView,
  article: Article,
  sentence: SentenceView,
): string | undefined {
  const folded = view.folded.slice(sentence.start, sentence.end);
  const offset = RELATIVE_DAYS.find(([pattern]) => pattern.test(folded))?.[1];
  if (offset === undefined) return undefined;
  for (let k = sentence.index - 1; k >= Math.max(0, sentence.index - 5); k--) {
    const before = view.sentences[k];
    if (!before) continue;
    const phrases = phrasesOf(view, article, before.start, before.end);
    const last = phrases[phrases.length - 1];
    if (!last) continue;
    const date = shiftDays(last.date, offset);
    return date > article.published ? article.published : date;
  }
  return undefined;
}

/** The statement date of a claim whose cue starts at token `cue` in `sentence` (its evidence from offset `from`; `dates` its phrases). */
export function claimDate(
  view: ArticleView,
  article: Article,
  sentence: SentenceView,
  from: number,
  dates: readonly DatePhrase[],
  cue: number,
): string {
  if (dates.length === 0)
    return (
      attributionDate(view, article, sentence, cue) ??
      relativeDay(view, article, sentence) ??
      article.published
    );
  const cueOffset = (view.tokens[cue]?.start ?? from) - from;
  // The statement's own verb of saying may carry its date too ("said on Monday that ...").
  const verbs = sentence.speech
    .filter((e) => e.contentStart <= cue && cue < e.contentEnd)
    .map((e) => (view.tokens[e.verb]?.start ?? from) - from);
  return nearestDate(dates, [cueOffset, ...verbs], article.published);
}
