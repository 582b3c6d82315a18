// The extract command: corpus folder in, graph.json, edges.csv and nodes.csv out.
import path from 'node:path';
import { buildKnowledgeBase } from '../../src/extract/knowledgeBase';
import { isActorKind } from '../../src/graph/buildGraph';
import type { StanceGraph } from '../../src/graph/types';
import { edgesCsv } from '../../src/io/edgesCsv';
import { isoDateProblem } from '../../src/io/isoDate';
import { nodesCsv } from '../../src/io/nodesCsv';
import { writeFilesAtomically, type OutputFile } from './atomicWrite';
import { parseOptions, runCommand, UsageError, type CommandIo } from './cli';
import { extractGraph } from './extractGraph';
import { readCorpus } from './readCorpus';
import { PROJECT_DATA_DIR, readKnowledgeSources } from './readKnowledge';

export const EXTRACT_USAGE = `usage: npm run extract -- [--in <corpus-dir>] [--out <output-dir>]
  --in DIR              corpus folder: *.txt articles and sources.csv (default: seeds)
  --out DIR             where graph.json, edges.csv and nodes.csv go (default: data)
  --data DIR            folder with positions.csv and gazetteer/ (default: the project's data)
  --published DATE      YYYY-MM-DD for articles missing from sources.csv
                        (default: the corpus's latest publication date)`;

const OPTIONS = {
  in: { type: 'string', default: 'seeds' },
  out: { type: 'string', default: 'data' },
  data: { type: 'string', default: PROJECT_DATA_DIR },
  published: { type: 'string' },
  help: { type: 'boolean', default: false },
} as const;

/** The three output files of a graph, as the design contract fixes them. */
export function outputFiles(graph: StanceGraph): OutputFile[] {
  return [
    { name: 'graph.json', content: JSON.stringify(graph.export()) },
    { name: 'edges.csv', content: edgesCsv(graph) },
    { name: 'nodes.csv', content: nodesCsv(graph) },
  ];
}

const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

function countNodes(graph: StanceGraph): { actors: number; positions: number } {
  let actors = 0;
  let positions = 0;
  graph.forEachNode((_node, attributes) => {
    if (isActorKind(attributes.kind)) actors++;
    else positions++;
  });
  return { actors, positions };
}

async function extract(argv: readonly string[], io: CommandIo): Promise<number> {
  const options = parseOptions(argv, OPTIONS, EXTRACT_USAGE);
  if (options.help) {
    io.stdout(EXTRACT_USAGE);
    return 0;
  }
  if (options.published !== undefined && isoDateProblem(options.published)) {
    throw new UsageError(
      `--published "${options.published}": ${isoDateProblem(options.published)}`,
      EXTRACT_USAGE,
    );
  }
  const started = performance.now();
  const corpus = await readCorpus(options.in, {
    ...(options.published ? { published: options.published } : {}),
  });
  for (const warning of corpus.warnings) io.stderr(`warning: ${warning}`);
  const kb = buildKnowledgeBase(await readKnowledgeSources(options.data));
  const graph = extractGraph(corpus.articles, kb, path.basename(path.resolve(options.in)));
  await writeFilesAtomically(options.out, outputFiles(graph)).catch((error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`cannot write the outputs to ${options.out}: ${reason}`);
  });
  const { actors, positions } = countNodes(graph);
  const claims = graph.filterEdges((_edge, attributes) => attributes.type === 'claim').length;
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  io.stdout(
    `${count(corpus.articles.length, 'article')}: ${count(claims, 'claim')}, ` +
      `${count(actors, 'actor')}, ${count(positions, 'position')} ` +
      `in ${seconds} s -> ${path.join(options.out, '{graph.json,edges.csv,nodes.csv}')}`,
  );
  return 0;
}

/** Runs the extract command with `argv`; resolves to the exit code, never throws. */
export function runExtract(argv: readonly string[], io: CommandIo): Promise<number> {
  return runCommand(() => extract(argv, io), io);
}
