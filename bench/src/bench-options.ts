import { createServer } from 'node:net';
import { parseArgs } from 'node:util';
import { MAX_STATEMENTS_PER_REQUEST, type SqlDialectName } from './host-internals.js';
import type { IngestionSettings } from './ingestion-bench.js';
import type { QuerySettings } from './query-bench.js';

/** Everything one benchmark run does, from the command line and `DATABASE_URL`. */
export interface BenchOptions {
  dialects: SqlDialectName[];
  /** The benchmarks to run, from `--only`. */
  only: Set<'ingestion' | 'queries'>;
  ingestion: IngestionSettings;
  queries: QuerySettings;
}

/** A command-line option that is invalid; its message names the option and the rule. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** The text of `--help`. */
export const USAGE = `Usage: npm run bench -- [options]

Measures statement ingestion (HTTP against raw inserts) and statement
queries at several sizes, on SQLite, and on PostgreSQL too when
DATABASE_URL is set.

  --port N               loopback port of the host processes (default: a free port)
  --batch-sizes LIST     statements per POST, comma-separated (default: 100,1000)
  --ingest-statements N  statements timed per batch size (default: 20000)
  --concurrency N        POST requests in flight at once (default: 4)
  --sizes LIST           stored statements at which queries are timed (default: 100000,1000000)
  --runs N               timed runs of each query at each size (default: 30)
  --limit N              page size of each query (default: 50)
  --pupils N             pupils the statements spread over (default: 200)
  --no-analyze           skip PostgreSQL's ANALYZE after seeding
  --only LIST            ingestion, queries or both (default: ingestion,queries)
  --dialects LIST        sqlite, postgres or both (default: sqlite, and postgres
                         when DATABASE_URL is set)
`;

/**
 * Parses the command line.
 *
 * @throws UsageError for an invalid option value, a number that is not a positive
 *   integer, a batch size above `MAX_STATEMENTS_PER_REQUEST`, an unknown
 *   part in `--only` or `--dialects`, or PostgreSQL without `DATABASE_URL`.
 */
export async function readBenchOptions(
  args: string[],
  postgresUrl: string | undefined,
): Promise<BenchOptions & { help: boolean }> {
  const values = parseCommandLine(args);
  const only = parseOnly(values.only);
  const port = values.port ? positive('port', values.port) : await freePort();
  const pupils = positive('pupils', values.pupils);
  return {
    help: values.help,
    only,
    dialects: parseDialects(values.dialects, postgresUrl),
    ingestion: {
      batchSizes: batchSizes(values['batch-sizes']),
      statements: positive('ingest-statements', values['ingest-statements']),
      concurrency: positive('concurrency', values.concurrency),
      pupils,
      port,
      postgresUrl,
    },
    queries: {
      sizes: positiveList('sizes', values.sizes).sort((left, right) => left - right),
      runs: positive('runs', values.runs),
      limit: positive('limit', values.limit),
      seedBatch: MAX_STATEMENTS_PER_REQUEST,
      analyze: !values['no-analyze'],
      pupils,
      port,
      postgresUrl,
    },
  };
}

const OPTIONS = {
  port: { type: 'string' },
  'batch-sizes': { type: 'string', default: '100,1000' },
  'ingest-statements': { type: 'string', default: '20000' },
  concurrency: { type: 'string', default: '4' },
  sizes: { type: 'string', default: '100000,1000000' },
  runs: { type: 'string', default: '30' },
  limit: { type: 'string', default: '50' },
  pupils: { type: 'string', default: '200' },
  'no-analyze': { type: 'boolean', default: false },
  only: { type: 'string', default: 'ingestion,queries' },
  dialects: { type: 'string' },
  help: { type: 'boolean', default: false },
} as const;

function parseCommandLine(args: string[]) {
  try {
    return parseArgs({ args, options: OPTIONS }).values;
  } catch (error) {
    // parseArgs throws a TypeError for an unknown option or a missing value.
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

function parseOnly(text: string): Set<'ingestion' | 'queries'> {
  const only = new Set<'ingestion' | 'queries'>();
  for (const part of text.split(',').map((item) => item.trim())) {
    if (part !== 'ingestion' && part !== 'queries') {
      throw new UsageError(`--only takes ingestion, queries or both, not ${JSON.stringify(part)}.`);
    }
    only.add(part);
  }
  return only;
}

function parseDialects(
  text: string | undefined,
  postgresUrl: string | undefined,
): SqlDialectName[] {
  if (text === undefined) return postgresUrl ? ['sqlite', 'postgres'] : ['sqlite'];
  const dialects = text.split(',').map((part) => part.trim());
  for (const dialect of dialects) {
    if (dialect !== 'sqlite' && dialect !== 'postgres') {
      throw new UsageError(
        `--dialects takes sqlite, postgres or both, not ${JSON.stringify(dialect)}.`,
      );
    }
    if (dialect === 'postgres' && !postgresUrl) {
      throw new UsageError(
        '--dialects postgres needs DATABASE_URL, a postgres:// URL of a database to create others next to.',
      );
    }
  }
  return dialects as SqlDialectName[];
}

function positive(name: string, text: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new UsageError(`--${name} must be a positive integer, not ${JSON.stringify(text)}.`);
  }
  return value;
}

function batchSizes(text: string): number[] {
  const sizes = positiveList('batch-sizes', text);
  const tooLarge = sizes.find((size) => size > MAX_STATEMENTS_PER_REQUEST);
  if (tooLarge !== undefined) {
    throw new UsageError(
      `--batch-sizes: ${tooLarge} is above ${MAX_STATEMENTS_PER_REQUEST}, the most statements the host takes in one request.`,
    );
  }
  return sizes;
}

function positiveList(name: string, text: string): number[] {
  return text.split(',').map((item) => positive(name, item.trim()));
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}
