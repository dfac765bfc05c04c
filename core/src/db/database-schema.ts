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
  statement_keys: StatementKeyTable;
  attachments: AttachmentTable;
  statement_attachments: StatementAttachmentTable;
  lrs_documents: LrsDocumentTable;
  lrs_activities: LrsActivityTable;
  lrs_forward_targets: LrsForwardTargetTable;
  lrs_forward_queue: LrsForwardQueueTable;
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
  /** Lower-cased id of the statement this one targets with a StatementRef object. */
  ref_target: string | null;
  /** Length of the statement's JSON in UTF-16 code units, to cut pages by size. */
  size: number;
}

/**
 * One value a statement filter can match: `verb`, `agent` (actor or object,
 * group members included), `related-agent` (any agent of the statement),
 * `activity` (the object), `related-activity` (any activity) or
 * `registration`. Values longer than `MAX_INDEXED_BYTES` are stored as
 * their digest (`indexKey`).
 */
export interface StatementKeyTable {
  kind: string;
  value: string;
  seq: number;
}

/** Attachment content, shared by every statement that lists its sha2. */
export interface AttachmentTable {
  sha2: string;
  content_type: string;
  length: number;
  content: Uint8Array;
  created_at: string;
}

export interface StatementAttachmentTable {
  seq: number;
  sha2: string;
}

/**
 * A document of the state, activity profile or agent profile resource.
 * Columns a kind does not use hold the empty string, so the primary key
 * never contains NULL.
 */
export interface LrsDocumentTable {
  kind: 'state' | 'activity-profile' | 'agent-profile';
  activity_id: string;
  agent_key: string;
  registration: string;
  document_id: string;
  content: Uint8Array;
  content_type: string;
  /** Quoted strong ETag: the SHA-1 of the content in hex. */
  etag: string;
  updated: string;
}

/** The LRS's canonical definition of an activity, from the statements it stored. */
export interface LrsActivityTable {
  /** The activity IRI through `indexKey`. */
  id: string;
  /** JSON of the activity definition. */
  definition: string;
  /** Key of the authority that first defined the activity, the only one that may change it. */
  authority: string;
  updated: string;
}

/** Another LRS that receives copies of statements. */
export interface LrsForwardTargetTable {
  id: string;
  name: string;
  /** Base URL of the other LRS's xAPI endpoint, ending before `statements`. */
  endpoint: string;
  username: string;
  password: string;
  /** JSON filter deciding which statements are forwarded; `{}` forwards all. */
  filter: string;
  enabled: number;
  created_at: string;
}

/** A statement waiting to be forwarded, or given up on (`dead`) after its attempts ran out. */
export interface LrsForwardQueueTable {
  seq: Generated<number>;
  target_id: string;
  statement_seq: number;
  state: 'pending' | 'dead';
  attempts: number;
  next_attempt_at: string;
  last_error: string | null;
  created_at: string;
}

export interface AuditLogTable {
  seq: Generated<number>;
  at: string;
  actor: string;
  action: string;
  target: string;
  details: string;
}
