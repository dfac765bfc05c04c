import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { HostDatabase, LaunchTable } from '../db/database-schema.js';

/** One run of a plugin by a pupil; its id is the xAPI registration of what it emits. */
export interface LaunchRecord {
  id: string;
  pupilId: string;
  classId: string;
  pluginId: string;
  pluginVersion: string;
  /** Interface language of the launch, for example `fr`. */
  locale: string;
  startedAt: string;
}

/** Launches of plugins by pupils. */
export class LaunchStore {
  constructor(private readonly db: Kysely<HostDatabase>) {}

  async create(input: Omit<LaunchRecord, 'id' | 'startedAt'>): Promise<LaunchRecord> {
    const launch: LaunchRecord = {
      ...input,
      id: randomUUID(),
      startedAt: new Date().toISOString(),
    };
    await this.db.insertInto('launches').values(toRow(launch)).execute();
    return launch;
  }

  async findById(id: string): Promise<LaunchRecord | undefined> {
    const row = await this.db
      .selectFrom('launches')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toRecord(row);
  }
}

function toRow(launch: LaunchRecord): LaunchTable {
  return {
    id: launch.id,
    pupil_id: launch.pupilId,
    class_id: launch.classId,
    plugin_id: launch.pluginId,
    plugin_version: launch.pluginVersion,
    locale: launch.locale,
    started_at: launch.startedAt,
  };
}

function toRecord(row: LaunchTable): LaunchRecord {
  return {
    id: row.id,
    pupilId: row.pupil_id,
    classId: row.class_id,
    pluginId: row.plugin_id,
    pluginVersion: row.plugin_version,
    locale: row.locale,
    startedAt: row.started_at,
  };
}
