// npm run eval -- --gold FILE [--in CORPUS] [--actors FILE] [--verbose] [--json]
import { processIo } from './lib/cli';
import { runEval } from './lib/runEval';

process.exitCode = await runEval(process.argv.slice(2), processIo);
