import type { BenchDatabase } from './bench-database.js';
import {
  createLogger,
  type HostDatabaseHandle,
  migrateToLatest,
  openDatabase,
} from './host-internals.js';

/** Opens a bench database the way the host does and brings it to the host's schema. */
export async function openMigratedDatabase(database: BenchDatabase): Promise<HostDatabaseHandle> {
  const handle = openDatabase(database.location);
  await migrateToLatest(handle.db, handle.dialect, createLogger({ level: 'silent' }));
  return handle;
}
