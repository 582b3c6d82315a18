// npm run extract -- --in <corpus-dir> --out <output-dir>
import { processIo } from './lib/cli';
import { runExtract } from './lib/runExtract';

process.exitCode = await runExtract(process.argv.slice(2), processIo);
