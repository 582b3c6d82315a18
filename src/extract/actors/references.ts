// Words that stand for an actor named elsewhere: pronouns ("he", "its", "his
// country"), "the government" (whose depends on who speaks), back references
// by a common noun ("the diplomat", "the Republican") to the last person named
// who fits, and "Sir Keir" for a person named in full before. An "it" that
// opens "it was too early to ..." stands for nothing.
import type { Token } from '../text/tokens';
import {
  BETWEEN_SUBJECT_AND_VERB,
  FIRST_PERSON,
  GROUP_NOUNS,
  PERSON_PRONOUNS,
  SPEECH_VERBS,
  THING_PRONOUNS,
} from '../lexicon/words';
import type { RoleKey } from '../knowledge/roles';
import type { ActorInfo } from './actorInfo';
import type { ArticleContext } from './articleContext';
import { makeMention, type Mention } from './mention';

const CONTRACTION = /'(?:ve|ll|re|d|m)$/;

const STATE_WORDS = new Set(['country', 'government', 'administration', 'cabinet', 'nation']);
const GOVERNMENT_ADJECTIVES = new Set([
  'caretaker',
  'outgoing',
  'incoming',
  'interim',
  'new',
  'current',
  'federal',
  'coalition',
]);
const POSSESSIVE_DETERMINERS = new Set(['its', 'his', 'their']);
const BE = new Set(['is', 'was', "'s", 'be', 'been', 'remains', 'remained', 'seems', 'seemed']);
/** Adjectives that make "it is ... to" a statement about an actor ("it is ready to"). */
const ACTOR_ADJECTIVES = new Set(
  'ready prepared willing able eager keen determined committed set due expected going unwilling unable reluctant'.split(
    ' ',
  ),
);
const DIPLOMATIC = new Set([
  'foreign-minister',
  'deputy-foreign-minister',
  'envoy',
  'un-ambassador',
  'foreign-policy-chief',
  'spokesperson',
]);
const anyone = (): boolean => true;
/** Nouns that point back to the last person named who fits. */
const BACK_NOUNS: ReadonlyMap<string, (info: ActorInfo) => boolean> = new Map([
  ['diplomat', (info: ActorInfo) => DIPLOMATIC.has(info.role)],
  ['minister', (info: ActorInfo) => info.role.endsWith('minister')],
  ['official', anyone],
  ['politician', anyone],
  ['republican', anyone],
  ['democrat', anyone],
  ['conservative', anyone],
  ['tory', anyone],
  ['socialist', anyone],
]);
const QUALIFIED_NOUNS = new Set(['social', 'christian', 'free']);

/** "it is too early to", "it was clear that": an "it" that stands for no one. */
function expletive(tokens: readonly Token[], at: number): boolean {
  let i = at + 1;
  if (tokens[i]?.norm === 'would' || tokens[i]?.norm === 'will') i++;
  if (!BE.has(tokens[i]?.norm ?? '')) return false;
  for (let k = i + 1; k <= i + 5; k++) {
    const norm = tokens[k]?.norm ?? '';
    if (ACTOR_ADJECTIVES.has(norm)) return false;
    if (norm === 'to' || norm === 'that') return k > i + 1;
    if (!/^[\p{Ll}"\u201c\u201d]/u.test(tokens[k]?.text ?? '')) return false;
  }
  return false;
}

/** A pronoun, "his country", or an unnamed group ("officials") at `at`. */
export function pronounAt(tokens: readonly Token[], at: number): Mention | undefined {
  const norm = tokens[at]?.norm ?? '';
  // "his country", "her government", "his neutral country": the country the person speaks for.
  if (norm === 'his' || norm === 'her' || norm === 'its' || norm === 'their') {
    const next = tokens[at + 1];
    const described =
      next !== undefined &&
      !STATE_WORDS.has(next.norm) &&
      /^\p{Ll}+$/u.test(next.text) &&
      STATE_WORDS.has(tokens[at + 2]?.norm ?? '');
    const noun = described ? at + 2 : at + 1;
    if (STATE_WORDS.has(tokens[noun]?.norm ?? ''))
      return makeMention({
        start: at,
        end: noun + 1,
        kind: 'pronoun',
        pronoun: `${norm} country`,
        possessive: tokens[noun + 1]?.norm === "'s",
      });
  }
  // "the government said": the government of whoever is speaking, resolved later.
  // "the Government of Sweden" is Sweden, named next.
  // "the caretaker cabinet", "the new government": one word may say which.
  const noun = GOVERNMENT_ADJECTIVES.has(tokens[at + 1]?.norm ?? '') ? at + 2 : at + 1;
  if (
    norm === 'the' &&
    STATE_WORDS.has(tokens[noun]?.norm ?? '') &&
    tokens[noun]?.norm !== 'country' &&
    tokens[noun + 1]?.norm !== 'of'
  ) {
    return makeMention({ start: at, end: noun + 1, kind: 'pronoun', pronoun: 'the government' });
  }
  if (norm === 'it' && expletive(tokens, at)) return undefined;
  // "we've", "I'm", "he'll": the pronoun of a contraction.
  const pronoun = norm.replace(CONTRACTION, '');
  if (PERSON_PRONOUNS.has(pronoun) || THING_PRONOUNS.has(pronoun) || FIRST_PERSON.has(pronoun)) {
    // "its negotiating position": a possessive determiner is no subject.
    const possessive = POSSESSIVE_DETERMINERS.has(pronoun);
    return makeMention({ start: at, end: at + 1, kind: 'pronoun', pronoun, possessive });
  }
  if (GROUP_NOUNS.has(norm) && !tokens[at]?.capitalized) {
    return makeMention({
      start: at,
      end: at + 1,
      kind: 'group',
      possessive: tokens[at + 1]?.norm === "'s",
    });
  }
  return undefined;
}

/** True when the word after a back-reference noun lets it be a subject ("the diplomat said"). */
function subjectFollows(token: Token | undefined): boolean {
  if (!token) return true;
  const norm = token.norm;
  return (
    token.text === ',' ||
    token.norm === "'s" ||
    SPEECH_VERBS.has(norm) ||
    BETWEEN_SUBJECT_AND_VERB.has(norm) ||
    /^\p{Ll}+(?:ed|s)$/u.test(token.text)
  );
}

/** Offices a title with "-elect" is about to take. */
const ELECT_TITLES: ReadonlyMap<string, RoleKey> = new Map([
  ['president', 'head-of-state'],
  ['chancellor', 'head-of-government'],
  ['premier', 'head-of-government'],
]);
/** How long before taking office someone is the president-elect. */
const ELECT_MS = 100 * 24 * 3600 * 1000;

/** "the president-elect": someone named before who takes that office within weeks of the article. */
function electAt(tokens: readonly Token[], at: number, ctx: ArticleContext): Mention | undefined {
  const role = ELECT_TITLES.get(tokens[at + 1]?.norm ?? '');
  if (!role || tokens[at + 2]?.text !== '-' || tokens[at + 3]?.norm !== 'elect') return undefined;
  const published = Date.parse(ctx.date);
  const person = ctx.recentPerson((info) =>
    (ctx.kb.rolesByPerson.get(info.id) ?? []).some(
      (span) =>
        span.role === role &&
        span.start > ctx.date &&
        Date.parse(span.start) - published <= ELECT_MS,
    ),
  );
  return person
    ? makeMention({ start: at, end: at + 4, kind: 'actor', actors: [person], viaRole: true })
    : undefined;
}

/** "the diplomat", "the Social Democrat", "Sir Keir": a person named before, at `at`. */
export function referenceAt(
  tokens: readonly Token[],
  at: number,
  ctx: ArticleContext,
): Mention | undefined {
  const norm = tokens[at]?.norm ?? '';
  if ((norm === 'sir' || norm === 'dame') && tokens[at + 1]?.capitalized) {
    const person = ctx.byGivenName(tokens[at + 1]?.norm ?? '');
    if (!person || tokens[at + 2]?.capitalized) return undefined;
    return makeMention({ start: at, end: at + 2, kind: 'actor', actors: [person] });
  }
  if (norm !== 'the') return undefined;
  const elect = electAt(tokens, at, ctx);
  if (elect) return elect;
  const head = QUALIFIED_NOUNS.has(tokens[at + 1]?.norm ?? '') ? at + 2 : at + 1;
  const fits = BACK_NOUNS.get(tokens[head]?.norm ?? '');
  if (!fits || !subjectFollows(tokens[head + 1])) return undefined;
  const person = ctx.recentPerson(fits);
  return person
    ? makeMention({ start: at, end: head + 1, kind: 'actor', actors: [person], viaRole: true })
    : undefined;
}

/** Nouns for people that "both" or "the two" can point back to. */
const PAIR_NOUNS = new Set(
  'leaders candidates men women presidents ministers premiers chancellors politicians rivals'.split(
    ' ',
  ),
);

/** "Both candidates", "the two leaders", "both prime ministers": the two people the article is most about so far. */
export function pairAt(
  tokens: readonly Token[],
  at: number,
  ctx: ArticleContext,
): Mention | undefined {
  const norm = tokens[at]?.norm ?? '';
  const the = norm === 'the' && tokens[at + 1]?.norm === 'two';
  if (norm !== 'both' && !the) return undefined;
  let head = the ? at + 2 : at + 1;
  if (!PAIR_NOUNS.has(tokens[head]?.norm ?? '') && /^\p{Ll}+$/u.test(tokens[head]?.text ?? ''))
    head++;
  if (!PAIR_NOUNS.has(tokens[head]?.norm ?? '')) return undefined;
  const pair = ctx.leadingPair();
  return pair.length === 2
    ? makeMention({ start: at, end: head + 1, kind: 'actor', actors: pair, viaRole: true })
    : undefined;
}
