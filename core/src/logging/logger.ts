import { type Logger, pino } from 'pino';

export type { Logger };

/**
 * Creates the host's one logger. Secrets and pupils' nicknames never go into
 * log fields; the redaction list is a second line of defence for headers.
 */
export function createLogger(
  options: { level?: string; destination?: NodeJS.WritableStream } = {},
): Logger {
  return pino(
    {
      level: options.level ?? 'info',
      redact: ['req.headers.authorization', 'req.headers.cookie', 'password', 'secret'],
    },
    options.destination ?? process.stdout,
  );
}
