// What the browser tests share: dist/ (or a copy of it with another graph)
// served on 127.0.0.1, one headless Chromium per test file, and helpers that
// watch the console, read downloads and look at the drawn canvas.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/chromium';
import { serveStatic, type StaticServer } from '../../scripts/lib/staticServer';

export const DIST = path.resolve(import.meta.dirname, '../../dist');

/** Where screenshots go: outside the repository. */
export const SHOTS = path.join(os.tmpdir(), 'stancegraph-e2e-shots');

export interface Site {
  browser: Browser;
  server: StaticServer;
  /** The page's URL with `query` (e.g. `?from=2025-01-01`), in the named copy of dist/ if any. */
  url: (query?: string, copy?: string) => string;
  close: () => Promise<void>;
}

/**
 * Serves dist/ and launches Chromium. With `copies`, serves instead one copy of
 * dist/ per entry, named by its key, with the entry's text as its graph.json.
 */
export async function openSite(copies?: Readonly<Record<string, string>>): Promise<Site> {
  let root = DIST;
  let temp: string | undefined;
  if (copies) {
    temp = await mkdtemp(path.join(os.tmpdir(), 'stancegraph-e2e-'));
    for (const [name, graphJson] of Object.entries(copies)) {
      await cp(DIST, path.join(temp, name), { recursive: true });
      await writeFile(path.join(temp, name, 'graph.json'), graphJson);
    }
    root = temp;
  }
  const server = await serveStatic(root);
  const browser = await launchChromium();
  return {
    browser,
    server,
    url: (query = '', copy = '') => `${server.url}${copy ? `${copy}/` : ''}${query}`,
    close: async () => {
      await browser.close();
      await server.close();
      if (temp) await rm(temp, { recursive: true, force: true });
    },
  };
}

/**
 * Chromium's software WebGL reports driver performance notes as console
 * warnings ("GPU stall due to ReadPixels"); they say nothing about the page.
 */
const BROWSER_NOISE = /GL Driver Message|GPU stall due to ReadPixels|WebGL: too many errors/;

/** Collects console errors and warnings and uncaught exceptions of `page`. */
export function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    const type = message.type();
    if ((type === 'error' || type === 'warning') && !BROWSER_NOISE.test(message.text())) {
      problems.push(`console ${type}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  return problems;
}

export async function newPage(site: Site, context?: BrowserContext): Promise<Page> {
  const owner =
    context ?? (await site.browser.newContext({ viewport: { width: 1280, height: 800 } }));
  return owner.newPage();
}

/** Waits until the explorer has drawn the loaded graph. */
export async function waitForFirstFrame(page: Page): Promise<void> {
  await page.waitForFunction(
    () => performance.getEntriesByName('stancegraph:first-frame').length > 0,
    null,
    { timeout: 30_000 },
  );
}

/** Clicks the button named `name` and returns the text of the file it downloads. */
export async function downloadText(
  page: Page,
  name: string,
): Promise<{ file: string; text: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name, exact: true }).click(),
  ]);
  const file = await download.path();
  return { file: download.suggestedFilename(), text: await readFile(file, 'utf8') };
}

export interface PixelCounts {
  total: number;
  /** Pixels that differ clearly from the most common colour (the background). */
  ink: number;
  /** Pixels within a small distance of the colour asked for, if any. */
  matching: number;
  /** The median position of the matching pixels (robust to stray anti-aliased ones). */
  centre: { x: number; y: number } | null;
}

/**
 * Counts the pixels of the screenshot `png`. Decoded in a blank page of the
 * same browser, so no image library is needed.
 */
export async function countPixels(
  site: Site,
  png: Buffer,
  colour = '#000000',
): Promise<PixelCounts> {
  const page = await site.browser.newPage();
  try {
    return await page.evaluate(
      async ([base64, hex]) => {
        const image = new Image();
        image.src = `data:image/png;base64,${base64}`;
        await image.decode();
        const canvas = new OffscreenCanvas(image.width, image.height);
        const context = canvas.getContext('2d');
        if (!context) return { total: 0, ink: 0, matching: 0, centre: null };
        context.drawImage(image, 0, 0);
        const { data } = context.getImageData(0, 0, image.width, image.height);
        const rgb = (value: number): number[] => [value >> 16, (value >> 8) & 255, value & 255];
        const distance = (i: number, to: number[]): number =>
          to.reduce((sum, c, k) => sum + Math.abs((data[i + k] ?? 0) - c), 0);
        const counts = new Map<number, number>();
        for (let i = 0; i < data.length; i += 4) {
          const value = ((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0);
          counts.set(value, (counts.get(value) ?? 0) + 1);
        }
        const background = rgb([...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0);
        const wanted = rgb(parseInt(hex.slice(1), 16));
        let ink = 0;
        const xs: number[] = [];
        const ys: number[] = [];
        for (let i = 0; i < data.length; i += 4) {
          if (distance(i, background) > 60) ink++;
          if (distance(i, wanted) > 24) continue;
          xs.push((i / 4) % image.width);
          ys.push(Math.floor(i / 4 / image.width));
        }
        const median = (values: number[]): number =>
          values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
        const centre = xs.length > 0 ? { x: median(xs), y: median(ys) } : null;
        return { total: data.length / 4, ink, matching: xs.length, centre };
      },
      [png.toString('base64'), colour] as const,
    );
  } finally {
    await page.close();
  }
}

/** Saves a screenshot of `page` under SHOTS and returns its path. */
export async function saveShot(page: Page, name: string): Promise<string> {
  const file = path.join(SHOTS, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}
