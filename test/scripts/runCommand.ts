// Runs a command in process with its output collected, for the command tests.
import type { CommandIo } from '../../scripts/lib/cli';

export interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function collect(run: (io: CommandIo) => Promise<number>): Promise<CommandResult> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await run({
    stdout: (line) => stdout.push(line),
    stderr: (line) => stderr.push(line),
  });
  return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
}
