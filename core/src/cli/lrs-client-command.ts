import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { LRS_SCOPES, type LrsScope } from '../lrs/lrs-client-store.js';
import {
  type AdminCommand,
  type AdminEnvironment,
  AdminUsageError,
  EXIT_FAILED,
  EXIT_OK,
  parseOrUsage,
  withSession,
} from './admin-command.js';
import { formatTable } from './text-table.js';

const NAME = 'lrs-client';

const HELP = `Usage:
  fabrique-admin lrs-client create --key KEY --name NAME --scopes SCOPES [--secret-stdin] [--replace]
  fabrique-admin lrs-client list [--json]
  fabrique-admin lrs-client delete --key KEY

Manages the clients that call the LRS at /xapi/ with HTTP Basic credentials
(the key as user name, the secret as password). Secrets are stored as
scrypt hashes, so a secret is shown once, when it is generated.

Actions:
  create   adds a client; prints a generated secret unless --secret-stdin
  list     lists the clients with their scopes, never a secret
  delete   removes a client; a running host refuses it from its next request

Options:
  --key KEY        3 to 64 characters among A-Z a-z 0-9 . _ -
  --name NAME      a label for people, 1 to 80 characters
  --scopes LIST    comma-separated: ${LRS_SCOPES.join(', ')}
  --secret-stdin   read the secret (8 to 256 characters) from standard input
  --replace        with create, replace the name, secret and scopes of an existing key
  --json           with list, print JSON
  -h, --help       show this help
`;

const KEY_PATTERN = /^[A-Za-z0-9._-]{3,64}$/;
const MIN_SECRET_LENGTH = 8;
const MAX_SECRET_LENGTH = 256;

/** `fabrique-admin lrs-client`: creates, lists and deletes LRS clients. */
export const lrsClientCommand: AdminCommand = {
  name: NAME,
  summary: 'create, list or delete the LRS clients that use Basic credentials',
  help: HELP,
  run: async (args, environment) => {
    const { values, positionals } = parseOrUsage(NAME, () =>
      parseArgs({
        args: [...args],
        allowPositionals: true,
        strict: true,
        options: {
          key: { type: 'string' },
          name: { type: 'string' },
          scopes: { type: 'string' },
          'secret-stdin': { type: 'boolean' },
          replace: { type: 'boolean' },
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
    switch (action) {
      case 'create':
        return createClient(environment, {
          key: requireKey(values.key),
          name: requireName(values.name),
          scopes: parseScopes(values.scopes),
          secretFromStdin: values['secret-stdin'] === true,
          replace: values.replace === true,
        });
      case 'list':
        return listClients(environment, values.json === true);
      case 'delete':
        return deleteClient(environment, requireKey(values.key));
      default:
        throw new AdminUsageError(
          action === undefined
            ? 'an action is required: create, list or delete.'
            : `unknown action "${action}"; the actions are create, list and delete.`,
          NAME,
        );
    }
  },
};

async function createClient(
  environment: AdminEnvironment,
  input: {
    key: string;
    name: string;
    scopes: LrsScope[];
    secretFromStdin: boolean;
    replace: boolean;
  },
): Promise<number> {
  const { io } = environment;
  const secret = input.secretFromStdin
    ? readSecret(await io.readStdin())
    : randomBytes(24).toString('base64url');
  return withSession(environment, async (session) => {
    const exists = await session.lrsClients.exists(input.key);
    if (exists && !input.replace) {
      io.stderr(
        `fabrique-admin lrs-client: a client with the key ${input.key} already exists; add --replace to give it a new secret and scopes, or delete it first.\n`,
      );
      return EXIT_FAILED;
    }
    await session.lrsClients.upsert({ ...input, secret });
    await session.audit.append({
      actor: session.actor,
      action: exists ? 'lrs-client.replace' : 'lrs-client.create',
      target: `lrs-client:${input.key}`,
      details: { scopes: input.scopes.join(' ') },
    });
    session.logger.info({ key: input.key, scopes: input.scopes }, 'LRS client saved');
    io.stdout(
      `${exists ? 'Replaced' : 'Created'} LRS client ${input.key} with the scopes ${input.scopes.join(', ')}.\n`,
    );
    if (!input.secretFromStdin) {
      io.stdout(`Secret (shown only now; store it safely):\n${secret}\n`);
    }
    return EXIT_OK;
  });
}

async function listClients(environment: AdminEnvironment, json: boolean): Promise<number> {
  const clients = await withSession(environment, (session) => session.lrsClients.list());
  if (json) {
    environment.io.stdout(`${JSON.stringify(clients, null, 2)}\n`);
  } else if (clients.length === 0) {
    environment.io.stdout('No LRS client.\n');
  } else {
    environment.io.stdout(
      formatTable(
        ['KEY', 'NAME', 'SCOPES', 'CREATED'],
        clients.map((client) => [
          client.key,
          client.name,
          client.scopes.join(','),
          client.createdAt,
        ]),
      ),
    );
  }
  return EXIT_OK;
}

async function deleteClient(environment: AdminEnvironment, key: string): Promise<number> {
  return withSession(environment, async (session) => {
    if (!(await session.lrsClients.delete(key))) {
      environment.io.stderr(`fabrique-admin lrs-client: no client has the key ${key}.\n`);
      return EXIT_FAILED;
    }
    await session.audit.append({
      actor: session.actor,
      action: 'lrs-client.delete',
      target: `lrs-client:${key}`,
    });
    session.logger.info({ key }, 'LRS client deleted');
    environment.io.stdout(
      `Deleted LRS client ${key}. Running hosts refuse its credentials from its next request.\n`,
    );
    return EXIT_OK;
  });
}

function requireKey(value: string | undefined): string {
  if (value === undefined) throw new AdminUsageError('--key is required.', NAME);
  if (!KEY_PATTERN.test(value)) {
    throw new AdminUsageError(
      `--key "${value}" is invalid: use 3 to 64 characters among A-Z a-z 0-9 . _ -.`,
      NAME,
    );
  }
  return value;
}

function requireName(value: string | undefined): string {
  const name = value?.trim();
  if (!name) throw new AdminUsageError('--name is required.', NAME);
  if (name.length > 80) throw new AdminUsageError('--name has more than 80 characters.', NAME);
  return name;
}

function parseScopes(value: string | undefined): LrsScope[] {
  if (value === undefined) throw new AdminUsageError('--scopes is required.', NAME);
  const scopes = value.split(',').map((scope) => scope.trim());
  const unknown = scopes.find((scope) => !(LRS_SCOPES as readonly string[]).includes(scope));
  if (unknown !== undefined) {
    throw new AdminUsageError(
      `--scopes: "${unknown}" is not a scope; the scopes are ${LRS_SCOPES.join(', ')}.`,
      NAME,
    );
  }
  return [...new Set(scopes)] as LrsScope[];
}

function readSecret(input: string): string {
  const secret = input.replace(/\r?\n$/, '');
  if (secret.length < MIN_SECRET_LENGTH || secret.length > MAX_SECRET_LENGTH) {
    throw new AdminUsageError(
      `the secret read from standard input has ${secret.length} characters; it needs ${MIN_SECRET_LENGTH} to ${MAX_SECRET_LENGTH}.`,
      NAME,
    );
  }
  if (/[\r\n]/.test(secret)) {
    throw new AdminUsageError('the secret read from standard input spans several lines.', NAME);
  }
  return secret;
}
