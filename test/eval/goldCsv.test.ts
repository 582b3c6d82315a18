import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseGold, parseGoldActors } from '../../src/eval/goldCsv';
import { InputError } from '../../src/io/inputError';

const HEADER = 'article,actor,position,stance,optional,evidence,date';
const FILE = 'my-gold.csv';
const fixture = (name: string): string =>
  readFileSync(new URL(`../fixtures/gold/${name}`, import.meta.url), 'utf8');

describe('parseGold(text, file)', () => {
  it('reads a row, splitting acceptable stances and flagging optional claims', () => {
    const text = `${HEADER}\na1,person:emmanuel-macron,position:ceasefire,supports|conditional,1,"He said, ""yes.""",2025-03-20\n`;
    expect(parseGold(text, FILE)).toEqual([
      {
        line: 2,
        article: 'a1',
        actor: 'person:emmanuel-macron',
        position: 'position:ceasefire',
        stances: ['supports', 'conditional'],
        optional: true,
        evidence: 'He said, "yes."',
        date: '2025-03-20',
      },
    ]);
  });

  it('accepts a file without the date column and an empty optional flag', () => {
    const [claim] = parseGold(
      'article,actor,position,stance,optional,evidence\na,country:GB,position:x,opposes,,e\n',
      FILE,
    );
    expect(claim).toMatchObject({ optional: false, date: '' });
  });

  it.each([
    ['seeds-gold.csv', 80],
    ['dev-gold.csv', 150],
  ])('parses the development gold %s', (name, atLeast) => {
    expect(parseGold(fixture(name), name).length).toBeGreaterThanOrEqual(atLeast);
  });

  const bad: [name: string, row: string, field: string, value: string | undefined, says: RegExp][] =
    [
      [
        'an unknown stance',
        'a,country:GB,position:x,favours,0,e,',
        'stance',
        'favours',
        /supports, opposes or conditional/,
      ],
      [
        'one bad stance among several',
        'a,country:GB,position:x,supports|maybe,0,e,',
        'stance',
        'supports|maybe',
        /join acceptable ones with \|/,
      ],
      ['an empty stance', 'a,country:GB,position:x,,0,e,', 'stance', '', /a stance is/],
      [
        'an optional flag of "yes"',
        'a,country:GB,position:x,opposes,yes,e,',
        'optional',
        'yes',
        /write 1/,
      ],
      [
        'an actor without a kind',
        'a,Macron,position:x,opposes,0,e,',
        'actor',
        'Macron',
        /person:slug/,
      ],
      [
        'a position without its prefix',
        'a,country:GB,troops,opposes,0,e,',
        'position',
        'troops',
        /position:slug/,
      ],
      [
        'an impossible date',
        'a,country:GB,position:x,opposes,0,e,2025-02-30',
        'date',
        '2025-02-30',
        /no such day/,
      ],
      [
        'an empty article',
        ',country:GB,position:x,opposes,0,e,',
        'article',
        undefined,
        /article id/,
      ],
    ];
  it.each(bad)('rejects %s, naming line, field and value', (_name, row, field, value, says) => {
    let error: unknown;
    try {
      parseGold(`${HEADER}\na,country:FR,position:x,supports,0,e,\n${row}\n`, FILE);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({ file: FILE, line: 3, field, value });
    expect((error as Error).message).toMatch(says);
  });

  it('names the missing columns', () => {
    expect(() => parseGold('article,actor,stance\n', FILE)).toThrow(
      /missing columns "position", "optional", "evidence"/,
    );
  });
});

describe('parseGoldActors(text, file)', () => {
  it('maps each actor to its country, leaving out actors with none', () => {
    const countries = parseGoldActors('actor,country\nperson:keir-starmer,GB\norg:nato,\n', FILE);
    expect([...countries]).toEqual([['person:keir-starmer', 'GB']]);
  });

  it('rejects a country that is not an ISO code', () => {
    expect(() => parseGoldActors('actor,country\nperson:keir-starmer,UK1\n', FILE)).toThrow(
      /line 2, field "country", value "UK1"/,
    );
  });

  it('parses the development actor files', () => {
    expect(parseGoldActors(fixture('seeds-gold-actors.csv'), 'x').get('person:keir-starmer')).toBe(
      'GB',
    );
    expect(parseGoldActors(fixture('dev-gold-actors.csv'), 'x').size).toBeGreaterThan(20);
  });
});
