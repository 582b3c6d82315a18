// Reads the files the reader opened into a checked graph. The CSV reader (and
// papaparse with it) is loaded only when a CSV pair is opened.
import type { StanceGraph } from '../graph/types';
import { parseGraphJson } from '../io/graphJson';
import { chooseGraphFiles } from '../view/fileChoice';
import { contentProblem, type LoadProblem } from './loadProblem';

export type OpenResult =
  { ok: true; graph: StanceGraph; name: string } | { ok: false; problem: LoadProblem };

/** Parses one graph.json or an edges.csv + nodes.csv pair; never throws. */
export async function openGraphFiles(files: readonly File[]): Promise<OpenResult> {
  const texts = await Promise.all(
    files.map(async (file) => ({ file: file.name, text: await file.text() })),
  );
  const choice = chooseGraphFiles(texts);
  if (choice.kind === 'error') {
    return { ok: false, problem: { file: choice.file, message: choice.message, fix: '' } };
  }
  const name =
    choice.kind === 'json' ? choice.graph.file : `${choice.edges.file} + ${choice.nodes.file}`;
  try {
    if (choice.kind === 'json') {
      return { ok: true, graph: parseGraphJson(choice.graph.text, choice.graph.file), name };
    }
    const { parseEdgesNodesCsv } = await import('../io/csvGraph');
    return { ok: true, graph: parseEdgesNodesCsv(choice.edges, choice.nodes), name };
  } catch (error) {
    return { ok: false, problem: contentProblem(name, error) };
  }
}
