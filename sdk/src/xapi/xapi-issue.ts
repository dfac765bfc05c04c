import type { z } from 'zod';

/**
 * Stable kebab-case code of an xAPI validation issue. Codes double as
 * translation keys, so a published code keeps its meaning.
 */
export type XapiIssueCode =
  /** A property that xAPI 1.0.3 does not define at this place (names are case-sensitive). */
  | 'unknown-property'
  /** A property set to `null`, which xAPI allows only inside extension values. */
  | 'null-property'
  /** A required property is absent. */
  | 'missing-property'
  /** A value of the wrong JSON type, such as the string `"100"` where a number is required. */
  | 'invalid-type'
  /** A value outside the values this property allows, when no more precise code applies. */
  | 'invalid-value'
  | 'invalid-iri'
  | 'invalid-irl'
  | 'invalid-language-tag'
  | 'invalid-language-map'
  | 'invalid-extensions'
  | 'invalid-uuid'
  | 'invalid-duration'
  | 'invalid-timestamp'
  | 'invalid-version'
  | 'invalid-mbox'
  | 'invalid-sha1'
  | 'invalid-sha2'
  | 'invalid-content-type'
  | 'invalid-length'
  /** An Agent or identified Group without exactly one inverse functional identifier. */
  | 'ifi-count'
  /** An anonymous Group whose member list is empty. */
  | 'invalid-group'
  /** An authority that is neither an Agent nor an anonymous Group of two Agents. */
  | 'invalid-authority'
  | 'invalid-object-type'
  | 'score-out-of-range'
  /** An interactionType outside the xAPI list, or interaction properties it does not allow. */
  | 'invalid-interaction'
  | 'duplicate-component-id'
  /** `context.revision` or `context.platform` on a statement whose object is not an Activity. */
  | 'requires-activity-object'
  /** A statement with the verb `voided` whose object is not a StatementRef. */
  | 'invalid-voiding'
  /** A property of a statement draft that the host sets itself. */
  | 'host-owned-property'
  /** An xAPI property that a plugin may not send in a statement draft. */
  | 'forbidden-in-draft';

/** One reason why a value is not a valid xAPI statement or statement draft. */
export interface XapiIssue {
  /**
   * Location of the issue, for example `context.contextActivities.parent[0].id`,
   * or the empty string for the root.
   */
  readonly path: string;
  /** Stable kebab-case code, also the translation key of the message. */
  readonly code: XapiIssueCode;
  /** English sentence naming the field and the rule it breaks. */
  readonly message: string;
}

/** Outcome of parsing an untrusted value: the typed, normalised value or the issues found. */
export type XapiParseResult<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly issues: readonly XapiIssue[] };

/**
 * Zod issue parameters that carry an xAPI issue code. `showInput` appends the
 * offending value to the message when it is a string, number or boolean.
 */
export interface XapiIssueParams {
  readonly xapiCode: XapiIssueCode;
  readonly showInput: boolean;
}

/** Zod check parameters built by {@link xapiRule}. */
export interface XapiRuleParams {
  readonly message: string;
  readonly params: XapiIssueParams;
}

/**
 * Builds the parameters of a Zod format check whose failure is reported with
 * `code`, followed by the offending value.
 *
 * @param rule - The rule as the end of a sentence that starts with the field
 *   name, for example `must be an absolute IRI`.
 *
 * @example
 * const iriSchema = z.custom<string>(isIri, xapiRule('invalid-iri', 'must be an absolute IRI'));
 */
export function xapiRule(code: XapiIssueCode, rule: string): XapiRuleParams {
  return { message: rule, params: { xapiCode: code, showInput: true } };
}

/** A rule that involves several properties, found by a Zod `superRefine` step. */
export interface CrossPropertyIssue {
  readonly code: XapiIssueCode;
  /** Path from the refined value to the property to blame. */
  readonly path: readonly PropertyKey[];
  /** Value at `path`, kept in the Zod issue for callers that inspect it. */
  readonly input: unknown;
  /** The rule as the end of a sentence that starts with the field name. */
  readonly rule: string;
}

/** Reports a {@link CrossPropertyIssue} from inside a Zod `superRefine` step. */
export function addCrossPropertyIssue(context: z.RefinementCtx, issue: CrossPropertyIssue): void {
  const params: XapiIssueParams = { xapiCode: issue.code, showInput: false };
  context.addIssue({
    code: 'custom',
    message: issue.rule,
    path: [...issue.path],
    input: issue.input,
    params,
  });
}
