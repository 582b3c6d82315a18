// Parses the gazetteer files (countries, organisations, people, roles, role
// titles) into checked records. Every bad value is reported with its file,
// line, field and value, and the fix.
import { parseCsvTable, type CsvRecord } from '../../io/csvTable';
import { InputError } from '../../io/inputError';
import { isoDateProblem } from '../../io/isoDate';
import type { SourceText } from '../types';
import { isRoleKey, ROLE_KEYS, type RoleKey, type RoleSpan } from './roles';

export interface CountryEntry {
  code: string;
  name: string;
  aliases: string[];
  demonyms: string[];
  capitals: string[];
  metonyms: string[];
}

export interface NamedEntry {
  id: string;
  name: string;
  aliases: string[];
  /** ISO code, '' when none. */
  country: string;
}

export interface RoleTitle {
  phrases: string[];
  role: RoleKey;
  /** ISO codes the title is used for; empty = any country. */
  countries: string[];
}

const COUNTRY_CODE = /^[A-Z]{2}$/;

/** Splits a `|`-separated list field. */
export function listField(value: string): string[] {
  return value
    .split('|')
    .map((item) => item.trim())
    .filter(Boolean);
}

function field(source: SourceText, record: CsvRecord, name: string): string {
  return (record.values[name] ?? '').trim();
}

function fail(source: SourceText, record: CsvRecord, name: string, problem: string): never {
  throw new InputError(
    { file: source.file, line: record.line, field: name, value: record.values[name] ?? '' },
    problem,
  );
}

function required(source: SourceText, record: CsvRecord, name: string): string {
  const value = field(source, record, name);
  if (!value) fail(source, record, name, `the ${name} is empty: fill it in or delete the row`);
  return value;
}

function checkId(source: SourceText, record: CsvRecord, name: string, prefix: string): string {
  const value = required(source, record, name);
  if (!new RegExp(`^${prefix}:[a-z0-9]+(?:-[a-z0-9]+)*$`).test(value)) {
    fail(
      source,
      record,
      name,
      `write the id as ${prefix}:lower-case-words (ASCII, "-" between words)`,
    );
  }
  return value;
}

function countryField(
  source: SourceText,
  record: CsvRecord,
  name: string,
  known: ReadonlySet<string>,
): string {
  const value = field(source, record, name);
  if (value && !known.has(value)) {
    fail(
      source,
      record,
      name,
      'unknown country code: use an ISO code listed in countries.csv, or leave it empty',
    );
  }
  return value;
}

export function parseCountries(source: SourceText): CountryEntry[] {
  const columns = ['code', 'name', 'aliases', 'demonyms', 'capital', 'metonyms'];
  const seen = new Set<string>();
  return parseCsvTable(source.text, source.file, columns).records.map((record) => {
    const code = required(source, record, 'code');
    if (!COUNTRY_CODE.test(code))
      fail(source, record, 'code', 'write the ISO 3166-1 alpha-2 code in upper case (GB)');
    if (seen.has(code)) fail(source, record, 'code', 'the country is listed twice: merge the rows');
    seen.add(code);
    return {
      code,
      name: required(source, record, 'name'),
      aliases: listField(field(source, record, 'aliases')),
      demonyms: listField(field(source, record, 'demonyms')),
      capitals: listField(field(source, record, 'capital')),
      metonyms: listField(field(source, record, 'metonyms')),
    };
  });
}

/** Parses orgs.csv (prefix "org") or people.csv (prefix "person"). */
export function parseNamed(
  source: SourceText,
  prefix: 'org' | 'person',
  countries: ReadonlySet<string>,
): NamedEntry[] {
  const seen = new Set<string>();
  return parseCsvTable(source.text, source.file, ['id', 'name', 'aliases', 'country']).records.map(
    (record) => {
      const id = checkId(source, record, 'id', prefix);
      if (seen.has(id)) fail(source, record, 'id', 'the id is listed twice: merge the rows');
      seen.add(id);
      return {
        id,
        name: required(source, record, 'name'),
        aliases: listField(field(source, record, 'aliases')),
        country: countryField(source, record, 'country', countries),
      };
    },
  );
}

function dateField(source: SourceText, record: CsvRecord, name: string): string {
  const value = field(source, record, name);
  const problem = value ? isoDateProblem(value) : undefined;
  if (problem) fail(source, record, name, `${problem}, or leave it empty`);
  return value;
}

function roleField(source: SourceText, record: CsvRecord, name: string): RoleKey {
  const value = required(source, record, name);
  if (!isRoleKey(value))
    fail(source, record, name, `unknown role: use one of ${ROLE_KEYS.join(', ')}`);
  return value;
}

export function parseRoles(
  source: SourceText,
  people: ReadonlySet<string>,
  orgs: ReadonlySet<string>,
  countries: ReadonlySet<string>,
): RoleSpan[] {
  const columns = ['person', 'role', 'country', 'org', 'start', 'end'];
  return parseCsvTable(source.text, source.file, columns).records.map((record) => {
    const person = required(source, record, 'person');
    if (!people.has(person))
      fail(source, record, 'person', 'unknown person: add them to people.csv first');
    const org = field(source, record, 'org');
    if (org && !orgs.has(org))
      fail(source, record, 'org', 'unknown organisation: add it to orgs.csv first');
    const span: RoleSpan = {
      person,
      role: roleField(source, record, 'role'),
      country: countryField(source, record, 'country', countries),
      org,
      start: dateField(source, record, 'start'),
      end: dateField(source, record, 'end'),
    };
    if (span.start && span.end && span.end < span.start) {
      fail(source, record, 'end', 'the role ends before it starts: check the dates');
    }
    return span;
  });
}

export function parseRoleTitles(source: SourceText): RoleTitle[] {
  return parseCsvTable(source.text, source.file, ['phrase', 'role', 'countries']).records.map(
    (record) => {
      const phrases = listField(required(source, record, 'phrase'));
      const codes = listField(field(source, record, 'countries'));
      for (const code of codes) {
        if (!COUNTRY_CODE.test(code)) {
          fail(
            source,
            record,
            'countries',
            `"${code}" is not a country code: write ISO codes in upper case (DE|AT)`,
          );
        }
      }
      return { phrases, role: roleField(source, record, 'role'), countries: codes };
    },
  );
}
