// tsx scripts/synthetic-graph.ts --out <graph.json> [--nodes N] [--claims N] [--days N] [--seed N]
// Writes a seeded synthetic stance graph, for load tests of the explorer.
import path from 'node:path';
import { SYNTHETIC_DEFAULTS, syntheticStanceGraph } from '../src/graph/synthetic';
import { writeFilesAtomically } from './lib/atomicWrite';
import { parseOptions, processIo, runCommand, UsageError } from './lib/cli';

const USAGE = `usage: tsx scripts/synthetic-graph.ts --out <graph.json> [options]
  --nodes N    number of nodes (default ${SYNTHETIC_DEFAULTS.nodes})
  --claims N   number of claims (default ${SYNTHETIC_DEFAULTS.claims})
  --days N     claim dates spread evenly over N days (default ${SYNTHETIC_DEFAULTS.days})
  --seed N     random seed (default ${SYNTHETIC_DEFAULTS.seed})`;

const OPTIONS = {
  out: { type: 'string' },
  nodes: { type: 'string' },
  claims: { type: 'string' },
  days: { type: 'string' },
  seed: { type: 'string' },
} as const;

function count(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) {
    throw new UsageError(`--${name} "${value}": expected a whole number, 1 or more`, USAGE);
  }
  return number;
}

process.exitCode = await runCommand(async () => {
  const options = parseOptions(process.argv.slice(2), OPTIONS, USAGE);
  if (!options.out) throw new UsageError('--out is required', USAGE);
  const started = performance.now();
  const graph = syntheticStanceGraph({
    nodes: count('nodes', options.nodes, SYNTHETIC_DEFAULTS.nodes),
    claims: count('claims', options.claims, SYNTHETIC_DEFAULTS.claims),
    days: count('days', options.days, SYNTHETIC_DEFAULTS.days),
    seed: count('seed', options.seed, SYNTHETIC_DEFAULTS.seed),
  });
  const out = path.resolve(options.out);
  await writeFilesAtomically(path.dirname(out), [
    { name: path.basename(out), content: JSON.stringify(graph.export()) },
  ]);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  processIo.stdout(`${graph.order} nodes, ${graph.size} edges in ${seconds} s -> ${options.out}`);
  return 0;
}, processIo);
