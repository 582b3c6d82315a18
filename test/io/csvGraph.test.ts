import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildStanceGraph, type ClaimRecord, type NodeRecord } from '../../src/graph/buildGraph';
import { applySeededLayout, seededPosition } from '../../src/graph/layout';
import type { StanceGraph } from '../../src/graph/types';
import { parseEdgesNodesCsv } from '../../src/io/csvGraph';
import { EDGE_COLUMNS, edgesCsv } from '../../src/io/edgesCsv';
import { InputError } from '../../src/io/inputError';
import { nodesCsv } from '../../src/io/nodesCsv';

const NODES: NodeRecord[] = [
  { id: 'country:HU', label: 'Hungary', kind: 'country', country: 'HU', role: '' },
  {
    id: 'person:viktor-orban',
    label: 'Viktor Orbán',
    kind: 'person',
    country: 'HU',
    role: 'pm',
    aliases: ['Orban', 'Orbán Viktor'],
  },
  { id: 'person:x', label: '=HYPERLINK("http://evil")', kind: 'person', country: 'FR', role: '' },
  { id: 'org:nato', label: 'NATO', kind: 'org', country: '', role: '' },
  {
    id: 'position:troops-to-ukraine',
    label: 'Troops to Ukraine',
    kind: 'position',
    country: '',
    role: '',
    description: 'Send European troops\nto Ukraine; "now"',
  },
];

function claim(overrides: Partial<ClaimRecord>): ClaimRecord {
  return {
    source: 'person:viktor-orban',
    target: 'position:troops-to-ukraine',
    stance: 'opposes',
    quote: 'We will not send soldiers, he said.',
    direct_quote: false,
    article: 'a1',
    title: 'Orbán: no troops',
    outlet: 'RT',
    url: 'https://example.org/a1?x=1&y=2',
    published: '2025-03-02',
    date: '2025-03-01',
    start: 0,
    end: 35,
    cue: 'will not send',
    confidence: 0.75,
    ...overrides,
  };
}

const CLAIMS: ClaimRecord[] = [
  claim({}),
  claim({ source: 'org:nato', stance: 'supports', quote: '=1+1', start: 50, end: 54 }),
  claim({ source: 'person:x', quote: '-5% "cut", then\r\nmore', start: 60, end: 80, cue: '@once' }),
  claim({ source: 'country:HU', stance: 'conditional', title: '+plus', direct_quote: true }),
];

function sampleGraph(): StanceGraph {
  const graph = buildStanceGraph(NODES, CLAIMS, { corpus: '' });
  applySeededLayout(graph, 20);
  return graph;
}

const edgesFile = (text: string) => ({ file: 'edges.csv', text });
const nodesFile = (text: string) => ({ file: 'nodes.csv', text });

/** What a spreadsheet might save: other delimiter, CRLF, BOM, columns moved and added. */
function asSpreadsheet(csv: string, delimiter: string): string {
  const { data } = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
  const columns = Object.keys(data[0] ?? {}).reverse();
  const rows = data.map((row) => [...columns.map((c) => row[c]), 'note']);
  const header = [...columns.map((c) => c.toUpperCase()), 'my notes'];
  const text = Papa.unparse([header, ...rows], { delimiter, newline: '\r\n' });
  return '\uFEFF' + text + '\r\n';
}

/** The serialised graph with nodes and edges in key order: files need not keep graph order. */
function sorted(graph: StanceGraph) {
  const data = graph.export();
  const byKey = (a: { key?: string }, b: { key?: string }) =>
    (a.key ?? '') < (b.key ?? '') ? -1 : 1;
  return { ...data, nodes: [...data.nodes].sort(byKey), edges: [...data.edges].sort(byKey) };
}

function errorOf(edges: string, nodes: string): InputError {
  try {
    parseEdgesNodesCsv(edgesFile(edges), nodesFile(nodes));
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('parseEdgesNodesCsv(edges, nodes)', () => {
  it('reads back the graph that edgesCsv and nodesCsv wrote', () => {
    const graph = sampleGraph();
    const read = parseEdgesNodesCsv(edgesFile(edgesCsv(graph)), nodesFile(nodesCsv(graph)));
    expect(sorted(read)).toEqual(sorted(graph));
  });

  it.each([
    ['semicolons', ';'],
    ['tabs', '\t'],
    ['commas', ','],
  ])('reads the files after a spreadsheet saved them with %s', (_name, delimiter) => {
    const graph = sampleGraph();
    const read = parseEdgesNodesCsv(
      edgesFile(asSpreadsheet(edgesCsv(graph), delimiter)),
      nodesFile(asSpreadsheet(nodesCsv(graph), delimiter)),
    );
    expect(sorted(read)).toEqual(sorted(graph));
  });

  it('writes byte-identical files from what it read', () => {
    const graph = sampleGraph();
    const once = parseEdgesNodesCsv(edgesFile(edgesCsv(graph)), nodesFile(nodesCsv(graph)));
    const twice = parseEdgesNodesCsv(edgesFile(edgesCsv(once)), nodesFile(nodesCsv(once)));
    expect(edgesCsv(twice)).toBe(edgesCsv(once));
    expect(nodesCsv(twice)).toBe(nodesCsv(once));
  });

  it('fills in optional columns', () => {
    const graph = parseEdgesNodesCsv(
      edgesFile('Source,Target,stance,quote,date\norg:un,position:p,supports,Yes.,2024-05-01\n'),
      nodesFile('kind,Id\norg,org:un\nposition,position:p\nperson,person:q\n'),
    );
    expect(graph.getNodeAttributes('org:un')).toEqual({
      label: 'org:un',
      kind: 'org',
      country: '',
      role: '',
      claims: 1,
      ...seededPosition('org:un'),
    });
    expect(graph.getNodeAttribute('person:q', 'claims')).toBe(0);
    expect(graph.mapEdges((_edge, attributes) => attributes)).toMatchObject([
      {
        outlet: 'unknown',
        published: '2024-05-01',
        start: 0,
        end: 4,
        confidence: 1,
        direct_quote: false,
      },
    ]);
  });

  it('creates the country a person represents when nodes.csv lacks it', () => {
    const graph = parseEdgesNodesCsv(
      edgesFile('Source,Target,stance,quote,date\n'),
      nodesFile('Id,kind,country\nperson:q,person,DE\n'),
    );
    expect(graph.hasNode('country:DE')).toBe(true);
    expect(graph.hasEdge('person:q', 'country:DE')).toBe(true);
  });

  it('reads decimal commas and spreadsheet booleans', () => {
    const graph = parseEdgesNodesCsv(
      edgesFile(
        'Source;Target;stance;quote;date;confidence;direct_quote\n' +
          'org:un;position:p;supports;Yes.;2024-05-01;0,5;TRUE\n',
      ),
      nodesFile('Id;kind;x;y\norg:un;org;-1,25;3\nposition:p;position;0;0\n'),
    );
    expect(graph.getNodeAttribute('org:un', 'x')).toBe(-1.25);
    expect(graph.mapEdges((_edge, attributes) => attributes)).toMatchObject([
      { confidence: 0.5, direct_quote: true },
    ]);
  });

  it('names the file, line, column and value of a bad stance', () => {
    const graph = sampleGraph();
    const lines = edgesCsv(graph).split('\n');
    const index = lines.findIndex((line) => line.includes(',conditional,'));
    lines[index] = (lines[index] ?? '').replace(',1,conditional,', ',1,maybe,');
    expect(errorOf(lines.join('\n'), nodesCsv(graph)).message).toBe(
      `edges.csv, line ${index + 1}, field "stance", value "maybe": ` +
        'expected supports|opposes|conditional',
    );
  });

  it('counts the lines of multi-line quotes when naming a line', () => {
    const edges =
      'Source,Target,stance,quote,date\n' +
      'org:un,position:p,supports,"two\r\nlines",2024-05-01\n' +
      '\n' +
      'org:un,position:p,supports,Yes.,2024-13-01\n';
    const nodes = 'Id,kind\norg:un,org\nposition:p,position\n';
    expect(errorOf(edges, nodes).line).toBe(5);
  });

  const NODES_OK = 'Id,kind,country\nperson:a,person,GB\nposition:p,position,\n';
  const HEAD = 'Source,Target,stance,quote,date,url,confidence,direct_quote,start,end';
  const row = (cells: string) => `${HEAD}\nperson:a,position:p,${cells}\n`;
  const GOOD = 'supports,Yes.,2024-05-01,,1,false,0,4';

  const broken: [string, string, string, RegExp][] = [
    ['an empty edges file', '', NODES_OK, /^edges\.csv: the file is empty/],
    ['no kind column', row(GOOD), 'Id\nperson:a\n', /^nodes\.csv, line 1: missing column "kind"/],
    [
      'no stance nor date column',
      'Source,Target,quote\nperson:a,position:p,Yes.\n',
      NODES_OK,
      /^edges\.csv, line 1: missing columns "stance", "date"/,
    ],
    [
      'a column twice',
      row(GOOD),
      'Id,kind,KIND\nperson:a,person,org\n',
      /nodes\.csv.*"kind".*twice/,
    ],
    ['a short row', row('supports,Yes.'), NODES_OK, /^edges\.csv, line 2: the row has 4 values/],
    ['a long row', row(GOOD + ',extra'), NODES_OK, /line 2: the row has 11 values/],
    ['an unclosed quote', row('supports,"Yes.,2024-05-01,,1,false,0,4'), NODES_OK, /never closed/],
    ['a kind', row(GOOD), 'Id,kind\nperson:a,pony\n', /line 2, field "kind", value "pony"/],
    ['a country', row(GOOD), 'Id,kind,country\nperson:a,person,UK1\n', /field "country"/],
    ['a duplicate Id', row(GOOD), NODES_OK + 'person:a,org,\n', /line 4, field "Id".*line 2/],
    ['an Id of __proto__', row(GOOD), 'Id,kind\n__proto__,org\n', /value "__proto__"/],
    ['x without y', row(GOOD), 'Id,kind,x,y\nperson:a,person,1,\n', /field "y", value ""/],
    ['a date', row('supports,Yes.,01/05/2024,,1,false,0,4'), NODES_OK, /"date", value "01\/05/],
    ['a stance', row('maybe,Yes.,2024-05-01,,1,false,0,4'), NODES_OK, /line 2, field "stance"/],
    ['an empty quote', row('supports,,2024-05-01,,1,false,0,0'), NODES_OK, /field "quote"/],
    ['a link', row('supports,Yes.,2024-05-01,javascript:x(),1,false,0,4'), NODES_OK, /only http/],
    ['a confidence', row('supports,Yes.,2024-05-01,,high,false,0,4'), NODES_OK, /"high"/],
    ['a flag', row('supports,Yes.,2024-05-01,,1,yes,0,4'), NODES_OK, /"direct_quote"/],
    ['offsets', row('supports,Yes.,2024-05-01,,1,false,9,4'), NODES_OK, /field "end", value "4"/],
    [
      'an unknown Source',
      row(GOOD).replace('person:a', 'person:b'),
      NODES_OK,
      /"Source", value "person:b": no row/,
    ],
    [
      'a claim on an actor',
      row(GOOD).replace('position:p', 'person:a'),
      NODES_OK,
      /"Target".*ends at a position/,
    ],
    [
      'a duplicate claim',
      row(GOOD) + `person:a,position:p,${GOOD}\n`,
      NODES_OK,
      /line 3.*line 2 has the same/,
    ],
  ];

  it.each(broken)('rejects %s', (_name, edges, nodes, expected) => {
    expect(errorOf(edges, nodes).message).toMatch(expected);
  });

  it('reads the edges.csv columns back as written', () => {
    const header = edgesCsv(sampleGraph()).split('\n')[0];
    expect(header).toBe(EDGE_COLUMNS.join(','));
  });
});
