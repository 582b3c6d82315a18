// Fetches and checks the graph the page was built with (./graph.json).
import { useEffect, useState } from 'react';
import type { StanceGraph } from '../graph/types';
import { parseGraphJson } from '../io/graphJson';
import { contentProblem, missingGraphProblem, type LoadProblem } from './loadProblem';

export type GraphFileState =
  | { status: 'loading' }
  | { status: 'error'; problem: LoadProblem }
  | { status: 'ready'; graph: StanceGraph };

const FILE = 'graph.json';

async function fetchGraph(signal: AbortSignal): Promise<GraphFileState> {
  let response: Response;
  try {
    response = await fetch(`./${FILE}`, { signal });
  } catch (error) {
    if (signal.aborted) throw error;
    return { status: 'error', problem: missingGraphProblem(FILE, undefined) };
  }
  if (!response.ok) return { status: 'error', problem: missingGraphProblem(FILE, response.status) };
  const text = await response.text();
  try {
    return { status: 'ready', graph: parseGraphJson(text, FILE) };
  } catch (error) {
    return { status: 'error', problem: contentProblem(FILE, error) };
  }
}

/**
 * The state of loading ./graph.json: loading, an error that names the file and
 * the fix, or the checked graph.
 *
 * @example const file = useGraphFile(); if (file.status === 'ready') draw(file.graph);
 */
export function useGraphFile(): GraphFileState {
  const [state, setState] = useState<GraphFileState>({ status: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    fetchGraph(controller.signal).then(
      (result) => {
        if (!controller.signal.aborted) setState(result);
      },
      () => undefined,
    );
    return () => controller.abort();
  }, []);
  return state;
}
