// Who is the subject of a verb or cue: scan left from it over auxiliaries,
// adverbs and appositives to the noun phrase that governs it. Lists give
// several actors ("Italy, Germany, and Hungary"), relative pronouns point back
// ("Medvedev, who ..."), pronouns resolve to the salient actor, groups give
// their named members ("states, including Italy and Spain") or no one.
import type { Mention } from '../actors/mention';
import {
  BETWEEN_SUBJECT_AND_VERB,
  CLAUSE_BREAK_PUNCTUATION,
  LIGHT_VERBS,
  MEMBER_INTRODUCERS,
  RELATIVE_PRONOUNS,
  SPEECH_VERBS,
} from '../lexicon/words';
import { resolveMention, isSubjectMention } from './resolve';
import { mentionEndingAt, type ArticleView, type SentenceView, type SpeechEvent } from './view';

export type SubjectResult =
  | {
      kind: 'actors';
      actors: string[];
      how: 'subject' | 'pronoun' | 'possessor' | 'members' | 'main';
    }
  | { kind: 'first-person' }
  | { kind: 'speech'; event: SpeechEvent }
  | { kind: 'group'; start: number }
  | { kind: 'none'; noun: boolean };

const QUOTE_MARKS = new Set(['"', '\u201c', '\u201d', '\u00ab', '\u00bb']);
const LIST_JOINERS = new Set([',', 'and', 'or', '&', 'both', 'the']);
const COORDINATORS = new Set(['and', 'but']);
const STANCE_NOUNS = new Set([
  'position',
  'stance',
  'policy',
  'plan',
  'plans',
  'decision',
  'view',
  'line',
  'commitment',
  'proposal',
  'approach',
  'government',
  'side',
]);

/** The mentions coordinated with `last` (which ends the list), left to right. */
export function listEndingWith(
  view: ArticleView,
  sentence: SentenceView,
  last: Mention,
): Mention[] {
  const list = [last];
  let cursor = last.start;
  for (;;) {
    let i = cursor - 1;
    while (i >= sentence.tokenStart && LIST_JOINERS.has(view.tokens[i]?.norm ?? '')) i--;
    if (i === cursor - 1) break;
    const previous = mentionEndingAt(sentence, i + 1);
    if (!previous || previous.kind !== last.kind || previous.modifier) break;
    list.unshift(previous);
    cursor = previous.start;
  }
  return list;
}

function actorsOfList(
  view: ArticleView,
  sentence: SentenceView,
  list: readonly Mention[],
): string[] {
  return [...new Set(list.flatMap((mention) => resolveMention(view, sentence, mention)))];
}

/** Named members of a group: "states, including Italy", "countries ... – Slovakia is among them". */
export function groupMembers(view: ArticleView, sentence: SentenceView, group: Mention): string[] {
  const later = sentence.mentions.filter((m) => m.start >= group.end && m.start < group.end + 16);
  const stop = later.find((m) => m.kind === 'group');
  const inside = later.filter(
    (m) => m.kind === 'actor' && !m.modifier && (!stop || m.start < stop.start),
  );
  for (const member of inside) {
    const before = view.tokens[member.start - 1]?.norm ?? '';
    const after = `${view.tokens[member.end]?.norm ?? ''} ${view.tokens[member.end + 1]?.norm ?? ''} ${view.tokens[member.end + 2]?.norm ?? ''}`;
    const introduced =
      MEMBER_INTRODUCERS.has(before) ||
      (before === 'as' && view.tokens[member.start - 2]?.norm === 'such');
    if (introduced || /^(?:is|are|was|were) among them/.test(after)) {
      return actorsOfList(view, sentence, listStartingWith(view, sentence, member));
    }
  }
  return [];
}

function listStartingWith(view: ArticleView, sentence: SentenceView, first: Mention): Mention[] {
  const list = [first];
  for (const mention of sentence.mentions) {
    const last = list[list.length - 1] as Mention;
    if (mention.start < last.end || mention.kind !== 'actor') continue;
    const gap = view.tokens.slice(last.end, mention.start);
    if (gap.length === 0 || !gap.every((t) => LIST_JOINERS.has(t.norm))) break;
    list.push(mention);
  }
  return list;
}

/** The first subject-like mention of the sentence, resolved. */
export function mainSubject(view: ArticleView, sentence: SentenceView, before: number): string[] {
  const first = sentence.mentions.find((m) => m.start < before && isSubjectMention(m));
  if (!first) return [];
  return actorsOfList(view, sentence, listStartingWith(view, sentence, first));
}

/** "The U.S. and many European allies": the actors listed with a group. */
function listedBeforeGroup(view: ArticleView, sentence: SentenceView, group: Mention): string[] {
  for (let i = group.start - 1; i >= Math.max(sentence.tokenStart, group.start - 4); i--) {
    const token = view.tokens[i];
    if (!token) break;
    if (token.norm === 'and' || token.norm === ',') {
      const before = mentionEndingAt(sentence, i);
      if (!before || before.kind !== 'actor' || before.object || before.modifier) return [];
      return actorsOfList(view, sentence, listEndingWith(view, sentence, before));
    }
    const modifier = mentionEndingAt(sentence, i + 1);
    if (modifier) {
      if (!modifier.modifier) return [];
      i = modifier.start;
      continue;
    }
    if (!/^\p{L}/u.test(token.text)) return [];
  }
  return [];
}

/** A possessor just before token `at` ("Russia's objections", "its condemnation"). */
function possessorBefore(view: ArticleView, sentence: SentenceView, at: number): string[] | null {
  for (let i = at - 1; i >= Math.max(sentence.tokenStart, at - 4); i--) {
    const token = view.tokens[i];
    if (!token) break;
    if (token.norm === "'s") {
      const owner = mentionEndingAt(sentence, i);
      // "the West's support": owned, but by no actor.
      return owner ? actorsOfList(view, sentence, listEndingWith(view, sentence, owner)) : null;
    }
    const pronoun = sentence.mentions.find((m) => m.start === i && m.kind === 'pronoun');
    if (pronoun && ['its', 'his', 'her', 'their'].includes(pronoun.pronoun))
      return resolveMention(view, sentence, pronoun);
    const owner = mentionEndingAt(sentence, i + 1);
    if (owner?.possessive)
      return actorsOfList(view, sentence, listEndingWith(view, sentence, owner));
    if (!/^\p{Ll}/u.test(token.text)) break;
  }
  return [];
}

function mentionResult(view: ArticleView, sentence: SentenceView, mention: Mention): SubjectResult {
  if (mention.kind === 'group') {
    const members = [
      ...groupMembers(view, sentence, mention),
      ...listedBeforeGroup(view, sentence, mention),
    ];
    return members.length > 0
      ? { kind: 'actors', actors: members, how: 'members' }
      : { kind: 'group', start: mention.start };
  }
  if (mention.kind === 'pronoun' && ['we', 'i', 'our', 'us', 'my', 'me'].includes(mention.pronoun))
    return { kind: 'first-person' };
  const actors = actorsOfList(view, sentence, listEndingWith(view, sentence, mention));
  if (actors.length === 0) return { kind: 'none', noun: false };
  return { kind: 'actors', actors, how: mention.kind === 'pronoun' ? 'pronoun' : 'subject' };
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
]);

/** Skips an appositive ", ... ," ending at the comma `at`: the nearest comma whose head is a subject. */
function skipAppositive(
  view: ArticleView,
  sentence: SentenceView,
  at: number,
  lowest: number,
): { before: number; members: string[] } | undefined {
  for (let q = at - 1; q >= Math.max(lowest, at - 30); q--) {
    if (view.tokens[q]?.text !== ',') continue;
    const head = mentionEndingAt(sentence, q);
    const opener = view.tokens[q + 1];
    const opens =
      APPOSITIVE_OPENERS.has(opener?.norm ?? '') || /^\p{Ll}+ed$/u.test(opener?.text ?? '');
    if (!head || head.object || head.modifier || !opens) continue;
    const inner = sentence.mentions.find(
      (m) =>
        m.start > q && m.end <= at && MEMBER_INTRODUCERS.has(view.tokens[m.start - 1]?.norm ?? ''),
    );
    const members = inner
      ? actorsOfList(view, sentence, listStartingWith(view, sentence, inner))
      : [];
    return { before: q - 1, members };
  }
  return undefined;
}

/** What "who"/"which" at `at` refers to: the mention before it, or the person owning the noun before it ("Trump's announcement, who"). */
function relativeHead(view: ArticleView, sentence: SentenceView, at: number): Mention | undefined {
  const comma = view.tokens[at - 1]?.text === ',' ? at - 1 : at;
  const head = mentionEndingAt(sentence, comma);
  if (head || view.tokens[at]?.norm !== 'who') return head;
  return sentence.mentions.find(
    (m) => m.possessive && m.kind === 'actor' && m.end < comma && m.end >= comma - 4,
  );
}

const GERUND_PREPOSITIONS = new Set([
  'by',
  'for',
  'of',
  'without',
  'after',
  'before',
  'in',
  'on',
  'from',
  'about',
  'through',
]);

/** "blasted the speaker for prioritizing aid", "including by threatening": the doer of a gerund is the nearest subject or verb object before it. */
function gerundSubject(
  view: ArticleView,
  sentence: SentenceView,
  at: number,
  lowest: number,
): SubjectResult {
  for (let i = at - 1; i >= lowest; i--) {
    const token = view.tokens[i];
    if (!token || CLAUSE_BREAK_PUNCTUATION.has(token.text)) break;
    const mention = mentionEndingAt(sentence, i + 1);
    if (mention) {
      if (!mention.modifier && mention.governor !== 'preposition') {
        return mentionResult(view, sentence, mention);
      }
      i = mention.start;
    }
  }
  return { kind: 'none', noun: false };
}

/** Finds the subject of the verb or cue starting at token `at`. */
export function findSubject(
  view: ArticleView,
  sentence: SentenceView,
  at: number,
  noun: boolean,
  lowest = sentence.tokenStart,
): SubjectResult {
  if (noun) {
    const owner = possessorBefore(view, sentence, at);
    if (owner === null) return { kind: 'group', start: at };
    if (owner.length > 0) return { kind: 'actors', actors: owner, how: 'possessor' };
  }
  const head = view.tokens[at]?.norm ?? '';
  if (head.endsWith('ing') && GERUND_PREPOSITIONS.has(view.tokens[at - 1]?.norm ?? '')) {
    return gerundSubject(view, sentence, at - 1, lowest);
  }
  let members: string[] = [];
  for (let i = at - 1; i >= lowest; i--) {
    const token = view.tokens[i];
    if (!token) break;
    const norm = token.norm;
    const mention = mentionEndingAt(sentence, i + 1);
    if (mention) {
      if (mention.object || mention.modifier) return { kind: 'none', noun: false };
      const result = mentionResult(view, sentence, mention);
      if (result.kind === 'group' && members.length > 0)
        return { kind: 'actors', actors: members, how: 'members' };
      return result;
    }
    if (
      QUOTE_MARKS.has(token.text) ||
      BETWEEN_SUBJECT_AND_VERB.has(norm) ||
      LIGHT_VERBS.has(norm) ||
      norm.endsWith("n't")
    )
      continue;
    if (SPEECH_VERBS.has(norm)) {
      const event = sentence.speech.find((e) => e.verb === i);
      return event ? { kind: 'speech', event } : { kind: 'none', noun: false };
    }
    if (RELATIVE_PRONOUNS.has(norm)) {
      const head = relativeHead(view, sentence, i);
      if (head) return mentionResult(view, sentence, head);
      if (norm === 'that') continue;
      return { kind: 'none', noun: false };
    }
    if (token.text === ',') {
      const appositive = skipAppositive(view, sentence, i, lowest);
      if (appositive) {
        members = appositive.members;
        i = appositive.before + 1;
        continue;
      }
      const next = view.tokens[i + 1]?.norm ?? '';
      if (next.endsWith('ing') || next.endsWith('ed')) {
        const main = mainSubject(view, sentence, i);
        return main.length > 0
          ? { kind: 'actors', actors: main, how: 'main' }
          : { kind: 'none', noun: false };
      }
      return { kind: 'none', noun: false };
    }
    if (COORDINATORS.has(norm)) return elided(view, sentence, i, lowest);
    if (CLAUSE_BREAK_PUNCTUATION.has(token.text)) return { kind: 'none', noun: false };
    if (STANCE_NOUNS.has(norm)) {
      const owner = possessorBefore(view, sentence, i);
      if (owner && owner.length > 0) return { kind: 'actors', actors: owner, how: 'possessor' };
    }
    return { kind: 'none', noun: true };
  }
  return { kind: 'none', noun: false };
}

/** "..., but agreed to send": the subject of the coordinated verb is the last subject before. */
function elided(
  view: ArticleView,
  sentence: SentenceView,
  at: number,
  lowest: number,
): SubjectResult {
  for (let i = at - 1; i >= lowest; i--) {
    const norm = view.tokens[i]?.norm ?? '';
    if (RELATIVE_PRONOUNS.has(norm)) {
      const comma = view.tokens[i - 1]?.text === ',' ? i - 1 : i;
      const head = mentionEndingAt(sentence, comma);
      if (head) return mentionResult(view, sentence, head);
      if (norm !== 'that') return { kind: 'none', noun: false };
    }
    const mention = mentionEndingAt(sentence, i + 1);
    if (mention && (mention.kind === 'group' || isSubjectMention(mention)))
      return mentionResult(view, sentence, mention);
    if (mention) i = mention.start;
  }
  return { kind: 'none', noun: false };
}
