import { randomUUID } from 'node:crypto';
import { FabriqueError, parseStatement } from '@fabrique/sdk';
import type { StatementToStore } from './statement-store.js';

/**
 * Parses statements an LRS client sent and sets what the LRS owns: a missing
 * id, `stored`, `authority` (the client), a missing `timestamp` (= stored) and
 * a missing `version` (1.0.0).
 *
 * @throws FabriqueError `invalid-statement` naming the statement index, the
 *   field and the rule, or `duplicate-statement-id` for two statements with one id.
 */
export function intakeStatements(
  body: unknown,
  authority: { homePage: string; name: string },
  now: Date,
): StatementToStore[] {
  const items = Array.isArray(body) ? body : [body];
  if (items.length === 0)
    throw new FabriqueError('invalid-statement', 400, 'The request contains no statement.');
  const stored = now.toISOString();
  const seen = new Set<string>();
  return items.map((item, index) => {
    const parsed = parseStatement(item);
    if (!parsed.success) {
      const issue = parsed.issues[0];
      const where = Array.isArray(body) ? `[${index}].` : '';
      throw new FabriqueError(
        'invalid-statement',
        400,
        `${where}${issue?.path}: ${issue?.message}`,
        { field: `${where}${issue?.path ?? ''}`, rule: issue?.code ?? '' },
      );
    }
    const id = parsed.data.id ?? randomUUID();
    if (seen.has(id))
      throw new FabriqueError(
        'duplicate-statement-id',
        400,
        `Statement id ${id} appears twice in one request.`,
        { statementId: id },
      );
    seen.add(id);
    return {
      timestampAssigned: parsed.data.timestamp === undefined,
      statement: {
        ...parsed.data,
        id,
        timestamp: parsed.data.timestamp ?? stored,
        stored,
        authority: { objectType: 'Agent', account: authority },
        version: parsed.data.version ?? '1.0.0',
      },
    };
  });
}
