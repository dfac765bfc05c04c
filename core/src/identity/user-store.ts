import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { HostDatabase, UserTable } from '../db/database-schema.js';
import { hashPassword } from './password-hash.js';

/** Adult roles; pupils are not users and have no password. */
export type AdultRole = UserTable['role'];

/** An adult account without its password hash. */
export interface UserRecord {
  id: string;
  schoolId: string;
  email: string;
  displayName: string;
  role: AdultRole;
}

/** Adult accounts of the host. */
export class UserStore {
  constructor(private readonly db: Kysely<HostDatabase>) {}

  /** Creates an account; the e-mail address is stored in lower case. */
  async create(input: Omit<UserRecord, 'id'> & { password: string }): Promise<UserRecord> {
    const user: UserRecord = {
      id: randomUUID(),
      schoolId: input.schoolId,
      email: input.email.trim().toLowerCase(),
      displayName: input.displayName,
      role: input.role,
    };
    await this.db
      .insertInto('users')
      .values({
        id: user.id,
        school_id: user.schoolId,
        email: user.email,
        display_name: user.displayName,
        role: user.role,
        password_hash: await hashPassword(input.password),
        created_at: new Date().toISOString(),
      })
      .execute();
    return user;
  }

  /** Finds an account and its password hash by e-mail address, for login. */
  async findForLogin(email: string): Promise<(UserRecord & { passwordHash: string }) | undefined> {
    const row = await this.db
      .selectFrom('users')
      .selectAll()
      .where('email', '=', email.trim().toLowerCase())
      .executeTakeFirst();
    return row && { ...toRecord(row), passwordHash: row.password_hash };
  }

  /** Replaces an account's password and ends its sessions. */
  async setPassword(id: string, password: string): Promise<void> {
    const hash = await hashPassword(password);
    await this.db.transaction().execute(async (trx) => {
      await trx.updateTable('users').set({ password_hash: hash }).where('id', '=', id).execute();
      await trx.deleteFrom('sessions').where('user_id', '=', id).execute();
    });
  }

  async findById(id: string): Promise<UserRecord | undefined> {
    const row = await this.db
      .selectFrom('users')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toRecord(row);
  }

  async existsByEmail(email: string): Promise<boolean> {
    return (await this.findForLogin(email)) !== undefined;
  }

  async listBySchool(schoolId: string): Promise<UserRecord[]> {
    const rows = await this.db
      .selectFrom('users')
      .selectAll()
      .where('school_id', '=', schoolId)
      .orderBy('email')
      .execute();
    return rows.map(toRecord);
  }
}

function toRecord(row: UserTable): UserRecord {
  return {
    id: row.id,
    schoolId: row.school_id,
    email: row.email,
    displayName: row.display_name,
    role: row.role,
  };
}
