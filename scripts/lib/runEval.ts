// The eval command: extracts a corpus in memory (or reads an output folder) and
// scores it against a gold file in the codebook's format.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { buildKnowledgeBase } from '../../src/extract/knowledgeBase';
import { evaluate } from '../../src/eval/evaluate';
import { parseGold, parseGoldActors } from '../../src/eval/goldCsv';
import { parseEdgesEvidence, parseNodeCountries } from '../../src/eval/outputTables';
import { evidenceFromGraph, nodeCountries } from '../../src/eval/predictions';
import { formatEvaluation, summarise } from '../../src/eval/report';
import type { Evidence } from '../../src/eval/types';
import { parseOptions, runCommand, UsageError, type CommandIo } from './cli';
import { extractGraph } from './extractGraph';
import { readCorpus } from './readCorpus';
import { readDataFile } from './readDataFile';
import { PROJECT_DATA_DIR, readKnowledgeSources } from './readKnowledge';

export const EVAL_USAGE = `usage: npm run eval -- --gold FILE [--in CORPUS] [--actors FILE] [--verbose] [--json]
  --gold FILE     gold claims: article,actor,position,stance,optional,evidence[,date]
  --in DIR        the corpus the gold annotates (default: seeds)
  --actors FILE   actor,country of the gold's people and orgs, for the country roll-up
                  (default: the gold file's name with -actors.csv)
  --out DIR       score the edges.csv and nodes.csv in DIR instead of extracting
  --data DIR      folder with positions.csv and gazetteer/ (default: the project's data)
  --verbose       list every miss, false positive and failed check
  --json          print the figures as one JSON object`;

const OPTIONS = {
  gold: { type: 'string' },
  in: { type: 'string', default: 'seeds' },
  actors: { type: 'string' },
  out: { type: 'string' },
  data: { type: 'string', default: PROJECT_DATA_DIR },
  verbose: { type: 'boolean', default: false },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', default: false },
} as const;

interface Extracted {
  evidence: Evidence[];
  countries: Map<string, string>;
}

async function readOutputFolder(dir: string): Promise<Extracted> {
  const edges = path.join(dir, 'edges.csv');
  const nodes = path.join(dir, 'nodes.csv');
  const fix = 'run npm run extract with --out pointing there first';
  return {
    evidence: parseEdgesEvidence(await readDataFile(edges, fix), edges),
    countries: parseNodeCountries(await readDataFile(nodes, fix), nodes),
  };
}

async function readGoldCountries(
  gold: string,
  actors: string | undefined,
): Promise<Map<string, string>> {
  const file = actors ?? gold.replace(/\.csv$/, '') + '-actors.csv';
  // Without an actors file the roll-up keeps people as they are, like the reference scorer.
  if (actors === undefined && !existsSync(file)) return new Map();
  return parseGoldActors(await readDataFile(file, 'give the actors file with --actors'), file);
}

async function evaluateCommand(argv: readonly string[], io: CommandIo): Promise<number> {
  const options = parseOptions(argv, OPTIONS, EVAL_USAGE);
  if (options.help) {
    io.stdout(EVAL_USAGE);
    return 0;
  }
  if (!options.gold) throw new UsageError('--gold FILE is required', EVAL_USAGE);
  const gold = parseGold(
    await readDataFile(options.gold, 'give the gold file with --gold'),
    options.gold,
  );
  const goldCountries = await readGoldCountries(options.gold, options.actors);
  const corpus = await readCorpus(options.in);
  for (const warning of corpus.warnings) io.stderr(`warning: ${warning}`);
  const articles = new Map(corpus.articles.map((article) => [article.id, article]));
  for (const article of new Set(gold.map((claim) => claim.article))) {
    if (!articles.has(article)) {
      io.stderr(`warning: ${options.gold}: article ${article} is not in ${options.in}`);
    }
  }
  let extracted: Extracted;
  if (options.out) {
    extracted = await readOutputFolder(options.out);
  } else {
    const kb = buildKnowledgeBase(await readKnowledgeSources(options.data));
    const graph = extractGraph(corpus.articles, kb, path.basename(path.resolve(options.in)), {
      layout: false,
    });
    extracted = { evidence: evidenceFromGraph(graph), countries: nodeCountries(graph) };
  }
  const evaluation = evaluate({
    gold,
    goldCountries,
    evidence: extracted.evidence,
    predictedCountries: extracted.countries,
    articles,
  });
  if (options.json) io.stdout(JSON.stringify(summarise(evaluation)));
  else for (const line of formatEvaluation(evaluation, options.verbose)) io.stdout(line);
  return 0;
}

/** Runs the eval command with `argv`; resolves to the exit code, never throws. */
export function runEval(argv: readonly string[], io: CommandIo): Promise<number> {
  return runCommand(() => evaluateCommand(argv, io), io);
}
