// The benchmark measures the host's own code paths, so it imports core's
// build output directly, because `@fabrique/core` exports only its entry point.
// `npm run bench` builds core before it compiles these imports.
export type { HostDatabaseHandle } from '../../core/dist/db/database.js';
export { openDatabase } from '../../core/dist/db/database.js';
export { indexKey } from '../../core/dist/db/index-key.js';
export { migrateToLatest } from '../../core/dist/db/migrate.js';
export type { SqlDialectName } from '../../core/dist/db/sql-dialect.js';
export { createLogger } from '../../core/dist/logging/logger.js';
export {
  intakeStatements,
  MAX_STATEMENTS_PER_REQUEST,
} from '../../core/dist/lrs/statements/statement-intake.js';
export { statementKeys } from '../../core/dist/lrs/statements/statement-keys.js';
export {
  type StatementToStore,
  toStatementRow,
} from '../../core/dist/lrs/statements/statement-row.js';
export { StatementStore } from '../../core/dist/lrs/statements/statement-store.js';
