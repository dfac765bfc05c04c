import type { z } from 'zod';
import type { activityDefinitionSchema, activitySchema } from './activity-schema.js';
import type { attachmentSchema } from './attachment-schema.js';
import type { contextActivitiesSchema, contextSchema } from './context-schema.js';
import type { extensionsSchema } from './extensions-schema.js';
import type { interactionComponentSchema } from './interaction-schema.js';
import type { accountSchema } from './inverse-functional-identifier.js';
import type { languageMapSchema } from './language-map.js';
import type { resultSchema } from './result-schema.js';
import type { scoreSchema } from './score-schema.js';
import type { statementDraftSchema } from './statement-draft-schema.js';
import type { statementRefSchema } from './statement-ref-schema.js';
import type { statementObjectSchema, statementSchema } from './statement-schema.js';
import type { subStatementSchema } from './sub-statement-schema.js';
import type { verbSchema } from './verb-schema.js';

/** Map from RFC 5646 language tags to text in that language, such as `{ "fr": "a répondu" }`. */
export type LanguageMap = z.output<typeof languageMapSchema>;

/** Map from extension IRIs to any JSON value. */
export type Extensions = z.output<typeof extensionsSchema>;

/** A user account on a system: the system's `homePage` IRL and the account `name`. */
export type Account = z.output<typeof accountSchema>;

interface IdentifierValues {
  mbox: string;
  mbox_sha1sum: string;
  openid: string;
  account: Account;
}

/** Exactly the identifier property `Key`, the others absent. */
type OnlyIdentifier<Key extends keyof IdentifierValues> = { [P in Key]: IdentifierValues[P] } & {
  [P in Exclude<keyof IdentifierValues, Key>]?: never;
};

/** Exactly one inverse functional identifier: mbox, mbox_sha1sum, openid or account. */
export type InverseFunctionalIdentifier =
  | OnlyIdentifier<'mbox'>
  | OnlyIdentifier<'mbox_sha1sum'>
  | OnlyIdentifier<'openid'>
  | OnlyIdentifier<'account'>;

/** An individual, identified by exactly one inverse functional identifier. */
export type Agent = { objectType?: 'Agent'; name?: string } & InverseFunctionalIdentifier;

/** A Group identified by exactly one inverse functional identifier, with an optional member list. */
export type IdentifiedGroup = {
  objectType: 'Group';
  name?: string;
  member?: Agent[];
} & InverseFunctionalIdentifier;

/** A Group without an identifier, known only by its non-empty member list. */
export type AnonymousGroup = {
  objectType: 'Group';
  name?: string;
  member: Agent[];
  mbox?: never;
  mbox_sha1sum?: never;
  openid?: never;
  account?: never;
};

/** An identified or anonymous Group of Agents. */
export type Group = IdentifiedGroup | AnonymousGroup;

/** The Agent or Group that a statement is about. */
export type Actor = Agent | Group;

/** The action of a statement: a verb IRI and its display names. */
export type Verb = z.output<typeof verbSchema>;

/** One choice, scale point, source, target or step of an interaction activity. */
export type InteractionComponent = z.output<typeof interactionComponentSchema>;

/** Metadata of an Activity, including the properties of interaction activities. */
export type ActivityDefinition = z.output<typeof activityDefinitionSchema>;

/** An Activity: its IRI and optional definition. */
export type Activity = z.output<typeof activitySchema>;

/** A reference to another statement by its UUID. */
export type StatementRef = z.output<typeof statementRefSchema>;

/** A statement used as the object of another statement. */
export type SubStatement = z.output<typeof subStatementSchema>;

/** The object of a statement: an Activity, Agent, Group, StatementRef or SubStatement. */
export type StatementObject = z.output<typeof statementObjectSchema>;

/** The score of a result. */
export type Score = z.output<typeof scoreSchema>;

/** The measured outcome of a statement. */
export type Result = z.output<typeof resultSchema>;

/** Activities related to a statement, each value an array after parsing. */
export type ContextActivities = z.output<typeof contextActivitiesSchema>;

/** The context of a statement. */
export type Context = z.output<typeof contextSchema>;

/** The metadata of an attachment to a statement. */
export type Attachment = z.output<typeof attachmentSchema>;

/** An xAPI 1.0.3 statement, as parsed by `parseStatement`. */
export type Statement = z.output<typeof statementSchema>;

/** A statement draft from a plugin, as parsed by `parseStatementDraft`. */
export type StatementDraft = z.output<typeof statementDraftSchema>;
