// Claim records from a sentence's bindings: one per holder and position (the
// strongest cue decides when several reach the same pair), with the sentence
// as verbatim evidence, the statement date and a confidence.
import type { ClaimRecord } from '../../graph/buildGraph';
import { claimDate, phrasesOf } from './claimDate';
import type { Article } from '../types';
import type { Binding } from './binding';
import { quoteIndexOf, type ArticleView, type SentenceView } from './view';

const YES_NO_QUESTION =
  /^(?:is|are|was|were|will|would|can|could|should|shall|do|does|did|has|have|had|may|might|must)\b[^"\u201c]*\?$/i;

const TURN_LABEL = /^(?:Q|QUESTION|Question)(?:\s*\([^)\n]{0,60}\))?:\s+/;

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

/** The claims a sentence's bindings make, one per (holder, position). */
export function sentenceClaims(
  view: ArticleView,
  article: Article,
  sentence: SentenceView,
  bindings: readonly Binding[],
): ClaimRecord[] {
  const span = evidenceSpan(article.text, sentence);
  const quote = article.text.slice(span.start, span.end);
  const best = new Map<string, ClaimRecord>();
  // "Q: Will Italy send troops?": an interviewer's label does not make it a statement.
  const asked = YES_NO_QUESTION.test(quote.replace(TURN_LABEL, ''));
  const dates = bindings.length > 0 ? phrasesOf(view, article, span.start, span.end) : [];
  for (const binding of bindings) {
    // "Is that now a joint Franco-British plan?": a yes-no question put by the writer states no
    // stance ("Why is NATO sending missiles?" takes it as given, and keeps it).
    if (asked && (view.quoteSpeakers[quoteIndexOf(view, binding.cue.start)] ?? []).length === 0)
      continue;
    const date = claimDate(view, article, sentence, span.start, dates, binding.cue.start);
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
