import { createHash, randomBytes } from 'node:crypto';
import { FabriqueError } from '@fabrique/sdk';
import type { Kysely } from 'kysely';
import type { HostDatabase } from '../db/database-schema.js';
import { hashPassword, verifyPassword } from '../identity/password-hash.js';

/** Scopes an LRS client may hold; `all` grants every other one. */
export const LRS_SCOPES = [
  'all',
  'statements/read',
  'statements/write',
  'state',
  'profiles',
] as const;

/** Scope of an LRS client; `all` grants every scope. */
export type LrsScope = (typeof LRS_SCOPES)[number];

/** An authenticated outside tool that speaks xAPI. */
export interface LrsClient {
  key: string;
  name: string;
  scopes: LrsScope[];
}

/** An LRS client as an administrator lists it: never its secret or its hash. */
export interface LrsClientListing extends LrsClient {
  createdAt: string;
}

// Client secrets are checked on every request, so they get a lighter scrypt
// (16 MiB) than passwords, and a verified secret skips scrypt for a while.
const CLIENT_SECRET_COST = { logN: 14, r: 8, p: 1 };
const VERIFIED_TTL_MS = 5 * 60_000;
/** Cached verifications kept before expired ones are dropped. */
const MAX_CACHED_SECRETS = 1000;

/**
 * LRS clients with hashed secrets. Every authentication reads the client's
 * row, so a client deleted or given a new secret or new scopes, by this
 * process or another one sharing the database, is refused or changed from
 * its next request on. Only the scrypt check is cached, and only for the
 * hash it was made against.
 */
export class LrsClientStore {
  private readonly verified = new Map<string, { secretHash: string; until: number }>();

  constructor(private readonly db: Kysely<HostDatabase>) {}

  /** Creates a client or replaces the name, secret and scopes of an existing one. */
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
  }

  /**
   * Returns the client whose key and secret match, or `undefined`. A secret
   * verified in the last minutes is recognised without hashing it again.
   *
   * @throws FabriqueError `too-many-requests` (429) when `hashAllowed` is
   *   false and the secret is not one verified recently.
   */
  async authenticate(
    key: string,
    secret: string,
    options: { hashAllowed: boolean } = { hashAllowed: true },
  ): Promise<LrsClient | undefined> {
    const row = await this.db
      .selectFrom('lrs_clients')
      .selectAll()
      .where('key', '=', key)
      .executeTakeFirst();
    if (!options.hashAllowed && !this.isCached(row, key, secret)) {
      throw new FabriqueError(
        'too-many-requests',
        429,
        'Too many failed LRS sign-ins in the last minute; retry in a minute.',
      );
    }
    if (!row) {
      // Checking a secret anyway keeps an unknown key as slow as a wrong secret,
      // so response times do not tell which keys exist.
      await verifyPassword(secret, await this.unknownKeyHash());
      return undefined;
    }
    if (!this.isCached(row, key, secret)) {
      if (!(await verifyPassword(secret, row.secret_hash))) return undefined;
      this.forgetExpired();
      this.verified.set(cacheKey(key, secret), {
        secretHash: row.secret_hash,
        until: Date.now() + VERIFIED_TTL_MS,
      });
    }
    return { key: row.key, name: row.name, scopes: row.scopes.split(' ') as LrsScope[] };
  }

  private isCached(row: { secret_hash: string } | undefined, key: string, secret: string): boolean {
    if (!row) return false;
    const cached = this.verified.get(cacheKey(key, secret));
    return cached?.secretHash === row.secret_hash && cached.until > Date.now();
  }

  private unknownKeyHashPromise: Promise<string> | undefined;

  private unknownKeyHash(): Promise<string> {
    this.unknownKeyHashPromise ??= hashPassword(
      randomBytes(16).toString('hex'),
      CLIENT_SECRET_COST,
    );
    return this.unknownKeyHashPromise;
  }

  private forgetExpired(): void {
    if (this.verified.size < MAX_CACHED_SECRETS) return;
    const now = Date.now();
    for (const [cacheKey, entry] of this.verified) {
      if (entry.until <= now) this.verified.delete(cacheKey);
    }
  }

  /** Tells whether a client has this key. */
  async exists(key: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('lrs_clients')
      .select('key')
      .where('key', '=', key)
      .executeTakeFirst();
    return row !== undefined;
  }

  /** Lists every client by key, without secrets. */
  async list(): Promise<LrsClientListing[]> {
    const rows = await this.db
      .selectFrom('lrs_clients')
      .select(['key', 'name', 'scopes', 'created_at'])
      .orderBy('key')
      .execute();
    return rows.map((row) => ({
      key: row.key,
      name: row.name,
      scopes: row.scopes.split(' ') as LrsScope[],
      createdAt: row.created_at,
    }));
  }

  /** Deletes a client; returns false when no client has this key. */
  async delete(key: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom('lrs_clients')
      .where('key', '=', key)
      .executeTakeFirst();
    return result.numDeletedRows > 0n;
  }
}

/** Tells whether a client has a scope. */
export function hasScope(client: LrsClient, scope: LrsScope): boolean {
  return client.scopes.includes('all') || client.scopes.includes(scope);
}

function cacheKey(key: string, secret: string): string {
  return createHash('sha256').update(`${key}\n${secret}`).digest('hex');
}
