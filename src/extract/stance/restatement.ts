// A statement named by its author ("Putin's comments on September 5 came
// hours after ...", "his remarks") restates the stance the author took on the
// position under discussion earlier in the article; the sentence may date it.
import type { Stance } from '../../graph/types';
import type { CueEntry } from '../lexicon/cues';
import type { Binding } from './binding';
import type { PositionMention } from './positionFinder';
import { resolveMention } from './resolve';
import { mentionEndingAt, type ArticleView, type SentenceView } from './view';

const RESTATED: CueEntry = { stance: 'supports', dir: 'after', strength: 1, pattern: '' };

/** The key under which `prior` holds an actor's stance on a position. */
export function stanceKey(actor: string, position: string): string {
  return `${actor}\u0000${position}`;
}

function authors(view: ArticleView, sentence: SentenceView, mention: PositionMention): string[] {
  const first = view.tokens[mention.start + 1];
  if (first?.norm === "'s") {
    const owner = mentionEndingAt(sentence, mention.start + 1);
    return owner && owner.kind === 'actor' ? owner.actors : [];
  }
  const pronoun = sentence.mentions.find((m) => m.start === mention.start && m.kind === 'pronoun');
  return pronoun ? resolveMention(view, sentence, pronoun) : [];
}

/** Bindings restating earlier stances (`prior`: stanceKey → stance) through statement anaphors. */
export function restatements(
  view: ArticleView,
  sentence: SentenceView,
  mentions: readonly PositionMention[],
  prior: ReadonlyMap<string, Stance>,
): Binding[] {
  const bindings: Binding[] = [];
  mentions.forEach((mention, index) => {
    if (!mention.statement) return;
    for (const author of authors(view, sentence, mention)) {
      for (const position of mention.positions) {
        const stance = prior.get(stanceKey(author, position));
        if (!stance) continue;
        const first = view.tokens[mention.start];
        const last = view.tokens[mention.end - 1];
        const text = first && last ? view.text.slice(first.start, last.end) : '';
        const cue = {
          entry: RESTATED,
          start: mention.start,
          end: mention.end,
          stance,
          negated: false,
          text,
        };
        bindings.push({
          cue,
          stance,
          positions: [position],
          mention: index,
          holders: [author],
          how: 'restated',
        });
      }
    }
  });
  return bindings;
}
