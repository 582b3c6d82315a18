// Fetches and checks the graph the page was built with (./graph.json).
import { useEffect, useState } from 'react';
import type { StanceGraph } from '../graph/types';
import { parseGraphJson, readGraphData } from '../io/graphJson';
import { contentProblem, missingGraphProblem, type LoadProblem } from './loadProblem';

export type GraphFileState =
  | { status: 'loading' }
  | { status: 'error'; problem: LoadProblem }
  | { status: 'ready'; graph: StanceGraph };

const FILE = 'graph.json';

type Fetched = { ok: true; response: Response } | { ok: false; state: GraphFileState };

async function request(signal: AbortSignal): Promise<Fetched> {
  let response: Response;
  try {
    response = await fetch(`./${FILE}`, { signal });
  } catch (error) {
    if (signal.aborted) throw error;
    return { ok: false, state: { status: 'error', problem: missingGraphProblem(FILE, undefined) } };
  }
  if (!response.ok) {
    return {
      ok: false,
      state: { status: 'error', problem: missingGraphProblem(FILE, response.status) },
    };
  }
  return { ok: true, response };
}

function read(parse: () => StanceGraph): GraphFileState {
  try {
    return { status: 'ready', graph: parse() };
  } catch (error) {
    return { status: 'error', problem: contentProblem(FILE, error) };
  }
}

async function fetchGraph(signal: AbortSignal): Promise<GraphFileState> {
  const first = await request(signal);
  if (!first.ok) return first.state;
  let data: unknown;
  try {
    // The browser parses the bytes itself: no 50 MB string in between.
    data = await first.response.json();
  } catch (error) {
    if (signal.aborted) throw error;
    // Empty or not JSON: read it again as text, to say where it goes wrong.
    const again = await request(signal);
    if (!again.ok) return again.state;
    const text = await again.response.text();
    return read(() => parseGraphJson(text, FILE));
  }
  return read(() => readGraphData(data, FILE));
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
