import { FabriqueError } from '@fabrique/sdk';
import type { Transaction } from 'kysely';
import type { HostDatabase } from '../../db/database-schema.js';
import { inChunks } from '../../db/in-chunks.js';
import { indexKey } from '../../db/index-key.js';
import { type LrsOperationContext, runInWriteTransaction } from './operation-context.js';
import { deleteStatementsCascade, type StatementCascadeCounts } from './statement-cascade.js';

/** A request to erase every statement and document of some agents. */
export interface AgentErasureRequest {
  /** Agent keys as `actorKey` writes them, such as `mbox:mailto:a@example.org`. */
  agentKeys: readonly string[];
  /** Audit target naming the subject without personal data, such as `pupil:<id>`. */
  auditTarget: string;
  dryRun?: boolean;
}

/** Rows an erasure removed, or would remove in a dry run. */
export interface AgentErasureCounts extends StatementCascadeCounts {
  documents: number;
}

const KEYS_PER_QUERY = 500;
/** The key `actorKey` gives a group without an identifier. */
const ANONYMOUS_GROUP_KEY = 'anonymous-group';

/**
 * Erases agents from the LRS in one transaction: every statement in which
 * one of them appears in any role (actor, object, group member, instructor,
 * team, authority, inside a SubStatement), with its cascade, and their
 * state and agent profile documents. A statement that only targets an
 * erased statement through a StatementRef stays. Writes an audit entry with
 * counts only.
 */
export async function eraseAgents(
  context: LrsOperationContext,
  request: AgentErasureRequest,
): Promise<AgentErasureCounts> {
  const agentKeys = [...new Set(request.agentKeys)];
  const unusable = agentKeys.find((key) => key === '' || key === ANONYMOUS_GROUP_KEY);
  if (unusable !== undefined) {
    throw new FabriqueError(
      'invalid-agent',
      400,
      `Cannot erase by the key "${unusable}": it names no single agent; give an agent with an mbox, mbox_sha1sum, openid or account.`,
      { field: 'agent' },
    );
  }
  const counts = await runInWriteTransaction(
    context,
    request.dryRun === true,
    async (trx, audit) => {
      const seqs = await statementsNaming(trx, agentKeys);
      const cascade = await deleteStatementsCascade(trx, seqs);
      const result: AgentErasureCounts = {
        ...cascade,
        documents: await deleteDocuments(trx, agentKeys),
      };
      await audit.append({
        actor: context.actor,
        action: 'lrs.erase-agent',
        target: request.auditTarget,
        details: { agents: agentKeys.length, ...result },
      });
      return result;
    },
  );
  context.logger.info(
    {
      target: request.auditTarget,
      agents: agentKeys.length,
      dryRun: request.dryRun === true,
      ...counts,
    },
    request.dryRun ? 'LRS erasure dry run' : 'LRS agent data erased',
  );
  return counts;
}

/** Seqs of the statements that name one of the agents in any role. */
async function statementsNaming(
  trx: Transaction<HostDatabase>,
  agentKeys: readonly string[],
): Promise<number[]> {
  const seqs = new Set<number>();
  for (const chunk of inChunks(agentKeys.map(indexKey), KEYS_PER_QUERY)) {
    const rows = await trx
      .selectFrom('statement_keys')
      .select('seq')
      .where('kind', '=', 'related-agent')
      .where('value', 'in', chunk)
      .execute();
    for (const row of rows) seqs.add(row.seq);
  }
  return [...seqs];
}

async function deleteDocuments(
  trx: Transaction<HostDatabase>,
  agentKeys: readonly string[],
): Promise<number> {
  let deleted = 0;
  for (const chunk of inChunks(agentKeys.map(indexKey), KEYS_PER_QUERY)) {
    const result = await trx
      .deleteFrom('lrs_documents')
      .where('agent_key', 'in', chunk)
      .executeTakeFirst();
    deleted += Number(result.numDeletedRows);
  }
  return deleted;
}
