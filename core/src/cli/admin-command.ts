import type { AdminSession } from './admin-session.js';

/** Exit status of a command that succeeded. */
export const EXIT_OK = 0;
/** Exit status of a command that failed: a missing client or target, an invalid value. */
export const EXIT_FAILED = 1;
/** Exit status of a command line that cannot be run: unknown command or option, bad argument. */
export const EXIT_USAGE = 2;

/** Streams of a command. Tests pass their own. */
export interface AdminIo {
  /** Writes text to standard output; the text ends with its own newline. */
  stdout(text: string): void;
  /** Writes text to standard error; the text ends with its own newline. */
  stderr(text: string): void;
  /** Reads standard input to its end, for secrets that must not appear in the command line. */
  readStdin(): Promise<string>;
}

/** Streams of a command and the way it opens the host database. */
export interface AdminEnvironment {
  io: AdminIo;
  /** Opens and migrates the host database that the configuration names. */
  openSession(): Promise<AdminSession>;
}

/** One `fabrique-admin` command. */
export interface AdminCommand {
  /** Name typed after `fabrique-admin`, such as `lrs-client`. */
  name: string;
  /** One line for the program's help. */
  summary: string;
  /** The command's full help, printed by `fabrique-admin <name> --help`. */
  help: string;
  /** Runs the command with the arguments after its name; resolves with the exit status. */
  run(args: readonly string[], environment: AdminEnvironment): Promise<number>;
}

/** Error of a command line that cannot be run; the program exits with status 2. */
export class AdminUsageError extends Error {
  override readonly name = 'AdminUsageError';

  constructor(
    message: string,
    /** The command whose help explains the usage; the program's help when absent. */
    readonly command?: string,
  ) {
    super(message);
  }
}

/** Runs a `parseArgs` call, turning its errors (unknown option, missing value) into usage errors. */
export function parseOrUsage<T>(command: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    throw new AdminUsageError(error instanceof Error ? error.message : String(error), command);
  }
}

/** Opens a session, runs `work` with it and closes it, also when `work` throws. */
export async function withSession<T>(
  environment: AdminEnvironment,
  work: (session: AdminSession) => Promise<T>,
): Promise<T> {
  const session = await environment.openSession();
  try {
    return await work(session);
  } finally {
    await session.close();
  }
}
