import { afterEach, describe, expect, it } from 'vitest';
import { parseOptions, runCommand, UsageError } from '../../scripts/lib/cli';
import { InputError } from '../../src/io/inputError';
import { collect } from './runCommand';

const OPTIONS = { in: { type: 'string', default: 'seeds' }, verbose: { type: 'boolean' } } as const;

describe('parseOptions(argv, options, usage)', () => {
  it('reads known flags with their defaults', () => {
    expect(parseOptions(['--verbose'], OPTIONS, 'usage')).toEqual({ in: 'seeds', verbose: true });
  });

  it.each([[['--nope']], [['stray']], [['--verbose=yes']]])(
    'throws a UsageError for %j',
    (argv) => {
      expect(() => parseOptions(argv, OPTIONS, 'usage: try this')).toThrow(UsageError);
      expect(() => parseOptions(argv, OPTIONS, 'usage: try this')).toThrow(/\nusage: try this$/);
    },
  );
});

describe('runCommand(command, io)', () => {
  const debug = process.env.STANCEGRAPH_DEBUG;
  afterEach(() => {
    if (debug === undefined) delete process.env.STANCEGRAPH_DEBUG;
    else process.env.STANCEGRAPH_DEBUG = debug;
  });

  it('passes the exit code through', async () => {
    expect((await collect((io) => runCommand(() => 0, io))).code).toBe(0);
  });

  it('reports a user error as one line, exit 1, no stack', async () => {
    process.env.STANCEGRAPH_DEBUG = '';
    const result = await collect((io) =>
      runCommand(() => {
        throw new InputError({ file: 'a.csv', line: 2, field: 'id' }, 'the id is empty');
      }, io),
    );
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr: 'error: a.csv, line 2, field "id": the id is empty',
    });
  });

  it('reports a failure of the program without a stack, saying how to get one', async () => {
    process.env.STANCEGRAPH_DEBUG = '';
    const result = await collect((io) =>
      runCommand(() => {
        throw new TypeError('x is undefined');
      }, io),
    );
    expect(result.stderr).toBe(
      'error: x is undefined\n(set STANCEGRAPH_DEBUG=1 to see where it failed)',
    );
  });

  it('adds the stack with STANCEGRAPH_DEBUG=1', async () => {
    process.env.STANCEGRAPH_DEBUG = '1';
    const result = await collect((io) =>
      runCommand(() => {
        throw new TypeError('x is undefined');
      }, io),
    );
    expect(result.stderr).toMatch(/^error: x is undefined\nTypeError: x is undefined\n {4}at /);
  });
});
