// What every command shares: option parsing that rejects unknown flags, and a
// top level that turns any error into one `error: ...` line and exit code 1.
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { InputError } from '../../src/io/inputError';

/** A command-line mistake: the message says what to type instead. */
export class UsageError extends Error {
  constructor(message: string, usage: string) {
    super(`${message}\n${usage}`);
    this.name = 'UsageError';
  }
}

/** Where a command writes; tests pass collectors instead of the process streams. */
export interface CommandIo {
  stdout: (line: string) => void;
  stderr: (line: string) => void;
}

export const processIo: CommandIo = {
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
};

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * Parses `argv` against `options` (long flags only, no positionals), throwing a
 * UsageError with `usage` for an unknown flag, a missing value or a stray word.
 */
export function parseOptions<const T extends Options>(
  argv: readonly string[],
  options: T,
  usage: string,
) {
  try {
    return parseArgs({ args: [...argv], options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    const message = error instanceof Error ? error.message.split('. ')[0] : String(error);
    throw new UsageError(message ?? 'bad arguments', usage);
  }
}

/** True when the user asked for stack traces (STANCEGRAPH_DEBUG=1). */
export function debugEnabled(): boolean {
  return Boolean(process.env.STANCEGRAPH_DEBUG) && process.env.STANCEGRAPH_DEBUG !== '0';
}

/** Errors the user can fix from the message alone, as opposed to failures of the program. */
function isUserError(error: unknown): boolean {
  return error instanceof InputError || error instanceof UsageError;
}

/**
 * Runs `command`, reporting a thrown error as one `error: <message>` line on
 * stderr (the stack only with STANCEGRAPH_DEBUG=1). Resolves to the exit code.
 */
export async function runCommand(
  command: () => Promise<number> | number,
  io: CommandIo,
): Promise<number> {
  try {
    return await command();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`error: ${message}`);
    if (debugEnabled() && error instanceof Error && error.stack) io.stderr(error.stack);
    else if (!isUserError(error)) io.stderr('(set STANCEGRAPH_DEBUG=1 to see where it failed)');
    return 1;
  }
}

/** `file` relative to the working directory when it lies inside it, for shorter messages. */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}
