// Who is the subject of a verb or cue: scan left from it over auxiliaries,
// adverbs and appositives to the noun phrase that governs it. Lists give
// several actors ("Italy, Germany, and Hungary"), relative pronouns point back
// ("Medvedev, who ..."), pronouns resolve to the salient actor, groups give
// their named members ("states, including Italy and Spain") or no one.
import type { Mention } from '../actors/mention';
import {
  BETWEEN_SUBJECT_AND_VERB,
  GERUND_PREPOSITIONS,
  CLAUSE_BREAK_PUNCTUATION,
  FIRST_PERSON,
  LIGHT_VERBS,
  NEGATING_VERBS,
  POSSESSIVE_PRONOUNS,
  QUOTE_MARKS,
  RELATIVE_PRONOUNS,
  SPEECH_VERBS,
} from '../lexicon/words';
import { isSubjectMention } from './resolve';
import {
  actorsOfList,
  groupMembers,
  listEndingWith,
  listedBeforeGroup,
  mainSubject,
} from './lists';
import { possessorBefore, relativeHead, skipAppositive } from './clauseParts';
import { SPEECH_ACTS, asideStart, dateWord, isAdverb, timeSpent } from './asides';
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
  if (mention.kind === 'pronoun' && FIRST_PERSON.has(mention.pronoun))
    return { kind: 'first-person' };
  const actors = actorsOfList(view, sentence, listEndingWith(view, sentence, mention));
  if (actors.length === 0) return { kind: 'none', noun: false };
  return { kind: 'actors', actors, how: mention.kind === 'pronoun' ? 'pronoun' : 'subject' };
}

/** "blasted the speaker for prioritizing aid", "including by threatening": the doer of a gerund is the nearest subject or verb object before it. */
function gerundSubject(
  view: ArticleView,
  sentence: SentenceView,
  at: number,
  lowest: number,
): SubjectResult {
  let comma = false;
  for (let i = at - 1; i >= lowest; i--) {
    const token = view.tokens[i];
    if (!token || CLAUSE_BREAK_PUNCTUATION.has(token.text)) break;
    comma ||= token.text === ',';
    // Inside "officials who spoke about plans for sending troops", the doer is the relative's head.
    if (!comma && (token.norm === 'who' || token.norm === 'which')) {
      const head = relativeHead(view, sentence, i);
      return head ? mentionResult(view, sentence, head) : { kind: 'none', noun: false };
    }
    const mention = mentionEndingAt(sentence, i + 1);
    if (mention) {
      if (!mention.modifier && mention.governor !== 'preposition') {
        return mentionResult(view, sentence, mention);
      }
      i = mention.start;
    }
  }
  // "By pushing for troops, Macron ...": an opening gerund is the main clause's subject's.
  if (at === sentence.tokenStart) {
    const comma = view.tokens.findIndex(
      (t, k) => k > at && k < sentence.tokenEnd && t.text === ',',
    );
    const subject = sentence.mentions.find((m) => m.start > comma && isSubjectMention(m));
    if (comma !== -1 && subject) return mentionResult(view, sentence, subject);
  }
  return { kind: 'none', noun: false };
}

const PARTICIPLE_OPENERS = new Set(['while', 'when']);

/** Finds the subject of the verb or cue starting at token `at`. */
export function findSubject(
  view: ArticleView,
  sentence: SentenceView,
  at: number,
  noun: boolean,
  lowest = sentence.tokenStart,
  possessor = true,
): SubjectResult {
  // "Trump's call for", "renewed his appeal for": the owner holds it.
  const before = view.tokens[at - 1]?.norm ?? '';
  const owned = before === "'s" || POSSESSIVE_PRONOUNS.has(before);
  if (possessor && (noun || owned)) {
    const owner = possessorBefore(view, sentence, at);
    if (owner === null) return { kind: 'group', start: at };
    if (owner.length > 0) return { kind: 'actors', actors: owner, how: 'possessor' };
  }
  // "Pavel used his address to the UN on Tuesday to warn against ...": the user's purpose.
  const user = view.tokens[at - 1]?.norm === 'to' ? usedFor(view, sentence, at - 1, lowest) : -1;
  if (user !== -1) return findSubject(view, sentence, user, false, lowest);
  const head = view.tokens[at]?.norm ?? '';
  // "..., while insisting Belgrade will not ...": a participle after a subordinator is the main subject's.
  if (head.endsWith('ing') && PARTICIPLE_OPENERS.has(view.tokens[at - 1]?.norm ?? '')) {
    const main = mainSubject(view, sentence, at - 1);
    if (main.length > 0) return { kind: 'actors', actors: main, how: 'main' };
  }
  if (head.endsWith('ing') && GERUND_PREPOSITIONS.has(view.tokens[at - 1]?.norm ?? '')) {
    return gerundSubject(view, sentence, at - 1, lowest);
  }
  let members: string[] = [];
  let sharing = false;
  for (let i = at - 1; i >= lowest; i--) {
    const token = view.tokens[i];
    if (!token) break;
    const norm = token.norm;
    const mention = mentionEndingAt(sentence, i + 1);
    // "Germany's direct participation would": the possessor is not the subject.
    if (mention?.possessive && mention.kind === 'actor') {
      i = mention.start;
      continue;
    }
    // "Nikos Androulakis of PASOK said": a party the gazetteer lacks, after a person.
    const party = mention ? -1 : partyOfPerson(view, sentence, i, lowest);
    if (party !== -1) {
      i = party;
      continue;
    }
    // "Hussar (Eesti 200) said", "Germany ..., according to the government, will".
    const aside = mention ? -1 : asideStart(view, i, lowest);
    if (aside !== -1) {
      i = aside;
      continue;
    }
    if (mention) {
      // "The Russian Embassy in Ottawa said": a place attached to the subject is passed over.
      const head =
        mention.governor === 'preposition'
          ? mentionEndingAt(sentence, mention.start - 1)
          : undefined;
      if (head && head.kind === 'actor' && !head.object && !head.modifier) {
        i = head.end;
        continue;
      }
      // "Foreign ministers from the Group of Seven pledged": the body its members speak for.
      // "The leaders of Denmark, Norway and the Netherlands pledged": all of those listed.
      const list =
        mention.governor === 'preposition' ? listEndingWith(view, sentence, mention) : [];
      if (list[0] && membersOf(view, list[0].start))
        return { kind: 'actors', actors: actorsOfList(view, sentence, list), how: 'members' };
      if (mention.object || mention.modifier) return { kind: 'none', noun: false };
      const result = mentionResult(view, sentence, mention);
      if (result.kind === 'group' && members.length > 0)
        return { kind: 'actors', actors: members, how: 'members' };
      if (result.kind === 'actors' && sharing)
        return { ...result, actors: [...new Set([...result.actors, ...members])] };
      return result;
    }
    if (
      QUOTE_MARKS.has(token.text) ||
      BETWEEN_SUBJECT_AND_VERB.has(norm) ||
      isAdverb(token.text) ||
      dateWord(view, i) ||
      LIGHT_VERBS.has(norm) ||
      norm.endsWith("n't") ||
      (norm === 'no' && view.tokens[i + 1]?.norm === 'longer') ||
      (NEGATING_VERBS.has(norm) && view.tokens[i + 1]?.norm === 'to')
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
      // "The Italian prime minister, Giorgia Meloni, has said": the subject ends at the comma.
      const before = mentionEndingAt(sentence, i);
      // "Åkesson, whose party props up the government, said": not the end of a relative clause.
      if (
        before &&
        isSubjectMention(before) &&
        members.length === 0 &&
        relativeOpening(view, before.start, lowest) === -1
      ) {
        return mentionResult(view, sentence, before);
      }
      const appositive = skipAppositive(view, sentence, i, lowest);
      if (appositive) {
        members = appositive.members;
        sharing = appositive.sharing;
        i = appositive.before + 1;
        continue;
      }
      const next = view.tokens[i + 1]?.norm ?? '';
      // "..., saying", "..., backed by", "described a swap, ..., as an option": the main subject's.
      if (next.endsWith('ing') || next.endsWith('ed') || (next === 'as' && i + 1 === at)) {
        const main = mainSubject(view, sentence, i);
        return main.length > 0
          ? { kind: 'actors', actors: main, how: 'main' }
          : { kind: 'none', noun: false };
      }
      return { kind: 'none', noun: false };
    }
    if (COORDINATORS.has(norm)) return elided(view, sentence, i, at, lowest);
    if (CLAUSE_BREAK_PUNCTUATION.has(token.text)) return { kind: 'none', noun: false };
    if (STANCE_NOUNS.has(norm)) {
      const owner = possessorBefore(view, sentence, i);
      if (owner && owner.length > 0) return { kind: 'actors', actors: owner, how: 'possessor' };
    }
    // "Orbán has spent three years blocking aid": the time spent stands between.
    const spent = head.endsWith('ing') ? timeSpent(view, i) : -1;
    if (spent !== -1) {
      i = spent;
      continue;
    }
    return { kind: 'none', noun: true };
  }
  return { kind: 'none', noun: false };
}

const MEMBERS = new Set(
  'ministers leaders officials representatives delegates diplomats envoys lawmakers negotiators'.split(
    ' ',
  ),
);

/** Whether the mention starting at `at` follows "ministers from (the)", "leaders of (the)". */
function membersOf(view: ArticleView, at: number): boolean {
  const preposition = view.tokens[at - 1]?.norm === 'the' ? at - 2 : at - 1;
  return (
    ['from', 'of'].includes(view.tokens[preposition]?.norm ?? '') &&
    MEMBERS.has(view.tokens[preposition - 1]?.norm ?? '')
  );
}

/** The end of the person named before "of <Name>" when token `at` ends that name, else -1. */
function partyOfPerson(
  view: ArticleView,
  sentence: SentenceView,
  at: number,
  lowest: number,
): number {
  let i = at;
  while (i > lowest && view.tokens[i]?.capitalized) i--;
  if (i === at || view.tokens[i]?.norm !== 'of') return -1;
  const person = mentionEndingAt(sentence, i);
  return person?.kind === 'actor' && person.actors.some((id) => id.startsWith('person:')) ? i : -1;
}

const USING = new Set(['used', 'uses', 'use', 'using']);

/** The "used" whose purpose the "to" at `at` opens ("used his address ... to warn"), or -1. */
function usedFor(view: ArticleView, sentence: SentenceView, at: number, lowest: number): number {
  for (let i = at - 2; i >= Math.max(lowest, sentence.tokenStart, at - 16); i--) {
    const norm = view.tokens[i]?.norm ?? '';
    if (USING.has(norm)) return i;
    if (norm === ';' || SPEECH_VERBS.has(norm)) return -1;
  }
  return -1;
}

const RELATIVE_OPENERS = new Set(['who', 'which', 'whose']);

/** The "who"/"which"/"whose" opening, after a comma, the clause the comma at `at` closes; -1 if none. */
function relativeOpening(view: ArticleView, at: number, lowest: number): number {
  for (let i = at - 1; i > lowest; i--) {
    const norm = view.tokens[i]?.norm ?? '';
    if (norm === ',') return -1;
    if (RELATIVE_OPENERS.has(norm) && view.tokens[i - 1]?.text === ',') return i;
  }
  return -1;
}

/** "..., but agreed to send": the subject of the coordinated verb is the last subject before. */
function elided(
  view: ArticleView,
  sentence: SentenceView,
  at: number,
  verb: number,
  lowest: number,
): SubjectResult {
  // "X said Russia was playing games and urged Moscow to ...": a speech act after "and" is X's.
  const act = view.tokens[verb]?.norm ?? '';
  if (verb === at + 1 && (SPEECH_ACTS.has(act) || SPEECH_VERBS.has(act))) {
    // "Orbán told reporters that Hungary would not ... and repeated that": the first speaker's.
    const event = sentence.speech.filter((e) => e.verb < at && e.speakers.length > 0).pop();
    if (event) return { kind: 'speech', event };
  }
  for (let i = at - 1; i >= lowest; i--) {
    const norm = view.tokens[i]?.norm ?? '';
    // "Pistorius, who spoke after Vance, called ... and said": a relative clause is passed over.
    const relative = norm === ',' ? relativeOpening(view, i, lowest) : -1;
    if (relative !== -1) {
      i = relative + 1;
      continue;
    }
    if (RELATIVE_PRONOUNS.has(norm)) {
      const comma = view.tokens[i - 1]?.text === ',' ? i - 1 : i;
      const head = mentionEndingAt(sentence, comma);
      if (head) return mentionResult(view, sentence, head);
      if (norm !== 'that') return { kind: 'none', noun: false };
    }
    const mention = mentionEndingAt(sentence, i + 1);
    if (mention && ((mention.kind === 'group' && !mention.object) || isSubjectMention(mention)))
      return mentionResult(view, sentence, mention);
    if (mention) i = mention.start;
  }
  return { kind: 'none', noun: false };
}
