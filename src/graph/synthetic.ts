// Synthetic stance graphs for load tests: as large as asked, shaped like the
// real thing (a few hundred countries and positions, many people, hub actors
// and hot positions, articles from a score of outlets, claims spread evenly
// over a span of days so that one day holds about 1/days of them). Seeded:
// the same options always give the same graph.
import { seededRandom } from './seededRandom';
import { buildStanceGraph, type ClaimRecord, type NodeRecord } from './buildGraph';
import type { NodeKind, Stance, StanceGraph } from './types';

export interface SyntheticOptions {
  /** Total number of nodes (countries, orgs, people, positions). */
  nodes: number;
  /** Number of claim edges. */
  claims: number;
  /** Claim dates are spread evenly over this many days. */
  days: number;
  /** The first day, YYYY-MM-DD. */
  firstDay: string;
  seed: number;
}

export const SYNTHETIC_DEFAULTS: SyntheticOptions = {
  nodes: 10_000,
  claims: 100_000,
  days: 100,
  firstDay: '2024-01-01',
  seed: 1,
};

export const SYNTHETIC_OUTLETS = [
  'AFP',
  'AP',
  'Al Jazeera',
  'BBC',
  'Bloomberg',
  'CNN',
  'DW',
  'Der Spiegel',
  'Euronews',
  'Financial Times',
  'Fox News',
  'Kyiv Independent',
  'Le Monde',
  'Politico',
  'RT',
  'Reuters',
  'TASS',
  'The Guardian',
  'The New York Times',
  'Xinhua',
] as const;

const ROLES = ['', 'prime-minister', 'foreign-minister', 'president', 'spokesperson'] as const;
const CLAIMS_PER_ARTICLE = 5;
const DAY = 86_400_000;

function countryCode(index: number): string {
  return String.fromCharCode(65 + (Math.floor(index / 26) % 26), 65 + (index % 26));
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

function nodeRecords(total: number, pick: () => number): NodeRecord[] {
  const countries = Math.min(26 * 26, Math.max(1, Math.round(total * 0.02)));
  const positions = Math.max(1, Math.round(total * 0.03));
  const orgs = Math.round(total * 0.05);
  const people = Math.max(0, total - countries - positions - orgs);
  const records: NodeRecord[] = [];
  const add = (kind: NodeKind, index: number, country: string, role: string): void => {
    const label = kind === 'country' ? `Country ${country}` : `${kind} ${index + 1}`;
    const id = kind === 'country' ? `country:${country}` : `${kind}:${slug(label)}`;
    records.push({ id, label, kind, country, role });
  };
  const anyCountry = (): string => countryCode(Math.floor(pick() * countries));
  for (let i = 0; i < countries; i++) add('country', i, countryCode(i), '');
  for (let i = 0; i < positions; i++) add('position', i, '', '');
  for (let i = 0; i < orgs; i++) add('org', i, pick() < 0.5 ? anyCountry() : '', '');
  for (let i = 0; i < people; i++) {
    add('person', i, anyCountry(), ROLES[Math.floor(pick() * ROLES.length)] ?? '');
  }
  return records;
}

/** Fisher-Yates with the seeded generator. */
function shuffle<T>(items: readonly T[], pick: () => number): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(pick() * (i + 1));
    [result[i], result[j]] = [result[j] as T, result[i] as T];
  }
  return result;
}

function stanceOf(u: number): Stance {
  return u < 0.5 ? 'supports' : u < 0.85 ? 'opposes' : 'conditional';
}

const CUES: Record<Stance, string> = {
  supports: 'backs',
  opposes: 'rejects',
  conditional: 'would back, provided',
};

function claimRecords(
  nodes: readonly NodeRecord[],
  options: SyntheticOptions,
  pick: () => number,
): ClaimRecord[] {
  const actors = nodes.filter((node) => node.kind !== 'position');
  const positions = nodes.filter((node) => node.kind === 'position');
  // Shuffled, then drawn with a skew: a few hub actors and hot positions.
  const hubs = shuffle(actors, pick);
  const claims: ClaimRecord[] = [];
  let article = '';
  let outlet = '';
  let day = 0;
  let lag = 0;
  for (let i = 0; i < options.claims; i++) {
    const slot = i % CLAIMS_PER_ARTICLE;
    if (slot === 0) {
      article = `synthetic-${String(i / CLAIMS_PER_ARTICLE).padStart(6, '0')}`;
      outlet = SYNTHETIC_OUTLETS[Math.floor(pick() * SYNTHETIC_OUTLETS.length)] ?? 'RT';
      // The statement day is uniform; the article follows it by up to two days.
      day = Math.floor(pick() * options.days);
      lag = Math.floor(pick() * 3);
    }
    const source = hubs[Math.floor(pick() ** 3 * hubs.length)];
    const target = positions[Math.floor(pick() ** 2 * positions.length)];
    if (!source || !target) break;
    const stance = stanceOf(pick());
    const quote = `${source.label} ${CUES[stance]} "${target.label}", the statement said.`;
    const start = slot * 400 + Math.floor(pick() * 200);
    claims.push({
      source: source.id,
      target: target.id,
      stance,
      quote,
      direct_quote: pick() < 0.5,
      article,
      title: `Synthetic article ${article}`,
      outlet,
      url: `https://example.org/${slug(outlet)}/${article}`,
      published: addDays(options.firstDay, day + lag),
      date: addDays(options.firstDay, day),
      start,
      end: start + quote.length,
      cue: CUES[stance],
      confidence: Math.round((0.5 + pick() / 2) * 100) / 100,
    });
  }
  return claims;
}

/**
 * Places nodes cheaply where a force layout would roughly put them: positions
 * at random spots, each actor near the mean of the positions it speaks on.
 * (ForceAtlas2 on 100,000 edges takes minutes.)
 */
function placeNearTargets(graph: StanceGraph, pick: () => number): void {
  const round = (value: number): number => Math.round(value * 1000) / 1000;
  // Uniform in a disc of radius 100, like seededPosition, but free of the
  // pattern that hashing sequential ids ("position-1", "position-2") draws.
  const spot = () => {
    const [angle, radius] = [pick() * 2 * Math.PI, 100 * Math.sqrt(pick())];
    return { x: round(radius * Math.cos(angle)), y: round(radius * Math.sin(angle)) };
  };
  graph.forEachNode((node, attributes) => {
    if (attributes.kind === 'position') graph.mergeNodeAttributes(node, spot());
  });
  graph.forEachNode((node, attributes) => {
    if (attributes.kind === 'position') return;
    const targets = graph
      .outNeighbors(node)
      .filter((n) => graph.getNodeAttribute(n, 'kind') === 'position')
      .map((n) => graph.getNodeAttributes(n));
    const at = targets.length > 0 ? targets : [spot()];
    const mean = (axis: 'x' | 'y') => at.reduce((sum, p) => sum + p[axis], 0) / at.length;
    graph.mergeNodeAttributes(node, {
      x: round(mean('x') + (pick() - 0.5) * 20),
      y: round(mean('y') + (pick() - 0.5) * 20),
    });
  });
}

/** A seeded synthetic stance graph; see SYNTHETIC_DEFAULTS for the defaults. */
export function syntheticStanceGraph(options: Partial<SyntheticOptions> = {}): StanceGraph {
  const settings = { ...SYNTHETIC_DEFAULTS, ...options };
  const pick = seededRandom(settings.seed);
  const nodes = nodeRecords(settings.nodes, pick);
  const claims = claimRecords(nodes, settings, pick);
  const graph = buildStanceGraph(nodes, claims, { corpus: `synthetic-${settings.seed}` });
  placeNearTargets(graph, pick);
  return graph;
}
