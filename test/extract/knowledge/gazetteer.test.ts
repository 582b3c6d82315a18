import { describe, expect, it } from 'vitest';
import { buildKnowledgeBase } from '../../../src/extract/knowledgeBase';
import { InputError } from '../../../src/io/inputError';
import type { KnowledgeSources } from '../../../src/extract/types';
import { fixtureKnowledge, fixtureSources } from '../fixture';

function withRow(key: keyof KnowledgeSources, row: string): KnowledgeSources {
  const sources = fixtureSources();
  const source = sources[key];
  return { ...sources, [key]: { ...source, text: `${source.text.trimEnd()}\n${row}\n` } };
}

function errorOf(sources: KnowledgeSources): InputError {
  try {
    buildKnowledgeBase(sources);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('buildKnowledgeBase(sources)', () => {
  it('indexes names, aliases, capitals, metonyms and role titles', () => {
    const kb = fixtureKnowledge();
    expect(kb.countryNames.get('GB')).toBe('United Kingdom');
    expect(kb.people.get('person:viktor-orban')?.name).toBe('Viktor Orbán');
    expect(kb.positions.map((p) => p.id)).toContain('position:troops-to-ukraine');
    expect(kb.rolesByPerson.get('person:keir-starmer')?.[0]?.role).toBe('head-of-government');
  });

  it.each([
    ['countries', 'gb,Nowhere,,,,', 'code', 'gb'],
    ['countries', 'FR,France again,,,,', 'code', 'FR'],
    ['orgs', 'nato,NATO again,,', 'id', 'nato'],
    ['people', 'person:jane-doe,Jane Doe,,XX', 'country', 'XX'],
    ['roles', 'person:nobody,head-of-state,FR,,2020-01-01,', 'person', 'person:nobody'],
    ['roles', 'person:keir-starmer,king,GB,,2020-01-01,', 'role', 'king'],
    ['roles', 'person:keir-starmer,speaker,GB,,2020-13-01,', 'start', '2020-13-01'],
    ['roleTitles', 'premier,head-of-state,uk', 'countries', 'uk'],
    ['positions', 'position:bad,Bad,,(unclosed,', 'patterns', '(unclosed'],
    ['positions', 'position:empty,Empty,,x*,', 'patterns', 'x*'],
    ['positions', 'position:backref,Back,,(a)\\1,', 'patterns', '(a)\\1'],
    ['positions', 'position:nouns,Nouns,,\\bx\\b,such a mission', 'anaphors', 'such a mission'],
  ] as const)(
    'rejects a bad %s row (%s) naming field %s and value %s',
    (key, row, field, value) => {
      const error = errorOf(withRow(key, row));
      expect(error.field).toBe(field);
      expect(error.value).toBe(value);
      expect(error.line).toBeGreaterThan(1);
      expect(error.file).toBe(fixtureSources()[key].file);
    },
  );

  it('rejects a file without its header', () => {
    const sources = { ...fixtureSources(), orgs: { file: 'orgs.csv', text: 'org:nato,NATO,,\n' } };
    expect(errorOf(sources).line).toBe(1);
  });
});
