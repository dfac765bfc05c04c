import { parseArgs } from 'node:util';
import { parseActor } from '@fabrique/sdk';
import { actorKey } from '../lrs/actor-key.js';
import { type AgentErasureCounts, eraseAgents } from '../lrs/operations/agent-erasure.js';
import { pupilAgentKeys } from '../lrs/operations/pupil-agent-keys.js';
import {
  type AdminCommand,
  AdminUsageError,
  EXIT_OK,
  parseOrUsage,
  withSession,
} from './admin-command.js';

const NAME = 'lrs-erase';

const HELP = `Usage:
  fabrique-admin lrs-erase --agent '<agent JSON>' [--dry-run]
  fabrique-admin lrs-erase --pupil PUPIL_ID [--home-page URL]... [--dry-run]

Erases a person from the LRS in one transaction: every statement in which
the agent appears in any role (actor, object, group member, instructor,
team, authority, inside a SubStatement), its filter keys, attachment links,
attachments no other statement lists and forwarding queue rows, and the
agent's state and agent profile documents. Writes an audit entry with the
counts. Statements already forwarded to another LRS are not erased there.

A pupil's statements are stored under one pseudonymous account per plugin,
whose home page is the host's public URL: --pupil erases the pupil's account
of every installed plugin and of every plugin the pupil launched. Run it with
the host's configuration (FABRIQUE_PUBLIC_URL, or HOST and PORT), and add
--home-page for each public URL the host had before.

Options:
  --agent JSON      an Agent or identified Group, such as '{"mbox":"mailto:a@example.org"}'
  --pupil ID        a pupil id of this host, as the class page or the database shows it
  --home-page URL   another home page of the pupil's accounts (repeatable)
  --dry-run         count what would be erased and change nothing
  -h, --help        show this help
`;

/** `fabrique-admin lrs-erase`: erases an agent's or a pupil's statements and documents. */
export const lrsEraseCommand: AdminCommand = {
  name: NAME,
  summary: "erase an agent's or a pupil's statements and documents from the LRS",
  help: HELP,
  run: async (args, environment) => {
    const { values, positionals } = parseOrUsage(NAME, () =>
      parseArgs({
        args: [...args],
        allowPositionals: true,
        strict: true,
        options: {
          agent: { type: 'string' },
          pupil: { type: 'string' },
          'home-page': { type: 'string', multiple: true },
          'dry-run': { type: 'boolean' },
          help: { type: 'boolean', short: 'h' },
        },
      }),
    );
    if (values.help) {
      environment.io.stdout(HELP);
      return EXIT_OK;
    }
    if (positionals.length > 0) {
      throw new AdminUsageError(`unexpected argument "${positionals[0]}".`, NAME);
    }
    if ((values.agent === undefined) === (values.pupil === undefined)) {
      throw new AdminUsageError('give exactly one of --agent and --pupil.', NAME);
    }
    if (values['home-page'] && values.pupil === undefined) {
      throw new AdminUsageError('--home-page goes with --pupil.', NAME);
    }
    const agentKey = values.agent === undefined ? undefined : parseAgentKey(values.agent);
    const dryRun = values['dry-run'] === true;
    return withSession(environment, async (session) => {
      let counts: AgentErasureCounts;
      if (agentKey !== undefined) {
        counts = await eraseAgents(session, {
          agentKeys: [agentKey],
          auditTarget: 'lrs-agent',
          dryRun,
        });
      } else {
        const pupilId = values.pupil as string;
        const homePages = [session.publicUrl, ...(values['home-page'] ?? []).map(trimSlash)];
        const agentKeys = await pupilAgentKeys(session.db, session.pseudonyms, pupilId, homePages);
        counts = await eraseAgents(session, { agentKeys, auditTarget: `pupil:${pupilId}`, dryRun });
        environment.io.stdout(
          `Pupil ${pupilId}: ${agentKeys.length} pseudonymous account(s) under ${homePages.join(', ')}.\n`,
        );
      }
      environment.io.stdout(formatCounts(counts, dryRun));
      return EXIT_OK;
    });
  },
};

function parseAgentKey(text: string): string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new AdminUsageError('--agent is not valid JSON.', NAME);
  }
  const parsed = parseActor(value);
  if (!parsed.success) {
    throw new AdminUsageError(`--agent: ${parsed.issues[0]?.message ?? 'invalid agent'}.`, NAME);
  }
  const actor = parsed.data;
  if (!actor.mbox && !actor.mbox_sha1sum && !actor.openid && !actor.account) {
    throw new AdminUsageError(
      '--agent: an anonymous Group names no one; give an Agent or an identified Group.',
      NAME,
    );
  }
  return actorKey(actor);
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

function formatCounts(counts: AgentErasureCounts, dryRun: boolean): string {
  const verb = dryRun ? 'Would erase' : 'Erased';
  return `${verb} ${counts.statements} statement(s), ${counts.attachments} attachment(s), ${counts.documents} document(s), and ${counts.forwardRows} forwarding row(s).\n`;
}
