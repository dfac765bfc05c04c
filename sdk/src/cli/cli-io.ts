/** Where a command writes and which folder it starts from; tests pass their own. */
export type CliIo = {
  /** Writes text to standard output; the text ends with its own newline. */
  readonly stdout: (text: string) => void;
  /** Writes text to standard error; the text ends with its own newline. */
  readonly stderr: (text: string) => void;
  /** Folder that relative paths are resolved against. */
  readonly cwd: string;
};

/** The process's standard streams and working folder. */
export function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
  };
}
