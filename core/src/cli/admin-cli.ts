import { FabriqueError } from '@fabrique/sdk';
import {
  type AdminCommand,
  type AdminEnvironment,
  AdminUsageError,
  EXIT_FAILED,
  EXIT_OK,
  EXIT_USAGE,
} from './admin-command.js';
import { lrsClientCommand } from './lrs-client-command.js';
import { lrsEraseCommand } from './lrs-erase-command.js';
import { lrsForwardCommand } from './lrs-forward-command.js';
import { lrsPurgeCommand } from './lrs-purge-command.js';

/** The commands of `fabrique-admin`. */
const COMMANDS: readonly AdminCommand[] = [
  lrsClientCommand,
  lrsForwardCommand,
  lrsEraseCommand,
  lrsPurgeCommand,
];

/**
 * Runs the `fabrique-admin` command line and resolves with the exit status:
 * 0 on success, 1 when the command failed, 2 for an invalid command line.
 */
export async function runAdminCli(
  argv: readonly string[],
  environment: AdminEnvironment,
): Promise<number> {
  const { io } = environment;
  try {
    return await dispatch(argv, environment);
  } catch (error) {
    if (error instanceof AdminUsageError) {
      const help =
        error.command === undefined
          ? 'fabrique-admin --help'
          : `fabrique-admin ${error.command} --help`;
      io.stderr(`fabrique-admin: ${error.message}\nRun "${help}" for usage.\n`);
      return EXIT_USAGE;
    }
    if (error instanceof FabriqueError) {
      io.stderr(`fabrique-admin: ${error.message} [${error.code}]\n`);
      return EXIT_FAILED;
    }
    const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr(`fabrique-admin: unexpected error:\n${text}\n`);
    return EXIT_FAILED;
  }
}

async function dispatch(argv: readonly string[], environment: AdminEnvironment): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    environment.io.stderr(programHelp());
    return EXIT_USAGE;
  }
  if (first === '--help' || first === '-h') {
    environment.io.stdout(programHelp());
    return EXIT_OK;
  }
  const command = COMMANDS.find((candidate) => candidate.name === first);
  if (!command) {
    const names = COMMANDS.map((candidate) => candidate.name).join(', ');
    throw new AdminUsageError(`unknown command "${first}"; the commands are: ${names}.`);
  }
  return command.run(rest, environment);
}

function programHelp(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  return [
    'Usage: fabrique-admin <command> [options]',
    '',
    'Administers a Fabrique host through its database. It reads the same',
    'configuration as the host (DATABASE_URL, else the SQLite file in',
    'FABRIQUE_DATA_DIR; FABRIQUE_PUBLIC_URL; LOG_LEVEL) and logs to standard error.',
    '',
    'Commands:',
    ...COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    '',
    'Options:',
    '  -h, --help  show this help; "fabrique-admin <command> --help" shows a command\'s help',
    '',
  ].join('\n');
}
