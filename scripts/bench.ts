// npm run bench -- [--in CORPUS] [--words N]
// Extraction throughput on a corpus of at least a million words (the corpus
// replicated in memory), one process, file reading excluded; the knowledge
// base build, graph building and peak memory are reported separately.
import path from 'node:path';
import { buildKnowledgeBase } from '../src/extract/knowledgeBase';
import { extractCorpus } from '../src/extract/extractCorpus';
import { buildStanceGraph } from '../src/graph/buildGraph';
import { applySeededLayout } from '../src/graph/layout';
import { parseOptions, processIo, runCommand, UsageError } from './lib/cli';
import { readCorpus } from './lib/readCorpus';
import { PROJECT_DATA_DIR, readKnowledgeSources } from './lib/readKnowledge';
import { countWords, replicateCorpus } from './lib/replicateCorpus';

const USAGE = `usage: npm run bench -- [--in CORPUS] [--words N] [--data DIR]
  --in DIR      corpus to replicate (default: seeds)
  --words N     minimum words to extract (default: 1000000)
  --data DIR    folder with positions.csv and gazetteer/ (default: the project's data)`;

const OPTIONS = {
  in: { type: 'string', default: 'seeds' },
  words: { type: 'string', default: '1000000' },
  data: { type: 'string', default: PROJECT_DATA_DIR },
} as const;

const MB = 1024 * 1024;
const format = (value: number): string => Math.round(value).toLocaleString('en-US');

function timed<T>(run: () => T): { value: T; seconds: number } {
  const started = performance.now();
  const value = run();
  return { value, seconds: (performance.now() - started) / 1000 };
}

async function bench(): Promise<number> {
  const options = parseOptions(process.argv.slice(2), OPTIONS, USAGE);
  const minWords = Number(options.words);
  if (!Number.isInteger(minWords) || minWords <= 0) {
    throw new UsageError(`--words "${options.words}": give a positive whole number`, USAGE);
  }
  const print = processIo.stdout;
  const corpus = await readCorpus(options.in);
  const sources = await readKnowledgeSources(options.data);

  const first = timed(() => buildKnowledgeBase(sources));
  const kb = first.value;
  const again = Array.from({ length: 4 }, () => timed(() => buildKnowledgeBase(sources)).seconds);
  const best = Math.min(first.seconds, ...again);
  print(
    `knowledge base   ${(best * 1000).toFixed(1)} ms (best of 5; first ${(first.seconds * 1000).toFixed(1)} ms)`,
  );

  const articles = replicateCorpus(corpus.articles, minWords);
  const words = articles.reduce((sum, article) => sum + countWords(article.text), 0);
  print(
    `corpus           ${path.basename(path.resolve(options.in))}: ${corpus.articles.length} articles ` +
      `x ${articles.length / corpus.articles.length} = ${format(articles.length)} articles, ${format(words)} words`,
  );

  extractCorpus(corpus.articles, kb); // warm-up: let the engine's code be compiled first
  const extraction = timed(() => extractCorpus(articles, kb));
  const heapAfter = process.memoryUsage().heapUsed;
  print(
    `extraction       ${format(words / extraction.seconds)} words/s ` +
      `(${format(words)} words in ${extraction.seconds.toFixed(2)} s, one process, no file reading; ` +
      `${format(extraction.value.claims.length)} claims)`,
  );

  const graph = timed(() => {
    const built = buildStanceGraph(extraction.value.nodes, extraction.value.claims, {
      corpus: 'bench',
    });
    applySeededLayout(built);
    return built;
  });
  print(
    `graph + layout   ${graph.seconds.toFixed(2)} s (${format(graph.value.order)} nodes, ${format(graph.value.size)} edges)`,
  );
  print(
    `memory           peak RSS ${format((process.resourceUsage().maxRSS * 1024) / MB)} MB; ` +
      `heap used after extraction ${format(heapAfter / MB)} MB`,
  );
  return 0;
}

process.exitCode = await runCommand(bench, processIo);
