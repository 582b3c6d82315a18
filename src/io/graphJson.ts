// graph.json: graphology's serialised form (`graph.export()`) of the stance
// graph, the file the app loads. Nothing in it is trusted: each node and edge is
// checked and rebuilt from the known fields only, so an unknown attribute never
// reaches the renderer and a hostile key never reaches an object prototype.
import { claimKey, createStanceGraph, representsKey } from '../graph/buildGraph';
import { seededPosition } from '../graph/layout';
import type { ClaimAttributes, NodeAttributes, NodeKind, StanceGraph } from '../graph/types';
import {
  checkClaimEnds,
  checkConfidence,
  checkCountry,
  checkDate,
  checkFinite,
  checkKind,
  checkNodeId,
  checkSpan,
  checkStance,
  checkUrl,
  describeValue,
  isForbiddenName,
  type Reject,
} from './graphRules';
import { InputError } from './inputError';
import { UNKNOWN_OUTLET } from './sourcesCsv';
import { jsonSyntaxError } from './jsonSyntax';

type JsonObject = Readonly<Record<string, unknown>>;

function rejectAt(file: string, item?: string): Reject {
  return (field, value, problem) => {
    throw new InputError(
      { file, item, field, value: value === undefined ? undefined : describeValue(value) },
      problem,
    );
  };
}

/** A plain object without keys that could reach a prototype when copied. */
function asObject(value: unknown, field: string, reject: Reject): JsonObject {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    reject(field, value, 'expected an object { ... }');
  }
  const object = value as JsonObject;
  for (const name of Object.keys(object)) {
    if (isForbiddenName(name))
      reject(name, object[name], 'this name is not allowed here: remove it');
  }
  return object;
}

/** Typed access to the fields of one object; `null` counts as absent. */
class Fields {
  constructor(
    private readonly values: JsonObject,
    private readonly reject: Reject,
  ) {}

  private get(field: string): unknown {
    return Object.hasOwn(this.values, field) ? this.values[field] : undefined;
  }

  has(field: string): boolean {
    const value = this.get(field);
    return value !== undefined && value !== null;
  }

  string(field: string, fallback?: string): string {
    const value = this.get(field);
    if (typeof value === 'string') return value;
    if (!this.has(field) && fallback !== undefined) return fallback;
    return this.reject(field, value, this.has(field) ? 'expected text' : 'missing: it is required');
  }

  number(field: string, fallback?: number): number {
    const value = this.get(field);
    if (typeof value === 'number') return checkFinite(field, value, this.reject);
    if (!this.has(field) && fallback !== undefined) return fallback;
    return this.reject(
      field,
      value,
      this.has(field) ? 'expected a number' : 'missing: it is required',
    );
  }

  boolean(field: string, fallback: boolean): boolean {
    const value = this.get(field);
    if (typeof value === 'boolean') return value;
    if (!this.has(field)) return fallback;
    return this.reject(field, value, 'expected true or false');
  }

  /** The nested object `field`; an absent one reads as empty. */
  object(field: string, reject: Reject = this.reject): Fields {
    const value = this.has(field) ? asObject(this.get(field), field, reject) : {};
    return new Fields(value, reject);
  }

  list(field: string): readonly unknown[] {
    const value = this.get(field);
    if (Array.isArray(value)) return value;
    return this.reject(
      field,
      value,
      this.has(field) ? 'expected a list [ ... ]' : 'missing: it is required',
    );
  }
}

function readNode(entry: unknown, index: number, file: string): [string, NodeAttributes] {
  const ordinal = `node ${index + 1}`;
  const node = new Fields(
    asObject(entry, 'nodes', rejectAt(file, ordinal)),
    rejectAt(file, ordinal),
  );
  const key = node.string('key');
  const reject = rejectAt(file, `${ordinal} "${describeValue(key)}"`);
  checkNodeId('key', key, reject);
  const fields = node.object('attributes', reject);
  const placed = fields.has('x') || fields.has('y');
  const { x, y } = placed ? { x: fields.number('x'), y: fields.number('y') } : seededPosition(key);
  const description = fields.string('description', '');
  const label = fields.string('label', '');
  return [
    key,
    {
      label: label === '' ? key : label,
      kind: checkKind(fields.string('kind'), reject),
      country: checkCountry(fields.string('country', ''), reject),
      role: fields.string('role', ''),
      x,
      y,
      claims: 0,
      ...(description ? { description } : {}),
    },
  ];
}

function readClaim(fields: Fields, reject: Reject): Omit<ClaimAttributes, 'type'> {
  const quote = fields.string('quote');
  if (quote === '') reject('quote', quote, 'empty: a claim needs its verbatim evidence');
  const date = checkDate('date', fields.string('date'), reject);
  const start = fields.number('start', 0);
  const end = fields.number('end', start + quote.length);
  checkSpan(start, end, reject);
  return {
    stance: checkStance(fields.string('stance'), reject),
    quote,
    direct_quote: fields.boolean('direct_quote', false),
    article: fields.string('article', ''),
    title: fields.string('title', ''),
    outlet: fields.string('outlet', '') || UNKNOWN_OUTLET,
    url: checkUrl(fields.string('url', ''), reject),
    published: checkDate('published', fields.string('published', date), reject),
    date,
    start,
    end,
    cue: fields.string('cue', ''),
    confidence: checkConfidence(fields.number('confidence', 1), reject),
  };
}

function addEdge(graph: StanceGraph, entry: unknown, index: number, file: string): void {
  const ordinal = `edge ${index + 1}`;
  let reject = rejectAt(file, ordinal);
  const edge = new Fields(asObject(entry, 'edges', reject), reject);
  const source = edge.string('source');
  const target = edge.string('target');
  if (edge.has('key')) reject = rejectAt(file, `${ordinal} "${describeValue(edge.string('key'))}"`);
  for (const [field, end] of [
    ['source', source],
    ['target', target],
  ] as const) {
    if (!graph.hasNode(end))
      reject(field, end, 'no node has this key: add the node or fix the key');
  }
  if (edge.boolean('undirected', false)) {
    reject('undirected', true, 'stance graph edges are directed: remove "undirected"');
  }
  const fields = edge.object('attributes', reject);
  const type = fields.string('type');
  const kind = (node: string): NodeKind => graph.getNodeAttribute(node, 'kind');
  if (type === 'claim') {
    checkClaimEnds(
      kind(source),
      kind(target),
      { source, target, sourceField: 'source', targetField: 'target' },
      reject,
    );
    const claim = readClaim(fields, reject);
    const key = edge.has('key') ? edge.string('key') : claimKey({ ...claim, source, target });
    if (graph.hasEdge(key)) reject('key', key, 'another edge has this key: keys are unique');
    graph.addEdgeWithKey(key, source, target, { type, ...claim });
    graph.updateNodeAttribute(source, 'claims', (n = 0) => n + 1);
    graph.updateNodeAttribute(target, 'claims', (n = 0) => n + 1);
  } else if (type === 'represents') {
    if (kind(target) !== 'country') {
      reject('target', target, `a person or org represents a country, not a ${kind(target)}`);
    }
    const key = edge.string('key', representsKey(source, target));
    if (graph.hasEdge(key)) reject('key', key, 'another edge has this key: keys are unique');
    graph.addEdgeWithKey(key, source, target, { type });
  } else {
    reject('type', type, 'expected claim|represents');
  }
}

/**
 * Reads the text of a graph.json file (`file` names it in messages) into a
 * stance graph. Missing optional attributes get defaults (label: the key;
 * country, role: ''; coordinates: the seeded start position; outlet:
 * `unknown`; published: the claim's date; confidence: 1); `claims` counts are
 * recomputed from the edges. Throws an InputError naming the node or edge (by
 * its 1-based place in the file and its key), the field and the value; for a
 * syntax error, the line and column.
 */
export function parseGraphJson(text: string, file: string): StanceGraph {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') {
    throw new InputError({ file }, 'the file is empty: expected a graph as graphology exports it');
  }
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    throw jsonSyntaxError(body, file);
  }
  const reject = rejectAt(file);
  const top = new Fields(asObject(data, 'graph', reject), reject);
  const type = top.object('options').string('type', 'directed');
  if (type !== 'directed' && type !== 'mixed') {
    reject('options.type', type, 'expected a directed graph ("directed")');
  }
  const attributes = top.object('attributes');
  const graph = createStanceGraph({ corpus: attributes.string('corpus', '') });
  top.list('nodes').forEach((entry, index) => {
    const [key, node] = readNode(entry, index, file);
    if (graph.hasNode(key)) {
      rejectAt(file, `node ${index + 1}`)('key', key, 'another node has this key: keys are unique');
    }
    graph.addNode(key, node);
  });
  const edges = top.has('edges') ? top.list('edges') : [];
  edges.forEach((entry, index) => addEdge(graph, entry, index, file));
  return graph;
}
