import { parseArgs } from 'node:util';
import { purgeOlderThan } from '../lrs/operations/retention-purge.js';
import {
  type AdminCommand,
  AdminUsageError,
  EXIT_OK,
  parseOrUsage,
  withSession,
} from './admin-command.js';

const NAME = 'lrs-purge';

const HELP = `Usage: fabrique-admin lrs-purge --older-than DAYSd [--dry-run]

Applies a retention period in one transaction: deletes the statements the
LRS stored more than that many days ago, with their filter keys, attachment
links, attachments no remaining statement lists and forwarding queue rows,
and the state and profile documents last updated before then. Writes an
audit entry with the cutoff and the counts.

Options:
  --older-than DAYSd  the age, in whole days followed by d, such as 400d (1 to 36500)
  --dry-run           count what would be deleted and change nothing
  -h, --help          show this help
`;

const DAY_MS = 24 * 60 * 60_000;
const MAX_DAYS = 36_500;

/** `fabrique-admin lrs-purge`: deletes statements and documents older than an age. */
export const lrsPurgeCommand: AdminCommand = {
  name: NAME,
  summary: 'delete statements and documents older than a retention period',
  help: HELP,
  run: async (args, environment) => {
    const { values, positionals } = parseOrUsage(NAME, () =>
      parseArgs({
        args: [...args],
        allowPositionals: true,
        strict: true,
        options: {
          'older-than': { type: 'string' },
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
    const days = parseDays(values['older-than']);
    const cutoff = new Date(Date.now() - days * DAY_MS);
    const dryRun = values['dry-run'] === true;
    const counts = await withSession(environment, (session) =>
      purgeOlderThan(session, { cutoff, dryRun }),
    );
    environment.io.stdout(
      `${dryRun ? 'Would delete' : 'Deleted'} what was stored or updated before ${cutoff.toISOString()}: ${counts.statements} statement(s), ${counts.attachments} attachment(s), ${counts.documents} document(s), ${counts.forwardRows} forwarding row(s).\n`,
    );
    return EXIT_OK;
  },
};

/** Reads `400d` as 400. */
export function parseDays(value: string | undefined): number {
  if (value === undefined) throw new AdminUsageError('--older-than is required.', NAME);
  const match = /^(\d{1,6})d$/.exec(value.trim());
  const days = match ? Number(match[1]) : Number.NaN;
  if (!Number.isInteger(days) || days < 1 || days > MAX_DAYS) {
    throw new AdminUsageError(
      `--older-than "${value}" is invalid: give whole days from 1 to ${MAX_DAYS} followed by d, such as 400d.`,
      NAME,
    );
  }
  return days;
}
