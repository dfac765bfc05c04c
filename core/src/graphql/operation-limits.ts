import {
  type ASTVisitor,
  GraphQLError,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

/** Most top-level fields (aliases included) one operation may ask for. */
export const MAX_ROOT_FIELDS = 20;
/** Most fields one operation may select in all. */
export const MAX_FIELDS = 300;
/** Deepest nesting of selections in one operation. */
export const MAX_DEPTH = 10;

/**
 * Validation rule that rejects operations too large for this API's pages, so
 * that one request cannot multiply work through aliases, for example 2,000
 * aliased `joinableClass` lookups. Errors carry the code `query-too-complex`.
 */
export function operationLimitsRule(context: ValidationContext): ASTVisitor {
  let fields = 0;
  let depth = 0;
  let deepest = 0;
  return {
    OperationDefinition: {
      enter(node) {
        fields = 0;
        deepest = 0;
        const roots = countRootFields(node.selectionSet, context);
        if (roots > MAX_ROOT_FIELDS)
          report(
            context,
            `asks for ${roots} top-level fields; at most ${MAX_ROOT_FIELDS} are allowed`,
          );
      },
      leave() {
        if (fields > MAX_FIELDS)
          report(context, `selects ${fields} fields; at most ${MAX_FIELDS} are allowed`);
        if (deepest > MAX_DEPTH)
          report(
            context,
            `nests selections ${deepest} levels deep; at most ${MAX_DEPTH} are allowed`,
          );
      },
    },
    Field: {
      enter() {
        fields++;
        depth++;
        deepest = Math.max(deepest, depth);
      },
      leave() {
        depth--;
      },
    },
  };
}

function countRootFields(selectionSet: SelectionSetNode, context: ValidationContext): number {
  let count = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) count++;
    else if (selection.kind === Kind.INLINE_FRAGMENT)
      count += countRootFields(selection.selectionSet, context);
    else {
      const fragment = context.getFragment(selection.name.value);
      if (fragment) count += countRootFields(fragment.selectionSet, context);
    }
  }
  return count;
}

function report(context: ValidationContext, rule: string): void {
  context.reportError(
    new GraphQLError(`The operation ${rule}.`, { extensions: { code: 'query-too-complex' } }),
  );
}
