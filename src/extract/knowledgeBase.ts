// The knowledge base: the gazetteer and the positions list, parsed, checked and
// compiled once (name index, position expressions, sentence splitter) so that
// extraction does no per-sentence setup.
import type { KnowledgeSources } from './types';
import {
  parseCountries,
  parseNamed,
  parseRoles,
  parseRoleTitles,
  type CountryEntry,
  type NamedEntry,
} from './knowledge/gazetteer';
import { PhraseIndex, shapeOf } from './knowledge/phraseIndex';
import { parsePositions, type PositionEntry } from './knowledge/positions';
import type { RoleKey, RoleSpan } from './knowledge/roles';
import { foldText } from './text/fold';
import { createSentenceSplitter, type SentenceSplitter } from './text/sentences';
import { tokenize } from './text/tokens';
import { NAME_PARTICLES } from './lexicon/words';

export type CountryForm = 'name' | 'capital' | 'metonym' | 'demonym';

/** What a known phrase names. */
export type NameRef =
  | { kind: 'country'; code: string; form: CountryForm }
  | { kind: 'org'; id: string }
  | { kind: 'person'; id: string }
  | { kind: 'surname'; ids: string[] }
  | { kind: 'title'; role: RoleKey; countries: string[] };

/** Everything the extractor knows before reading an article. */
export interface KnowledgeBase {
  /** ISO code → country name, for country node labels. */
  countryNames: ReadonlyMap<string, string>;
  countries: ReadonlyMap<string, CountryEntry>;
  people: ReadonlyMap<string, NamedEntry>;
  orgs: ReadonlyMap<string, NamedEntry>;
  roleSpans: readonly RoleSpan[];
  rolesByPerson: ReadonlyMap<string, readonly RoleSpan[]>;
  positions: readonly PositionEntry[];
  names: PhraseIndex<NameRef>;
  splitter: SentenceSplitter;
}

const SUFFIXES = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);

/** The surname of a full name: from the first particle on ("von der Leyen"), else the last word. */
export function surnameOf(name: string): string {
  const words = name.split(/\s+/).filter((word) => !SUFFIXES.has(word.toLowerCase()));
  if (words.length < 2) return '';
  const particle = words.findIndex(
    (word, i) => i > 0 && i < words.length - 1 && NAME_PARTICLES.has(word.toLowerCase()),
  );
  return words.slice(particle > 0 ? particle : words.length - 1).join(' ');
}

function addPhrase(index: PhraseIndex<NameRef>, phrase: string, ref: NameRef): void {
  const tokens = tokenize(phrase, foldText(phrase));
  index.add(
    tokens.map((token) => token.norm),
    tokens.map((token) => token.text),
    ref,
  );
}

function indexNames(
  countries: readonly CountryEntry[],
  orgs: readonly NamedEntry[],
  people: readonly NamedEntry[],
  titles: ReturnType<typeof parseRoleTitles>,
): PhraseIndex<NameRef> {
  const index = new PhraseIndex<NameRef>();
  for (const country of countries) {
    const forms: [CountryForm, string[]][] = [
      ['name', [country.name, ...country.aliases]],
      ['capital', country.capitals],
      ['metonym', country.metonyms],
      ['demonym', country.demonyms],
    ];
    for (const [form, phrases] of forms) {
      for (const phrase of phrases)
        addPhrase(index, phrase, { kind: 'country', code: country.code, form });
    }
  }
  for (const org of orgs) {
    for (const phrase of [org.name, ...org.aliases])
      addPhrase(index, phrase, { kind: 'org', id: org.id });
  }
  // Folded surname → its written form (for case) and the people who bear it.
  const surnames = new Map<string, { written: string; ids: Set<string> }>();
  const addSurname = (surname: string, id: string): void => {
    const key = foldText(surname);
    const entry = surnames.get(key) ?? { written: surname, ids: new Set<string>() };
    surnames.set(key, { ...entry, ids: entry.ids.add(id) });
  };
  for (const person of people) {
    for (const phrase of [person.name, ...person.aliases]) {
      // A one-word alias ("Orban") is a surname: it must point back or be unambiguous.
      if (!/\s/.test(phrase) && shapeOf(phrase) !== 'upper') {
        addSurname(phrase, person.id);
        continue;
      }
      addPhrase(index, phrase, { kind: 'person', id: person.id });
      const surname = surnameOf(phrase);
      if (surname.length >= 3) addSurname(surname, person.id);
    }
  }
  for (const [, { written, ids }] of [...surnames].sort(([a], [b]) =>
    a < b ? -1 : a > b ? 1 : 0,
  )) {
    addPhrase(index, written, { kind: 'surname', ids: [...ids].sort() });
  }
  for (const title of titles) {
    for (const phrase of title.phrases) {
      addPhrase(index, phrase, { kind: 'title', role: title.role, countries: title.countries });
    }
  }
  return index;
}

/**
 * Parses and compiles the knowledge sources. Throws an InputError naming the
 * file, line, field and value of a bad row.
 */
export function buildKnowledgeBase(sources: KnowledgeSources): KnowledgeBase {
  const countries = parseCountries(sources.countries);
  const codes = new Set(countries.map((country) => country.code));
  const orgs = parseNamed(sources.orgs, 'org', codes);
  const people = parseNamed(sources.people, 'person', codes);
  const roleSpans = parseRoles(
    sources.roles,
    new Set(people.map((person) => person.id)),
    new Set(orgs.map((org) => org.id)),
    codes,
  );
  const titles = parseRoleTitles(sources.roleTitles);
  const rolesByPerson = new Map<string, RoleSpan[]>();
  for (const span of roleSpans)
    rolesByPerson.set(span.person, [...(rolesByPerson.get(span.person) ?? []), span]);
  return {
    countryNames: new Map(countries.map((country) => [country.code, country.name])),
    countries: new Map(countries.map((country) => [country.code, country])),
    people: new Map(people.map((person) => [person.id, person])),
    orgs: new Map(orgs.map((org) => [org.id, org])),
    roleSpans,
    rolesByPerson,
    positions: parsePositions(sources.positions),
    names: indexNames(countries, orgs, people, titles),
    splitter: createSentenceSplitter(),
  };
}
