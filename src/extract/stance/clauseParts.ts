// Pieces of a clause the subject scan steps over or points through: a
// possessor ("Russia's objections", "its condemnation"), an appositive
// (", a consistent critic of ...,"), and the head of a relative pronoun.
import { opensDescription } from '../actors/appositive';
import type { Mention } from '../actors/mention';
import {
  MEMBER_INTRODUCERS,
  POSSESSIVE_PRONOUNS,
  SPEECH_VERBS,
  TITLE_WORDS,
} from '../lexicon/words';
import { asideStart } from './asides';
import { actorsOfList, listEndingWith, listStartingWith } from './lists';
import { resolveMention } from './resolve';
import { mentionEndingAt, wordBeforeArticle, type ArticleView, type SentenceView } from './view';

/** A possessor just before token `at` ("Russia's objections", "its condemnation"). */
export function possessorBefore(
  view: ArticleView,
  sentence: SentenceView,
  at: number,
): string[] | null {
  for (let i = at - 1; i >= Math.max(sentence.tokenStart, at - 4); i--) {
    const token = view.tokens[i];
    if (!token) break;
    if (token.norm === "'s") {
      const owner = mentionEndingAt(sentence, i);
      // "the West's support": owned, but by no actor.
      return owner ? actorsOfList(view, sentence, listEndingWith(view, sentence, owner)) : null;
    }
    const pronoun = sentence.mentions.find((m) => m.start === i && m.kind === 'pronoun');
    if (pronoun && POSSESSIVE_PRONOUNS.has(pronoun.pronoun))
      return resolveMention(view, sentence, pronoun);
    const owner = mentionEndingAt(sentence, i + 1);
    if (owner?.possessive)
      return actorsOfList(view, sentence, listEndingWith(view, sentence, owner));
    // "the Commission's €800 billion ReArm Europe plan": a name or amount may stand between.
    if (!/^[\p{Ll}\p{Lu}\d€$£]/u.test(token.text) || owner) break;
  }
  return [];
}

const APPOSITIVE_OPENERS = new Set([
  'who',
  'which',
  'whose',
  'a',
  'an',
  'the',
  'including',
  'such',
  'like',
  'along',
  'together',
  'both',
  'also',
  'now',
  'then',
  'currently',
  'formerly',
  'once',
  'himself',
  'herself',
  'itself',
  'meanwhile',
  'however',
  'too',
  'though',
  'instead',
  'in',
  'for',
  'separately',
  'likewise',
  'similarly',
  'later',
  'earlier',
  'indeed',
]);

const SHARING = new Set(['like', 'along', 'together', 'alongside']);

/** ", she has said repeatedly,": a parenthetical attribution between commas (q, at). */
function parenthetical(view: ArticleView, q: number, at: number): boolean {
  return at - q <= 6 && view.tokens.slice(q + 1, at).some((t) => SPEECH_VERBS.has(t.norm));
}

/**
 * Skips an appositive ", ... ," ending at the comma `at`: the nearest comma
 * whose head is a subject. `members` are actors listed in it; `sharing` when
 * they share the head's stance ("Berlin, like Paris and London, is ...").
 */
export function skipAppositive(
  view: ArticleView,
  sentence: SentenceView,
  at: number,
  lowest: number,
): { before: number; members: string[]; sharing: boolean } | undefined {
  for (let q = at - 1; q >= Math.max(lowest, at - 30); q--) {
    if (view.tokens[q]?.text !== ',') continue;
    // "Rep. Mike Waltz (R-Fla.), Trump's incoming adviser,": an aside may close the name.
    const aside = asideStart(view, q - 1, lowest);
    const head = mentionEndingAt(
      sentence,
      view.tokens[q - 1]?.text === ')' && aside !== -1 ? aside : q,
    );
    const opener = view.tokens[q + 1];
    // "Marcin Przydacz, head of ...,": after a person, any description.
    const person = head?.kind === 'actor' && head.actors.some((id) => id.startsWith('person:'));
    const opens =
      APPOSITIVE_OPENERS.has(opener?.norm ?? '') ||
      /^\p{Ll}+(?:ed|ing)$/u.test(opener?.text ?? '') ||
      (person && opensDescription(view.tokens, q + 1)) ||
      // "Dmitry Peskov, Mr Putin's spokesman, said": a title names the description.
      (person && view.tokens.slice(q + 1, at).some((t) => TITLE_WORDS.has(t.norm))) ||
      parenthetical(view, q, at);
    if (!head || head.object || head.modifier || !opens) continue;
    // "including (the) United States, Germany and Italy"
    const inner = sentence.mentions.find(
      (m) => m.start > q && m.end <= at && MEMBER_INTRODUCERS.has(wordBeforeArticle(view, m.start)),
    );
    const members = inner
      ? actorsOfList(view, sentence, listStartingWith(view, sentence, inner))
      : [];
    return { before: q - 1, members, sharing: SHARING.has(opener?.norm ?? '') };
  }
  return undefined;
}

/** What "who"/"which" at `at` refers to: the mention before it, or the person owning the noun before it ("Trump's announcement, who"). */
export function relativeHead(
  view: ArticleView,
  sentence: SentenceView,
  at: number,
): Mention | undefined {
  const comma = view.tokens[at - 1]?.text === ',' ? at - 1 : at;
  // "wrote, a day after meeting Macron in Paris, that ...": after a comma "that" opens what is said.
  if (comma !== at && view.tokens[at]?.norm === 'that') return undefined;
  const head = mentionEndingAt(sentence, comma);
  if (head || view.tokens[at]?.norm !== 'who') return head;
  return sentence.mentions.find(
    (m) => m.possessive && m.kind === 'actor' && m.end < comma && m.end >= comma - 4,
  );
}
