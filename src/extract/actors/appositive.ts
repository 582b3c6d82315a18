// People the gazetteer does not know, named with an appositive that explains
// them: "Petr Pavel, the Czech president, said", "Krzysztof Bosak, a deputy
// speaker of the Sejm, warned", "Marcin Przydacz, head of the president's
// bureau, said". The appositive must close with a comma; a name after a
// preposition ("at Lancaster House, the PM ...") is a place, not a person.
import type { Token } from '../text/tokens';
import {
  ARTICLES,
  BODY_WORDS,
  CLOSING_QUOTES,
  PARTY_WORDS,
  POLITICAL_WORDS,
  OBJECT_PREPOSITIONS,
  OBSERVER_WORDS,
  SPEECH_VERBS,
  TITLE_WORDS,
} from '../lexicon/words';
import { slugify } from '../slug';
import type { ArticleContext } from './articleContext';
import { makeMention, type Mention } from './mention';
import { givenKey, nameLabel, rankStart, resolveSurname, surnameKey, unknownNameAt } from './names';
import { phraseCountry, rolePhraseAt } from './rolePhrase';

/** Words that may open a sentence before its subject. */
const OPENERS = new Set(['but', 'and', 'meanwhile', 'however', 'still']);
/** Words opening a short phrase before the subject ("In Moscow, ..."). */
const INTRODUCERS = new Set(['in', 'on', 'at', 'from', 'meanwhile', 'separately', 'elsewhere']);

/** Words of time and auxiliaries between an appositive and its verb (", on Thursday called"). */
const BEFORE_VERB = new Set(
  `on late early earlier later today yesterday also again has had have monday tuesday wednesday
  thursday friday saturday sunday morning evening night`
    .trim()
    .split(/\s+/),
);

/** Index of the comma closing the appositive opened at `from`, or -1. */
function closingComma(tokens: readonly Token[], from: number, end: number): number {
  for (let i = from; i < end; i++) if (tokens[i]?.text === ',') return i;
  return -1;
}

/** The country of the first country or national body named in tokens [from, to). */
function countryIn(
  tokens: readonly Token[],
  from: number,
  to: number,
  ctx: ArticleContext,
): string {
  for (let i = from; i < to; i++) {
    const match = ctx.kb.names.longestAt(tokens, i, to);
    for (const ref of match?.values ?? []) {
      if (ref.kind === 'country') return ref.code;
      if (ref.kind === 'org') return ctx.kb.orgs.get(ref.id)?.country ?? '';
    }
  }
  return '';
}

/** The name (or its rank) opens its sentence, or the attribution after a quotation ('"...," Park Chan-dae, the party's floor leader, said'). */
function opensSentence(tokens: readonly Token[], name: number, sentenceStart: number): boolean {
  // A rank cut off by the sentence splitter ("Rear Adm." | "Zeki Aktürk, ...") is not before it.
  const ranked = rankStart(tokens, name);
  const at = ranked < sentenceStart ? name : ranked;
  return (
    at === sentenceStart ||
    (at === sentenceStart + 1 && OPENERS.has(tokens[sentenceStart]?.norm ?? '')) ||
    (tokens[at - 1]?.text === ',' && CLOSING_QUOTES.has(tokens[at - 2]?.text ?? '')) ||
    (CLOSING_QUOTES.has(tokens[at - 1]?.text ?? '') && tokens[at - 2]?.text === ',') ||
    // "In Moscow, Andrei Kartapolov, who chairs ..., said": after a short opening phrase.
    (tokens[at - 1]?.text === ',' &&
      at - sentenceStart <= 6 &&
      INTRODUCERS.has(tokens[sentenceStart]?.norm ?? ''))
  );
}

/** A description opens in lower case ("a deputy speaker") or with an owner ("Confederation's candidate"). */
export function opensDescription(tokens: readonly Token[], at: number): boolean {
  const first = tokens[at]?.text ?? '';
  return (
    /^\p{Ll}/u.test(first) || (/^\p{Lu}/u.test(first) && /^['’]s$/.test(tokens[at + 1]?.text ?? ''))
  );
}

/** The gazetteer person with the surname at `at` who holds `role`, if one does. */
function knownBySurname(
  tokens: readonly Token[],
  at: number,
  ctx: ArticleContext,
  role: string,
): string | undefined {
  const match = ctx.kb.names.longestAt(tokens, at, at + 1);
  const surname = match?.values.find((ref) => ref.kind === 'surname');
  return surname?.kind === 'surname'
    ? resolveSurname(surname.ids, tokens[at]?.norm ?? '', ctx, role)
    : undefined;
}

/** Words that make an officeholder a former one, not an observer. */
const FORMER = new Set(['former', 'retired']);

/** An unknown person explained by an appositive, if the name at `at` has one. */
export function appositivePerson(
  tokens: readonly Token[],
  at: number,
  sentenceStart: number,
  end: number,
  ctx: ArticleContext,
): Mention | undefined {
  if (OBJECT_PREPOSITIONS.has(tokens[at - 1]?.norm ?? '')) return undefined;
  const stop = unknownNameAt(tokens, at, end, ctx);
  if (stop === undefined || tokens[stop]?.text !== ',') return undefined;
  const from = ARTICLES.has(tokens[stop + 1]?.norm ?? '') ? stop + 2 : stop + 1;
  const label = nameLabel(tokens, at, stop);
  const phrase = rolePhraseAt(tokens, from, end, ctx, true);
  let country: string;
  let role = '';
  let observer: boolean;
  if (phrase && !phrase.name && phrase.role) {
    const close = closingComma(tokens, phrase.end, end);
    if (close === -1 && phrase.end < end - 1) return undefined;
    country = phraseCountry(phrase, ctx);
    role = phrase.role;
    // "Dave Perry, president of the Canadian Global Affairs Institute,": an office in a think tank.
    observer = tokens
      .slice(from, close === -1 ? phrase.end : close)
      .some((token) => OBSERVER_WORDS.has(token.norm) && !FORMER.has(token.norm));
  } else {
    // No office, but a description closed by a comma and a verb of saying.
    const close = closingComma(tokens, from, end);
    if (!opensSentence(tokens, at, sentenceStart) || close === -1) return undefined;
    if (!opensDescription(tokens, stop + 1)) return undefined;
    let verb = close + 1;
    while (BEFORE_VERB.has(tokens[verb]?.norm ?? '') && verb < close + 5) verb++;
    if (!SPEECH_VERBS.has(tokens[verb]?.norm ?? '')) return undefined;
    country = countryIn(tokens, from, close, ctx);
    observer = tokens.slice(from, close).some((token) => OBSERVER_WORDS.has(token.norm));
  }
  // "Dmitri Peskov, the Kremlin spokesman": a spelling the gazetteer lacks of someone it knows.
  let person = role ? (knownBySurname(tokens, stop - 1, ctx, role) ?? '') : '';
  if (!person) {
    person = `person:${slugify(label)}`;
    ctx.learn({ id: person, label, kind: 'person', country, role });
  } else ctx.known(person);
  if (observer) ctx.noteObserver(person);
  ctx.notePerson(person, surnameKey(label), givenKey(label));
  return makeMention({ start: at, end: stop, kind: 'actor', actors: [person], viaRole: true });
}

/** The word before token `at`, hyphenated words whole ("far-right"). */
function wordBefore(tokens: readonly Token[], at: number): string {
  const hyphen = tokens[at - 2];
  return hyphen?.text === '-' && hyphen.start === tokens[at - 3]?.end
    ? `${tokens[at - 3]?.norm ?? ''}-${tokens[at - 1]?.norm ?? ''}`
    : (tokens[at - 1]?.norm ?? '');
}

const LEADING = new Set(['led', 'headed', 'chaired']);

/** Whether a party's name starts at `at` ("the Save Romania Union", "the Social Democrats"), not a university's. */
function namesParty(tokens: readonly Token[], at: number): boolean {
  let i = tokens[at]?.norm === 'the' ? at + 1 : at;
  const first = i;
  while (tokens[i]?.capitalized) i++;
  return i > first && PARTY_WORDS.has(tokens[i - 1]?.norm ?? '');
}

/**
 * Someone the gazetteer lacks, named as a body's leader ("Chega, led by André Ventura,") or
 * with their party ("ahead of Elena Lasconi of the Save Romania Union").
 */
export function introducedPerson(
  tokens: readonly Token[],
  at: number,
  end: number,
  ctx: ArticleContext,
): Mention | undefined {
  const led = tokens[at - 1]?.norm === 'by' && LEADING.has(tokens[at - 2]?.norm ?? '');
  const stop = unknownNameAt(tokens, at, end, ctx);
  if (stop === undefined) return undefined;
  const party = tokens[stop]?.norm === 'of' && namesParty(tokens, stop + 1);
  const words = tokens.slice(at, stop);
  const titled = words.some(
    (t) => TITLE_WORDS.has(t.norm) || BODY_WORDS.has(t.norm) || PARTY_WORDS.has(t.norm),
  );
  return (led || party) && !titled ? newPerson(tokens, at, stop, ctx) : undefined;
}

/** Registers someone the gazetteer lacks, named by tokens [at, stop), and mentions them. */
function newPerson(
  tokens: readonly Token[],
  at: number,
  stop: number,
  ctx: ArticleContext,
  country = '',
): Mention {
  const label = nameLabel(tokens, at, stop);
  const person = `person:${slugify(label)}`;
  ctx.learn({ id: person, label, kind: 'person', country, role: '' });
  ctx.notePerson(person, surnameKey(label), givenKey(label));
  return makeMention({ start: at, end: stop, kind: 'actor', actors: [person] });
}

/**
 * Someone the gazetteer does not know, named in full as the one speaking:
 * "In a statement, Alexey Pavlovsky said ...". Names of outlets and bodies
 * ("Fox News said") end in a word that gives them away; a party ("The Left
 * Party said") speaks as an organisation.
 */
export function speakingPerson(
  tokens: readonly Token[],
  at: number,
  end: number,
  ctx: ArticleContext,
): Mention | undefined {
  if (OBJECT_PREPOSITIONS.has(tokens[at - 1]?.norm ?? '')) return undefined;
  const stop = unknownNameAt(tokens, at, end, ctx);
  if (stop === undefined) return undefined;
  // "The Portuguese Communist Party (PCP) said": an acronym may stand before the verb.
  const acronym = tokens[stop]?.text === '(' && tokens[stop + 2]?.text === ')' ? 3 : 0;
  // "The leader of the opposition party, Yoshihiko Noda, said": a name in commas before the verb.
  const apposed = tokens[at - 1]?.text === ',' && tokens[stop + acronym]?.text === ',' ? 1 : 0;
  if (!SPEECH_VERBS.has(tokens[stop + acronym + apposed]?.norm ?? '')) return undefined;
  const last = tokens[stop - 1]?.norm ?? '';
  // "The Left Party said", "the far-right Vlaams Belang said": a party the gazetteer does not know speaks as itself.
  if (PARTY_WORDS.has(last) || POLITICAL_WORDS.has(wordBefore(tokens, at))) {
    // "the Japanese Communist Party": the national adjective is part of its name.
    const adjective = tokens[at - 1]?.capitalized && tokens[at - 1]?.norm !== 'the';
    const from = adjective ? at - 1 : at;
    const label = nameLabel(tokens, from, stop);
    // A party is known by the acronym it is given: "The Radical-Liberal Party (FDP)" is org:fdp.
    const org = `org:${slugify(acronym ? (tokens[stop + 1]?.text ?? label) : label)}`;
    ctx.learn({
      id: org,
      label,
      kind: 'org',
      country: countryIn(tokens, from, stop, ctx),
      role: '',
    });
    return makeMention({ start: from, end: stop, kind: 'actor', actors: [org] });
  }
  if (BODY_WORDS.has(last)) return undefined;
  // "Armed Forces Minister Sébastien Lecornu said": a title the gazetteer lacks is no part of the name.
  for (let i = at; i < stop; i++) if (TITLE_WORDS.has(tokens[i]?.norm ?? '')) return undefined;
  const mention = newPerson(tokens, at, stop, ctx);
  // "the political scientist Yekaterina Mareeva told": an observer by the words before the name.
  if (tokens.slice(Math.max(0, at - 3), at).some((token) => OBSERVER_WORDS.has(token.norm)))
    ctx.noteObserver(mention.actors[0] ?? '');
  return mention;
}

/**
 * Someone the gazetteer lacks, named after their national party or body
 * ("Podemos's Irene Montero", "The Popular Party's Dolors Montserrat"): they
 * speak for its country.
 */
export function partyMember(
  tokens: readonly Token[],
  owner: Mention,
  end: number,
  ctx: ArticleContext,
): Mention | undefined {
  const org = owner.actors[0] ?? '';
  const at = owner.end + 1;
  if (ctx.kindOf(org) !== 'org' || tokens[owner.end]?.norm !== "'s") return undefined;
  const country = ctx.known(org)?.country ?? '';
  if (!country || ctx.kb.names.longestAt(tokens, at, end)) return undefined;
  const stop = unknownNameAt(tokens, at, end, ctx);
  if (stop === undefined || tokens[stop]?.capitalized) return undefined;
  const words = tokens.slice(at, stop);
  if (words.some((t) => TITLE_WORDS.has(t.norm) || BODY_WORDS.has(t.norm))) return undefined;
  return newPerson(tokens, at, stop, ctx, country);
}
