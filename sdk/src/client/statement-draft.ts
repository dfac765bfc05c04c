/**
 * Types of the statement drafts a plugin sends. A draft is the part of an
 * xAPI 1.0.3 statement that the plugin decides: the host adds the actor (a
 * pseudonymous account), the class and plugin in
 * `context.contextActivities.grouping`, `context.registration`, `authority`
 * and `stored`, and rejects any other key.
 */

/** A value that survives JSON and structured cloning unchanged. */
export type JsonValue =
  | string
  | number
  | boolean
  | null
  | readonly JsonValue[]
  | { readonly [key: string]: JsonValue };

/** Map from an RFC 5646 language tag to a text, such as `{ fr: 'a répondu', en: 'answered' }`. */
export type LanguageMap = Readonly<Record<string, string>>;

/** Map from an extension IRI to its value. */
export type ExtensionMap = Readonly<Record<string, JsonValue>>;

/** xAPI interaction types of a `cmi.interaction` activity. */
export type InteractionType =
  | 'true-false'
  | 'choice'
  | 'fill-in'
  | 'long-fill-in'
  | 'matching'
  | 'performance'
  | 'sequencing'
  | 'likert'
  | 'numeric'
  | 'other';

/** One choice, scale point, source, target or step of an interaction. */
export type InteractionComponent = { readonly id: string; readonly description?: LanguageMap };

/** Definition of an activity: its type, names and, for interactions, its components. */
export type ActivityDefinitionDraft = {
  readonly type?: string;
  readonly name?: LanguageMap;
  readonly description?: LanguageMap;
  readonly moreInfo?: string;
  readonly interactionType?: InteractionType;
  readonly correctResponsesPattern?: readonly string[];
  readonly choices?: readonly InteractionComponent[];
  readonly scale?: readonly InteractionComponent[];
  readonly source?: readonly InteractionComponent[];
  readonly target?: readonly InteractionComponent[];
  readonly steps?: readonly InteractionComponent[];
  readonly extensions?: ExtensionMap;
};

/** The statement's object: always an activity whose id lies under the session's `activityBase`. */
export type ActivityDraft = {
  readonly objectType: 'Activity';
  readonly id: string;
  readonly definition?: ActivityDefinitionDraft;
};

/** The verb: an IRI and an optional display text. */
export type VerbDraft = { readonly id: string; readonly display?: LanguageMap };

/** Score of a result: `scaled` in -1..1, `raw` between `min` and `max`. */
export type ScoreDraft = {
  readonly scaled?: number;
  readonly raw?: number;
  readonly min?: number;
  readonly max?: number;
};

/** Outcome of the experience. `duration` is an ISO 8601 duration such as `PT4.2S`. */
export type ResultDraft = {
  readonly score?: ScoreDraft;
  readonly success?: boolean;
  readonly completion?: boolean;
  readonly response?: string;
  readonly duration?: string;
  readonly extensions?: ExtensionMap;
};

/** Reference to an activity in `context.contextActivities`. */
export type ActivityReference = { readonly objectType?: 'Activity'; readonly id: string };

/** Context chosen by the plugin. The host adds its own `grouping` and `registration`. */
export type ContextDraft = {
  readonly contextActivities?: {
    readonly parent?: readonly ActivityReference[];
    readonly category?: readonly ActivityReference[];
    readonly other?: readonly ActivityReference[];
  };
  readonly language?: string;
  readonly extensions?: ExtensionMap;
};

/**
 * A statement as a plugin sends it in `xapi.emit`. `id` is a UUID that the host
 * keeps, so that a retried emission is stored once; `PluginClient.emit` fills it
 * in when it is missing.
 *
 * @example
 * const draft: StatementDraft = {
 *   verb: { id: 'http://adlnet.gov/expapi/verbs/experienced' },
 *   object: { objectType: 'Activity', id: client.activityId('hello') },
 * };
 */
export type StatementDraft = {
  readonly id?: string;
  readonly verb: VerbDraft;
  readonly object: ActivityDraft;
  readonly result?: ResultDraft;
  readonly context?: ContextDraft;
  readonly timestamp?: string;
};
