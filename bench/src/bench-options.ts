import { createServer } from 'node:net';
import { parseArgs } from 'node:util';
import { MAX_STATEMENTS_PER_REQUEST, type SqlDialectName } from './host-internals.js';
import type { IngestionSettings } from './ingestion-bench.js';
import type { QuerySettings } from './query-bench.js';

/** Everything one benchmark run does, from the command line and `DATABASE_URL`. */
export interface BenchOptions {
  dialects: SqlDialectName[];
  ingestion: IngestionSettings;
  queries: QuerySettings;
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
 * @throws TypeError for an unknown option, a number that is not a positive
 *   integer, a batch size above `MAX_STATEMENTS_PER_REQUEST`, an unknown
 *   part in `--only` or `--dialects`, or PostgreSQL without `DATABASE_URL`.
 */
export async function readBenchOptions(
  args: string[],
  postgresUrl: string | undefined,
): Promise<BenchOptions & { only: Set<string>; help: boolean }> {
  const { values } = parseArgs({
    args,
    options: {
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
    },
  });
  const only = new Set(values.only.split(',').map((part) => part.trim()));
  for (const part of only) {
    if (part !== 'ingestion' && part !== 'queries') {
      throw new TypeError(`--only takes ingestion, queries or both, not ${JSON.stringify(part)}.`);
    }
  }
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

function parseDialects(
  text: string | undefined,
  postgresUrl: string | undefined,
): SqlDialectName[] {
  if (text === undefined) return postgresUrl ? ['sqlite', 'postgres'] : ['sqlite'];
  const dialects = text.split(',').map((part) => part.trim());
  for (const dialect of dialects) {
    if (dialect !== 'sqlite' && dialect !== 'postgres') {
      throw new TypeError(
        `--dialects takes sqlite, postgres or both, not ${JSON.stringify(dialect)}.`,
      );
    }
    if (dialect === 'postgres' && !postgresUrl) {
      throw new TypeError(
        '--dialects postgres needs DATABASE_URL, a postgres:// URL of a database to create others next to.',
      );
    }
  }
  return dialects as SqlDialectName[];
}

function positive(name: string, text: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new TypeError(`--${name} must be a positive integer, not ${JSON.stringify(text)}.`);
  }
  return value;
}

function batchSizes(text: string): number[] {
  const sizes = positiveList('batch-sizes', text);
  const tooLarge = sizes.find((size) => size > MAX_STATEMENTS_PER_REQUEST);
  if (tooLarge !== undefined) {
    throw new TypeError(
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
