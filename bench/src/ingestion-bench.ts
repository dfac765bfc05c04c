import { type BenchDatabase, createBenchDatabase } from './bench-database.js';
import { type BenchHost, startBenchHost } from './bench-host.js';
import { intakeStatements, type SqlDialectName } from './host-internals.js';
import { type IngestRun, postStatementBatches } from './http-ingest.js';
import { openMigratedDatabase } from './migrated-database.js';
import { RawPostgresWriter } from './raw-postgres-writer.js';
import { buildStatementRows, RawSqliteWriter, type StatementRows } from './raw-sqlite-writer.js';
import { StatementGenerator } from './statement-generator.js';

/** Settings of the ingestion benchmark. */
export interface IngestionSettings {
  batchSizes: number[];
  /** Statements sent per batch size, in timed batches. */
  statements: number;
  /** Requests in flight at once against the host. */
  concurrency: number;
  pupils: number;
  port: number;
  postgresUrl: string | undefined;
}

/** HTTP and raw ingestion rates of one batch size on one dialect. */
export interface IngestionResult {
  dialect: SqlDialectName;
  batchSize: number;
  http: IngestRun;
  raw: IngestRun;
}

/** Untimed statements sent first through both paths, so that both run warm code. */
const WARM_UP_STATEMENTS = 2_000;

interface RawWriter {
  insertBatch(batch: readonly StatementRows[]): void | Promise<void>;
  close(): void | Promise<void>;
}

/**
 * Measures, for each batch size, statements POSTed to a host process on a
 * fresh database against the same statement rows and filter key rows
 * inserted raw into another fresh database with the host's schema. Both
 * paths get the same statements, with the same ids.
 */
export async function measureIngestion(
  dialect: SqlDialectName,
  settings: IngestionSettings,
): Promise<IngestionResult[]> {
  const hostDatabase = await createBenchDatabase(dialect, settings.postgresUrl);
  const rawDatabase = await createBenchDatabase(dialect, settings.postgresUrl);
  let host: BenchHost | undefined;
  let raw: RawWriter | undefined;
  try {
    host = await startBenchHost(settings.port, hostDatabase.hostEnvironment);
    raw = await openRawWriter(rawDatabase);
    const generator = new StatementGenerator({ pupils: settings.pupils, seed: 1 });
    await runBoth(host, raw, generator, WARM_UP_STATEMENTS, 100, settings.concurrency);
    const results: IngestionResult[] = [];
    for (const batchSize of settings.batchSizes) {
      const run = await runBoth(
        host,
        raw,
        generator,
        settings.statements,
        batchSize,
        settings.concurrency,
      );
      results.push({ dialect, batchSize, ...run });
    }
    return results;
  } finally {
    await raw?.close();
    await host?.stop();
    await hostDatabase.drop();
    await rawDatabase.drop();
  }
}

async function openRawWriter(database: BenchDatabase): Promise<RawWriter> {
  const handle = await openMigratedDatabase(database);
  await handle.db.destroy();
  const location = database.location;
  if ('sqliteFile' in location) return new RawSqliteWriter(location.sqliteFile);
  return RawPostgresWriter.connect(location.postgresUrl);
}

/** Sends `statements` new statements in batches of `batchSize` through HTTP, then raw. */
async function runBoth(
  host: BenchHost,
  raw: RawWriter,
  generator: StatementGenerator,
  statements: number,
  batchSize: number,
  concurrency: number,
): Promise<{ http: IngestRun; raw: IngestRun }> {
  const bodies: Array<{ json: string; count: number }> = [];
  for (let sent = 0; sent < statements; sent += batchSize) {
    const batch = generator.batch(Math.min(batchSize, statements - sent));
    bodies.push({ json: JSON.stringify(batch), count: batch.length });
  }
  const http = await postStatementBatches(host, bodies, concurrency);
  // The raw rows are those the host built from the same request bodies:
  // parsed and completed by its intake, then turned into rows by its functions.
  const rowBatches = bodies.map((body) =>
    buildStatementRows(intakeStatements(JSON.parse(body.json), host.authority, new Date())),
  );
  const started = performance.now();
  for (const rows of rowBatches) await raw.insertBatch(rows);
  const seconds = (performance.now() - started) / 1000;
  return { http, raw: { statements, seconds, rate: statements / seconds } };
}
