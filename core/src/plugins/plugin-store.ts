import type { PluginManifest } from '@fabrique/sdk';
import type { Kysely } from 'kysely';
import type { HostDatabase, PluginTable } from '../db/database-schema.js';
import type { PackageFile } from './package-file-list.js';

/** A plugin installed on this host, with the files it may serve. */
export interface InstalledPlugin {
  id: string;
  version: string;
  manifest: PluginManifest;
  filesDir: string;
  files: PackageFile[];
  installedAt: string;
}

/** Installed plugins; one installed version per plugin id. */
export class PluginStore {
  constructor(private readonly db: Kysely<HostDatabase>) {}

  async findById(id: string): Promise<InstalledPlugin | undefined> {
    const row = await this.db
      .selectFrom('plugins')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toInstalled(row);
  }

  async list(): Promise<InstalledPlugin[]> {
    const rows = await this.db.selectFrom('plugins').selectAll().orderBy('id').execute();
    return rows.map(toInstalled);
  }

  /** Records a plugin version as installed, replacing any earlier version. */
  async save(plugin: InstalledPlugin): Promise<void> {
    const row: PluginTable = {
      id: plugin.id,
      version: plugin.version,
      manifest: JSON.stringify(plugin.manifest),
      files_dir: plugin.filesDir,
      files: JSON.stringify(plugin.files),
      installed_at: plugin.installedAt,
    };
    await this.db
      .insertInto('plugins')
      .values(row)
      .onConflict((conflict) =>
        conflict.column('id').doUpdateSet({
          version: row.version,
          manifest: row.manifest,
          files_dir: row.files_dir,
          files: row.files,
          installed_at: row.installed_at,
        }),
      )
      .execute();
  }
}

function toInstalled(row: PluginTable): InstalledPlugin {
  return {
    id: row.id,
    version: row.version,
    manifest: JSON.parse(row.manifest) as PluginManifest,
    filesDir: row.files_dir,
    files: JSON.parse(row.files) as PackageFile[],
    installedAt: row.installed_at,
  };
}
