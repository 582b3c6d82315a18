import { describe, expect, it } from 'vitest';
import { buildStanceGraph, type ClaimRecord, type NodeRecord } from '../../src/graph/buildGraph';
import { applySeededLayout, seededPosition } from '../../src/graph/layout';
import { parseGraphJson } from '../../src/io/graphJson';
import { InputError } from '../../src/io/inputError';

const NODES: NodeRecord[] = [
  { id: 'country:GB', label: 'United Kingdom', kind: 'country', country: 'GB', role: '' },
  {
    id: 'person:jane-doe',
    label: 'Jane Doe',
    kind: 'person',
    country: 'GB',
    role: 'minister',
    aliases: ['J. Doe', 'Jane Doé'],
  },
  {
    id: 'position:troops-to-ukraine',
    label: 'Troops to Ukraine',
    kind: 'position',
    country: '',
    role: '',
    description: 'Send European troops to Ukraine',
  },
];

const CLAIM: ClaimRecord = {
  source: 'person:jane-doe',
  target: 'position:troops-to-ukraine',
  stance: 'supports',
  quote: '"We are ready," she said.',
  direct_quote: true,
  article: 'a1',
  title: 'Title, with a comma',
  outlet: 'RT',
  url: 'https://example.org/a1',
  published: '2025-03-02',
  date: '2025-03-01',
  start: 10,
  end: 35,
  cue: 'ready',
  confidence: 0.8,
};

function sampleGraph() {
  const graph = buildStanceGraph(
    NODES,
    [CLAIM, { ...CLAIM, source: 'country:GB', stance: 'opposes', start: 40, end: 65 }],
    { corpus: 'seeds' },
  );
  applySeededLayout(graph, 20);
  return graph;
}

/** A deep copy of the sample's serialised form, to break one field at a time. */
function sampleData() {
  return JSON.parse(JSON.stringify(sampleGraph().export()));
}

function errorOf(text: string): InputError {
  try {
    parseGraphJson(text, 'graph.json');
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('parseGraphJson(text, file)', () => {
  it('reads back what graph.export() wrote', () => {
    const graph = sampleGraph();
    const read = parseGraphJson(JSON.stringify(graph.export()), 'graph.json');
    expect(read.export()).toEqual(graph.export());
  });

  it('keeps the aliases search relies on, and names a node whose aliases are not texts', () => {
    expect(
      parseGraphJson(JSON.stringify(sampleData()), 'graph.json').getNodeAttribute(
        'person:jane-doe',
        'aliases',
      ),
    ).toEqual(['J. Doe', 'Jane Doé']);
    const data = sampleData();
    const index = data.nodes.findIndex((node: { key: string }) => node.key === 'person:jane-doe');
    data.nodes[index].attributes.aliases = ['ok', 7];
    const error = errorOf(JSON.stringify(data));
    expect(error.message).toContain('person:jane-doe');
    expect(error.message).toContain('aliases');
  });

  it('accepts a leading byte order mark', () => {
    const graph = sampleGraph();
    const read = parseGraphJson('\uFEFF' + JSON.stringify(graph.export()), 'graph.json');
    expect(read.size).toBe(graph.size);
  });

  it('fills in optional fields and recounts claims', () => {
    const text = JSON.stringify({
      nodes: [
        { key: 'country:FR', attributes: { kind: 'country', claims: 99 } },
        { key: 'position:p', attributes: { kind: 'position', label: 'P' } },
      ],
      edges: [
        {
          source: 'country:FR',
          target: 'position:p',
          attributes: { type: 'claim', stance: 'opposes', quote: 'No.', date: '2024-01-05' },
        },
      ],
    });
    const graph = parseGraphJson(text, 'graph.json');
    expect(graph.getNodeAttributes('country:FR')).toEqual({
      label: 'country:FR',
      kind: 'country',
      country: '',
      role: '',
      claims: 1,
      ...seededPosition('country:FR'),
    });
    expect(graph.edges()).toEqual([':0-3:country:FR->position:p']);
    expect(graph.getEdgeAttributes(':0-3:country:FR->position:p')).toEqual({
      type: 'claim',
      stance: 'opposes',
      quote: 'No.',
      direct_quote: false,
      article: '',
      title: '',
      outlet: 'unknown',
      url: '',
      published: '2024-01-05',
      date: '2024-01-05',
      start: 0,
      end: 3,
      cue: '',
      confidence: 1,
    });
  });

  it('reads null and absent optional claim fields alike, whatever the order of fields', () => {
    const data = sampleData();
    const edge = data.edges.find(
      (e: { attributes: { type: string } }) => e.attributes.type === 'claim',
    );
    const { quote, stance, date, type } = edge.attributes;
    const expected = parseGraphJson(
      JSON.stringify({ ...data, edges: [{ ...edge, attributes: { type, stance, quote, date } }] }),
      'graph.json',
    ).getEdgeAttributes(edge.key);
    const withNulls = {
      date,
      quote,
      stance,
      type,
      title: null,
      outlet: null,
      cue: null,
      url: null,
    };
    const read = parseGraphJson(
      JSON.stringify({ ...data, edges: [{ ...edge, attributes: withNulls }] }),
      'graph.json',
    );
    expect(read.getEdgeAttributes(edge.key)).toEqual(expected);
    expect(expected).toMatchObject({ outlet: 'unknown', published: date, confidence: 1, url: '' });
  });

  it('counts claims per node whatever the links between them', () => {
    const graph = parseGraphJson(JSON.stringify(sampleData()), 'graph.json');
    expect(graph.getNodeAttribute('person:jane-doe', 'claims')).toBe(1);
    expect(graph.getNodeAttribute('country:GB', 'claims')).toBe(1);
    expect(graph.getNodeAttribute('position:troops-to-ukraine', 'claims')).toBe(2);
  });

  it('drops attributes it does not know', () => {
    const data = sampleData();
    data.nodes[0].attributes.color = 'red';
    data.edges[0].attributes.onclick = 'alert(1)';
    const graph = parseGraphJson(JSON.stringify(data), 'graph.json');
    expect(graph.getNodeAttributes(data.nodes[0].key)).not.toHaveProperty('color');
    expect(graph.getEdgeAttributes(data.edges[0].key)).not.toHaveProperty('onclick');
  });

  it('names the node, field and value of a bad kind', () => {
    const data = sampleData();
    data.nodes[1].attributes.kind = 'pony';
    expect(errorOf(JSON.stringify(data)).message).toBe(
      `graph.json, node 2 "${data.nodes[1].key}", field "kind", value "pony": ` +
        'expected one of country|person|org|position',
    );
  });

  it('points at the line and column of a syntax error', () => {
    const lines = ['{', '  "nodes": [', '    {"key": "a",}', '  ]', '}'];
    const error = errorOf(lines.join('\n'));
    expect(error.line).toBe(3);
    expect(error.column).toBe((lines[2] ?? '').indexOf('}') + 1);
    expect(error.message).toMatch(/^graph\.json, line 3, column \d+: not valid JSON/);
  });

  it('points at the end of a truncated file', () => {
    const text = JSON.stringify(sampleGraph().export(), null, 2);
    const cut = text.slice(0, text.length - 10);
    const error = errorOf(cut);
    expect(error.line).toBe(cut.split('\n').length);
  });

  type Edit = (data: ReturnType<typeof sampleData>) => void;
  const broken: [string, Edit | string, RegExp][] = [
    ['an empty file', '  \n', /^graph\.json: the file is empty/],
    ['a list at the top', '[]', /field "graph", value "\[\]": expected an object/],
    ['no nodes', (d) => delete d.nodes, /field "nodes": missing/],
    ['nodes not a list', (d) => (d.nodes = {}), /field "nodes", value "\{\}": expected a list/],
    ['a node that is not an object', (d) => (d.nodes[0] = 'x'), /node 1, field "nodes"/],
    ['a node without key', (d) => delete d.nodes[0].key, /node 1, field "key": missing/],
    ['a numeric key', (d) => (d.nodes[0].key = 7), /node 1, field "key", value "7": expected text/],
    ['an empty key', (d) => (d.nodes[0].key = ' '), /node 1 " ", field "key".*empty/],
    ['a node without kind', (d) => delete d.nodes[0].attributes.kind, /field "kind": missing/],
    [
      'a lower-case country',
      (d) => (d.nodes[1].attributes.country = 'gb'),
      /"country", value "gb"/,
    ],
    [
      'text coordinates',
      (d) => (d.nodes[0].attributes.x = '1'),
      /field "x", value "1": expected a/,
    ],
    ['a duplicate node', (d) => d.nodes.push(d.nodes[0]), /node 4, field "key".*another node/],
    ['an edge to nowhere', (d) => (d.edges[0].source = 'person:x'), /edge 1 ".*", field "source"/],
    ['an undirected edge', (d) => (d.edges[0].undirected = true), /field "undirected"/],
    ['an undirected graph', (d) => (d.options.type = 'undirected'), /value "undirected"/],
    [
      'an edge type',
      (d) => (d.edges[0].attributes.type = 'likes'),
      /value "likes": expected claim/,
    ],
    ['a duplicate edge', (d) => d.edges.push(d.edges[0]), /edge 4 .*another edge has this key/],
    ['a stance', (d) => (d.edges[1].attributes.stance = 'maybe'), /"stance", value "maybe"/],
    ['an impossible date', (d) => (d.edges[1].attributes.date = '2025-02-30'), /"date", value/],
    ['a date in words', (d) => (d.edges[1].attributes.date = 'yesterday'), /YYYY-MM-DD/],
    ['a bad published', (d) => (d.edges[1].attributes.published = 3), /"published", value "3"/],
    ['an empty quote', (d) => (d.edges[1].attributes.quote = ''), /"quote", value "": empty/],
    ['a script link', (d) => (d.edges[1].attributes.url = 'javascript:alert(1)'), /only http/],
    ['a confidence > 1', (d) => (d.edges[1].attributes.confidence = 2), /"confidence", value "2"/],
    ['a negative start', (d) => (d.edges[1].attributes.start = -1), /"start", value "-1"/],
    ['an end before start', (d) => (d.edges[1].attributes.end = 1), /"end", value "1"/],
    ['a textual flag', (d) => (d.edges[1].attributes.direct_quote = 'yes'), /true or false/],
    [
      'a claim from a position',
      (d) => (d.edges[1].source = 'position:troops-to-ukraine'),
      /field "source".*starts at an actor/,
    ],
    ['a claim to an actor', (d) => (d.edges[1].target = 'country:GB'), /ends at a position/],
    [
      'represents to a position',
      (d) => (d.edges[0].target = 'position:troops-to-ukraine'),
      /field "target".*represents a country/,
    ],
  ];

  it.each(broken)('rejects %s', (_name, edit, expected) => {
    let text = edit as string;
    if (typeof edit === 'function') {
      const data = sampleData();
      edit(data);
      text = JSON.stringify(data);
    }
    expect(errorOf(text).message).toMatch(expected);
  });

  const hostile: [string, (text: string) => string, RegExp][] = [
    [
      '__proto__ among node attributes',
      (t) => t.replace('"kind":"person"', '"kind":"person","__proto__":{"polluted":1}'),
      /node 2 "person:jane-doe", field "__proto__", value "\{"polluted":1\}".*not allowed/,
    ],
    [
      'constructor among edge attributes',
      (t) =>
        t.replace('"type":"claim"', '"type":"claim","constructor":{"prototype":{"polluted":1}}'),
      /edge \d+ ".*", field "constructor"/,
    ],
    ['__proto__ at the top', (t) => t.replace('{', '{"__proto__":{"polluted":1},'), /"__proto__"/],
    [
      'a node keyed __proto__',
      (t) => t.replace('"key":"country:GB"', '"key":"__proto__"'),
      /field "key", value "__proto__"/,
    ],
  ];

  it.each(hostile)('rejects %s without touching Object.prototype', (_name, edit, expected) => {
    const text = edit(JSON.stringify(sampleGraph().export()));
    expect(errorOf(text).message).toMatch(expected);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
