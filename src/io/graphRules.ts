// The rules a loaded node or claim obeys, whatever file it came from, so that
// graph.json and the edges.csv + nodes.csv pair accept and reject the same
// values with the same words. Each check gets a `reject` callback that knows
// where the value sits (file, line or item) and throws.
import { isNodeKind, isStance, NODE_KINDS, STANCES } from '../graph/types';
import type { NodeKind, Stance } from '../graph/types';
import { isoDateProblem } from './isoDate';

/** Throws an error naming `field`, `value` and the `problem`; never returns. */
export type Reject = (field: string, value: unknown, problem: string) => never;

/**
 * Names that must never become object keys taken from a file: assigning them
 * through ordinary property writes would reach `Object.prototype`.
 */
const FORBIDDEN_NAMES: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export function isForbiddenName(name: string): boolean {
  return FORBIDDEN_NAMES.has(name);
}

/** True when `object` has one of the forbidden names as its own key. */
export function hasForbiddenKey(object: object): boolean {
  for (const name of FORBIDDEN_NAMES) if (Object.hasOwn(object, name)) return true;
  return false;
}

/** Shortens a value for a message: long quotes would drown the problem. */
export function describeValue(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

export function checkNodeId(field: string, id: string, reject: Reject): string {
  if (id.trim() === '') reject(field, id, 'the id is empty: write an id such as "person:jane-doe"');
  if (isForbiddenName(id)) reject(field, id, 'this name is not allowed as an id');
  return id;
}

export function checkKind(value: string, reject: Reject): NodeKind {
  if (!isNodeKind(value)) reject('kind', value, `expected one of ${NODE_KINDS.join('|')}`);
  return value;
}

export function checkStance(value: string, reject: Reject): Stance {
  if (!isStance(value)) reject('stance', value, `expected ${STANCES.join('|')}`);
  return value;
}

/** '' or an ISO 3166-1 alpha-2 code in capitals. */
export function checkCountry(value: string, reject: Reject): string {
  if (value !== '' && !/^[A-Z]{2}$/.test(value)) {
    reject('country', value, 'expected a two-letter ISO code in capitals (GB) or nothing');
  }
  return value;
}

export function checkDate(field: string, value: string, reject: Reject): string {
  const problem = isoDateProblem(value);
  if (problem) reject(field, value, problem);
  return value;
}

/** Why `value` is not '' or an http(s) address, or undefined when it is one. */
export function urlProblem(value: string): string | undefined {
  // Most links are plainly http(s): check those without building a URL object.
  if (value === '' || (/^https?:/i.test(value) && URL.canParse(value))) return undefined;
  if (!URL.canParse(value)) return 'not a URL: write the full address (https://...) or nothing';
  const { protocol } = new URL(value);
  return protocol === 'http:' || protocol === 'https:'
    ? undefined
    : 'only http and https links are accepted';
}

/** '' or an http(s) address: the explorer turns it into a link. */
export function checkUrl(value: string, reject: Reject): string {
  const problem = urlProblem(value);
  if (problem) reject('url', value, problem);
  return value;
}

export function checkFinite(field: string, value: number, reject: Reject): number {
  if (!Number.isFinite(value)) reject(field, value, 'expected a number');
  return value;
}

export function checkOffset(field: string, value: number, reject: Reject): number {
  if (!Number.isInteger(value) || value < 0) {
    reject(field, value, 'expected a whole number of characters, 0 or more');
  }
  return value;
}

/** A quote's span in its article: whole offsets, `end` not before `start`. */
export function checkSpan(start: number, end: number, reject: Reject): void {
  checkOffset('start', start, reject);
  checkOffset('end', end, reject);
  if (end < start) reject('end', end, `the quote ends before it starts (start ${start})`);
}

export function checkConfidence(value: number, reject: Reject): number {
  if (!(value >= 0 && value <= 1)) reject('confidence', value, 'expected a number from 0 to 1');
  return value;
}

/** Claims link an actor (Source) to a position (Target). */
export function checkClaimEnds(
  sourceKind: NodeKind,
  targetKind: NodeKind,
  ends: { source: string; target: string; sourceField: string; targetField: string },
  reject: Reject,
): void {
  if (sourceKind === 'position') {
    reject(ends.sourceField, ends.source, 'a claim starts at an actor, not at a position');
  }
  if (targetKind !== 'position') {
    reject(ends.targetField, ends.target, `a claim ends at a position, not at a ${targetKind}`);
  }
}
