// Parses data/positions.csv: each position's id, label, description, the
// regular expressions (case-insensitive, `|`-separated alternatives) that find
// it in text, and the nouns that may stand for it once it is under discussion.
// A position's patterns are compiled into one expression here so extraction
// scans each article once per position.
import { parseCsvTable, type CsvRecord } from '../../io/csvTable';
import { InputError } from '../../io/inputError';
import type { SourceText } from '../types';

export interface PositionEntry {
  id: string;
  label: string;
  description: string;
  /** Global, case-insensitive; reset lastIndex before use. */
  pattern: RegExp;
  /** Nouns that stand for the position while it is under discussion ("the mission", "such deliveries"), folded. */
  anaphors: string[];
}

const POSITION_ID = /^position:[a-z0-9]+(?:-[a-z0-9]+)*$/;
const BACK_REFERENCE = /\\[1-9]|\\k</;

/** Splits a patterns field on the `|` that separate alternatives, not those inside groups. */
export function splitAlternatives(value: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let current = '';
  for (let i = 0; i < value.length; i++) {
    const char = value[i] ?? '';
    if (char === '\\') {
      current += char + (value[i + 1] ?? '');
      i++;
      continue;
    }
    if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === '|' && depth === 0) {
      parts.push(current.trim());
      current = '';
      continue;
    }
    current += char;
  }
  parts.push(current.trim());
  return parts.filter(Boolean);
}

function fail(source: SourceText, record: CsvRecord, field: string, problem: string): never {
  throw new InputError(
    { file: source.file, line: record.line, field, value: record.values[field] ?? '' },
    problem,
  );
}

function compile(source: SourceText, record: CsvRecord): RegExp {
  const alternatives = splitAlternatives(record.values.patterns ?? '');
  if (alternatives.length === 0) {
    fail(
      source,
      record,
      'patterns',
      'no pattern: give at least one expression that finds the position',
    );
  }
  for (const alternative of alternatives) {
    if (BACK_REFERENCE.test(alternative)) {
      fail(
        source,
        record,
        'patterns',
        `"${alternative}" uses a back-reference: patterns are combined, so write it without \\1 or \\k<name>`,
      );
    }
    let probe: RegExp;
    try {
      probe = new RegExp(alternative, 'i');
    } catch (error) {
      fail(
        source,
        record,
        'patterns',
        `"${alternative}" is not a valid regular expression (${(error as Error).message})`,
      );
    }
    if (probe.test('')) {
      fail(
        source,
        record,
        'patterns',
        `"${alternative}" matches empty text: make it require at least one word`,
      );
    }
  }
  return new RegExp(alternatives.map((alternative) => `(?:${alternative})`).join('|'), 'gi');
}

function anaphorsOf(source: SourceText, record: CsvRecord): string[] {
  const nouns = (record.values.anaphors ?? '')
    .split('|')
    .map((noun) => noun.trim().toLowerCase())
    .filter(Boolean);
  for (const noun of nouns) {
    if (!/^[a-z][a-z-]*$/.test(noun))
      fail(
        source,
        record,
        'anaphors',
        `"${noun}" is not one word: list single nouns (mission|force)`,
      );
  }
  return nouns;
}

/** Parses positions.csv; the `anaphors` column is optional. */
export function parsePositions(source: SourceText): PositionEntry[] {
  const seen = new Set<string>();
  const columns = ['id', 'label', 'description', 'patterns'];
  return parseCsvTable(source.text, source.file, columns).records.map((record) => {
    const id = (record.values.id ?? '').trim();
    if (!POSITION_ID.test(id))
      fail(source, record, 'id', 'write the id as position:lower-case-words');
    if (seen.has(id)) fail(source, record, 'id', 'the position is listed twice: merge the rows');
    seen.add(id);
    const label = (record.values.label ?? '').trim();
    if (!label)
      fail(source, record, 'label', 'the label is empty: name the position in a few words');
    return {
      id,
      label,
      description: (record.values.description ?? '').trim(),
      pattern: compile(source, record),
      anaphors: anaphorsOf(source, record),
    };
  });
}
