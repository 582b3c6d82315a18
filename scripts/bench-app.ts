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
import { isClaim } from '../src/graph/types';
import { launchChromium } from './lib/chromium';
import { processIo, runCommand } from './lib/cli';
import { serveStatic } from './lib/staticServer';

const ROOT = path.resolve(import.meta.dirname, '..');
const LOADS = 3;
/** Filter changes measured per page load and kind of change (each one way, then back). */
const TOGGLES = 1;
/**
 * Quiet time that ends a change: no WebGL draw call for this long. After a
 * step that shows many nodes at once, the explorer re-indexes its labels 1.5 s
 * later, a full redraw; the next change must not pay for it.
 */
const SETTLE_MS = 1_700;
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

/** A filter change as the benchmark asks for it. */
type Change = { from: string } | { supports: boolean };

interface BenchTarget {
  name: 'app' | 'bare';
  url: string;
  /** The name of the performance measure the page records per filter change. */
  measure: string;
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

/** Records the time of the page's last WebGL draw call (installed before any page script). */
function recordDrawCalls(): void {
  const state = window as unknown as { lastDrawCall: number };
  state.lastDrawCall = 0;
  const names = ['drawArrays', 'drawElements', 'drawArraysInstanced', 'drawElementsInstanced'];
  for (const proto of [WebGL2RenderingContext.prototype, WebGLRenderingContext.prototype]) {
    const methods = proto as unknown as Record<string, (...args: unknown[]) => unknown>;
    for (const name of names) {
      const draw = methods[name];
      if (!draw) continue;
      methods[name] = function (this: unknown, ...args: unknown[]) {
        state.lastDrawCall = performance.now();
        return draw.apply(this, args);
      };
    }
  }
}

/**
 * The page's clock once every WebGL canvas has finished drawing, and the time
 * of its last draw call: reading a pixel back makes the browser wait for the
 * GPU (software WebGL here). With `nextFrame`, renders already scheduled for
 * the next animation frame run first.
 */
function drawnAt(page: Page, nextFrame = false): Promise<{ now: number; lastDrawCall: number }> {
  return page.evaluate(async (waitForFrame) => {
    if (waitForFrame) await new Promise((resolve) => requestAnimationFrame(resolve));
    for (const canvas of document.querySelectorAll('canvas')) {
      const gl = canvas.getContext('webgl2');
      gl?.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
    }
    const { lastDrawCall } = window as unknown as { lastDrawCall: number };
    return { now: performance.now(), lastDrawCall };
  }, nextFrame);
}

/** Waits until the page has drawn nothing for SETTLE_MS and the GPU is done. */
async function settle(page: Page): Promise<void> {
  for (let round = 0; round < 20; round++) {
    await page.waitForTimeout(SETTLE_MS);
    const { now, lastDrawCall } = await drawnAt(page, true);
    if (now - lastDrawCall >= SETTLE_MS) return;
  }
}

/**
 * Makes `change` in the page and, in the same task, waits for the GPU to
 * finish the frame it drew, so that nothing scheduled later (a timer, the next
 * animation frame) is counted. The explorer is changed as a reader would change
 * it, through its From input or its "supports" checkbox (React handles both
 * events synchronously); the bare page through its filter function.
 */
function changeInPage(page: Page, target: BenchTarget, change: Change) {
  return page.evaluate(
    ([name, measure, wanted]) => {
      const before = performance.getEntriesByName(measure).length;
      if (name === 'bare') {
        window.bareFilter(
          'from' in wanted
            ? { from: wanted.from }
            : {
                stances: wanted.supports
                  ? ['supports', 'opposes', 'conditional']
                  : ['opposes', 'conditional'],
              },
        );
      } else {
        // No named helpers in here: the page runs this source as it is.
        const inputs = new Map<string, HTMLInputElement>();
        for (const label of document.querySelectorAll('label')) {
          if (label.control instanceof HTMLInputElement) {
            inputs.set(label.textContent?.trim() ?? '', label.control);
          }
        }
        const from = inputs.get('From');
        const supports = inputs.get('supports');
        if (!from || !supports) throw new Error('the page lacks its From input or supports box');
        if ('from' in wanted) {
          // React tracks the value: set it as the browser would, then say so.
          Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(
            from,
            wanted.from,
          );
          from.dispatchEvent(new Event('input', { bubbles: true }));
        } else if (supports.checked !== wanted.supports) {
          supports.click();
        }
      }
      for (const canvas of document.querySelectorAll('canvas')) {
        const gl = canvas.getContext('webgl2');
        gl?.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
      }
      const drawn = performance.now();
      const entries = performance.getEntriesByName(measure);
      // No new measure: the page did not take the change, and there is nothing to time.
      const entry = entries.length > before ? entries.at(-1) : undefined;
      return { start: entry?.startTime ?? NaN, duration: entry?.duration ?? NaN, drawn };
    },
    [target.name, target.measure, change] as const,
  );
}

/** Times one change (see changeInPage), then lets the page settle. */
async function timeChange(page: Page, target: BenchTarget, change: Change): Promise<Timing> {
  const timing = await changeInPage(page, target, change);
  await settle(page);
  return { script: timing.duration, drawn: timing.drawn - timing.start };
}

function targets(base: string): BenchTarget[] {
  return [
    { name: 'app', url: `${base}app/`, measure: 'stancegraph:filter' },
    { name: 'bare', url: `${base}bare/`, measure: 'bare:filter' },
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
  const { now: drawn } = await drawnAt(page);
  const mark = await page.evaluate(
    (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN,
    FIRST_FRAME,
  );
  const firstFrame = { script: mark, drawn };
  await settle(page);
  const change = (wanted: Change) => timeChange(page, target, wanted);
  const halfStep: Timing[] = [];
  for (let i = 0; i < TOGGLES; i++) {
    halfStep.push(await change({ supports: false }));
    halfStep.push(await change({ supports: true }));
  }
  // Hiding the first day's claims and showing them again: about 1% each way.
  const smallStep: Timing[] = [];
  for (let i = 0; i < TOGGLES; i++) {
    smallStep.push(await change({ from: secondDay }));
    smallStep.push(await change({ from: '' }));
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
          await context.addInitScript(recordDrawCalls);
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
