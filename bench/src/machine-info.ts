import { createRequire } from 'node:module';
import { cpus, totalmem } from 'node:os';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';

/** The machine and software a benchmark ran on. */
export interface MachineInfo {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  sqlite: string;
  postgres?: string;
}

const require = createRequire(import.meta.url);

/** Reads the CPU, memory, Node.js version, and the versions of SQLite and PostgreSQL. */
export async function readMachineInfo(postgresUrl: string | undefined): Promise<MachineInfo> {
  const processors = cpus();
  const info: MachineInfo = {
    cpu: processors[0]?.model ?? 'unknown',
    cores: processors.length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    sqlite: `${sqliteVersion()} (better-sqlite3 ${packageVersion('better-sqlite3')})`,
  };
  if (postgresUrl)
    info.postgres = `${await postgresVersion(postgresUrl)} (pg ${packageVersion('pg')})`;
  return info;
}

function sqliteVersion(): string {
  const database = new SqliteDatabase(':memory:');
  try {
    return (database.prepare('select sqlite_version() as version').get() as { version: string })
      .version;
  } finally {
    database.close();
  }
}

async function postgresVersion(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query<{ server_version: string }>('show server_version');
    return result.rows[0]?.server_version ?? 'unknown';
  } finally {
    await client.end();
  }
}

function packageVersion(name: string): string {
  return (require(`${name}/package.json`) as { version: string }).version;
}
