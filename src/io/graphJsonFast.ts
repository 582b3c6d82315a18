// The fast path of the graph.json reader. A graph of 100,000 claims must be
// read before the explorer can draw it, so an edge whose every field is
// well-formed is read here with plain property tests: no field accessor, no
// error context, no closure per edge. When anything is off, this path declines
// and the checked reader (graphJson.ts) reads the same edge again and names
// the problem; both accept exactly the same values, with the same defaults.
import { claimKey, representsKey } from '../graph/buildGraph';
import {
  isStance,
  UNKNOWN_OUTLET,
  type ClaimAttributes,
  type NodeKind,
  type StanceGraph,
} from '../graph/types';
import { hasForbiddenKey, urlProblem } from './graphRules';
import { isoDateProblem } from './isoDate';

/** What one parse keeps at hand: node kinds, `represents` links, values already checked. */
export interface Reading {
  file: string;
  graph: StanceGraph;
  kinds: Map<string, NodeKind>;
  /** `represents` edges per node: a node's claims are its degree minus these. */
  represents: Map<string, number>;
  /** Dates and links repeat across claims: each distinct one is checked once. */
  validDates: Set<string>;
  validUrls: Set<string>;
  lastUrl: string;
}

type Loose = Readonly<Record<string, unknown>>;

/** A plain object with none of the names that could reach a prototype. */
function isPlain(value: unknown): value is Loose {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  // JSON.parse makes `"__proto__"` an own key like any other.
  return !hasForbiddenKey(value);
}

/** A text field: the text, '' when absent (or null), undefined when it is something else. */
function text(value: unknown): string | undefined {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : undefined;
}

const isOffset = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0;

function validDate(reading: Reading, value: string): boolean {
  if (reading.validDates.has(value)) return true;
  if (isoDateProblem(value) !== undefined) return false;
  reading.validDates.add(value);
  return true;
}

function validUrl(reading: Reading, value: string): boolean {
  // Claims of one article follow each other and share its link.
  if (value === '' || value === reading.lastUrl || reading.validUrls.has(value)) {
    reading.lastUrl = value;
    return true;
  }
  if (urlProblem(value) !== undefined) return false;
  reading.validUrls.add(value);
  reading.lastUrl = value;
  return true;
}

/** The claim the attributes `a` describe, or undefined when a field is missing or wrong. */
function quickClaim(reading: Reading, a: Loose): ClaimAttributes | undefined {
  const { quote, stance, date } = a;
  if (typeof quote !== 'string' || quote === '' || !isStance(stance)) return undefined;
  if (typeof date !== 'string' || !validDate(reading, date)) return undefined;
  const start = a.start ?? 0;
  if (!isOffset(start)) return undefined;
  const end = a.end ?? start + quote.length;
  if (!isOffset(end) || end < start) return undefined;
  const directQuote = a.direct_quote ?? false;
  const confidence = a.confidence ?? 1;
  if (typeof directQuote !== 'boolean' || typeof confidence !== 'number') return undefined;
  if (!(confidence >= 0 && confidence <= 1)) return undefined;
  const article = text(a.article);
  const title = text(a.title);
  const outlet = text(a.outlet);
  const url = text(a.url);
  const published = a.published === undefined || a.published === null ? date : a.published;
  const cue = text(a.cue);
  if (
    article === undefined ||
    title === undefined ||
    outlet === undefined ||
    url === undefined ||
    cue === undefined ||
    typeof published !== 'string' ||
    !validUrl(reading, url) ||
    !validDate(reading, published)
  ) {
    return undefined;
  }
  const claim: ClaimAttributes = {
    type: 'claim',
    stance,
    quote,
    direct_quote: directQuote,
    article,
    title,
    outlet: outlet || UNKNOWN_OUTLET,
    url,
    published,
    date,
    start,
    end,
    cue,
    confidence,
  };
  return isExactly(a, claim) ? a : claim;
}

/** The number of fields of a claim. */
const CLAIM_FIELDS = 14;

/**
 * True when the file's object `a` holds exactly the fields of `claim`, with
 * the same values: it can then stand for the claim itself, which spares
 * 100,000 copies on a large graph.
 */
function isExactly(a: Loose, claim: ClaimAttributes): a is Loose & ClaimAttributes {
  let fields = 0;
  // Each field of `claim` is defined, so equal values below mean the field is there.
  for (const name in a) if (Object.hasOwn(a, name)) fields++;
  return (
    fields === CLAIM_FIELDS &&
    a.type === claim.type &&
    a.stance === claim.stance &&
    a.quote === claim.quote &&
    a.direct_quote === claim.direct_quote &&
    a.article === claim.article &&
    a.title === claim.title &&
    a.outlet === claim.outlet &&
    a.url === claim.url &&
    a.published === claim.published &&
    a.date === claim.date &&
    a.start === claim.start &&
    a.end === claim.end &&
    a.cue === claim.cue &&
    a.confidence === claim.confidence
  );
}

/** Adds `edge` under `key`; false when the key is taken (the checked reader says so). */
function add(
  graph: StanceGraph,
  key: string,
  source: string,
  target: string,
  attributes: ClaimAttributes | { type: 'represents' },
): boolean {
  try {
    graph.addEdgeWithKey(key, source, target, attributes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Adds the edge `entry` of the file to the graph when every field is
 * well-formed; returns false, having changed nothing, otherwise.
 */
export function addEdgeQuickly(reading: Reading, entry: unknown): boolean {
  if (!isPlain(entry)) return false;
  const { source, target, key, attributes } = entry;
  if (typeof source !== 'string' || typeof target !== 'string') return false;
  if (key !== undefined && key !== null && typeof key !== 'string') return false;
  const undirected = entry.undirected;
  if (undirected !== undefined && undirected !== null && undirected !== false) return false;
  if (!isPlain(attributes)) return false;
  const sourceKind = reading.kinds.get(source);
  const targetKind = reading.kinds.get(target);
  if (sourceKind === undefined || targetKind === undefined) return false;
  const { graph } = reading;
  if (attributes.type === 'claim') {
    if (sourceKind === 'position' || targetKind !== 'position') return false;
    const claim = quickClaim(reading, attributes);
    if (claim === undefined) return false;
    return add(graph, key ?? claimKey({ ...claim, source, target }), source, target, claim);
  }
  if (attributes.type === 'represents') {
    if (targetKind !== 'country') return false;
    if (!add(graph, key ?? representsKey(source, target), source, target, { type: 'represents' })) {
      return false;
    }
    countRepresents(reading, source, target);
    return true;
  }
  return false;
}

/** Notes a `represents` edge between `source` and `target`. */
export function countRepresents(reading: Reading, source: string, target: string): void {
  for (const node of [source, target]) {
    reading.represents.set(node, (reading.represents.get(node) ?? 0) + 1);
  }
}
