// Finds the actor mentions of one sentence: role phrases, gazetteer names,
// surnames, demonyms that stand for a state ("the Russian side"), capitals and
// metonyms, pronouns and unnamed groups. Each mention is classed as a possible
// subject, a modifier ("NATO troops") or an object/place ("in Paris").
import type { NameRef } from '../knowledgeBase';
import type { Token } from '../text/tokens';
import {
  COMBINING_PREFIXES,
  FIRST_PERSON,
  GROUP_NOUNS,
  MODIFIED_NOUNS,
  OBJECT_PREPOSITIONS,
  OBJECT_VERBS,
  PERSON_PRONOUNS,
  STATE_NOUN_PHRASES,
  STATE_NOUNS,
  THING_PRONOUNS,
} from '../lexicon/words';
import type { ArticleContext } from './articleContext';
import { makeMention, type Mention } from './mention';
import { nameLabel, resolveSurname, surnameKey, unknownNameAt } from './names';
import { rolePhraseAt, type RolePhrase } from './rolePhrase';
import { slugify } from '../slug';

/** Length of a state noun ("government", "Foreign Ministry") at `at`, 0 if none. */
function stateNounAt(tokens: readonly Token[], at: number): number {
  for (const phrase of STATE_NOUN_PHRASES) {
    if (phrase.every((word, k) => tokens[at + k]?.norm === word)) return phrase.length;
  }
  return STATE_NOUNS.has(tokens[at]?.norm ?? '') ? 1 : 0;
}

function registerPhrase(
  tokens: readonly Token[],
  at: number,
  phrase: RolePhrase,
  ctx: ArticleContext,
): string | undefined {
  const person = phrase.person;
  if (!person) return undefined;
  const name = phrase.name;
  if (name && !name.known && name.label) {
    ctx.learn({
      id: person,
      label: name.label,
      kind: 'person',
      country: phrase.country,
      role: phrase.role,
    });
  } else {
    ctx.known(person);
    ctx.learn({
      id: person,
      label: '',
      kind: 'person',
      country: phrase.country,
      role: phrase.role,
    });
  }
  const label = name?.label || ctx.actors.get(person)?.label || nameLabel(tokens, at, phrase.end);
  ctx.notePerson(person, surnameKey(label));
  return person;
}

function countryMention(
  tokens: readonly Token[],
  at: number,
  length: number,
  refs: readonly NameRef[],
): Mention {
  const countries = refs.filter(
    (ref): ref is Extract<NameRef, { kind: 'country' }> => ref.kind === 'country',
  );
  const org = refs.find((ref): ref is Extract<NameRef, { kind: 'org' }> => ref.kind === 'org');
  const first = countries[0];
  const actors = first ? [`country:${first.code}`] : org ? [org.id] : [];
  const end = at + length;
  const next = tokens[end];
  const demonym = first?.form === 'demonym';
  const state = stateNounAt(tokens, end);
  if (state > 0) return makeMention({ start: at, end: end + state, kind: 'actor', actors });
  if (next?.norm === "'s")
    return makeMention({
      start: at,
      end,
      kind: 'actor',
      actors,
      possessive: true,
      modifier: demonym,
    });
  const modifies =
    demonym ||
    (next !== undefined &&
      (MODIFIED_NOUNS.has(next.norm) ||
        (next.text === '-' && next.start === tokens[end - 1]?.end)));
  return makeMention({ start: at, end, kind: 'actor', actors, modifier: modifies });
}

/** "Anglo-French", "French-British": two countries in one modifier. */
function compoundAt(
  tokens: readonly Token[],
  at: number,
  end: number,
  ctx: ArticleContext,
): Mention | undefined {
  const first = tokens[at];
  const dash = tokens[at + 1];
  if (!first || dash?.text !== '-' || dash.start !== first.end) return undefined;
  const firstMatch = ctx.kb.names.longestAt(tokens, at, end);
  const firstCode =
    firstMatch?.length === 1 &&
    firstMatch.values[0]?.kind === 'country' &&
    firstMatch.values[0].form === 'demonym'
      ? firstMatch.values[0].code
      : COMBINING_PREFIXES[first.norm];
  const second = ctx.kb.names.longestAt(tokens, at + 2, end);
  const ref = second?.values[0];
  if (!firstCode || !second || ref?.kind !== 'country' || ref.form !== 'demonym') return undefined;
  const stop = at + 2 + second.length;
  const state = stateNounAt(tokens, stop);
  return makeMention({
    start: at,
    end: stop + state,
    kind: 'actor',
    actors: [`country:${firstCode}`, `country:${ref.code}`],
    modifier: state === 0,
  });
}

function nameMention(
  tokens: readonly Token[],
  at: number,
  end: number,
  ctx: ArticleContext,
): { mention?: Mention; next: number } | undefined {
  const match = ctx.kb.names.longestAt(tokens, at, end);
  if (!match) return undefined;
  const next = at + match.length;
  const person = match.values.find((ref) => ref.kind === 'person');
  if (person?.kind === 'person') {
    const info = ctx.known(person.id);
    ctx.notePerson(person.id, surnameKey(info?.label ?? ''));
    return {
      mention: makeMention({
        start: at,
        end: next,
        kind: 'actor',
        actors: [person.id],
        possessive: tokens[next]?.norm === "'s",
      }),
      next,
    };
  }
  if (match.values.some((ref) => ref.kind === 'country' || ref.kind === 'org')) {
    return { mention: countryMention(tokens, at, match.length, match.values), next };
  }
  const surname = match.values.find((ref) => ref.kind === 'surname');
  if (surname?.kind === 'surname') {
    const norm = tokens
      .slice(at, next)
      .map((t) => t.norm)
      .join(' ');
    const id = resolveSurname(surname.ids, norm, ctx, '');
    if (!id) return { next };
    ctx.known(id);
    ctx.notePerson(id, norm);
    return {
      mention: makeMention({
        start: at,
        end: next,
        kind: 'actor',
        actors: [id],
        possessive: tokens[next]?.norm === "'s",
      }),
      next,
    };
  }
  return undefined;
}

/** "Petr Pavel, the Czech president, ...": an unknown name explained by an appositive office. */
function appositivePerson(
  tokens: readonly Token[],
  at: number,
  end: number,
  ctx: ArticleContext,
): Mention | undefined {
  const stop = unknownNameAt(tokens, at, end, ctx);
  if (stop === undefined || tokens[stop]?.text !== ',') return undefined;
  const from = tokens[stop + 1]?.norm === 'the' ? stop + 2 : stop + 1;
  const phrase = rolePhraseAt(tokens, from, end, ctx);
  if (!phrase || phrase.name || !phrase.role) return undefined;
  const label = nameLabel(tokens, at, stop);
  const holder = phrase.person;
  const holderName = holder ? (ctx.known(holder)?.label ?? '') : '';
  let person = holder ?? '';
  if (!holder || surnameKey(holderName) !== surnameKey(label)) {
    person = `person:${slugify(label)}`;
    ctx.learn({ id: person, label, kind: 'person', country: phrase.country, role: phrase.role });
  }
  ctx.notePerson(person, surnameKey(label));
  return makeMention({ start: at, end: stop, kind: 'actor', actors: [person], viaRole: true });
}

function pronounAt(tokens: readonly Token[], at: number): Mention | undefined {
  const norm = tokens[at]?.norm ?? '';
  if (
    (norm === 'his' || norm === 'her' || norm === 'its' || norm === 'their') &&
    tokens[at + 1]?.norm === 'country'
  ) {
    return makeMention({ start: at, end: at + 2, kind: 'pronoun', pronoun: `${norm} country` });
  }
  if (PERSON_PRONOUNS.has(norm) || THING_PRONOUNS.has(norm) || FIRST_PERSON.has(norm)) {
    return makeMention({ start: at, end: at + 1, kind: 'pronoun', pronoun: norm });
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

const LIST_JOINERS = new Set([',', 'and', 'or', '&']);

/** Marks mentions after a preposition, and those listed with them, as objects. */
function markObjects(tokens: readonly Token[], mentions: Mention[]): void {
  for (let k = 0; k < mentions.length; k++) {
    const mention = mentions[k] as Mention;
    let before = mention.start - 1;
    if (tokens[before]?.norm === 'the') before--;
    const previous = tokens[before]?.norm ?? '';
    const verbLike =
      /^\p{Ll}+(?:ed|ing)$/u.test(tokens[before]?.text ?? '') && previous !== 'according';
    const aside = previous === '(' || previous === '[';
    if (OBJECT_PREPOSITIONS.has(previous) || aside) {
      mention.object = true;
      mention.governor = 'preposition';
    } else if (OBJECT_VERBS.has(previous) || verbLike) {
      mention.object = true;
      mention.governor = 'verb';
    }
    const prior = mentions[k - 1];
    if (prior?.object && LIST_JOINERS.has(previous)) {
      const gap = tokens.slice(prior.end, before + 1).every((t) => LIST_JOINERS.has(t.norm));
      if (gap) {
        mention.object = true;
        mention.governor = prior.governor;
      }
    }
  }
}

/** "Rishi Sunak's spokesman": the end of the phrase, or 0; the spokesperson speaks for the possessor. */
function spokespersonOf(
  tokens: readonly Token[],
  at: number,
  end: number,
  ctx: ArticleContext,
): number {
  if (tokens[at]?.norm !== "'s") return 0;
  const title = ctx.kb.names.longestAt(tokens, at + 1, end);
  const spokesperson = title?.values.some(
    (ref) => ref.kind === 'title' && ref.role === 'spokesperson',
  );
  return title && spokesperson ? at + 1 + title.length : 0;
}

/** Every actor mention in tokens [from, to) of one sentence, left to right. */
export function findMentions(
  tokens: readonly Token[],
  from: number,
  to: number,
  ctx: ArticleContext,
): Mention[] {
  const mentions: Mention[] = [];
  let i = from;
  while (i < to) {
    const phrase = rolePhraseAt(tokens, i, to, ctx);
    if (phrase) {
      const person = registerPhrase(tokens, i, phrase, ctx);
      const spokesperson = person ? spokespersonOf(tokens, phrase.end, to, ctx) : 0;
      if (person && spokesperson > 0) {
        mentions.push(
          makeMention({
            start: i,
            end: spokesperson,
            kind: 'actor',
            actors: [person],
            viaRole: true,
          }),
        );
      } else if (person) {
        mentions.push(
          makeMention({
            start: i,
            end: phrase.end,
            kind: 'actor',
            actors: [person],
            viaRole: true,
            possessive: tokens[phrase.end]?.norm === "'s",
          }),
        );
      }
      i = Math.max(phrase.end, i + 1);
      continue;
    }
    const compound = compoundAt(tokens, i, to, ctx);
    if (compound) {
      mentions.push(compound);
      i = compound.end;
      continue;
    }
    const named = nameMention(tokens, i, to, ctx);
    if (named) {
      if (named.mention) mentions.push(named.mention);
      i = named.next;
      continue;
    }
    const other =
      (tokens[i]?.capitalized ? appositivePerson(tokens, i, to, ctx) : undefined) ??
      pronounAt(tokens, i);
    if (other) {
      mentions.push(other);
      i = other.end;
      continue;
    }
    i++;
  }
  markObjects(tokens, mentions);
  return mentions;
}
