// The explorer on small graphs made for the purpose, each served from its own
// copy of dist/: hostile text in labels and quotes, a canvas click on the one
// position, downloads read back by the CSV loader, files opened from disk, and
// graph.json files the loader must refuse.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildStanceGraph, type ClaimRecord, type NodeRecord } from '../../src/graph/buildGraph';
import { applySeededLayout } from '../../src/graph/layout';
import { isClaim, type StanceGraph } from '../../src/graph/types';
import { parseEdgesNodesCsv } from '../../src/io/csvGraph';
import { edgesCsv } from '../../src/io/edgesCsv';
import { nodesCsv } from '../../src/io/nodesCsv';
import { KIND_MARKS } from '../../src/view/palette';
import {
  countPixels,
  downloadText,
  newPage,
  openSite,
  saveShot,
  waitForFirstFrame,
  watchProblems,
  type Site,
} from './harness';

const HOSTILE_LABEL = '<img src=x onerror="window.__xss=1">';
const POSITION_LABEL = 'Send troops';

const NODES: NodeRecord[] = [
  { id: 'country:FR', label: HOSTILE_LABEL, kind: 'country', country: 'FR', role: '' },
  {
    id: 'person:ann',
    label: '=HYPERLINK("https://evil.example")',
    kind: 'person',
    country: 'FR',
    role: '',
  },
  { id: 'org:un', label: 'United Nations', kind: 'org', country: '', role: '' },
  { id: 'position:troops', label: POSITION_LABEL, kind: 'position', country: '', role: '' },
];

function claim(source: string, quote: string, extra: Partial<ClaimRecord>): ClaimRecord {
  const start = extra.start ?? 0;
  return {
    source,
    target: 'position:troops',
    stance: 'supports',
    quote,
    direct_quote: false,
    article: 'a1',
    title: '<b>Title</b>',
    outlet: 'RT',
    url: 'https://example.org/a1?q=<script>',
    published: '2025-03-20',
    date: '2025-03-20',
    start,
    end: start + quote.length,
    cue: 'backs',
    confidence: 0.9,
    ...extra,
  };
}

const CLAIMS: ClaimRecord[] = [
  claim('person:ann', '=1+1 is the plan', { start: 0 }),
  claim('person:ann', '-5% of the budget, she said', {
    start: 40,
    stance: 'opposes',
    date: '2025-01-05',
  }),
  claim('country:FR', '@everyone: <script>window.__xss=2</script>', {
    start: 90,
    outlet: 'Le Monde',
  }),
  claim('org:un', 'The UN would back it, provided a mandate exists.', {
    start: 0,
    article: 'a2',
    stance: 'conditional',
    outlet: 'Le Monde',
    date: '2025-02-10',
    published: '2025-02-11',
  }),
];

function fixtureGraph(claims = CLAIMS): StanceGraph {
  const graph = buildStanceGraph(NODES, claims, { corpus: 'fixture' });
  applySeededLayout(graph, 50);
  return graph;
}

const claimsOf = (graph: StanceGraph) =>
  graph
    .mapEdges((edge, attributes, source, target) => ({ edge, source, target, attributes }))
    .filter((entry) => isClaim(entry.attributes));

const BROKEN_LINES = [
  '{',
  '  "nodes": [',
  '    {"key": "a", "attributes": {"kind": "org",}}',
  '  ]',
  '}',
];

let site: Site;
let page: Page;
let problems: string[];
const graph = fixtureGraph();

beforeAll(async () => {
  const hostileData = JSON.stringify(graph.export()).replace(
    '"kind":"org"',
    '"kind":"org","__proto__":{"polluted":1}',
  );
  site = await openSite({
    fixture: JSON.stringify(graph.export()),
    broken: BROKEN_LINES.join('\n'),
    hostile: hostileData,
  });
  page = await newPage(site);
  problems = watchProblems(page);
  await page.goto(site.url('', 'fixture'));
  await waitForFirstFrame(page);
});

afterAll(async () => {
  await site?.close();
});

/** Where the position's square (the only node in that grey) is drawn, outside the legend. */
async function positionSquareCentre(target: Page): Promise<{ x: number; y: number }> {
  const canvas = await target.locator('canvas.sigma-nodes').boundingBox();
  const legend = await target.getByRole('region', { name: 'Legend' }).boundingBox();
  if (!canvas) throw new Error('no sigma canvas');
  const bottom = legend ? Math.min(canvas.y + canvas.height, legend.y) : canvas.y + canvas.height;
  const clip = { ...canvas, height: bottom - canvas.y };
  const { centre } = await countPixels(
    site,
    await target.screenshot({ clip }),
    KIND_MARKS.position.fill,
  );
  if (!centre) throw new Error('the position square is not drawn');
  return { x: clip.x + centre.x, y: clip.y + centre.y };
}

describe('the explorer on a fixture graph', () => {
  it('opens the panel of the position clicked on the canvas, listing its quotes', async () => {
    const { x, y } = await positionSquareCentre(page);
    await page.mouse.click(x, y);
    const panel = page.getByRole('complementary', { name: 'Selection' });
    await expect
      .poll(() => panel.getByRole('heading', { level: 2 }).textContent())
      .toBe(POSITION_LABEL);
    const quotes = await panel.locator('blockquote').allTextContents();
    expect(quotes.sort()).toEqual(CLAIMS.map((c) => c.quote).sort());
    await saveShot(page, 'fixture-position-clicked');
  });

  it('shows hostile labels and quotes as text, never as markup', async () => {
    const panel = page.getByRole('complementary', { name: 'Selection' });
    expect(await panel.getByRole('button', { name: HOSTILE_LABEL, exact: true }).count()).toBe(1);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
    const links = await panel
      .getByRole('link')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('href')));
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((href) => href?.startsWith('https://example.org/'))).toBe(true);
    expect(problems).toEqual([]);
  });

  it('downloads files that the CSV loader reads back to the same claims', async () => {
    const edges = await downloadText(page, 'Download CSV');
    const nodes = await downloadText(page, 'Download nodes CSV');
    // Cells a spreadsheet would run as formulas are written with a leading quote mark.
    expect(edges.text).toContain("'=1+1 is the plan");
    expect(nodes.text).toContain(`'=HYPERLINK`);
    const read = parseEdgesNodesCsv(edges, nodes);
    expect(claimsOf(read)).toEqual(claimsOf(graph));
  });

  it('opens an edges.csv and nodes.csv pair chosen by the reader', async () => {
    const subset = fixtureGraph(CLAIMS.filter((c) => c.outlet === 'Le Monde'));
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open file…', exact: true }).click();
    await (
      await chooser
    ).setFiles([
      { name: 'edges.csv', mimeType: 'text/csv', buffer: Buffer.from(edgesCsv(subset)) },
      { name: 'nodes.csv', mimeType: 'text/csv', buffer: Buffer.from(nodesCsv(subset)) },
    ]);
    const counts = page.getByRole('status', { name: 'Visible' });
    await expect.poll(() => counts.textContent()).toMatch(/(^|\D)2 claims/);
    const { text } = await downloadText(page, 'Download CSV');
    expect(text).toBe(edgesCsv(subset));
    expect(problems).toEqual([]);
  });

  it('says which line of an opened CSV is wrong, and keeps the graph', async () => {
    const bad = edgesCsv(graph).replace(',1,supports,', ',1,maybe,');
    const line = bad.split('\n').findIndex((row) => row.includes(',1,maybe,')) + 1;
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open file…', exact: true }).click();
    await (
      await chooser
    ).setFiles([
      { name: 'edges.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) },
      { name: 'nodes.csv', mimeType: 'text/csv', buffer: Buffer.from(nodesCsv(graph)) },
    ]);
    const alert = page.getByRole('alert');
    await expect
      .poll(() => alert.textContent())
      .toContain(`edges.csv, line ${line}, field "stance", value "maybe"`);
    expect(await page.getByRole('status', { name: 'Visible' }).textContent()).toMatch(
      /(^|\D)2 claims/,
    );
    await saveShot(page, 'fixture-bad-csv');
  });

  it('names the line and column of a graph.json syntax error', async () => {
    const broken = await newPage(site);
    const brokenProblems = watchProblems(broken);
    await broken.goto(site.url('', 'broken'));
    const alert = broken.getByRole('alert');
    const column = (BROKEN_LINES[2] ?? '').indexOf('}') + 1;
    await expect.poll(() => alert.textContent()).toContain(`graph.json, line 3, column ${column}`);
    await saveShot(broken, 'fixture-broken-json');
    expect(brokenProblems).toEqual([]);
    await broken.context().close();
  });

  it('refuses a graph.json carrying a __proto__ key, without polluting the page', async () => {
    const hostile = await newPage(site);
    const hostileProblems = watchProblems(hostile);
    await hostile.goto(site.url('', 'hostile'));
    const alert = hostile.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('field "__proto__"');
    expect(
      await hostile.evaluate(() => (({}) as Record<string, unknown>).polluted),
    ).toBeUndefined();
    expect(hostileProblems).toEqual([]);
    await hostile.context().close();
  });
});
