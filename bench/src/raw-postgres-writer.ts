import pg from 'pg';
import type { StatementRows } from './raw-sqlite-writer.js';

/**
 * Writes statement rows straight through `pg`: two prepared statements per
 * batch, each inserting every row at once from arrays with `unnest`, in one
 * transaction.
 */
export class RawPostgresWriter {
  private constructor(private readonly client: pg.Client) {}

  /** Connects to the database at `url`, already migrated by the host. */
  static async connect(url: string): Promise<RawPostgresWriter> {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    return new RawPostgresWriter(client);
  }

  /** Inserts one batch in one transaction. */
  async insertBatch(batch: readonly StatementRows[]): Promise<void> {
    const first = batch[0];
    if (!first) return;
    const columns = Object.keys(first.row) as Array<keyof StatementRows['row']>;
    const arrayTypes = columns.map((column) =>
      typeof first.row[column] === 'number' ? 'integer[]' : 'text[]',
    );
    await this.client.query('begin');
    try {
      const inserted = await this.client.query<{ seq: number; id: string }>({
        name: 'bench-insert-statements',
        text: `insert into statements (${columns.join(', ')})
          select * from unnest(${arrayTypes.map((type, index) => `$${index + 1}::${type}`).join(', ')})
          returning seq, id`,
        values: columns.map((column) => batch.map(({ row }) => row[column])),
      });
      const seqById = new Map(inserted.rows.map((row) => [row.id, row.seq]));
      const kinds: string[] = [];
      const values: string[] = [];
      const seqs: number[] = [];
      for (const { row, keys } of batch) {
        for (const key of keys) {
          kinds.push(key.kind);
          values.push(key.value);
          seqs.push(Number(seqById.get(row.id)));
        }
      }
      await this.client.query({
        name: 'bench-insert-keys',
        text: `insert into statement_keys (kind, value, seq)
          select * from unnest($1::text[], $2::text[], $3::bigint[])`,
        values: [kinds, values, seqs],
      });
      await this.client.query('commit');
    } catch (error) {
      await this.client.query('rollback');
      throw error;
    }
  }

  close(): Promise<void> {
    return this.client.end();
  }
}
