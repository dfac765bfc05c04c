import { z } from 'zod';
import { languageMapSchema } from './language-map.js';
import { addCrossPropertyIssue, xapiRule } from './xapi-issue.js';

/** The interaction types of xAPI 1.0.3 (section 2.4.4.1), matched case-sensitively. */
export const INTERACTION_TYPES = [
  'true-false',
  'choice',
  'fill-in',
  'long-fill-in',
  'matching',
  'performance',
  'sequencing',
  'likert',
  'numeric',
  'other',
] as const;

/** One of {@link INTERACTION_TYPES}. */
export type InteractionType = (typeof INTERACTION_TYPES)[number];

/** The activity definition properties that hold interaction components. */
export const INTERACTION_COMPONENT_LISTS = [
  'choices',
  'scale',
  'source',
  'target',
  'steps',
] as const;

/** One of {@link INTERACTION_COMPONENT_LISTS}. */
export type InteractionComponentList = (typeof INTERACTION_COMPONENT_LISTS)[number];

/** The component lists that each interaction type supports; the others support none. */
export const COMPONENT_LISTS_BY_INTERACTION_TYPE: Readonly<
  Record<InteractionType, readonly InteractionComponentList[]>
> = {
  'true-false': [],
  choice: ['choices'],
  'fill-in': [],
  'long-fill-in': [],
  matching: ['source', 'target'],
  performance: ['steps'],
  sequencing: ['choices'],
  likert: ['scale'],
  numeric: [],
  other: [],
};

function isInteractionType(value: unknown): value is InteractionType {
  return INTERACTION_TYPES.some((type) => type === value);
}

/** Schema of `interactionType`. */
export const interactionTypeSchema = z.custom<InteractionType>(
  isInteractionType,
  xapiRule('invalid-interaction', `must be one of ${INTERACTION_TYPES.join(', ')}`),
);

/** Schema of an interaction component: an `id` and an optional `description` language map. */
export const interactionComponentSchema = z.strictObject({
  id: z.string(),
  description: languageMapSchema.optional(),
});

function checkUniqueIds(components: readonly { id: string }[], context: z.RefinementCtx) {
  const seen = new Set<string>();
  components.forEach((component, index) => {
    if (seen.has(component.id)) {
      addCrossPropertyIssue(context, {
        code: 'duplicate-component-id',
        path: [index, 'id'],
        input: component.id,
        rule: `repeats the id ${JSON.stringify(component.id)} of an earlier component in this list`,
      });
    }
    seen.add(component.id);
  });
}

const componentListSchema = z.array(interactionComponentSchema).superRefine(checkUniqueIds);

/** Interaction properties of an activity definition, all optional. */
export const interactionShape = {
  interactionType: interactionTypeSchema.optional(),
  correctResponsesPattern: z.array(z.string()).optional(),
  choices: componentListSchema.optional(),
  scale: componentListSchema.optional(),
  source: componentListSchema.optional(),
  target: componentListSchema.optional(),
  steps: componentListSchema.optional(),
};

type InteractionProperties = {
  readonly [Key in keyof typeof interactionShape]?: z.output<(typeof interactionShape)[Key]>;
};

/**
 * Checks the interaction properties of an activity definition together:
 * `correctResponsesPattern` and component lists need an `interactionType`,
 * and each component list must be one that the interaction type supports.
 */
export function checkInteraction(definition: InteractionProperties, context: z.RefinementCtx) {
  const { interactionType } = definition;
  if (interactionType === undefined) {
    checkNoInteractionDetails(definition, context);
    return;
  }
  const allowed = COMPONENT_LISTS_BY_INTERACTION_TYPE[interactionType];
  for (const list of INTERACTION_COMPONENT_LISTS) {
    if (definition[list] !== undefined && !allowed.includes(list)) {
      addCrossPropertyIssue(context, {
        code: 'invalid-interaction',
        path: [list],
        input: definition[list],
        rule: `is not allowed with the interactionType "${interactionType}", which supports ${describeLists(allowed)}`,
      });
    }
  }
}

function checkNoInteractionDetails(definition: InteractionProperties, context: z.RefinementCtx) {
  for (const property of ['correctResponsesPattern', ...INTERACTION_COMPONENT_LISTS] as const) {
    if (definition[property] !== undefined) {
      addCrossPropertyIssue(context, {
        code: 'invalid-interaction',
        path: [property],
        input: definition[property],
        rule: 'is allowed only in an activity definition that has an interactionType',
      });
    }
  }
}

function describeLists(lists: readonly InteractionComponentList[]): string {
  return lists.length === 0 ? 'no component list' : lists.join(' and ');
}
