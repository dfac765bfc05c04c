import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** Databases a browser test can run its host on: SQLite always, PostgreSQL when `DATABASE_URL` is set. */
export const hostDatabases: Array<'sqlite' | 'postgres'> = process.env.DATABASE_URL
  ? ['sqlite', 'postgres']
  : ['sqlite'];

/** A database of its own for one host process, and the environment that points the host at it. */
export interface HostDatabase {
  environment: Record<string, string>;
  drop(): Promise<void>;
}

/**
 * Creates what a host process needs for `kind`: nothing for SQLite (the host
 * makes its file in its data folder), or a fresh PostgreSQL database next to
 * the one of `DATABASE_URL`, dropped afterwards.
 */
export async function createHostDatabase(kind: 'sqlite' | 'postgres'): Promise<HostDatabase> {
  const adminUrl = process.env.DATABASE_URL;
  // An empty DATABASE_URL counts as unset, so the host uses SQLite even when
  // the test process itself has DATABASE_URL set.
  if (kind === 'sqlite' || !adminUrl)
    return { environment: { DATABASE_URL: '' }, drop: async () => {} };
  const name = `fabrique_e2e_${randomBytes(6).toString('hex')}`;
  await runAdmin(adminUrl, `create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    environment: { DATABASE_URL: url.toString() },
    drop: () => runAdmin(adminUrl, `drop database if exists ${name} with (force)`),
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
