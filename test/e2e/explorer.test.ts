// The explorer on the seed build shipped in dist/, driven only through what a
// reader sees: accessible names of inputs and buttons, downloads, the canvas.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isClaim, type ClaimAttributes, type StanceGraph } from '../../src/graph/types';
import { EDGE_COLUMNS } from '../../src/io/edgesCsv';
import { parseGraphJson } from '../../src/io/graphJson';
import { NODE_COLUMNS } from '../../src/io/nodesCsv';
import { KIND_MARKS } from '../../src/view/palette';
import {
  DIST,
  downloadText,
  countPixels,
  newPage,
  openSite,
  saveShot,
  waitForFirstFrame,
  watchProblems,
  type Site,
} from './harness';

type Row = Record<string, string>;

function parseCsv(text: string): { columns: string[]; rows: Row[] } {
  const parsed = Papa.parse<Row>(text, { header: true, skipEmptyLines: true });
  return { columns: parsed.meta.fields ?? [], rows: parsed.data };
}

const claimsOf = (graph: StanceGraph): ClaimAttributes[] =>
  graph.mapEdges((_edge, attributes) => attributes).filter(isClaim);

let site: Site;
let page: Page;
let problems: string[];
let graph: StanceGraph;
let claims: ClaimAttributes[];

beforeAll(async () => {
  graph = parseGraphJson(await readFile(path.join(DIST, 'graph.json'), 'utf8'), 'graph.json');
  claims = claimsOf(graph);
  site = await openSite();
  page = await newPage(site);
  problems = watchProblems(page);
  await page.goto(site.url());
  await waitForFirstFrame(page);
});

afterAll(async () => {
  await site?.close();
});

async function downloadCsv(target: Page = page): Promise<{ columns: string[]; rows: Row[] }> {
  const { text } = await downloadText(target, 'Download CSV');
  return parseCsv(text);
}

describe('the explorer on the seed build', () => {
  it('loads with no console errors and draws the graph', async () => {
    const shot = await page.locator('canvas.sigma-nodes').screenshot();
    await saveShot(page, 'seed-loaded');
    const { ink, total } = await countPixels(site, shot);
    expect(ink / total).toBeGreaterThan(0.01);
    expect(problems).toEqual([]);
  });

  it('downloads every claim, under exactly the edges.csv columns', async () => {
    const { columns, rows } = await downloadCsv();
    expect(columns).toEqual([...EDGE_COLUMNS]);
    expect(rows).toHaveLength(claims.length);
  });

  it('keeps only claims dated on or after From', async () => {
    const dates = [...new Set(claims.map((claim) => claim.date))].sort();
    const from = dates[Math.floor(dates.length / 2)] ?? '';
    const expected = claims.filter((claim) => claim.date >= from).length;
    expect(expected).toBeLessThan(claims.length);
    await page.getByLabel('From', { exact: true }).fill(from);
    const { rows } = await downloadCsv();
    expect(rows.length).toBe(expected);
    expect(rows.every((row) => (row.date ?? '') >= from)).toBe(true);
  });

  it('drops every row of an outlet that is unticked', async () => {
    const outlets = claims.map((claim) => claim.outlet);
    const outlet = outlets.includes('RT') ? 'RT' : (outlets[0] ?? '');
    const before = await downloadCsv();
    expect(before.rows.some((row) => row.outlet === outlet)).toBe(true);
    await page.getByRole('checkbox', { name: outlet, exact: true }).uncheck();
    const after = await downloadCsv();
    expect(after.rows.some((row) => row.outlet === outlet)).toBe(false);
    expect(after.rows.length).toBe(before.rows.filter((row) => row.outlet !== outlet).length);
  });

  it('reproduces the same download when its URL is opened again', async () => {
    const { text } = await downloadText(page, 'Download CSV');
    await page.waitForFunction(() => /[?&]from=/.test(window.location.search));
    const again = await newPage(site);
    const againProblems = watchProblems(again);
    await again.goto(page.url());
    await waitForFirstFrame(again);
    expect((await downloadText(again, 'Download CSV')).text).toBe(text);
    expect(againProblems).toEqual([]);
    await again.context().close();
  });

  it('downloads the visible nodes under the nodes.csv columns', async () => {
    const { file, text } = await downloadText(page, 'Download nodes CSV');
    const { columns, rows } = parseCsv(text);
    expect(file).toBe('nodes.csv');
    expect(columns).toEqual([...NODE_COLUMNS]);
    const ids = rows.map((row) => row.Id ?? '');
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((id) => graph.hasNode(id))).toBe(true);
    // Every actor and position of a visible claim is listed.
    const { rows: visibleClaims } = await downloadCsv();
    for (const row of visibleClaims) {
      expect(ids).toContain(row.Source);
      expect(ids).toContain(row.Target);
    }
  });

  it('shows everything again after Reset filters', async () => {
    await page.getByRole('button', { name: 'Reset filters', exact: true }).click();
    expect((await downloadCsv()).rows).toHaveLength(claims.length);
    await expect.poll(() => new URL(page.url()).search).toBe('');
  });

  it('search moves the camera to a node and Enter opens its panel with its quotes', async () => {
    const target = graph
      .filterNodes((_node, attributes) => attributes.kind === 'person')
      .sort((a, b) => graph.getNodeAttribute(b, 'claims') - graph.getNodeAttribute(a, 'claims'))[0];
    if (!target) throw new Error('the seed graph has no person');
    const label = graph.getNodeAttribute(target, 'label');
    const canvas = page.locator('canvas.sigma-nodes');
    await page.getByRole('searchbox', { name: 'Search' }).fill(label);
    await page.getByRole('searchbox', { name: 'Search' }).press('Enter');
    const panel = page.getByRole('complementary', { name: 'Selection' });
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent()).toBe(label);
    await expect.poll(() => new URL(page.url()).searchParams.get('node')).toBe(target);
    const quotes = graph
      .outEdges(target)
      .map((edge) => graph.getEdgeAttributes(edge))
      .filter(isClaim)
      .map((claim) => claim.quote);
    const shown = await panel.locator('blockquote').allTextContents();
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((quote) => quotes.includes(quote))).toBe(true);
    // The camera has moved to the node: once the 600 ms animation is over, the
    // middle of the drawing is the person's disc.
    await page.waitForTimeout(900);
    const box = await canvas.boundingBox();
    if (!box) throw new Error('no sigma canvas');
    const middle = {
      x: box.x + box.width / 2 - 3,
      y: box.y + box.height / 2 - 3,
      width: 6,
      height: 6,
    };
    const { matching, total } = await countPixels(
      site,
      await page.screenshot({ clip: middle }),
      KIND_MARKS.person.fill,
    );
    expect(matching / total).toBeGreaterThan(0.8);
    await saveShot(page, 'seed-search-selected');
  });

  it('presenter mode: the button, p and Esc; it hides the side panels', async () => {
    const sidebar = page.getByRole('complementary', { name: 'Explore' });
    const selection = page.getByRole('complementary', { name: 'Selection' });
    const leave = page.getByRole('button', { name: /Leave presenter mode/ });
    await page.getByRole('button', { name: 'Presenter mode', exact: true }).click();
    await expect.poll(() => sidebar.count()).toBe(0);
    expect(await selection.count()).toBe(0);
    expect(await leave.isVisible()).toBe(true);
    await saveShot(page, 'seed-presenter');
    await page.keyboard.press('Escape');
    await expect.poll(() => sidebar.count()).toBe(1);
    await page.keyboard.press('p');
    await expect.poll(() => sidebar.count()).toBe(0);
    await page.keyboard.press('p');
    await expect.poll(() => sidebar.count()).toBe(1);
    expect(problems).toEqual([]);
  });

  it('ignores a hostile query string and keeps working', async () => {
    const hostile = await newPage(site);
    const hostileProblems = watchProblems(hostile);
    const dialogs: string[] = [];
    hostile.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const query =
      '?__proto__[x]=1&constructor[prototype][y]=2&__proto__.z=3&from=not-a-date&to=9999-99-99' +
      '&outlets=%3Cscript%3Ealert(1)%3C%2Fscript%3E&hide=%3Cimg%20src%3Dx%20onerror%3Dalert(2)%3E' +
      '&stances=__proto__&kinds=constructor&node=__proto__&edge=constructor&present=%3Cb%3E' +
      `&from=${'9'.repeat(5000)}`;
    await hostile.goto(site.url(query));
    await waitForFirstFrame(hostile);
    const polluted = await hostile.evaluate(() => {
      const probe = {} as Record<string, unknown>;
      return [
        probe.x,
        probe.y,
        probe.z,
        Object.prototype.hasOwnProperty.call(Object.prototype, 'x'),
      ];
    });
    expect(polluted).toEqual([undefined, undefined, undefined, false]);
    expect((await downloadCsv(hostile)).rows).toHaveLength(claims.length);
    expect(await hostile.locator('img[src="x"]').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(hostileProblems).toEqual([]);
    await hostile.context().close();
  });

  it.each([
    ['as loaded', ''],
    ['rolled up', '?rollup=1'],
    ['rolled up and filtered', '?from=2025-03-01&hide=RT&rollup=1'],
  ])('opens again what it downloads: %s', async (_name, query) => {
    const view = await newPage(site);
    const viewProblems = watchProblems(view);
    await view.goto(site.url(query));
    await waitForFirstFrame(view);
    const edges = await downloadText(view, 'Download CSV');
    const nodes = await downloadText(view, 'Download nodes CSV');
    const chooser = view.waitForEvent('filechooser');
    await view.getByRole('button', { name: 'Open file…', exact: true }).click();
    await (
      await chooser
    ).setFiles([
      { name: 'edges.csv', mimeType: 'text/csv', buffer: Buffer.from(edges.text) },
      { name: 'nodes.csv', mimeType: 'text/csv', buffer: Buffer.from(nodes.text) },
    ]);
    const opened = view.getByRole('status').filter({ hasText: 'Opened edges.csv + nodes.csv.' });
    await expect.poll(() => opened.count()).toBe(1);
    expect(await view.getByRole('alert').count()).toBe(0);
    const rows = (text: string) =>
      parseCsv(text)
        .rows.map(({ via: _via, ...row }) => row)
        .sort((a, b) => ((a.Id ?? '') < (b.Id ?? '') ? -1 : 1));
    const again = await downloadText(view, 'Download CSV');
    expect(rows(again.text)).toEqual(rows(edges.text));
    expect(rows(edges.text).length).toBeGreaterThan(0);
    expect(viewProblems).toEqual([]);
    await view.context().close();
  });

  it('says so when From is after To, and recovers when the dates are put right', async () => {
    const view = await newPage(site);
    const viewProblems = watchProblems(view);
    await view.goto(site.url());
    await waitForFirstFrame(view);
    const dates = [...new Set(claims.map((claim) => claim.date))].sort();
    const [first = '', last = ''] = [dates[0], dates.at(-1)];
    await view.getByLabel('From', { exact: true }).fill(last);
    await view.getByLabel('To', { exact: true }).fill(first);
    const problem = view.getByRole('alert').filter({ hasText: 'From is after To' });
    await expect.poll(() => problem.count()).toBe(1);
    expect(await view.getByRole('status', { name: 'Visible' }).textContent()).toMatch(
      /(^|\D)0 claims/,
    );
    expect((await downloadCsv(view)).rows).toHaveLength(0);
    await view.getByLabel('To', { exact: true }).fill(last);
    await expect.poll(() => problem.count()).toBe(0);
    expect((await downloadCsv(view)).rows.length).toBeGreaterThan(0);
    expect(viewProblems).toEqual([]);
    await view.context().close();
  });

  it('keeps the drawing above the legend when coalitions make the legend grow', async () => {
    const view = await newPage(site);
    await view.goto(site.url());
    await waitForFirstFrame(view);
    const legend = view.getByRole('region', { name: 'Legend' });
    const canvas = view.locator('canvas.sigma-nodes');
    const before = (await legend.boundingBox())?.height ?? 0;
    await view.getByRole('checkbox', { name: 'Coalitions', exact: true }).check();
    await expect
      .poll(async () => (await legend.boundingBox())?.height ?? 0)
      .toBeGreaterThan(before);
    await expect
      .poll(async () => {
        const [drawing, strip] = [await canvas.boundingBox(), await legend.boundingBox()];
        return drawing && strip ? drawing.y + drawing.height - strip.y : Infinity;
      })
      .toBeLessThanOrEqual(0.5);
    await view.context().close();
  });
});
