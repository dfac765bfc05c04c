import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { HostDatabase, SessionTable } from '../db/database-schema.js';

/** How long a session lives without use, then in total, in milliseconds. */
export const SESSION_LIFETIME = {
  adult: { idleMs: 8 * 3600_000, absoluteMs: 7 * 24 * 3600_000 },
  // A pupil session covers one school day on a shared tablet.
  pupil: { idleMs: 2 * 3600_000, absoluteMs: 12 * 3600_000 },
} as const;

/** Session row as stored; its `id` is the hash of the token held by the browser. */
export type StoredSession = SessionTable;

/** A new session: the token goes in the HttpOnly cookie, the CSRF token in a readable one. */
export interface IssuedSession {
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

/** Outcome of looking a session token up. */
export type SessionLookup =
  | { status: 'valid'; session: StoredSession }
  | { status: 'expired' }
  | { status: 'unknown' };

/**
 * Sessions stored in the host database, so that several hosts behind one
 * address share them. Only a SHA-256 of each token is stored.
 */
export class SessionStore {
  constructor(
    private readonly db: Kysely<HostDatabase>,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Creates a session for an adult or a pupil. */
  async create(subject: { userId: string } | { pupilId: string }): Promise<IssuedSession> {
    const kind = 'userId' in subject ? 'adult' : 'pupil';
    const token = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(24).toString('base64url');
    const now = this.now();
    const expiresAt = new Date(now.getTime() + SESSION_LIFETIME[kind].idleMs);
    await this.db
      .insertInto('sessions')
      .values({
        id: hashToken(token),
        kind,
        user_id: 'userId' in subject ? subject.userId : null,
        pupil_id: 'pupilId' in subject ? subject.pupilId : null,
        csrf_token: csrfToken,
        created_at: now.toISOString(),
        expires_at: expiresAt.toISOString(),
        last_seen_at: now.toISOString(),
      })
      .execute();
    return { token, csrfToken, expiresAt };
  }

  /** Finds the session of a token and extends its idle deadline; expired sessions are deleted. */
  async find(token: string): Promise<SessionLookup> {
    const id = hashToken(token);
    const session = await this.db
      .selectFrom('sessions')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    if (!session) return { status: 'unknown' };
    const now = this.now();
    const lifetime = SESSION_LIFETIME[session.kind];
    const absoluteEnd = new Date(session.created_at).getTime() + lifetime.absoluteMs;
    if (new Date(session.expires_at).getTime() <= now.getTime() || absoluteEnd <= now.getTime()) {
      await this.db.deleteFrom('sessions').where('id', '=', id).execute();
      return { status: 'expired' };
    }
    const expiresAt = new Date(
      Math.min(now.getTime() + lifetime.idleMs, absoluteEnd),
    ).toISOString();
    await this.db
      .updateTable('sessions')
      .set({ expires_at: expiresAt, last_seen_at: now.toISOString() })
      .where('id', '=', id)
      .execute();
    return { status: 'valid', session: { ...session, expires_at: expiresAt } };
  }

  /** Ends a session. */
  async delete(token: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('id', '=', hashToken(token)).execute();
  }

  /** Deletes every session past its deadline; returns how many. */
  async deleteExpired(): Promise<number> {
    const result = await this.db
      .deleteFrom('sessions')
      .where('expires_at', '<=', this.now().toISOString())
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
