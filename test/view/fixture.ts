// A small stance graph for the view tests: two countries, two people (one
// speaking for France), an organisation, two positions, claims from three
// outlets over three months.
import { buildStanceGraph, type ClaimRecord, type NodeRecord } from '../../src/graph/buildGraph';
import {
  isClaim,
  type ClaimAttributes,
  type Stance,
  type StanceGraph,
} from '../../src/graph/types';

export const NODES: NodeRecord[] = [
  { id: 'country:FR', label: 'France', kind: 'country', country: 'FR', role: '' },
  { id: 'country:DE', label: 'Germany', kind: 'country', country: 'DE', role: '' },
  { id: 'country:PL', label: 'Poland', kind: 'country', country: 'PL', role: '' },
  {
    id: 'person:emmanuel-macron',
    label: 'Emmanuel Macron',
    kind: 'person',
    country: 'FR',
    role: 'president',
  },
  {
    id: 'person:radoslaw-sikorski',
    label: 'Radosław Sikorski',
    kind: 'person',
    country: 'PL',
    role: 'minister',
  },
  { id: 'org:nato', label: 'NATO', kind: 'org', country: '', role: '' },
  {
    id: 'position:troops-to-ukraine',
    label: 'Troops to Ukraine',
    kind: 'position',
    country: '',
    role: '',
  },
  { id: 'position:ceasefire', label: 'Ceasefire', kind: 'position', country: '', role: '' },
];

let offset = 0;
function claim(
  source: string,
  target: string,
  stance: Stance,
  outlet: string,
  date: string,
  quote: string,
): ClaimRecord {
  const start = offset;
  offset += 100;
  return {
    source,
    target,
    stance,
    quote,
    direct_quote: quote.startsWith('"'),
    article: `a-${outlet.toLowerCase()}`,
    title: `Report by ${outlet}`,
    outlet,
    url: `https://example.org/${outlet.toLowerCase()}`,
    published: date,
    date,
    start,
    end: start + quote.length,
    cue: 'said',
    confidence: 0.9,
  };
}

export const CLAIMS: ClaimRecord[] = [
  claim(
    'person:emmanuel-macron',
    'position:troops-to-ukraine',
    'supports',
    'AFP',
    '2025-01-10',
    '"Nothing is excluded," Macron said.',
  ),
  claim(
    'person:emmanuel-macron',
    'position:ceasefire',
    'conditional',
    'RT',
    '2025-03-02',
    'Macron backs a truce if it holds.',
  ),
  claim(
    'country:DE',
    'position:troops-to-ukraine',
    'opposes',
    'RT',
    '2025-02-15',
    'Berlin rules out sending soldiers.',
  ),
  claim(
    'country:DE',
    'position:ceasefire',
    'supports',
    'AFP',
    '2025-03-20',
    'Germany welcomed the ceasefire plan.',
  ),
  claim(
    'person:radoslaw-sikorski',
    'position:troops-to-ukraine',
    'supports',
    'Kyiv Independent',
    '2025-03-05',
    '"It is not unthinkable," Sikorski said.',
  ),
  claim(
    'org:nato',
    'position:troops-to-ukraine',
    'opposes',
    'AFP',
    '2025-02-01',
    'NATO has no plans to deploy.',
  ),
  claim(
    'country:FR',
    'position:ceasefire',
    'supports',
    'Kyiv Independent',
    '2025-03-25',
    'Paris backs a 30-day truce.',
  ),
];

export function fixtureGraph(): StanceGraph {
  return buildStanceGraph(NODES, CLAIMS, { corpus: 'fixture' });
}

/** The claim attributes of `edge` (throws for a non-claim, which a test must not ask). */
export function claimAt(graph: StanceGraph, edge: string): ClaimAttributes {
  const attributes = graph.getEdgeAttributes(edge);
  if (!isClaim(attributes)) throw new Error(`${edge} is not a claim`);
  return attributes;
}
