import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runExtract } from '../../scripts/lib/runExtract';
import { EDGE_COLUMNS } from '../../src/io/edgesCsv';
import { collect } from './runCommand';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SEEDS = path.join(ROOT, 'seeds');
const BAD = path.join(ROOT, 'test/fixtures/bad-corpora');
const OUTPUTS = ['edges.csv', 'graph.json', 'nodes.csv'];

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'stancegraph-extract-'));
});
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

const extract = (...args: string[]) => collect((io) => runExtract(args, io));
const outDir = (name: string): string => path.join(scratch, name);
const snapshot = (dir: string): Record<string, string> =>
  Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((name) => [name, readFileSync(path.join(dir, name), 'utf8')]),
  );

// Each run reads the gazetteer and loads the sentence model: seconds on a busy machine.
describe('npm run extract', { timeout: 30_000 }, () => {
  it('writes graph.json, edges.csv and nodes.csv and prints a one-line summary', async () => {
    const out = outDir('seeds');
    const result = await extract('--in', SEEDS, '--out', out);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^5 articles: \d+ claims, \d+ actors, \d+ positions in \d+\.\d+ s/,
    );
    expect(readdirSync(out).sort()).toEqual(OUTPUTS);
    const graph = JSON.parse(readFileSync(path.join(out, 'graph.json'), 'utf8'));
    expect(graph.attributes).toEqual({ corpus: 'seeds' });
    expect(graph.options).toMatchObject({ type: 'directed', multi: true });
    const edges = Papa.parse<string[]>(
      readFileSync(path.join(out, 'edges.csv'), 'utf8').trim(),
    ).data;
    expect(edges[0]).toEqual([...EDGE_COLUMNS]);
    const claims = graph.edges.filter(
      (edge: { attributes: { type: string } }) => edge.attributes.type === 'claim',
    );
    expect(edges.length - 1).toBe(claims.length);
  });

  it('is deterministic: a second run writes the same bytes', async () => {
    const [first, second] = [outDir('first'), outDir('second')];
    expect((await extract('--in', SEEDS, '--out', first)).code).toBe(0);
    expect((await extract('--in', SEEDS, '--out', second)).code).toBe(0);
    expect(snapshot(second)).toEqual(snapshot(first));
  });

  it('reads articles and sources.csv through symbolic links', async () => {
    const linked = outDir('linked-corpus');
    mkdirSync(linked);
    for (const name of readdirSync(SEEDS))
      symlinkSync(path.join(SEEDS, name), path.join(linked, name));
    const result = await extract('--in', linked, '--out', outDir('linked-out'));
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/^5 articles:/);
  });

  it('warns about each unreadable or undescribed file and goes on with the rest', async () => {
    const out = outDir('mixed');
    const result = await extract('--in', path.join(BAD, 'mixed'), '--out', out);
    expect(result.code).toBe(0);
    const warnings = result.stderr.split('\n');
    expect(warnings).toEqual([
      expect.stringMatching(/^warning: .*mixed\/binary\.txt: skipped: binary file/),
      expect.stringMatching(/^warning: .*mixed\/empty\.txt: skipped: empty file/),
      expect.stringMatching(/^warning: .*mixed\/latin1\.txt: skipped: not UTF-8/),
      expect.stringMatching(
        /^warning: .*mixed\/unlisted\.txt: no row in .*sources\.csv: .*outlet "unknown".*published 2025-03-16/,
      ),
      expect.stringMatching(/^warning: .*sources\.csv, line 7: no file missing\.txt/),
    ]);
    expect(result.stdout).toMatch(/^3 articles:/);
    expect(readdirSync(out).sort()).toEqual(OUTPUTS);
  });

  it('quotes a BOM article at offsets after the BOM and describes an unlisted one by the fallback rule', async () => {
    const out = outDir('mixed-quotes');
    await extract('--in', path.join(BAD, 'mixed'), '--out', out);
    const edges = Papa.parse<Record<string, string>>(
      readFileSync(path.join(out, 'edges.csv'), 'utf8'),
      {
        header: true,
        skipEmptyLines: true,
      },
    ).data;
    const text = readFileSync(path.join(BAD, 'mixed/bom.txt'), 'utf8').replace(/^\uFEFF/, '');
    const bomEdges = edges.filter((row) => row.article === 'bom');
    expect(bomEdges.length).toBeGreaterThan(0);
    for (const edge of bomEdges) {
      expect(text.slice(Number(edge.start), Number(edge.end))).toBe(edge.quote);
    }
    const unlisted = edges.filter((row) => row.article === 'unlisted');
    expect(unlisted.length).toBeGreaterThan(0);
    for (const edge of unlisted) {
      expect(edge).toMatchObject({ outlet: 'unknown', url: '', published: '2025-03-16' });
      expect(edge.title).toMatch(/^UK Prime Minister Keir Starmer said/);
    }
  });

  const errors: [corpus: string, message: RegExp][] = [
    ['bad-date', /sources\.csv, line 3, field "published", value "2025-02-30": no such day/],
    ['missing-columns', /sources\.csv, line 1: missing columns "url", "published"/],
    ['duplicate-id', /sources\.csv, line 3, field "id", value "a1": duplicate id, first on line 2/],
    [
      'wrong-column-count',
      /sources\.csv, line 2: the row has 6 values but the header has 5 columns/,
    ],
    ['bad-url', /sources\.csv, line 2, field "url", value "javascript:alert\(1\)"/],
    ['missing-id', /sources\.csv, line 2, field "id": the id is empty/],
    ['sources-not-utf8', /sources\.csv: not UTF-8/],
    ['no-articles', /no-articles: no readable article/],
  ];

  it.each(errors)(
    'stops on %s with one error line, exit 1 and the previous outputs intact',
    async (corpus, message) => {
      const out = outDir(`kept-${corpus}`);
      mkdirSync(out, { recursive: true });
      for (const name of OUTPUTS) writeFileSync(path.join(out, name), `previous ${name}`);
      const result = await extract('--in', path.join(BAD, corpus), '--out', out);
      expect(result.code).toBe(1);
      const errorLines = result.stderr.split('\n').filter((line) => line.startsWith('error: '));
      expect(errorLines).toHaveLength(1);
      expect(errorLines[0]).toMatch(message);
      expect(result.stderr).not.toContain('    at ');
      expect(result.stdout).toBe('');
      expect(snapshot(out)).toEqual(
        Object.fromEntries(OUTPUTS.map((name) => [name, `previous ${name}`])),
      );
    },
  );

  it.each([
    [['--bogus'], /^error: Unknown option '--bogus'\nusage: npm run extract/],
    [['--in'], /^error: Option '--in' argument/],
    [['stray'], /^error: Unexpected argument 'stray'/],
    [['--in', '/no/such/folder'], /^error: \/no\/such\/folder: no such folder/],
    [['--in', path.join(SEEDS, 'sources.csv')], /sources\.csv: not a folder/],
    [['--published', '2025-02-30'], /^error: --published "2025-02-30": no such day/],
    [
      ['--data', '/no/such/data'],
      /^error: \/no\/such\/data\/gazetteer\/countries\.csv: no such file/,
    ],
  ])('rejects %j with a clear message', async (args, message) => {
    const result = await extract(...args, '--out', outDir('unused'));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(existsSync(outDir('unused'))).toBe(false);
  });

  it('reports an output folder it cannot write to', async () => {
    const blocker = outDir('a-file');
    writeFileSync(blocker, 'not a folder');
    const result = await extract('--in', SEEDS, '--out', blocker);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^error: cannot write the outputs to .*a-file/);
  });

  it('as a process, prints no stack trace and exits 1', () => {
    const tsx = path.join(ROOT, 'node_modules/.bin/tsx');
    const child = spawnSync(
      tsx,
      ['scripts/extract.ts', '--in', path.join(BAD, 'bad-date'), '--out', outDir('process')],
      {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, STANCEGRAPH_DEBUG: '' },
      },
    );
    expect(child.status).toBe(1);
    expect(child.stderr).toMatch(/^error: .*bad-date\/sources\.csv, line 3/);
    expect(child.stderr).not.toContain('    at ');
  });
});
