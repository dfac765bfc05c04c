/**
 * Destination of the build's progress lines and problems, one line or block
 * of text per call. The CLI writes them to the terminal, and a test or a
 * registry check can collect them.
 *
 * @example
 * const lines: string[] = [];
 * const logger: BuildLogger = { info: (m) => lines.push(m), warn: (m) => lines.push(m), error: (m) => lines.push(m) };
 */
export interface BuildLogger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** Logger that drops every message, the default of `buildPlugin`. */
export const silentLogger: BuildLogger = {
  info: () => {},
  warn: () => {},
  error: () => {},
};
