import { sql } from 'kysely';
import { createBenchDatabase } from './bench-database.js';
import { type BenchHost, startBenchHost } from './bench-host.js';
import type { HostClient } from './host-client.js';
import { intakeStatements, type SqlDialectName, StatementStore } from './host-internals.js';
import type { IngestRun } from './http-ingest.js';
import { openMigratedDatabase } from './migrated-database.js';
import { progress } from './progress.js';
import { StatementGenerator } from './statement-generator.js';
import { summariseTimings, type TimingSummary } from './timing-summary.js';

/** Settings of the query benchmark. */
export interface QuerySettings {
  /** Numbers of stored statements at which the queries are timed, in increasing order. */
  sizes: number[];
  /** Timed runs of each query at each size. */
  runs: number;
  /** The `limit` of every query: the page size. */
  limit: number;
  /** Statements per `StatementStore.insertBatch` call while seeding, at most `MAX_STATEMENTS_PER_REQUEST`. */
  seedBatch: number;
  /** Run PostgreSQL's ANALYZE after seeding, as autovacuum would soon after a bulk load. */
  analyze: boolean;
  pupils: number;
  port: number;
  postgresUrl: string | undefined;
}

/** The timings of one query at one size. */
export interface QueryTiming {
  query: string;
  /** Statements in the returned page. */
  returned: number;
  timing: TimingSummary;
}

/** Query timings at one number of stored statements, and how fast the store was seeded. */
export interface QueryResult {
  dialect: SqlDialectName;
  size: number;
  seeding: IngestRun;
  queries: QueryTiming[];
}

const WARM_UP_RUNS = 3;

/**
 * Seeds a fresh database up to each size in turn, and at each size times
 * filtered statement queries and a `more` page through HTTP. A host process
 * on that database serves them. Seeding calls `StatementStore.insertBatch`
 * like the statements route, but in-process and in large batches.
 */
export async function measureQueries(
  dialect: SqlDialectName,
  settings: QuerySettings,
): Promise<QueryResult[]> {
  const database = await createBenchDatabase(dialect, settings.postgresUrl);
  let host: BenchHost | undefined;
  const handle = await openMigratedDatabase(database);
  try {
    host = await startBenchHost(settings.port, database.hostEnvironment);
    const store = new StatementStore(handle.db, handle.dialect);
    const generator = new StatementGenerator({ pupils: settings.pupils, seed: 2 });
    const results: QueryResult[] = [];
    let stored = 0;
    for (const size of settings.sizes) {
      progress(`${dialect}: seeding up to ${size} statements`);
      const seeding = await seed(store, generator, host, size - stored, settings.seedBatch);
      stored = size;
      if (dialect === 'postgres' && settings.analyze) await sql`analyze`.execute(handle.db);
      progress(`${dialect}: timing queries at ${size} statements`);
      const queries = await timeQueries(host, generator, settings);
      results.push({ dialect, size, seeding, queries });
    }
    return results;
  } finally {
    await host?.stop();
    await handle.db.destroy();
    await database.drop();
  }
}

async function seed(
  store: StatementStore,
  generator: StatementGenerator,
  host: BenchHost,
  count: number,
  batchSize: number,
): Promise<IngestRun> {
  const started = performance.now();
  for (let done = 0; done < count; done += batchSize) {
    const batch = generator.batch(Math.min(batchSize, count - done));
    await store.insertBatch(intakeStatements(batch, host.authority, new Date()));
  }
  const seconds = (performance.now() - started) / 1000;
  return { statements: count, seconds, rate: count / seconds };
}

/** Times every query `runs` times, one of each per round, after untimed rounds. */
async function timeQueries(
  host: BenchHost,
  generator: StatementGenerator,
  settings: QuerySettings,
): Promise<QueryTiming[]> {
  const client = host.openClient();
  try {
    return await timeEachQuery(client, generator, settings);
  } finally {
    client.close();
  }
}

async function timeEachQuery(
  client: HostClient,
  generator: StatementGenerator,
  settings: QuerySettings,
): Promise<QueryTiming[]> {
  const paths = await queryPaths(client, generator, settings.limit);
  const timings = new Map<string, number[]>(paths.map(({ query }) => [query, []]));
  const returned = new Map<string, number>();
  for (let round = 0; round < WARM_UP_RUNS + settings.runs; round++) {
    for (const { query, path } of paths) {
      const started = performance.now();
      const body = await getStatements(client, path);
      const elapsed = performance.now() - started;
      if (round >= WARM_UP_RUNS) timings.get(query)?.push(elapsed);
      else returned.set(query, (JSON.parse(body) as { statements: unknown[] }).statements.length);
    }
  }
  return paths.map(({ query }) => ({
    query,
    returned: returned.get(query) ?? 0,
    timing: summariseTimings(timings.get(query) ?? []),
  }));
}

async function queryPaths(
  client: HostClient,
  generator: StatementGenerator,
  limit: number,
): Promise<Array<{ query: string; path: string }>> {
  const targets = generator.queryTargets();
  const agent = JSON.stringify(targets.agent);
  const filtered = (query: string, parameters: Record<string, string>) => ({
    query,
    path: `/xapi/statements?${new URLSearchParams({ ...parameters, limit: String(limit) })}`,
  });
  const paths = [
    filtered('agent', { agent }),
    filtered('verb', { verb: targets.verb }),
    filtered('activity', { activity: targets.activity }),
    filtered('agent + verb', { agent, verb: targets.verb }),
  ];
  const first = JSON.parse(await getStatements(client, paths[3]?.path as string)) as {
    more: string;
  };
  if (!first.more) throw new Error('The agent + verb query returned no more link.');
  paths.push({ query: 'more page of agent + verb', path: first.more });
  return paths;
}

async function getStatements(client: HostClient, path: string): Promise<string> {
  const response = await client.send('GET', path);
  if (response.status !== 200) {
    throw new Error(`GET ${path} failed with ${response.status}: ${response.body.slice(0, 500)}`);
  }
  return response.body;
}
