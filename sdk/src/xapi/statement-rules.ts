import type { z } from 'zod';
import { ADL_VERBS } from './vocabulary.js';
import { addCrossPropertyIssue } from './xapi-issue.js';

/** The parts of a statement or SubStatement that {@link checkStatementRules} reads. */
export interface StatementRuleInput {
  readonly verb: { readonly id: string };
  readonly object: { readonly objectType?: string | undefined };
  readonly context?: {
    readonly revision?: string | undefined;
    readonly platform?: string | undefined;
  };
}

/**
 * Checks the xAPI rules that span several properties of a statement or a
 * SubStatement: `context.revision` and `context.platform` only with an
 * Activity as the object, and a StatementRef as the object of `voided`.
 */
export function checkStatementRules(statement: StatementRuleInput, context: z.RefinementCtx) {
  checkActivityOnlyContext(statement, context);
  checkVoiding(statement, context);
}

function checkActivityOnlyContext(statement: StatementRuleInput, context: z.RefinementCtx) {
  const objectType = statement.object.objectType ?? 'Activity';
  if (objectType === 'Activity') {
    return;
  }
  for (const property of ['revision', 'platform'] as const) {
    const value = statement.context?.[property];
    if (value !== undefined) {
      addCrossPropertyIssue(context, {
        code: 'requires-activity-object',
        path: ['context', property],
        input: value,
        rule: `is allowed only when the object is an Activity, and here its objectType is "${objectType}"`,
      });
    }
  }
}

/** Checks that a statement with the verb `voided` has a StatementRef as its object. */
export function checkVoiding(
  statement: Pick<StatementRuleInput, 'verb' | 'object'>,
  context: z.RefinementCtx,
) {
  if (statement.verb.id === ADL_VERBS.voided && statement.object.objectType !== 'StatementRef') {
    addCrossPropertyIssue(context, {
      code: 'invalid-voiding',
      path: ['object'],
      input: statement.object,
      rule: `must be a StatementRef to the voided statement when the verb is ${ADL_VERBS.voided}`,
    });
  }
}
