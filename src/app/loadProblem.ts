// What went wrong while loading a graph, said for a person: which file, what
// is wrong, and how to fix it.
import { InputError } from '../io/inputError';

export interface LoadProblem {
  file: string;
  message: string;
  fix: string;
}

const EXTRACT_FIX =
  'Run `npm run extract` to build data/graph.json from the corpus, then `npm run build` (or just `npm start`).';

/** The problem when graph.json could not be fetched (missing file, server error). */
export function missingGraphProblem(file: string, status: number | undefined): LoadProblem {
  return {
    file,
    message:
      status === undefined
        ? `${file} could not be read: the page must be served over http(s), not opened as a file.`
        : `${file} was not found next to this page (the server answered ${status}).`,
    fix:
      status === undefined
        ? 'Serve the site with `npm run serve` or any static file server.'
        : EXTRACT_FIX,
  };
}

/** The problem when a file's content was rejected. */
export function contentProblem(file: string, error: unknown): LoadProblem {
  if (error instanceof InputError) {
    return {
      file: error.file,
      message: error.message,
      fix:
        file === 'graph.json'
          ? `Fix the file at the place named, or rebuild it: ${EXTRACT_FIX}`
          : 'Fix the file at the place named (line and column count from 1), then open it again.',
    };
  }
  return {
    file,
    message: `${file} could not be read: ${error instanceof Error ? error.message : String(error)}`,
    fix: EXTRACT_FIX,
  };
}
