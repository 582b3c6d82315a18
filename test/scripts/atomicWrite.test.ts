import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFilesAtomically } from '../../scripts/lib/atomicWrite';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'stancegraph-write-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('writeFilesAtomically(dir, files)', () => {
  it('creates the folder and writes every file, leaving no temporary file', async () => {
    const out = path.join(dir, 'new/out');
    await writeFilesAtomically(out, [
      { name: 'a.csv', content: 'A' },
      { name: 'b.json', content: '{}' },
    ]);
    expect(readdirSync(out).sort()).toEqual(['a.csv', 'b.json']);
    expect(readFileSync(path.join(out, 'b.json'), 'utf8')).toBe('{}');
  });

  it('replaces nothing when one file cannot be written', async () => {
    writeFileSync(path.join(dir, 'a.csv'), 'old A');
    writeFileSync(path.join(dir, 'b.csv'), 'old B');
    // A folder where b.csv's temporary file should go makes its write fail.
    mkdirSync(path.join(dir, `.b.csv.${process.pid}.tmp`));
    await expect(
      writeFilesAtomically(dir, [
        { name: 'a.csv', content: 'new A' },
        { name: 'b.csv', content: 'new B' },
      ]),
    ).rejects.toThrow();
    expect(readFileSync(path.join(dir, 'a.csv'), 'utf8')).toBe('old A');
    expect(readFileSync(path.join(dir, 'b.csv'), 'utf8')).toBe('old B');
    expect(readdirSync(dir).filter((name) => name.startsWith('.a.csv'))).toEqual([]);
  });
});
