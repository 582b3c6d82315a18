// graph.json: graphology's serialised form (`graph.export()`) of the stance
// graph, the file the app loads. Nothing in it is trusted: each node and edge is
// checked and rebuilt from the known fields only, so an unknown attribute never
// reaches the renderer and a hostile key never reaches an object prototype.
import { claimKey, createStanceGraph, representsKey } from '../graph/buildGraph';
import { seededPosition } from '../graph/layout';
import {
  UNKNOWN_OUTLET,
  type ClaimAttributes,
  type EdgeAttributes,
  type NodeAttributes,
  type StanceGraph,
} from '../graph/types';
import {
  checkClaimEnds,
  checkConfidence,
  checkCountry,
  checkDate,
  checkKind,
  checkNodeId,
  checkSpan,
  checkStance,
  checkUrl,
  describeValue,
  type Reject,
} from './graphRules';
import { InputError } from './inputError';
import { addEdgeQuickly, countRepresents, type Reading } from './graphJsonFast';
import { asObject, Fields } from './jsonFields';
import { jsonSyntaxError } from './jsonSyntax';

/** A Reject for the `item` of `file`; the item's name is only built when there is an error. */
function rejectAt(file: string, item?: () => string): Reject {
  return (field, value, problem) => {
    throw new InputError(
      {
        file,
        item: item?.(),
        field,
        value: value === undefined ? undefined : describeValue(value),
      },
      problem,
    );
  };
}

function once(valid: Set<string>, value: string, check: (value: string) => string): string {
  if (!valid.has(value)) valid.add(check(value));
  return value;
}

function readNode(entry: unknown, index: number, file: string): [string, NodeAttributes] {
  const ordinal = (): string => `node ${index + 1}`;
  const node = new Fields(
    asObject(entry, 'nodes', rejectAt(file, ordinal)),
    rejectAt(file, ordinal),
  );
  const key = node.string('key');
  const reject = rejectAt(file, () => `${ordinal()} "${describeValue(key)}"`);
  checkNodeId('key', key, reject);
  const fields = node.object('attributes', reject);
  const placed = fields.has('x') || fields.has('y');
  const { x, y } = placed ? { x: fields.number('x'), y: fields.number('y') } : seededPosition(key);
  const description = fields.string('description', '');
  const aliases = fields.has('aliases') ? fields.stringList('aliases') : [];
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
      ...(aliases.length ? { aliases } : {}),
    },
  ];
}

function readClaim(fields: Fields, reading: Reading, reject: Reject): ClaimAttributes {
  const quote = fields.string('quote');
  if (quote === '') reject('quote', quote, 'empty: a claim needs its verbatim evidence');
  const date = (field: string, value: string): string =>
    once(reading.validDates, value, (v) => checkDate(field, v, reject));
  const claimDate = date('date', fields.string('date'));
  const start = fields.number('start', 0);
  const end = fields.number('end', start + quote.length);
  checkSpan(start, end, reject);
  return {
    type: 'claim',
    stance: checkStance(fields.string('stance'), reject),
    quote,
    direct_quote: fields.boolean('direct_quote', false),
    article: fields.string('article', ''),
    title: fields.string('title', ''),
    outlet: fields.string('outlet', '') || UNKNOWN_OUTLET,
    url: once(reading.validUrls, fields.string('url', ''), (v) => checkUrl(v, reject)),
    published: date('published', fields.string('published', claimDate)),
    date: claimDate,
    start,
    end,
    cue: fields.string('cue', ''),
    confidence: checkConfidence(fields.number('confidence', 1), reject),
  };
}

/** Reads the edge `entry` field by field, naming the first problem. */
function addEdgeChecked(reading: Reading, entry: unknown, index: number): void {
  const { file, graph, kinds } = reading;
  const ordinal = (): string => `edge ${index + 1}`;
  let reject: Reject = rejectAt(file, ordinal);
  const edge = new Fields(asObject(entry, 'edges', reject), reject);
  const source = edge.string('source');
  const target = edge.string('target');
  if (edge.has('key')) {
    const key = edge.string('key');
    reject = rejectAt(file, () => `${ordinal()} "${describeValue(key)}"`);
  }
  const sourceKind = kinds.get(source);
  const targetKind = kinds.get(target);
  const unknown = 'no node has this key: add the node or fix the key';
  if (!sourceKind) reject('source', source, unknown);
  if (!targetKind) reject('target', target, unknown);
  if (edge.boolean('undirected', false)) {
    reject('undirected', true, 'stance graph edges are directed: remove "undirected"');
  }
  const fields = edge.object('attributes', reject);
  const type = fields.string('type');
  const add = (key: string, attributes: EdgeAttributes): void => {
    if (graph.hasEdge(key)) reject('key', key, 'another edge has this key: keys are unique');
    graph.addEdgeWithKey(key, source, target, attributes);
  };
  if (type === 'claim') {
    const ends = { source, target, sourceField: 'source', targetField: 'target' };
    checkClaimEnds(sourceKind, targetKind, ends, reject);
    const claim = readClaim(fields, reading, reject);
    add(edge.has('key') ? edge.string('key') : claimKey({ ...claim, source, target }), claim);
  } else if (type === 'represents') {
    if (targetKind !== 'country') {
      reject('target', target, `a person or org represents a country, not a ${targetKind}`);
    }
    add(edge.string('key', representsKey(source, target)), { type });
    countRepresents(reading, source, target);
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
  return readGraphData(data, file);
}

/**
 * Reads the parsed contents of a graph.json file (what `JSON.parse` or
 * `Response.json()` gave) into a stance graph, as parseGraphJson does.
 */
export function readGraphData(data: unknown, file: string): StanceGraph {
  const reject = rejectAt(file);
  const top = new Fields(asObject(data, 'graph', reject), reject);
  const type = top.object('options').string('type', 'directed');
  if (type !== 'directed' && type !== 'mixed') {
    reject('options.type', type, 'expected a directed graph ("directed")');
  }
  const attributes = top.object('attributes');
  const graph = createStanceGraph({ corpus: attributes.string('corpus', '') });
  const reading: Reading = {
    file,
    graph,
    kinds: new Map(),
    represents: new Map(),
    validDates: new Set(),
    validUrls: new Set(),
    lastUrl: '',
  };
  top.list('nodes').forEach((entry, index) => {
    const [key, node] = readNode(entry, index, file);
    if (reading.kinds.has(key)) {
      const duplicate = rejectAt(file, () => `node ${index + 1}`);
      duplicate('key', key, 'another node has this key: keys are unique');
    }
    reading.kinds.set(key, node.kind);
    graph.addNode(key, node);
  });
  const edges = top.has('edges') ? top.list('edges') : [];
  edges.forEach((entry, index) => {
    if (!addEdgeQuickly(reading, entry)) addEdgeChecked(reading, entry, index);
  });
  graph.forEachNode((node) => {
    // Every edge is a claim or a `represents` link.
    const claims = graph.degree(node) - (reading.represents.get(node) ?? 0);
    if (claims > 0) graph.setNodeAttribute(node, 'claims', claims);
  });
  return graph;
}
