// Claim records from a sentence's bindings: one per holder and position (the
// strongest cue decides when several reach the same pair), with the sentence
// as verbatim evidence, the statement date and a confidence.
import type { ClaimRecord } from '../../graph/buildGraph';
import { datePhrases, nearestDate, statementPhrases } from '../dates/statementDate';
import type { Article } from '../types';
import type { Binding } from './binding';
import { quoteIndexOf, type ArticleView, type SentenceView } from './view';

const YES_NO_QUESTION =
  /^(?:is|are|was|were|will|would|can|could|should|shall|do|does|did|has|have|had|may|might|must)\b[^"\u201c]*\?$/i;

/** Evidence never starts with space or a dash (nor any other spreadsheet formula sign). */
const BAD_START = /^[\s=+\-@\u2013\u2014]+/;

function confidence(binding: Binding): number {
  let value = 0.45 + 0.1 * binding.cue.entry.strength;
  if (['subject', 'agent', 'possessor'].includes(binding.how)) value += 0.1;
  if (binding.how === 'pronoun') value -= 0.05;
  if (binding.mention === -1) value -= 0.1;
  if (binding.cue.negated) value -= 0.05;
  return Math.round(Math.min(0.95, Math.max(0.3, value)) * 100) / 100;
}

function evidenceSpan(text: string, sentence: SentenceView): { start: number; end: number } {
  const slice = text.slice(sentence.start, sentence.end);
  const skipped = slice.match(BAD_START)?.[0].length ?? 0;
  return { start: sentence.start + skipped, end: sentence.end };
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
  const text = article.text.slice(closing.start, closing.end);
  const folded = view.folded.slice(closing.start, closing.end);
  const phrases = statementPhrases(text, folded, datePhrases(text, folded, article.published));
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
    const text = article.text.slice(before.start, before.end);
    const foldedBefore = view.folded.slice(before.start, before.end);
    const phrases = statementPhrases(
      text,
      foldedBefore,
      datePhrases(text, foldedBefore, article.published),
    );
    const last = phrases[phrases.length - 1];
    if (!last) continue;
    const day = new Date(`${last.date}T00:00:00Z`);
    day.setUTCDate(day.getUTCDate() + offset);
    const date = day.toISOString().slice(0, 10);
    return date > article.published ? article.published : date;
  }
  return undefined;
}

/** The claims a sentence's bindings make, one per (holder, position). */
export function sentenceClaims(
  view: ArticleView,
  article: Article,
  sentence: SentenceView,
  bindings: readonly Binding[],
): ClaimRecord[] {
  const span = evidenceSpan(article.text, sentence);
  const quote = article.text.slice(span.start, span.end);
  const folded = view.folded.slice(span.start, span.end);
  const best = new Map<string, ClaimRecord>();
  const asked = YES_NO_QUESTION.test(quote);
  const dates =
    bindings.length > 0
      ? statementPhrases(quote, folded, datePhrases(quote, folded, article.published))
      : [];
  for (const binding of bindings) {
    // "Is that now a joint Franco-British plan?": a yes-no question put by the writer states no
    // stance ("Why is NATO sending missiles?" takes it as given, and keeps it).
    if (asked && (view.quoteSpeakers[quoteIndexOf(view, binding.cue.start)] ?? []).length === 0)
      continue;
    const cueOffset = (view.tokens[binding.cue.start]?.start ?? span.start) - span.start;
    // The statement's own verb of saying may carry its date too ("said on Monday that ...").
    const verbs = sentence.speech
      .filter((e) => e.contentStart <= binding.cue.start && binding.cue.start < e.contentEnd)
      .map((e) => (view.tokens[e.verb]?.start ?? span.start) - span.start);
    const date =
      dates.length > 0
        ? nearestDate(dates, [cueOffset, ...verbs], article.published)
        : (attributionDate(view, article, sentence, binding.cue.start) ??
          relativeDay(view, article, sentence) ??
          article.published);
    const score = confidence(binding);
    for (const holder of binding.holders) {
      if (!view.ctx.known(holder) && !view.ctx.actors.has(holder)) continue;
      if (view.ctx.isObserver(holder)) continue;
      for (const position of binding.positions) {
        const key = `${holder}\u0000${position}`;
        const previous = best.get(key);
        if (previous && previous.confidence >= score) continue;
        best.set(key, {
          source: holder,
          target: position,
          stance: binding.stance,
          quote,
          direct_quote: quoteIndexOf(view, binding.cue.start) !== -1,
          article: article.id,
          title: article.title,
          outlet: article.outlet,
          url: article.url,
          published: article.published,
          date,
          start: span.start,
          end: span.end,
          cue: binding.cue.text,
          confidence: score,
        });
      }
    }
  }
  return [...best.values()];
}
