// Reads a CSV or other data file as UTF-8 text, with a clear message when it is
// missing or not text.
import { readFile } from 'node:fs/promises';
import { InputError } from '../../src/io/inputError';
import { decodeDataFile } from '../../src/io/textFile';

/** The text of `file` without a BOM; throws an InputError naming the file and `fix` when missing. */
export async function readDataFile(file: string, fix: string): Promise<string> {
  const bytes = await readFile(file).catch(() => {
    throw new InputError({ file }, `no such file: ${fix}`);
  });
  return decodeDataFile(bytes, file);
}
