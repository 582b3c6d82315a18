// Gold files in the codebook's format, validated so that a typo in a stance or
// an id is reported at its line instead of silently lowering the scores.
import { isStance, type Stance } from '../graph/types';
import { parseCsvTable } from '../io/csvTable';
import { InputError } from '../io/inputError';
import { isoDateProblem } from '../io/isoDate';
import type { GoldClaim } from './types';

export const GOLD_COLUMNS = [
  'article',
  'actor',
  'position',
  'stance',
  'optional',
  'evidence',
] as const;
export const GOLD_ACTOR_COLUMNS = ['actor', 'country'] as const;

const ACTOR_ID = /^(country|person|org):\S+$/;
const POSITION_ID = /^position:\S+$/;
const COUNTRY_CODE = /^[A-Z]{2}$/;

function parseStances(value: string, file: string, line: number): Stance[] {
  const stances = value.split('|').map((stance) => stance.trim());
  for (const stance of stances) {
    if (!isStance(stance)) {
      throw new InputError(
        { file, line, field: 'stance', value },
        'a stance is supports, opposes or conditional; join acceptable ones with |',
      );
    }
  }
  return stances as Stance[];
}

function parseOptional(value: string, file: string, line: number): boolean {
  if (value === '1') return true;
  if (value === '0' || value === '') return false;
  throw new InputError(
    { file, line, field: 'optional', value },
    'write 1 for an optional claim, 0 or nothing otherwise',
  );
}

function checkId(
  value: string,
  pattern: RegExp,
  field: string,
  hint: string,
  file: string,
  line: number,
): void {
  if (!pattern.test(value)) throw new InputError({ file, line, field, value }, hint);
}

function checkActorId(actor: string, file: string, line: number): void {
  checkId(actor, ACTOR_ID, 'actor', 'an actor is country:XX, person:slug or org:slug', file, line);
}

/**
 * Parses a gold file (`article,actor,position,stance,optional,evidence[,date]`).
 * Throws an InputError naming the line and field of a missing column, an empty
 * article, a malformed id, an unknown stance, a bad `optional` flag or date.
 */
export function parseGold(text: string, file: string): GoldClaim[] {
  return parseCsvTable(text, file, GOLD_COLUMNS).records.map(({ line, values }) => {
    const cell = (column: string): string => (values[column] ?? '').trim();
    const article = cell('article');
    if (article === '')
      throw new InputError({ file, line, field: 'article' }, 'empty: write the article id');
    const actor = cell('actor');
    checkActorId(actor, file, line);
    const position = cell('position');
    checkId(position, POSITION_ID, 'position', 'a position is position:slug', file, line);
    const date = cell('date');
    const dateProblem = date === '' ? undefined : isoDateProblem(date);
    if (dateProblem) throw new InputError({ file, line, field: 'date', value: date }, dateProblem);
    return {
      line,
      article,
      actor,
      position,
      stances: parseStances(cell('stance'), file, line),
      optional: parseOptional(cell('optional'), file, line),
      evidence: values.evidence ?? '',
      date,
    };
  });
}

/**
 * Parses a gold actors file (`actor,country`): the country each gold person or
 * org represents, for the country roll-up. An empty country means none.
 */
export function parseGoldActors(text: string, file: string): Map<string, string> {
  const countries = new Map<string, string>();
  for (const { line, values } of parseCsvTable(text, file, GOLD_ACTOR_COLUMNS).records) {
    const actor = (values.actor ?? '').trim();
    checkActorId(actor, file, line);
    const country = (values.country ?? '').trim();
    if (country !== '' && !COUNTRY_CODE.test(country)) {
      throw new InputError(
        { file, line, field: 'country', value: country },
        'write the ISO 3166-1 alpha-2 code, upper case (GB)',
      );
    }
    if (country !== '') countries.set(actor, country);
  }
  return countries;
}
