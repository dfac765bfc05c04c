import type { Generated } from 'kysely';

/**
 * Tables of the host database, shared by SQLite and PostgreSQL. Times are
 * ISO 8601 UTC strings with milliseconds (`2026-12-04T09:30:00.000Z`), so text
 * order is time order on both; booleans are 0 or 1; JSON is stored as text.
 */
export interface HostDatabase {
  schools: SchoolTable;
  users: UserTable;
  sessions: SessionTable;
  classes: ClassTable;
  class_teachers: ClassTeacherTable;
  pupils: PupilTable;
  plugins: PluginTable;
  class_plugins: ClassPluginTable;
  launches: LaunchTable;
  host_secrets: HostSecretTable;
  lrs_clients: LrsClientTable;
  statements: StatementTable;
  audit_log: AuditLogTable;
}

export interface SchoolTable {
  id: string;
  name: string;
  created_at: string;
}

export interface UserTable {
  id: string;
  school_id: string;
  email: string;
  display_name: string;
  role: 'admin' | 'teacher' | 'researcher' | 'reviewer';
  password_hash: string;
  created_at: string;
}

export interface SessionTable {
  /** SHA-256 of the session token, hex: the token itself is never stored. */
  id: string;
  kind: 'adult' | 'pupil';
  user_id: string | null;
  pupil_id: string | null;
  csrf_token: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
}

export interface ClassTable {
  id: string;
  school_id: string;
  name: string;
  level: string;
  join_code: string;
  created_by: string;
  created_at: string;
}

export interface ClassTeacherTable {
  class_id: string;
  user_id: string;
}

export interface PupilTable {
  id: string;
  class_id: string;
  card: string;
  /** Given by the teacher; stays in this database and is never sent to a plugin or the LRS. */
  nickname: string | null;
  created_at: string;
}

export interface PluginTable {
  id: string;
  version: string;
  manifest: string;
  /** Folder holding the plugin's files, absolute. */
  files_dir: string;
  /** JSON list of `{ path, size, integrity }` checked at install. */
  files: string;
  installed_at: string;
}

export interface ClassPluginTable {
  class_id: string;
  plugin_id: string;
  enabled: number;
  settings: string;
  updated_by: string;
  updated_at: string;
}

export interface LaunchTable {
  /** UUID, also the xAPI `context.registration` of the launch's statements. */
  id: string;
  pupil_id: string;
  class_id: string;
  plugin_id: string;
  plugin_version: string;
  /** Interface language of the launch, an RFC 5646 tag; also the statements' `context.language`. */
  locale: string;
  started_at: string;
}

export interface HostSecretTable {
  name: string;
  value: string;
}

export interface LrsClientTable {
  key: string;
  name: string;
  secret_hash: string;
  /** Space-separated scopes, for example `statements/write statements/read`. */
  scopes: string;
  created_at: string;
}

export interface StatementTable {
  seq: Generated<number>;
  id: string;
  statement: string;
  verb_id: string;
  actor_key: string;
  object_id: string | null;
  registration: string | null;
  timestamp: string;
  stored: string;
  voided: number;
  plugin_id: string | null;
  class_id: string | null;
}

export interface AuditLogTable {
  seq: Generated<number>;
  at: string;
  actor: string;
  action: string;
  target: string;
  details: string;
}
