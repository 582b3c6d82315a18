// Turns a file's bytes into text, or says why it cannot be read. An unreadable
// article is skipped with a warning (one stray file should not cost the analyst
// the rest of the corpus); an unreadable data file stops the run.
import { InputError } from './inputError';

export type DecodedText = { ok: true; text: string } | { ok: false; problem: string };

function decode(bytes: Uint8Array): DecodedText {
  if (bytes.includes(0)) {
    return { ok: false, problem: 'binary file (it contains NUL bytes): expected plain text' };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    return { ok: true, text: text.replace(/^\uFEFF/, '') };
  } catch {
    return { ok: false, problem: 'not UTF-8 text: save it with UTF-8 encoding' };
  }
}

/**
 * Decodes an article file as UTF-8 and removes a leading byte order mark, so
 * offsets into the text are the ones every output uses. Fails on bytes that are
 * not UTF-8, on NUL bytes (a binary file) and on a file with no visible text.
 */
export function decodeArticle(bytes: Uint8Array): DecodedText {
  const decoded = decode(bytes);
  if (decoded.ok && decoded.text.trim() === '') {
    return { ok: false, problem: 'empty file: it has no text' };
  }
  return decoded;
}

/**
 * Decodes a data file (CSV) as UTF-8 without its byte order mark; throws an
 * InputError naming `file` when it is binary or not UTF-8.
 */
export function decodeDataFile(bytes: Uint8Array, file: string): string {
  const decoded = decode(bytes);
  if (!decoded.ok) throw new InputError({ file }, decoded.problem);
  return decoded.text;
}
