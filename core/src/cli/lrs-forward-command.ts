import { parseArgs } from 'node:util';
import { forwardTargetInputSchema } from '../lrs/operations/forward-target-input.js';
import {
  type AdminCommand,
  type AdminEnvironment,
  AdminUsageError,
  EXIT_FAILED,
  EXIT_OK,
  parseOrUsage,
  withSession,
} from './admin-command.js';
import type { AdminSession } from './admin-session.js';
import { formatTable } from './text-table.js';

const NAME = 'lrs-forward';

const HELP = `Usage:
  fabrique-admin lrs-forward add --name NAME --endpoint URL --username USER --password-stdin
                                 [--verb IRI]... [--activity-prefix PREFIX]... [--plugin ID]...
  fabrique-admin lrs-forward list [--json]
  fabrique-admin lrs-forward dead --id ID [--limit N] [--json]
  fabrique-admin lrs-forward disable|enable|delete|retry-dead --id ID

Forwards copies of the statements this host stores to another LRS: POST
{endpoint}/statements with Basic credentials, statements unchanged (ids
included, so the target drops duplicates), at least once, with retries.

Actions:
  add          adds an enabled target; statements stored from now on are queued for it
  list         lists targets with their pending and dead counts, never a password
  dead         lists the dead rows of a target: statement id, attempts, last error
  disable      stops queueing statements for a target; its pending rows wait
  enable       queues statements for a target again and sends its waiting rows
  delete       removes a target and its queue
  retry-dead   puts the dead rows of a target back in its queue with fresh attempts

Options:
  --name NAME               a label, 1 to 80 characters
  --endpoint URL            the target's xAPI endpoint, such as https://lrs.example.org/xapi
  --username USER           the Basic user name at the target
  --password-stdin          read the Basic password from standard input (required with add)
  --verb IRI                forward only statements with one of these verbs (repeatable)
  --activity-prefix PREFIX  forward only statements whose object or a context activity
                            has an id starting with one of these (repeatable)
  --plugin ID               forward only statements of one of these plugins (repeatable)
  --id ID                   the target, as list prints it
  --limit N                 with dead, the most rows to print (default 50)
  --json                    print JSON
  -h, --help                show this help
`;

const ID_ACTIONS = ['disable', 'enable', 'delete', 'retry-dead'] as const;

/** `fabrique-admin lrs-forward`: manages statement forwarding to other LRSs. */
export const lrsForwardCommand: AdminCommand = {
  name: NAME,
  summary: 'add, list, pause or remove LRS forwarding targets and retry their dead rows',
  help: HELP,
  run: async (args, environment) => {
    const { values, positionals } = parseOrUsage(NAME, () =>
      parseArgs({
        args: [...args],
        allowPositionals: true,
        strict: true,
        options: {
          name: { type: 'string' },
          endpoint: { type: 'string' },
          username: { type: 'string' },
          'password-stdin': { type: 'boolean' },
          verb: { type: 'string', multiple: true },
          'activity-prefix': { type: 'string', multiple: true },
          plugin: { type: 'string', multiple: true },
          id: { type: 'string' },
          limit: { type: 'string' },
          json: { type: 'boolean' },
          help: { type: 'boolean', short: 'h' },
        },
      }),
    );
    if (values.help) {
      environment.io.stdout(HELP);
      return EXIT_OK;
    }
    const [action, ...extra] = positionals;
    if (extra.length > 0) throw new AdminUsageError(`unexpected argument "${extra[0]}".`, NAME);
    if (action === 'add') {
      if (!values['password-stdin']) {
        throw new AdminUsageError(
          '--password-stdin is required: a password in the command line would show in the process list.',
          NAME,
        );
      }
      const password = (await environment.io.readStdin()).replace(/\r?\n$/, '');
      return addTarget(environment, {
        name: values.name,
        endpoint: values.endpoint,
        username: values.username,
        password,
        filter: {
          ...(values.verb ? { verbs: values.verb } : {}),
          ...(values['activity-prefix'] ? { activityPrefixes: values['activity-prefix'] } : {}),
          ...(values.plugin ? { pluginIds: values.plugin } : {}),
        },
      });
    }
    if (action === 'list') return listTargets(environment, values.json === true);
    if (action === 'dead') {
      return listDead(
        environment,
        requireId(values.id),
        parseLimit(values.limit),
        values.json === true,
      );
    }
    const idAction = ID_ACTIONS.find((name) => name === action);
    if (idAction) return runOnTarget(environment, idAction, requireId(values.id));
    throw new AdminUsageError(
      action === undefined
        ? 'an action is required: add, list, dead, disable, enable, delete or retry-dead.'
        : `unknown action "${action}"; the actions are add, list, dead, disable, enable, delete and retry-dead.`,
      NAME,
    );
  },
};

async function addTarget(
  environment: AdminEnvironment,
  raw: Record<string, unknown>,
): Promise<number> {
  const parsed = forwardTargetInputSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path.join('.') ?? '';
    if (issue?.code === 'invalid_type' && raw[path] === undefined) {
      throw new AdminUsageError(`${optionName(path)} is required.`, NAME);
    }
    throw new AdminUsageError(`${optionName(path)}: ${issue?.message ?? 'invalid value'}.`, NAME);
  }
  const input = parsed.data;
  return withSession(environment, async (session) => {
    const id = await session.forwardTargets.add(input);
    await session.audit.append({
      actor: session.actor,
      action: 'lrs-forward.add',
      target: `lrs-forward-target:${id}`,
      details: {
        endpoint: input.endpoint,
        verbs: input.filter.verbs?.length ?? 0,
        activityPrefixes: input.filter.activityPrefixes?.length ?? 0,
        pluginIds: input.filter.pluginIds?.length ?? 0,
      },
    });
    session.logger.info({ targetId: id, endpoint: input.endpoint }, 'LRS forwarding target added');
    environment.io.stdout(
      `Added forwarding target ${id} (${input.name}); statements stored from now on are queued for it.\n`,
    );
    return EXIT_OK;
  });
}

async function listTargets(environment: AdminEnvironment, json: boolean): Promise<number> {
  const targets = await withSession(environment, (session) => session.forwardTargets.list());
  if (json) {
    environment.io.stdout(`${JSON.stringify(targets, null, 2)}\n`);
  } else if (targets.length === 0) {
    environment.io.stdout('No forwarding target.\n');
  } else {
    environment.io.stdout(
      formatTable(
        ['ID', 'NAME', 'ENDPOINT', 'ENABLED', 'PENDING', 'DEAD', 'FILTER'],
        targets.map((target) => [
          target.id,
          target.name,
          target.endpoint,
          target.enabled ? 'yes' : 'no',
          String(target.pendingCount),
          String(target.deadCount),
          JSON.stringify(target.filter),
        ]),
      ),
    );
  }
  return EXIT_OK;
}

async function listDead(
  environment: AdminEnvironment,
  id: string,
  limit: number,
  json: boolean,
): Promise<number> {
  return withSession(environment, async (session) => {
    if (!(await requireTarget(environment, session, id))) return EXIT_FAILED;
    const rows = await session.forwardTargets.listDead(id, limit);
    if (json) {
      environment.io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
    } else if (rows.length === 0) {
      environment.io.stdout('No dead row.\n');
    } else {
      environment.io.stdout(
        formatTable(
          ['STATEMENT', 'ATTEMPTS', 'FAILED AT', 'LAST ERROR'],
          rows.map((row) => [
            row.statementId,
            String(row.attempts),
            row.failedAt,
            row.lastError ?? '',
          ]),
        ),
      );
    }
    return EXIT_OK;
  });
}

async function runOnTarget(
  environment: AdminEnvironment,
  action: (typeof ID_ACTIONS)[number],
  id: string,
): Promise<number> {
  return withSession(environment, async (session) => {
    if (!(await requireTarget(environment, session, id))) return EXIT_FAILED;
    const targets = session.forwardTargets;
    let message: string;
    let details: Record<string, number> = {};
    if (action === 'disable' || action === 'enable') {
      await targets.setEnabled(id, action === 'enable');
      message =
        action === 'enable'
          ? `Enabled forwarding target ${id}; its waiting rows are due now.`
          : `Disabled forwarding target ${id}; no statement is queued for it and its pending rows wait.`;
    } else if (action === 'delete') {
      await targets.delete(id);
      message = `Deleted forwarding target ${id} and its queue.`;
    } else {
      const rows = await targets.retryDead(id);
      details = { rows };
      message = `Put ${rows} dead row(s) of ${id} back in its queue.`;
    }
    await session.audit.append({
      actor: session.actor,
      action: `lrs-forward.${action}`,
      target: `lrs-forward-target:${id}`,
      details,
    });
    session.logger.info({ targetId: id, action, ...details }, 'LRS forwarding target changed');
    environment.io.stdout(`${message}\n`);
    return EXIT_OK;
  });
}

async function requireTarget(
  environment: AdminEnvironment,
  session: AdminSession,
  id: string,
): Promise<boolean> {
  if (await session.forwardTargets.exists(id)) return true;
  environment.io.stderr(
    `fabrique-admin lrs-forward: no forwarding target has the id ${id}; "fabrique-admin lrs-forward list" shows them.\n`,
  );
  return false;
}

function requireId(value: string | undefined): string {
  if (!value) throw new AdminUsageError('--id is required.', NAME);
  return value;
}

function parseLimit(value: string | undefined): number {
  if (value === undefined) return 50;
  const limit = Number(value);
  if (!Number.isInteger(limit) || limit < 1 || limit > 10_000) {
    throw new AdminUsageError(`--limit "${value}" must be a whole number from 1 to 10000.`, NAME);
  }
  return limit;
}

/** Names the option behind a field of the target input, for messages. */
function optionName(path: string): string {
  const options: Record<string, string> = {
    name: '--name',
    endpoint: '--endpoint',
    username: '--username',
    password: 'the password on standard input',
  };
  if (path.startsWith('filter.verbs')) return '--verb';
  if (path.startsWith('filter.activityPrefixes')) return '--activity-prefix';
  if (path.startsWith('filter.pluginIds')) return '--plugin';
  return options[path] ?? (path || 'target');
}
