import { FabriqueError, type Statement } from '@fabrique/sdk';
import type { Transaction } from 'kysely';
import type { HostDatabase } from '../../db/database-schema.js';
import { inChunks } from '../../db/in-chunks.js';
import { sameAuthority } from './authority-key.js';
import { isVoiding, referencedStatementId, VOIDED_VERB } from './statement-row.js';
import type { InsertedStatement } from './statement-store.js';

const IDS_PER_QUERY = 500;

/**
 * Marks the targets of new voiding statements as voided, and voids new
 * statements that a stored voiding statement already targeted. A voiding
 * statement itself is never voided, and a statement is voided only under
 * the authority that stored it: an outside client cannot erase what a
 * plugin or another client recorded.
 *
 * @throws FabriqueError `void-forbidden` (403) when a new voiding statement
 *   targets a stored statement of another authority.
 */
export async function applyVoiding(
  trx: Transaction<HostDatabase>,
  inserted: readonly InsertedStatement[],
): Promise<void> {
  await voidStoredTargets(trx, inserted);
  await voidLateArrivals(trx, inserted);
}

async function voidStoredTargets(
  trx: Transaction<HostDatabase>,
  inserted: readonly InsertedStatement[],
): Promise<void> {
  const voiding = inserted.filter((item) => isVoiding(item.statement));
  if (voiding.length === 0) return;
  for (const { statement } of voiding) {
    const targetId = referencedStatementId(statement) as string;
    const target = await trx
      .selectFrom('statements')
      .select(['statement', 'verb_id'])
      .where('id', '=', targetId)
      .executeTakeFirst();
    if (!target || target.verb_id === VOIDED_VERB) continue;
    const targetAuthority = (JSON.parse(target.statement) as Statement).authority;
    if (!sameAuthority(targetAuthority, statement.authority)) {
      throw new FabriqueError(
        'void-forbidden',
        403,
        `Statement ${targetId} was stored under another authority and cannot be voided by this one.`,
        { statementId: targetId },
      );
    }
    await trx.updateTable('statements').set({ voided: 1 }).where('id', '=', targetId).execute();
  }
}

/** Voids new statements that an earlier voiding statement of the same authority targeted. */
async function voidLateArrivals(
  trx: Transaction<HostDatabase>,
  inserted: readonly InsertedStatement[],
): Promise<void> {
  const candidates = new Map(
    inserted
      .filter((item) => item.statement.verb.id !== VOIDED_VERB)
      .map((item) => [item.statement.id, item]),
  );
  const newSeqs = new Set(inserted.map((item) => item.seq));
  for (const chunk of inChunks([...candidates.keys()], IDS_PER_QUERY)) {
    const voiders = await trx
      .selectFrom('statements')
      .select(['seq', 'statement', 'ref_target'])
      .where('ref_target', 'in', chunk)
      .where('verb_id', '=', VOIDED_VERB)
      .execute();
    for (const voider of voiders) {
      if (newSeqs.has(voider.seq)) continue;
      const target = candidates.get(voider.ref_target as string);
      const authority = (JSON.parse(voider.statement) as Statement).authority;
      if (!target || !sameAuthority(target.statement.authority, authority)) continue;
      await trx
        .updateTable('statements')
        .set({ voided: 1 })
        .where('seq', '=', target.seq)
        .execute();
    }
  }
}
