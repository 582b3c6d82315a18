// Nothing half-written: every output goes to a temporary file beside its
// target, and only when all of them are written are they renamed into place,
// so a failed run leaves the previous outputs as they were.
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface OutputFile {
  name: string;
  content: string;
}

/** Writes `files` into `dir` (created if missing) all-or-nothing, as far as the file system allows. */
export async function writeFilesAtomically(
  dir: string,
  files: readonly OutputFile[],
): Promise<void> {
  await mkdir(dir, { recursive: true });
  const staged = files.map((file) => ({
    temp: path.join(dir, `.${file.name}.${process.pid}.tmp`),
    target: path.join(dir, file.name),
    content: file.content,
  }));
  // A failed write may leave part of its file: remove every temporary file begun.
  const written: string[] = [];
  try {
    for (const file of staged) {
      written.push(file.temp);
      await writeFile(file.temp, file.content, 'utf8');
    }
  } catch (error) {
    await Promise.allSettled(written.map((temp) => rm(temp, { force: true })));
    throw error;
  }
  for (const file of staged) await rename(file.temp, file.target);
}
