// Reads an extraction's edges.csv and nodes.csv back for scoring, so that an
// output folder can be scored without running the extraction again.
import { isStance } from '../graph/types';
import { FORMULA_START } from '../io/csvText';
import { parseCsvTable } from '../io/csvTable';
import { InputError } from '../io/inputError';
import type { Evidence } from './types';

const EVIDENCE_COLUMNS = [
  'Id',
  'Source',
  'Target',
  'stance',
  'quote',
  'article',
  'published',
  'date',
  'start',
  'end',
] as const;
const NODE_COLUMNS = ['Id', 'country'] as const;

/** Undoes the writer's spreadsheet guard: a quote mark before a formula character. */
function unguard(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

function offset(value: string, field: string, file: string, line: number): number {
  const number = Number(value);
  if (value.trim() === '' || !Number.isInteger(number) || number < 0) {
    throw new InputError(
      { file, line, field, value },
      'an offset is a whole number of UTF-16 code units from the start of the text',
    );
  }
  return number;
}

/**
 * The evidence rows of an edges.csv text, in file order. Rows whose stance is
 * not one of ours (other edge types) are left out.
 */
export function parseEdgesEvidence(text: string, file: string): Evidence[] {
  const evidence: Evidence[] = [];
  for (const { line, values } of parseCsvTable(text, file, EVIDENCE_COLUMNS).records) {
    const cell = (column: (typeof EVIDENCE_COLUMNS)[number]): string => values[column] ?? '';
    const stance = cell('stance');
    if (!isStance(stance)) continue;
    evidence.push({
      id: cell('Id'),
      article: cell('article'),
      actor: cell('Source'),
      position: cell('Target'),
      stance,
      quote: unguard(cell('quote')),
      start: offset(cell('start'), 'start', file, line),
      end: offset(cell('end'), 'end', file, line),
      date: cell('date'),
      published: cell('published'),
    });
  }
  return evidence;
}

/** The country each node of a nodes.csv text represents ('' for none), by id. */
export function parseNodeCountries(text: string, file: string): Map<string, string> {
  const records = parseCsvTable(text, file, NODE_COLUMNS).records;
  return new Map(records.map(({ values }) => [values.Id ?? '', values.country ?? '']));
}
