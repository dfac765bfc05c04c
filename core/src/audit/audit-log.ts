import type { Kysely } from 'kysely';
import type { HostDatabase } from '../db/database-schema.js';

/** One audit entry: who did what to which target. Never a nickname or a secret. */
export interface AuditEntry {
  actor: string;
  action: string;
  target: string;
  details?: Record<string, string | number | boolean | null>;
}

/** Append-only record of installs, enablements, incidents and administrative acts. */
export class AuditLog {
  constructor(private readonly db: Kysely<HostDatabase>) {}

  async append(entry: AuditEntry): Promise<void> {
    await this.db
      .insertInto('audit_log')
      .values({
        at: new Date().toISOString(),
        actor: entry.actor,
        action: entry.action,
        target: entry.target,
        details: JSON.stringify(entry.details ?? {}),
      })
      .execute();
  }

  /** Lists the latest entries, newest first. */
  async latest(limit: number): Promise<Array<AuditEntry & { at: string }>> {
    const rows = await this.db
      .selectFrom('audit_log')
      .selectAll()
      .orderBy('seq', 'desc')
      .limit(limit)
      .execute();
    return rows.map((row) => ({
      at: row.at,
      actor: row.actor,
      action: row.action,
      target: row.target,
      details: JSON.parse(row.details) as AuditEntry['details'],
    }));
  }
}
