import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runEval } from '../../scripts/lib/runEval';
import { collect } from './runCommand';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CASE = path.join(ROOT, 'test/fixtures/eval-case');
const GOLD = path.join(ROOT, 'test/fixtures/gold');
const evaluate = (...args: string[]) => collect((io) => runEval(args, io));
const scoreCase = (...args: string[]) =>
  evaluate('--in', path.join(CASE, 'corpus'), '--out', path.join(CASE, 'out'), ...args);

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'stancegraph-eval-'));
});
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

// Some cases extract the seeds first: seconds on a busy machine.
describe('npm run eval', { timeout: 30_000 }, () => {
  it('scores an output folder against a gold file, finding its actors file by name', async () => {
    const result = await scoreCase('--gold', path.join(CASE, 'gold.csv'), '--verbose');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe(
      readFileSync(path.join(CASE, 'reference-report.txt'), 'utf8').trimEnd(),
    );
  });

  it('prints the figures as JSON with --json', async () => {
    const result = await scoreCase('--gold', path.join(CASE, 'gold.csv'), '--json');
    expect(JSON.parse(result.stdout)).toEqual(
      JSON.parse(readFileSync(path.join(CASE, 'reference-score.json'), 'utf8')),
    );
  });

  it('runs the extraction in memory when no output folder is given', async () => {
    const result = await evaluate(
      '--gold',
      path.join(GOLD, 'seeds-gold.csv'),
      '--in',
      path.join(ROOT, 'seeds'),
      '--json',
    );
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout);
    expect(Object.keys(summary)).toEqual([
      'strict_f1',
      'strict_p',
      'strict_r',
      'lenient_f1',
      'country_f1',
      'provenance',
      'dates',
      'rows',
      'claim_dates',
    ]);
  });

  it('warns when the gold names an article the corpus lacks', async () => {
    const gold = path.join(scratch, 'other-gold.csv');
    writeFileSync(
      gold,
      'article,actor,position,stance,optional,evidence\nzz,country:FR,position:x,supports,0,e\n',
    );
    const result = await scoreCase('--gold', gold);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^warning: .*other-gold\.csv: article zz is not in /);
  });

  it('names the line, field and value of a bad gold row', async () => {
    const gold = path.join(scratch, 'bad-gold.csv');
    writeFileSync(
      gold,
      'article,actor,position,stance,optional,evidence\nx1,country:FR,position:x,favours,0,e\n',
    );
    const result = await scoreCase('--gold', gold);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^error: .*bad-gold\.csv, line 2, field "stance", value "favours": /,
    );
    expect(result.stderr).not.toContain('    at ');
  });

  it.each([
    [[], /^error: --gold FILE is required\nusage: npm run eval/],
    [['--gold', '/no/gold.csv'], /^error: \/no\/gold\.csv: no such file/],
    [
      ['--gold', path.join(CASE, 'gold.csv'), '--actors', '/no/actors.csv'],
      /^error: \/no\/actors\.csv: no such file/,
    ],
    [['--gold', path.join(CASE, 'gold.csv'), '--bogus'], /^error: Unknown option '--bogus'/],
  ])('rejects %j with a clear message', async (args, message) => {
    const result = await scoreCase(...args);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
  });
});
