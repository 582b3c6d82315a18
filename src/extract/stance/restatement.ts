// A statement named by its author ("Putin's comments on September 5 came
// hours after ...", "his remarks") restates the stance the author took on the
// position under discussion earlier in the article; the sentence may date it.
// So does a stand said to hold ("his position on Taurus has not changed",
// "would not change his position"), but not one said to have moved; the one
// who says so for its owner's country holds it too.
import type { Stance } from '../../graph/types';
import type { CueEntry } from '../lexicon/cues';
import type { Binding } from './binding';
import { speakersAt } from './holders';
import type { PositionMention } from './positionFinder';
import { possessorBefore } from './clauseParts';
import {
  mentionEndingAt,
  quoteIndexOf,
  type ArticleView,
  type SentenceView,
  type TopicAt,
} from './view';

const RESTATED: CueEntry = { stance: 'supports', dir: 'after', strength: 1, pattern: '' };

/** The key under which `prior` holds an actor's stance on a position. */
export function stanceKey(actor: string, position: string): string {
  return `${actor}\u0000${position}`;
}

/** Who owns what token `at` begins: "Macron's", "the chancellor's", "his", "our" in a quotation. */
function possessorAt(view: ArticleView, sentence: SentenceView, at: number): string[] {
  const norm = view.tokens[at]?.norm ?? '';
  const quoted = quoteIndexOf(view, at);
  if ((norm === 'my' || norm === 'our') && quoted !== -1) return view.quoteSpeakers[quoted] ?? [];
  const pronoun = sentence.mentions.some((m) => m.start === at && m.kind === 'pronoun');
  return norm === "'s" || pronoun ? (possessorBefore(view, sentence, at + 1) ?? []) : [];
}

function authors(view: ArticleView, sentence: SentenceView, mention: PositionMention): string[] {
  const owned = view.tokens[mention.start + 1]?.norm === "'s";
  return possessorAt(view, sentence, owned ? mention.start + 1 : mention.start);
}

function restated(
  view: ArticleView,
  start: number,
  end: number,
  stance: Stance,
  position: string,
  mention: number,
  author: string,
): Binding {
  const first = view.tokens[start];
  const last = view.tokens[end - 1];
  const text = first && last ? view.text.slice(first.start, last.end) : '';
  const cue = { entry: RESTATED, start, end, stance, negated: false, text };
  return { cue, stance, positions: [position], mention, holders: [author], how: 'restated' };
}

/** Nouns for where someone stands on a question. */
const STAND_NOUNS = new Set(['position', 'stance']);
/** After the noun, in its clause: the stand holds ("has not changed", "is well known"). */
const HOLDS_AFTER =
  /^[^,;:.?]{0,60}?\b(?:(?:not|n't|never)\s+(?:been\s+)?(?:change|changed|shifted|altered)\b|unchanged\b|remains?\b(?!\s+(?:unclear|uncertain|open|undecided))|remained\b|known\b|clear\b|stands\b)/;
/** Before the owner: the stand is kept ("would not change his position", "maintain its stance"). */
const HOLDS_BEFORE =
  /\b(?:(?:not|n't|never)\s+change|maintains?|maintained|maintaining|stands?\s+by|stood\s+by|sticks?\s+to|stuck\s+to|remains?|remained|nothing\s+has\s+changed\s+in)\s*$/;
const STAND_LINKS = new Set(['on', 'regarding', 'towards', 'toward']);

/** Bindings for stands said to hold: the owner's earlier stance on the position named or under discussion. */
function heldStands(
  view: ArticleView,
  sentence: SentenceView,
  mentions: readonly PositionMention[],
  prior: ReadonlyMap<string, Stance>,
  topicAt: TopicAt,
): Binding[] {
  const bindings: Binding[] = [];
  for (let at = sentence.tokenStart + 1; at < sentence.tokenEnd; at++) {
    const noun = view.tokens[at];
    if (!noun || !STAND_NOUNS.has(noun.norm)) continue;
    const owned = view.tokens[at - 1]?.norm === "'s";
    const ownerStart = owned ? mentionEndingAt(sentence, at - 1)?.start : at - 1;
    if (ownerStart === undefined) continue;
    const before = view.folded.slice(
      view.tokens[sentence.tokenStart]?.start ?? 0,
      view.tokens[ownerStart]?.start ?? noun.start,
    );
    const after = view.folded.slice(noun.end, view.tokens[sentence.tokenEnd - 1]?.end ?? noun.end);
    if (!HOLDS_AFTER.test(after) && !HOLDS_BEFORE.test(before)) continue;
    const named = STAND_LINKS.has(view.tokens[at + 1]?.norm ?? '')
      ? mentions.findIndex((m) => !m.anaphor && m.start === at + 2)
      : -1;
    const positions =
      named === -1 ? topicAt(at, 1) : (mentions[named] as PositionMention).positions;
    for (const author of possessorAt(view, sentence, at - 1)) {
      // "Our position on Taurus" (missiles, so aid too) holds the stance last taken on either.
      const keys = new Set(positions.map((position) => stanceKey(author, position)));
      const latest = [...prior.keys()].reverse().find((key) => keys.has(key));
      const stance = latest && prior.get(latest);
      if (!stance) continue;
      // "the chancellor's position is unchanged," his spokesman says: and so is the spokesman's.
      const country = view.ctx.countryOf(author);
      const voices = speakersAt(view, sentence, at).filter(
        (speaker) =>
          speaker !== author && country !== '' && view.ctx.countryOf(speaker) === country,
      );
      for (const position of positions)
        if (prior.has(stanceKey(author, position)))
          for (const holder of [author, ...voices])
            bindings.push(restated(view, ownerStart, at + 1, stance, position, named, holder));
    }
  }
  return bindings;
}

/**
 * Bindings restating earlier stances through statement anaphors and held stands.
 * `prior` maps stanceKey → stance, the stance taken last coming last.
 */
export function restatements(
  view: ArticleView,
  sentence: SentenceView,
  mentions: readonly PositionMention[],
  prior: ReadonlyMap<string, Stance>,
  topicAt: TopicAt,
): Binding[] {
  const bindings: Binding[] = [];
  mentions.forEach((mention, index) => {
    if (!mention.statement) return;
    for (const author of authors(view, sentence, mention)) {
      for (const position of mention.positions) {
        const stance = prior.get(stanceKey(author, position));
        if (stance)
          bindings.push(
            restated(view, mention.start, mention.end, stance, position, index, author),
          );
      }
    }
  });
  return [...bindings, ...heldStands(view, sentence, mentions, prior, topicAt)];
}
