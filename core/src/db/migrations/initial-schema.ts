import type { Kysely, Migration } from 'kysely';
import { type SqlDialectName, sequenceColumn, sequenceType } from '../sql-dialect.js';

/** Creates every table of the first release, on SQLite or PostgreSQL. */
export function initialSchema(dialect: SqlDialectName): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await createIdentityTables(db, dialect);
      await createClassTables(db);
      await createPluginTables(db);
      await createLrsTables(db, dialect);
    },
  };
}

async function createIdentityTables(db: Kysely<unknown>, dialect: SqlDialectName): Promise<void> {
  await db.schema
    .createTable('schools')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('school_id', 'text', (col) => col.notNull().references('schools.id'))
    .addColumn('email', 'text', (col) => col.notNull().unique())
    .addColumn('display_name', 'text', (col) => col.notNull())
    .addColumn('role', 'text', (col) => col.notNull())
    .addColumn('password_hash', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('user_id', 'text', (col) => col.references('users.id').onDelete('cascade'))
    .addColumn('pupil_id', 'text')
    .addColumn('csrf_token', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('expires_at', 'text', (col) => col.notNull())
    .addColumn('last_seen_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('sessions_expires_at').on('sessions').column('expires_at').execute();
  await db.schema
    .createTable('host_secrets')
    .addColumn('name', 'text', (col) => col.primaryKey())
    .addColumn('value', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createTable('audit_log')
    .addColumn('seq', sequenceType(dialect), sequenceColumn(dialect))
    .addColumn('at', 'text', (col) => col.notNull())
    .addColumn('actor', 'text', (col) => col.notNull())
    .addColumn('action', 'text', (col) => col.notNull())
    .addColumn('target', 'text', (col) => col.notNull())
    .addColumn('details', 'text', (col) => col.notNull())
    .execute();
}

async function createClassTables(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('classes')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('school_id', 'text', (col) => col.notNull().references('schools.id'))
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('level', 'text', (col) => col.notNull())
    .addColumn('join_code', 'text', (col) => col.notNull().unique())
    .addColumn('created_by', 'text', (col) => col.notNull().references('users.id'))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createTable('class_teachers')
    .addColumn('class_id', 'text', (col) =>
      col.notNull().references('classes.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('class_teachers_pk', ['class_id', 'user_id'])
    .execute();
  await db.schema
    .createTable('pupils')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('class_id', 'text', (col) =>
      col.notNull().references('classes.id').onDelete('cascade'),
    )
    .addColumn('card', 'text', (col) => col.notNull())
    .addColumn('nickname', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addUniqueConstraint('pupils_class_card', ['class_id', 'card'])
    .execute();
}

async function createPluginTables(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('plugins')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('version', 'text', (col) => col.notNull())
    .addColumn('manifest', 'text', (col) => col.notNull())
    .addColumn('files_dir', 'text', (col) => col.notNull())
    .addColumn('files', 'text', (col) => col.notNull())
    .addColumn('installed_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createTable('class_plugins')
    .addColumn('class_id', 'text', (col) =>
      col.notNull().references('classes.id').onDelete('cascade'),
    )
    .addColumn('plugin_id', 'text', (col) =>
      col.notNull().references('plugins.id').onDelete('cascade'),
    )
    .addColumn('enabled', 'integer', (col) => col.notNull())
    .addColumn('settings', 'text', (col) => col.notNull())
    .addColumn('updated_by', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('class_plugins_pk', ['class_id', 'plugin_id'])
    .execute();
  await db.schema
    .createTable('launches')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('pupil_id', 'text', (col) =>
      col.notNull().references('pupils.id').onDelete('cascade'),
    )
    .addColumn('class_id', 'text', (col) => col.notNull())
    .addColumn('plugin_id', 'text', (col) => col.notNull())
    .addColumn('plugin_version', 'text', (col) => col.notNull())
    .addColumn('locale', 'text', (col) => col.notNull())
    .addColumn('started_at', 'text', (col) => col.notNull())
    .execute();
}

async function createLrsTables(db: Kysely<unknown>, dialect: SqlDialectName): Promise<void> {
  await db.schema
    .createTable('lrs_clients')
    .addColumn('key', 'text', (col) => col.primaryKey())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('secret_hash', 'text', (col) => col.notNull())
    .addColumn('scopes', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createTable('statements')
    .addColumn('seq', sequenceType(dialect), sequenceColumn(dialect))
    .addColumn('id', 'text', (col) => col.notNull().unique())
    .addColumn('statement', 'text', (col) => col.notNull())
    .addColumn('verb_id', 'text', (col) => col.notNull())
    .addColumn('actor_key', 'text', (col) => col.notNull())
    .addColumn('object_id', 'text')
    .addColumn('registration', 'text')
    .addColumn('timestamp', 'text', (col) => col.notNull())
    .addColumn('stored', 'text', (col) => col.notNull())
    .addColumn('voided', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('plugin_id', 'text')
    .addColumn('class_id', 'text')
    .execute();
  await db.schema
    .createIndex('statements_class_plugin_verb')
    .on('statements')
    .columns(['class_id', 'plugin_id', 'verb_id', 'seq'])
    .execute();
  await db.schema
    .createIndex('statements_registration')
    .on('statements')
    .column('registration')
    .execute();
}
