/** Output streams and working folder of a command. Tests pass their own. */
export type CliIo = {
  /** Writes text to standard output; the text ends with its own newline. */
  readonly stdout: (text: string) => void;
  /** Writes text to standard error; the text ends with its own newline. */
  readonly stderr: (text: string) => void;
  /** Folder that relative paths are resolved against. */
  readonly cwd: string;
};

/** Returns the process's standard streams and working folder. */
export function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
  };
}
