import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { HostDatabase } from '../db/database-schema.js';
import { hashPassword, verifyPassword } from '../identity/password-hash.js';

/** Scope of an LRS client; `all` grants every scope. */
export type LrsScope = 'all' | 'statements/read' | 'statements/write' | 'state' | 'profiles';

/** An authenticated outside tool that speaks xAPI. */
export interface LrsClient {
  key: string;
  name: string;
  scopes: LrsScope[];
}

// Client secrets are checked on every request, so they get a lighter scrypt
// (16 MiB) than passwords, and a verified credential is remembered a while.
const CLIENT_SECRET_COST = { logN: 14, r: 8, p: 1 };
const VERIFIED_TTL_MS = 5 * 60_000;

/** LRS clients with hashed secrets. */
export class LrsClientStore {
  private readonly verified = new Map<string, { client: LrsClient; until: number }>();

  constructor(private readonly db: Kysely<HostDatabase>) {}

  /** Creates a client or replaces the secret and scopes of an existing one. */
  async upsert(input: LrsClient & { secret: string }): Promise<void> {
    const values = {
      name: input.name,
      secret_hash: await hashPassword(input.secret, CLIENT_SECRET_COST),
      scopes: input.scopes.join(' '),
      created_at: new Date().toISOString(),
    };
    await this.db
      .insertInto('lrs_clients')
      .values({ key: input.key, ...values })
      .onConflict((conflict) => conflict.column('key').doUpdateSet(values))
      .execute();
    this.verified.clear();
  }

  /** Returns the client whose key and secret match, or `undefined`. */
  async authenticate(key: string, secret: string): Promise<LrsClient | undefined> {
    const cacheKey = createHash('sha256').update(`${key}\n${secret}`).digest('hex');
    const cached = this.verified.get(cacheKey);
    if (cached && cached.until > Date.now()) return cached.client;
    const row = await this.db
      .selectFrom('lrs_clients')
      .selectAll()
      .where('key', '=', key)
      .executeTakeFirst();
    if (!row || !(await verifyPassword(secret, row.secret_hash))) return undefined;
    const client: LrsClient = {
      key: row.key,
      name: row.name,
      scopes: row.scopes.split(' ') as LrsScope[],
    };
    this.verified.set(cacheKey, { client, until: Date.now() + VERIFIED_TTL_MS });
    return client;
  }
}

/** Tells whether a client has a scope. */
export function hasScope(client: LrsClient, scope: LrsScope): boolean {
  return client.scopes.includes('all') || client.scopes.includes(scope);
}
