// npm run bench:app — the explorer against a bare sigma page on a synthetic
// graph (10,000 nodes, 100,000 claims): time to first frame, a date-filter
// step that changes about 1% of the claims, a change that hides half of them,
// and the gzipped size of the initial JavaScript. Both pages are built and
// measured in the same run, in the same headless Chromium; medians are printed.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { syntheticStanceGraph, SYNTHETIC_DEFAULTS } from '../src/graph/synthetic';
import { isClaim, STANCES } from '../src/graph/types';
import { launchChromium } from './lib/chromium';
import { processIo, runCommand } from './lib/cli';
import { serveStatic } from './lib/staticServer';

const ROOT = path.resolve(import.meta.dirname, '..');
const LOADS = 3;
/** Filter changes measured per page load and kind of change (each one way, then back). */
const TOGGLES = 1;
/** Quiet time after each change: the explorer re-indexes labels 400 ms after a step. */
const SETTLE_MS = 600;
const GIVE_UP_MS = 8 * 60_000;
/** Software WebGL rasterises every pixel on the CPU: a modest window keeps the run short. */
const VIEWPORT = { width: 1024, height: 700 };
const FIRST_FRAME = 'stancegraph:first-frame';

/** One timed change: the page's own measure, and until the GPU has drawn it. */
interface Timing {
  /** From the change to sigma's afterRender (the page's performance measure). */
  script: number;
  /** From the change until its pixels are drawn (a WebGL read-back waits for the GPU). */
  drawn: number;
}

interface Sample {
  firstFrame: Timing;
  smallStep: Timing[];
  halfStep: Timing[];
}

interface BenchTarget {
  name: 'app' | 'bare';
  url: string;
  /** The name of the performance measure the page records per filter change. */
  measure: string;
  /** Sets the From date ('' clears it). */
  setFrom: (page: Page, date: string) => Promise<unknown>;
  /** Shows or hides the claims that support. */
  showSupports: (page: Page, on: boolean) => Promise<unknown>;
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] ?? NaN)
    : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
};

/** Gzipped bytes of every script and modulepreload that index.html loads. */
async function initialScriptBytes(dir: string): Promise<number> {
  const html = await readFile(path.join(dir, 'index.html'), 'utf8');
  const sources = new Set<string>();
  for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const isScript = tag.startsWith('<script');
    if (!isScript && !/rel=["']?modulepreload/.test(tag)) continue;
    const src = /\b(?:src|href)=["']?([^"' >]+)/.exec(tag)?.[1];
    if (src) sources.add(src);
  }
  let total = 0;
  for (const src of sources) total += gzipSync(await readFile(path.join(dir, src))).length;
  return total;
}

/**
 * The page's clock once every WebGL canvas has finished drawing: reading a
 * pixel back makes the browser wait for the GPU (software WebGL here).
 */
function drawnAt(page: Page): Promise<number> {
  return page.evaluate(() => {
    for (const canvas of document.querySelectorAll('canvas')) {
      const gl = canvas.getContext('webgl2');
      gl?.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
    }
    return performance.now();
  });
}

const entryCount = (page: Page, name: string): Promise<number> =>
  page.evaluate((entry) => performance.getEntriesByName(entry).length, name);

/** Runs `act`, waits for the page's measure of it and for its pixels, then lets the page settle. */
async function timeChange(
  page: Page,
  measure: string,
  act: () => Promise<unknown>,
): Promise<Timing> {
  const before = await entryCount(page, measure);
  await act();
  await page.waitForFunction(
    ([name, count]) => performance.getEntriesByName(name as string).length > (count as number),
    [measure, before] as const,
    { timeout: 60_000, polling: 20 },
  );
  const drawn = await drawnAt(page);
  const entry = await page.evaluate((name) => {
    const last = performance.getEntriesByName(name).at(-1);
    return { start: last?.startTime ?? NaN, duration: last?.duration ?? NaN };
  }, measure);
  await page.waitForTimeout(SETTLE_MS);
  await drawnAt(page);
  return { script: entry.duration, drawn: drawn - entry.start };
}

function targets(base: string): BenchTarget[] {
  return [
    {
      name: 'app',
      url: `${base}app/`,
      measure: 'stancegraph:filter',
      // force: the pointer-actionability checks wait for animation frames, which
      // software WebGL makes slow on a 100,000-edge graph.
      setFrom: (page, date) => page.getByLabel('From', { exact: true }).fill(date, { force: true }),
      showSupports: (page, on) =>
        page
          .getByRole('checkbox', { name: 'supports', exact: true })
          .setChecked(on, { force: true }),
    },
    {
      name: 'bare',
      url: `${base}bare/`,
      measure: 'bare:filter',
      setFrom: (page, date) => page.evaluate((from) => window.bareFilter({ from }), date),
      showSupports: (page, on) =>
        page.evaluate(
          (stances) => window.bareFilter({ stances }),
          STANCES.filter((stance) => on || stance !== 'supports'),
        ),
    },
  ];
}

async function measureLoad(
  page: Page,
  target: BenchTarget,
  url: string,
  secondDay: string,
): Promise<Sample> {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, FIRST_FRAME, {
    timeout: 180_000,
    polling: 20,
  });
  const drawn = await drawnAt(page);
  const mark = await page.evaluate(
    (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN,
    FIRST_FRAME,
  );
  const firstFrame = { script: mark, drawn };
  await page.waitForTimeout(SETTLE_MS);
  const change = (act: () => Promise<unknown>) => timeChange(page, target.measure, act);
  const halfStep: Timing[] = [];
  for (let i = 0; i < TOGGLES; i++) {
    halfStep.push(await change(() => target.showSupports(page, false)));
    halfStep.push(await change(() => target.showSupports(page, true)));
  }
  // Hiding the first day's claims and showing them again: about 1% each way.
  const smallStep: Timing[] = [];
  for (let i = 0; i < TOGGLES; i++) {
    smallStep.push(await change(() => target.setFrom(page, secondDay)));
    smallStep.push(await change(() => target.setFrom(page, '')));
  }
  if (errors.length > 0)
    processIo.stderr(`warning: ${target.name} page errors: ${errors.join(' | ')}`);
  return { firstFrame, smallStep, halfStep };
}

const ms = (value: number): string => `${value.toFixed(value < 100 ? 1 : 0)} ms`;
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} kB`;

/** A line of the table; `spread` (the app's and the bare page's ranges) is printed last. */
function row(
  label: string,
  app: number,
  bare: number,
  format: (n: number) => string,
  spread = '',
): string {
  const ratio = (app / bare).toFixed(2);
  return `${label.padEnd(44)}${format(app).padStart(11)}${format(bare).padStart(11)}${ratio.padStart(10)}${spread}`;
}

async function bench(): Promise<number> {
  const started = performance.now();
  const work = await mkdtemp(path.join(os.tmpdir(), 'stancegraph-bench-'));
  try {
    const [appDir, bareDir] = [path.join(work, 'app'), path.join(work, 'bare')];
    await build({ root: ROOT, logLevel: 'warn', build: { outDir: appDir, emptyOutDir: true } });
    await build({
      root: path.join(ROOT, 'scripts/bench-app'),
      configFile: false,
      base: './',
      logLevel: 'warn',
      build: { outDir: bareDir, emptyOutDir: true },
    });
    const graph = syntheticStanceGraph();
    const json = JSON.stringify(graph.export());
    // Both pages fetch ./graph.json, next to their index.html.
    await writeFile(path.join(appDir, 'graph.json'), json);
    await writeFile(path.join(bareDir, 'graph.json'), json);

    const claims = graph.mapEdges((_edge, attributes) => attributes).filter(isClaim);
    const dates = claims.map((claim) => claim.date);
    // From set to the second day hides the first day's claims.
    const firstDay = SYNTHETIC_DEFAULTS.firstDay;
    const secondDay = new Date(Date.parse(`${firstDay}T00:00:00Z`) + 86_400_000)
      .toISOString()
      .slice(0, 10);
    const stepShare = dates.filter((date) => date === firstDay).length / dates.length;
    const supportShare =
      claims.filter((claim) => claim.stance === 'supports').length / claims.length;

    const server = await serveStatic(work, GIVE_UP_MS);
    const browser = await launchChromium();
    const samples: Record<string, Sample[]> = { app: [], bare: [] };
    try {
      let graphArea = '';
      for (let load = 0; load < LOADS; load++) {
        for (const target of targets(server.url)) {
          const context = await browser.newContext({ viewport: VIEWPORT });
          const page = await context.newPage();
          const url = target.name === 'bare' ? `${target.url}${graphArea}` : target.url;
          samples[target.name]?.push(await measureLoad(page, target, url, secondDay));
          if (target.name === 'app' && !graphArea) {
            const box = await page.locator('canvas.sigma-edges').boundingBox();
            if (box) graphArea = `?width=${Math.round(box.width)}&height=${Math.round(box.height)}`;
          }
          await context.close();
        }
      }
    } finally {
      await browser.close();
      await server.close();
    }
    const values = (name: string, pick: (s: Sample) => Timing[], part: keyof Timing) =>
      (samples[name] ?? []).flatMap(pick).map((timing) => timing[part]);
    const range = (list: number[]) =>
      `${Math.min(...list).toFixed(0)}-${Math.max(...list).toFixed(0)}`;
    const timed = (label: string, pick: (s: Sample) => Timing[]): string[] =>
      (['script', 'drawn'] as const).map((part) => {
        const [app, bare] = [values('app', pick, part), values('bare', pick, part)];
        return row(
          `${label}, ${part === 'script' ? 'to afterRender' : 'until drawn'}`,
          median(app),
          median(bare),
          ms,
          `   ${range(app).padStart(11)} ${range(bare).padStart(11)}`,
        );
      });
    const [appJs, bareJs] = [await initialScriptBytes(appDir), await initialScriptBytes(bareDir)];
    const lines = [
      `bench:app: synthetic graph of ${graph.order} nodes and ${claims.length} claims ` +
        `(graph.json ${(json.length / 1e6).toFixed(1)} MB), headless Chromium with software ` +
        `WebGL, medians of ${LOADS} page loads and ${LOADS * TOGGLES * 2} changes of each kind`,
      `${''.padEnd(44)}${'app'.padStart(11)}${'bare'.padStart(11)}${'app/bare'.padStart(10)}` +
        `   ${'app range'.padStart(11)} ${'bare range'.padStart(11)}`,
      ...timed('first frame (from navigation)', (s) => [s.firstFrame]),
      ...timed(`date step (${(stepShare * 100).toFixed(1)}% of claims)`, (s) => s.smallStep),
      ...timed(
        `untick supports (${(supportShare * 100).toFixed(0)}% of claims)`,
        (s) => s.halfStep,
      ),
      row('initial JavaScript, gzipped', appJs, bareJs, kb),
      `(${((performance.now() - started) / 1000).toFixed(0)} s)`,
    ];
    for (const line of lines) processIo.stdout(line);
    return 0;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

const giveUp = setTimeout(() => {
  processIo.stderr(`error: bench:app gave up after ${GIVE_UP_MS / 60_000} minutes`);
  process.exit(1);
}, GIVE_UP_MS);
giveUp.unref();
process.exitCode = await runCommand(bench, processIo);
