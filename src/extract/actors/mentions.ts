// Finds the actor mentions of one sentence: role phrases, gazetteer names,
// surnames, demonyms that stand for a state ("the Russian side"), capitals and
// metonyms, pronouns and unnamed groups. Each mention is classed as a possible
// subject, a modifier ("NATO troops") or an object/place ("in Paris").
import { ARTICLES, QUOTE_MARKS, SPEECH_VERBS } from '../lexicon/words';
import type { Token } from '../text/tokens';
import type { ArticleContext } from './articleContext';
import { makeMention, type Mention } from './mention';
import { continuesName, givenKey, nameLabel, resolveSurname, surnameKey } from './names';
import { markObjects } from './objects';
import { appositivePerson, introducedPerson, partyMember, speakingPerson } from './appositive';
import { pairAt, pronounAt, referenceAt } from './references';
import { phraseCountry, rolePhraseAt, type RolePhrase } from './rolePhrase';
import { compoundAt, countryMention, stateOfAt } from './stateMentions';

/**
 * Registers the person a role phrase names. Someone unknown under a bare
 * national title ("economy minister X") in a sentence led by a country
 * ("Italy asked for ..., even though economy minister X ...") is that country's.
 */
function registerPhrase(
  tokens: readonly Token[],
  at: number,
  phrase: RolePhrase,
  ctx: ArticleContext,
  leading: Mention | undefined,
): string | undefined {
  const person = phrase.person;
  if (!person) return undefined;
  const name = phrase.name;
  if (name && !name.known && name.label) {
    const led = leading?.actors[0]?.startsWith('country:')
      ? (leading.actors[0] ?? '').slice(8)
      : '';
    ctx.learn({
      id: person,
      label: name.label,
      kind: 'person',
      country: phraseCountry(phrase, ctx) || led,
      role: phrase.role,
    });
  } else {
    ctx.known(person);
    ctx.learn({
      id: person,
      label: '',
      kind: 'person',
      country: phraseCountry(phrase, ctx),
      role: phrase.role,
    });
  }
  const label = name?.label || ctx.actors.get(person)?.label || nameLabel(tokens, at, phrase.end);
  ctx.notePerson(person, surnameKey(label), givenKey(label));
  return person;
}

function nameMention(
  tokens: readonly Token[],
  at: number,
  from: number,
  end: number,
  ctx: ArticleContext,
): { mention?: Mention; next: number } | undefined {
  const match = ctx.kb.names.longestAt(tokens, at, end);
  if (!match) return earlierNamed(tokens, at, from, ctx);
  const next = at + match.length;
  const person = match.values.find((ref) => ref.kind === 'person');
  if (person?.kind === 'person') {
    const info = ctx.known(person.id);
    ctx.notePerson(person.id, surnameKey(info?.label ?? ''), givenKey(info?.label ?? ''));
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
  // "Luís Montenegro ... Montenegro was categorical": a surname of someone named in full is theirs.
  const namesake =
    match.length === 1 && tokens[at - 1]?.norm !== 'the'
      ? (ctx.bySurname(tokens[at]?.norm ?? '') ?? ctx.namedInArticle(tokens[at]?.norm ?? ''))
      : undefined;
  if (namesake && match.values.some((ref) => ref.kind === 'country')) {
    ctx.known(namesake);
    return {
      mention: makeMention({
        start: at,
        end: next,
        kind: 'actor',
        actors: [namesake],
        possessive: tokens[next]?.norm === "'s",
      }),
      next,
    };
  }
  if (match.values.some((ref) => ref.kind === 'country' || ref.kind === 'org')) {
    // "the Christian Democrats", "the Social Democratic Party": a party's name is the end of a longer one.
    const before = tokens[at - 1];
    const longer =
      at > from &&
      match.values.every((ref) => ref.kind === 'org') &&
      before?.capitalized === true &&
      /^\p{L}+$/u.test(before.text) &&
      !ARTICLES.has(before.norm) &&
      !ctx.kb.names.longestAt(tokens, at - 1, at);
    if (longer) return { next };
    return { mention: countryMention(tokens, at, match.length, match.values), next };
  }
  const surname = match.values.find((ref) => ref.kind === 'surname');
  if (surname?.kind === 'surname') {
    const norm = tokens
      .slice(at, next)
      .map((t) => t.norm)
      .join(' ');
    // "SEK 13.5 billion" is no Szynkowski vel Sęk: a word in capitals is a surname only as a
    // transcript's label ("STARMER:") or of someone the article names.
    const capitals = /^\p{Lu}{2,}$/u.test(tokens[at]?.text ?? '');
    const label = [':', '('].includes(tokens[next]?.text ?? '');
    if (capitals && !label && !ctx.bySurname(norm) && !ctx.namedInArticle(norm)) return { next };
    // "Mark Smith" is not Adam Smith: a surname after another given name is someone else.
    // (The word before must be in the same sentence: a heading "... and Moscow" ends before it.)
    if (at > from && nameWord(tokens[at - 1]) && !ctx.bySurname(norm)) return { next };
    // Nor is "Martin Helme" Micheál Martin: a name going on after the surname is someone else's.
    if (continuesName(tokens, next, end, ctx)) return undefined;
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

/** A capitalised word of letters only, such as a name is made of. */
function nameWord(token: Token | undefined): boolean {
  return token?.capitalized === true && /^\p{L}+$/u.test(token.text);
}

/** "Party leader Jan Kowalczyk ... Kowalczyk said": the surname of someone the gazetteer lacks, named before. */
function earlierNamed(
  tokens: readonly Token[],
  at: number,
  from: number,
  ctx: ArticleContext,
): { mention?: Mention; next: number } | undefined {
  const token = tokens[at];
  if (!token?.capitalized) return undefined;
  const id = ctx.bySurname(token.norm);
  // "Anna Kowalczyk", "Kowalczyk Smith": a name going on is someone else's.
  if (
    !id ||
    ctx.kb.people.has(id) ||
    (at > from && nameWord(tokens[at - 1])) ||
    nameWord(tokens[at + 1])
  )
    return undefined;
  const possessive = tokens[at + 1]?.norm === "'s";
  ctx.notePerson(id, token.norm);
  return {
    mention: makeMention({ start: at, end: at + 1, kind: 'actor', actors: [id], possessive }),
    next: at + 1,
  };
}

const OFFICES = new Set(['office', 'camp', 'team', 'aides', 'spokespeople']);

/** "Rishi Sunak's spokesman", "Macron's office": the end of the phrase, or 0; the spokesperson speaks for the possessor. */
function spokespersonOf(
  tokens: readonly Token[],
  at: number,
  end: number,
  ctx: ArticleContext,
): number {
  if (tokens[at]?.norm !== "'s") return 0;
  // "Macron's office said": the office speaks for its holder.
  if (OFFICES.has(tokens[at + 1]?.norm ?? '')) return at + 2;
  const title = ctx.kb.names.longestAt(tokens, at + 1, end);
  const spokesperson = title?.values.some(
    (ref) => ref.kind === 'title' && ref.role === 'spokesperson',
  );
  return title && spokesperson ? at + 1 + title.length : 0;
}

const APPOSITIVE_OPENERS = new Set(['the', 'a', 'an', 'mr', 'mrs', 'ms', 'dr', 'sir']);

/** The person just named when token `at` follows "Name, (the)": what comes is their appositive. */
function apposedTo(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  at: number,
  ctx: ArticleContext,
): Mention | undefined {
  const last = mentions[mentions.length - 1];
  const comma = APPOSITIVE_OPENERS.has(tokens[at - 1]?.norm ?? '') ? at - 2 : at - 1;
  const named =
    last?.end === comma &&
    tokens[comma]?.text === ',' &&
    last.kind === 'actor' &&
    ctx.kindOf(last.actors[0] ?? '') === 'person';
  return named ? last : undefined;
}

/** `apposed` named again by the appositive [start, end), when a comma closes it. */
function restated(
  tokens: readonly Token[],
  apposed: Mention | undefined,
  start: number,
  end: number,
): Mention | undefined {
  return apposed && closesSoon(tokens, end) ? { ...apposed, start, end, viaRole: true } : undefined;
}

/** "the leader of the coalition partner Nemunas Dawn,": a comma closes the appositive before anything is said. */
function closesSoon(tokens: readonly Token[], end: number): boolean {
  for (let i = end; i < end + 10; i++) {
    const token = tokens[i];
    if (!token || token.text === '.' || QUOTE_MARKS.has(token.text) || SPEECH_VERBS.has(token.norm))
      return false;
    if (token.text === ',') return true;
  }
  return false;
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
    // "Dmitry Medvedev, the former president, said": an appositive title is the named person's.
    const apposing = apposedTo(tokens, mentions, i, ctx);
    const title = phrase && !phrase.name ? restated(tokens, apposing, i, phrase.end) : undefined;
    if (title) {
      mentions.push(title);
      i = title.end;
      continue;
    }
    if (phrase) {
      const leading =
        mentions[0]?.start === from && !mentions[0].modifier ? mentions[0] : undefined;
      const person = registerPhrase(tokens, i, phrase, ctx, leading);
      const spokesperson = person ? spokespersonOf(tokens, phrase.end, to, ctx) : 0;
      const body = phrase.org || (phrase.country ? `country:${phrase.country}` : '');
      if (!person && phrase.role === 'spokesperson' && body) {
        // "A Downing Street spokesman said": an unnamed spokesperson speaks for the state.
        mentions.push(makeMention({ start: i, end: phrase.end, kind: 'actor', actors: [body] }));
      } else if (person && spokesperson > 0) {
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
        // "Russian Foreign Ministry spokeswoman Maria Zakharova": the body qualifies the person.
        const body = mentions[mentions.length - 1];
        if (body && body.end === i && body.kind === 'actor' && !body.possessive)
          body.modifier = true;
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
    const body = stateOfAt(tokens, i, to, ctx);
    if (body) {
      mentions.push(body);
      i = body.end;
      continue;
    }
    const compound = compoundAt(tokens, i, to, ctx);
    if (compound) {
      mentions.push(compound);
      i = compound.end;
      continue;
    }
    const named = nameMention(tokens, i, from, to, ctx);
    if (named) {
      const mention = named.mention;
      const speaks = mention?.possessive ? spokespersonOf(tokens, mention.end, to, ctx) : 0;
      // "Dmitry Peskov, Mr Putin's spokesman,": the spokesman is the one just named.
      const spokesperson =
        mention && speaks > 0 ? restated(tokens, apposing, mention.start, speaks) : undefined;
      if (spokesperson) {
        mentions.push(spokesperson);
        i = spokesperson.end;
        continue;
      }
      if (mention && speaks > 0 && ctx.kindOf(mention.actors[0] ?? '') === 'person') {
        mentions.push({ ...mention, end: speaks, possessive: false });
        i = speaks;
        continue;
      }
      if (mention) mentions.push(mention);
      const member = mention?.possessive ? partyMember(tokens, mention, to, ctx) : undefined;
      if (member) {
        mentions.push(member);
        i = member.end;
        continue;
      }
      i = named.next;
      continue;
    }
    const other =
      (tokens[i]?.capitalized
        ? (appositivePerson(tokens, i, from, to, ctx) ??
          speakingPerson(tokens, i, to, ctx) ??
          introducedPerson(tokens, i, to, ctx))
        : undefined) ??
      referenceAt(tokens, i, ctx) ??
      pairAt(tokens, i, ctx) ??
      pronounAt(tokens, i);
    const description =
      other?.kind === 'actor' ? restated(tokens, apposing, other.start, other.end) : undefined;
    if (description) {
      mentions.push(description);
      i = description.end;
      continue;
    }
    if (other) {
      mentions.push(other);
      i = other.end;
      continue;
    }
    i++;
  }
  renameByAcronym(tokens, mentions);
  markObjects(tokens, mentions, from);
  return mentions;
}

/** "the Democratic Party (PD)": a party is the one its bracketed acronym names, not a namesake abroad. */
function renameByAcronym(tokens: readonly Token[], mentions: Mention[]): void {
  mentions.forEach((mention, k) => {
    const acronym = mentions[k + 1];
    if (
      !acronym ||
      tokens[mention.end]?.text !== '(' ||
      acronym.start !== mention.end + 1 ||
      tokens[acronym.end]?.text !== ')' ||
      !(mention.actors[0] ?? '').startsWith('org:') ||
      !(acronym.actors[0] ?? '').startsWith('org:')
    )
      return;
    mention.actors = [...acronym.actors];
  });
}
