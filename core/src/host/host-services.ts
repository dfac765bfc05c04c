import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { AuditLog } from '../audit/audit-log.js';
import { ClassStore } from '../classes/class-store.js';
import { PupilStore } from '../classes/pupil-store.js';
import type { HostConfig } from '../config/config.js';
import { ClassDashboardService } from '../dashboards/class-dashboard.js';
import type { HostDatabase } from '../db/database-schema.js';
import type { SqlDialectName } from '../db/sql-dialect.js';
import { LaunchStore } from '../gateway/launch-store.js';
import { PseudonymService } from '../gateway/pseudonym.js';
import { StatementGateway } from '../gateway/statement-gateway.js';
import { WindowRateLimiter } from '../http/window-rate-limiter.js';
import { SessionStore } from '../identity/session-store.js';
import { UserStore } from '../identity/user-store.js';
import type { Logger } from '../logging/logger.js';
import { LrsClientStore } from '../lrs/lrs-client-store.js';
import { createForwardEnqueueHook } from '../lrs/operations/forward-enqueue.js';
import { ForwardQueue } from '../lrs/operations/forward-queue.js';
import { ForwardTargetStore } from '../lrs/operations/forward-target-store.js';
import { StatementStore } from '../lrs/statements/statement-store.js';
import { ClassPluginStore } from '../plugins/class-plugin-store.js';
import { PluginInstaller } from '../plugins/plugin-installer.js';
import { PluginStore } from '../plugins/plugin-store.js';
import { loadHostSecret } from '../secrets/host-secrets.js';

/** Every service of a host, built once at start and passed down. */
export interface HostServices {
  db: Kysely<HostDatabase>;
  dialect: SqlDialectName;
  audit: AuditLog;
  sessions: SessionStore;
  users: UserStore;
  classes: ClassStore;
  pupils: PupilStore;
  plugins: PluginStore;
  pluginInstaller: PluginInstaller;
  classPlugins: ClassPluginStore;
  launches: LaunchStore;
  pseudonyms: PseudonymService;
  statements: StatementStore;
  gateway: StatementGateway;
  lrsClients: LrsClientStore;
  forwardTargets: ForwardTargetStore;
  forwardQueue: ForwardQueue;
  dashboards: ClassDashboardService;
  joinFailures: WindowRateLimiter;
  loginAttempts: WindowRateLimiter;
  statementSubmissions: WindowRateLimiter;
  incidentReports: WindowRateLimiter;
  /** Failed LRS sign-ins of the whole host, counted under one key. */
  lrsAuthFailures: WindowRateLimiter;
}

/**
 * Wrong join codes allowed per client address and minute. With 31^6 codes and
 * a few thousand classes on a host, this keeps guessing one code at well over
 * a day of sustained attempts from one address (an estimate, not a bound).
 */
const JOIN_FAILURES_PER_MINUTE = 30;
/** Login attempts allowed per e-mail address and minute, to slow password guessing. */
const LOGIN_ATTEMPTS_PER_MINUTE = 10;
/** Statements a launch may record per minute; the host page itself allows 20 messages a second in bursts. */
const STATEMENTS_PER_LAUNCH_PER_MINUTE = 600;
/**
 * Failed LRS sign-ins allowed per minute on the whole host. Each costs a
 * 16 MiB scrypt hash; a client with the right secret is verified from a
 * cache and never counts.
 */
const LRS_AUTH_FAILURES_PER_MINUTE = 120;
/** Frame incidents one launch may report per minute; a mount reports each kind once. */
const INCIDENT_REPORTS_PER_LAUNCH_PER_MINUTE = 10;

/** Builds the host's services over a migrated database. */
export async function createHostServices(
  database: { db: Kysely<HostDatabase>; dialect: SqlDialectName },
  config: HostConfig,
  logger: Logger,
): Promise<HostServices> {
  const { db } = database;
  const audit = new AuditLog(db);
  const plugins = new PluginStore(db);
  const pupils = new PupilStore(db);
  const statements = new StatementStore(db, database.dialect);
  const pseudonyms = new PseudonymService(await loadHostSecret(db, 'pseudonym-key'));
  const forwardTargets = new ForwardTargetStore(db);
  statements.addWriteHook(createForwardEnqueueHook(forwardTargets));
  return {
    ...database,
    audit,
    sessions: new SessionStore(db),
    users: new UserStore(db),
    classes: new ClassStore(db),
    pupils,
    plugins,
    pluginInstaller: new PluginInstaller(
      plugins,
      audit,
      join(config.dataDir, 'plugins'),
      logger.child({ module: 'plugins' }),
    ),
    classPlugins: new ClassPluginStore(db),
    launches: new LaunchStore(db),
    pseudonyms,
    statements,
    gateway: new StatementGateway(
      statements,
      pseudonyms,
      config.publicUrl,
      logger.child({ module: 'gateway' }),
    ),
    lrsClients: new LrsClientStore(db),
    forwardTargets,
    forwardQueue: new ForwardQueue(db, database.dialect),
    dashboards: new ClassDashboardService(statements, pupils, pseudonyms),
    joinFailures: new WindowRateLimiter(JOIN_FAILURES_PER_MINUTE),
    loginAttempts: new WindowRateLimiter(LOGIN_ATTEMPTS_PER_MINUTE),
    statementSubmissions: new WindowRateLimiter(STATEMENTS_PER_LAUNCH_PER_MINUTE),
    incidentReports: new WindowRateLimiter(INCIDENT_REPORTS_PER_LAUNCH_PER_MINUTE),
    lrsAuthFailures: new WindowRateLimiter(LRS_AUTH_FAILURES_PER_MINUTE),
  };
}
