/** Writes a progress line to standard error, so that standard output contains only the report. */
export function progress(message: string): void {
  process.stderr.write(`[bench] ${new Date().toISOString()} ${message}\n`);
}
