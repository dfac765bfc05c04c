import SqliteDatabase from 'better-sqlite3';
import {
  indexKey,
  type StatementToStore,
  statementKeys,
  toStatementRow,
} from './host-internals.js';

/** Rows of one statement as the host writes them: its `statements` row and its `statement_keys`. */
export interface StatementRows {
  row: ReturnType<typeof toStatementRow>;
  keys: Array<{ kind: string; value: string }>;
}

/**
 * Builds the rows of statements with the host's own functions: `toStatementRow`,
 * and `statementKeys` with each value passed through `indexKey` and repeated
 * keys dropped, as `insertStatementKeys` does before it inserts them.
 */
export function buildStatementRows(batch: readonly StatementToStore[]): StatementRows[] {
  return batch.map((item) => {
    const keys = new Map<string, { kind: string; value: string }>();
    for (const key of statementKeys(item.statement)) {
      const value = indexKey(key.value);
      keys.set(`${key.kind} ${value}`, { kind: key.kind, value });
    }
    return { row: toStatementRow(item), keys: [...keys.values()] };
  });
}

/**
 * Writes statement rows straight through better-sqlite3: two prepared
 * inserts, one transaction per batch, with the journal and sync settings
 * that the host opens its SQLite file with.
 */
export class RawSqliteWriter {
  private readonly database: SqliteDatabase.Database;
  private insertStatement: SqliteDatabase.Statement | undefined;
  private readonly insertKey: SqliteDatabase.Statement;

  constructor(file: string) {
    this.database = new SqliteDatabase(file);
    this.database.pragma('journal_mode = WAL');
    this.database.pragma('synchronous = FULL');
    this.database.pragma('foreign_keys = ON');
    this.insertKey = this.database.prepare(
      'insert into statement_keys (kind, value, seq) values (?, ?, ?)',
    );
  }

  /** Inserts one batch in one transaction. */
  insertBatch(batch: readonly StatementRows[]): void {
    const first = batch[0];
    if (!first) return;
    const insertStatement = this.statementInsert(first.row);
    this.database.transaction(() => {
      for (const { row, keys } of batch) {
        const seq = insertStatement.run(row).lastInsertRowid;
        for (const key of keys) this.insertKey.run(key.kind, key.value, seq);
      }
    })();
  }

  close(): void {
    this.database.close();
  }

  /** Prepares the `statements` insert once, naming the columns of the host's row. */
  private statementInsert(row: StatementRows['row']): SqliteDatabase.Statement {
    if (!this.insertStatement) {
      const columns = Object.keys(row);
      const values = columns.map((column) => `@${column}`);
      this.insertStatement = this.database.prepare(
        `insert into statements (${columns.join(', ')}) values (${values.join(', ')})`,
      );
    }
    return this.insertStatement;
  }
}
