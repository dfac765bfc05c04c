import type { CliIo } from './cli-io.js';

/** One `fabrique` command. */
export type CliCommand = {
  /** Name typed after `fabrique`, such as `build`. */
  readonly name: string;
  /** One line for the program's help. */
  readonly summary: string;
  /** The command's full help, printed by `fabrique <name> --help`. */
  readonly help: string;
  /** Runs the command with the arguments after its name; resolves with the exit status. */
  readonly run: (args: readonly string[], io: CliIo) => Promise<number>;
};

/** Error of a command line that cannot be run; the CLI exits with status 2. */
export class CliUsageError extends Error {
  override readonly name = 'CliUsageError';

  constructor(
    message: string,
    /** The command whose help explains the usage; the program's help when absent. */
    readonly command?: string,
  ) {
    super(message);
  }
}
