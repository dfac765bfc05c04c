import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { SqlDialectName } from './host-internals.js';

/** A fresh, empty database of one dialect, and a data folder for a host that uses it. */
export interface BenchDatabase {
  dialect: SqlDialectName;
  dataDir: string;
  /** The SQLite file the host creates in `dataDir`, or the PostgreSQL URL. */
  location: { sqliteFile: string } | { postgresUrl: string };
  /** The environment that points a host at this database. */
  hostEnvironment: Record<string, string>;
  drop(): Promise<void>;
}

/**
 * Creates a data folder under the system's temporary folder and, for
 * PostgreSQL, a new database next to the one of `postgresUrl`. `drop`
 * removes both.
 */
export async function createBenchDatabase(
  dialect: SqlDialectName,
  postgresUrl: string | undefined,
): Promise<BenchDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), 'fabrique-bench-'));
  const removeDataDir = () => rmSync(dataDir, { recursive: true, force: true });
  if (dialect === 'sqlite') {
    return {
      dialect,
      dataDir,
      location: { sqliteFile: join(dataDir, 'fabrique.sqlite') },
      hostEnvironment: { FABRIQUE_DATA_DIR: dataDir, DATABASE_URL: '' },
      drop: async () => removeDataDir(),
    };
  }
  if (!postgresUrl) throw new Error('DATABASE_URL must be set to benchmark PostgreSQL.');
  const name = `fabrique_bench_${randomBytes(6).toString('hex')}`;
  await runAdmin(postgresUrl, `create database ${name}`);
  const url = new URL(postgresUrl);
  url.pathname = `/${name}`;
  return {
    dialect,
    dataDir,
    location: { postgresUrl: url.toString() },
    hostEnvironment: { FABRIQUE_DATA_DIR: dataDir, DATABASE_URL: url.toString() },
    drop: async () => {
      await runAdmin(postgresUrl, `drop database if exists ${name} with (force)`);
      removeDataDir();
    },
  };
}

async function runAdmin(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
