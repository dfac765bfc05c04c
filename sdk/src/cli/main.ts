import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { buildCommand } from './build-command.js';
import { type CliCommand, CliUsageError } from './cli-command.js';
import { type CliIo, processIo } from './cli-io.js';
import { EXIT_CHECK_FAILED, EXIT_OK, EXIT_USAGE } from './exit-codes.js';

/** The commands this version provides. */
const COMMANDS: readonly CliCommand[] = [buildCommand];

/**
 * Runs the `fabrique` command line and resolves with the exit status: 0 on
 * success, 1 when the plugin failed a check, 2 for an invalid command line.
 *
 * @example
 * process.exitCode = await runCli(process.argv.slice(2));
 */
export async function runCli(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof CliUsageError) {
      const help =
        error.command === undefined ? 'fabrique --help' : `fabrique ${error.command} --help`;
      io.stderr(`fabrique: ${error.message}\nRun "${help}" for usage.\n`);
      return EXIT_USAGE;
    }
    const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr(`fabrique: unexpected error, please report it:\n${text}\n`);
    return EXIT_CHECK_FAILED;
  }
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.stderr(programHelp());
    return EXIT_USAGE;
  }
  if (first.startsWith('-')) {
    return runProgramOption(argv, io);
  }
  const command = COMMANDS.find((candidate) => candidate.name === first);
  if (!command) {
    const names = COMMANDS.map((candidate) => candidate.name).join(', ');
    throw new CliUsageError(`unknown command "${first}"; the commands are: ${names}.`);
  }
  return command.run(rest, io);
}

function runProgramOption(argv: readonly string[], io: CliIo): number {
  let values: { help?: boolean; version?: boolean };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: { help: { type: 'boolean', short: 'h' }, version: { type: 'boolean', short: 'v' } },
      strict: true,
    }));
  } catch (error) {
    throw new CliUsageError(error instanceof Error ? error.message : String(error));
  }
  if (values.version) {
    io.stdout(`${sdkVersion()}\n`);
  } else {
    io.stdout(programHelp());
  }
  return EXIT_OK;
}

function programHelp(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  const commands = COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`);
  return [
    'Usage: fabrique <command> [options]',
    '',
    'Builds Fabrique plugins.',
    '',
    'Commands:',
    ...commands,
    '',
    'Options:',
    '  -h, --help     show this help; "fabrique <command> --help" shows a command\'s help',
    '  -v, --version  print the version of @fabrique/sdk',
    '',
  ].join('\n');
}

function sdkVersion(): string {
  // The same relative path leads to sdk/package.json from src/cli/ and from dist/cli/.
  const text = readFileSync(new URL('../../package.json', import.meta.url), 'utf8');
  return (JSON.parse(text) as { version: string }).version;
}
