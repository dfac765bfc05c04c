import { randomUUID } from 'node:crypto';
import { FabriqueError, parseStatement, type Statement } from '@fabrique/sdk';
import { exceedsJsonDepth, MAX_JSON_DEPTH } from '../json-depth.js';
import { containsNulCharacter } from '../nul-character.js';
import type { StatementToStore } from './statement-store.js';

/**
 * Most statements one request may store. A batch is one transaction that
 * holds the write lock, so a bigger one would stall every other writer.
 */
export const MAX_STATEMENTS_PER_REQUEST = 5000;

/**
 * Parses statements an LRS client sent and sets what the LRS owns: a missing
 * id, `stored`, `authority` (the client), a missing `timestamp` (= stored) and
 * a missing `version` (1.0.0). Ids are lower-cased, because UUIDs compare
 * without regard to case.
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
  if (items.length > MAX_STATEMENTS_PER_REQUEST) {
    throw new FabriqueError(
      'too-many-statements',
      413,
      `A request may hold at most ${MAX_STATEMENTS_PER_REQUEST} statements, not ${items.length}; split the batch.`,
      { field: 'statements', rule: 'max-statements' },
    );
  }
  if (items.length === 0) {
    throw new FabriqueError('invalid-statement', 400, 'The request contains no statement.');
  }
  const stored = now.toISOString();
  const seen = new Set<string>();
  return items.map((item, index) => {
    const where = Array.isArray(body) ? `[${index}]` : 'statement';
    const statement = parseOne(item, where);
    const id = (statement.id ?? randomUUID()).toLowerCase();
    if (seen.has(id)) {
      throw new FabriqueError(
        'duplicate-statement-id',
        400,
        `Statement id ${id} appears twice in one request.`,
        { statementId: id },
      );
    }
    seen.add(id);
    return {
      timestampAssigned: statement.timestamp === undefined,
      statement: {
        ...statement,
        id,
        timestamp: statement.timestamp ?? stored,
        stored,
        authority: { objectType: 'Agent', account: authority },
        version: statement.version ?? '1.0.0',
      },
    };
  });
}

function parseOne(item: unknown, where: string): Statement {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) {
    throw new FabriqueError(
      'invalid-statement',
      400,
      `${where}: a statement must be a JSON object.`,
      { field: where },
    );
  }
  if (exceedsJsonDepth(item)) {
    throw new FabriqueError(
      'invalid-statement',
      400,
      `${where}: values may nest at most ${MAX_JSON_DEPTH} levels deep.`,
      { field: where, rule: 'too-deep' },
    );
  }
  if (containsNulCharacter(item)) {
    throw new FabriqueError(
      'invalid-statement',
      400,
      `${where}: strings and property names must not contain the NUL character (U+0000).`,
      { field: where, rule: 'nul-character' },
    );
  }
  const parsed = parseStatement(item);
  if (parsed.success) return parsed.data;
  const issue = parsed.issues[0];
  const field = issue?.path ? `${where}.${issue.path}` : where;
  throw new FabriqueError(
    'invalid-statement',
    400,
    `${field}: ${issue?.message ?? 'invalid statement'}`,
    { field, rule: issue?.code ?? '' },
  );
}
