/**
 * The Fabrique plugin contract: the plugin manifest schema, the xAPI types
 * and validator, the host-plugin message protocol, and the error class whose
 * codes double as translation keys.
 *
 * The in-plugin client is the separate entry point `@fabrique/sdk/client`,
 * and the plugin bundler is `@fabrique/sdk/build`.
 */
export { FabriqueError } from './errors/fabrique-error.js';
export type {
  Capabilities,
  DeclaredIri,
  StorageCapability,
  XapiCapability,
} from './manifest/capabilities-schema.js';
export type {
  AggregateQuery,
  Column,
  Dashboard,
  DashboardQuery,
  Dimension,
  RowsQuery,
} from './manifest/dashboard-query-schema.js';
export {
  DATA_CATEGORIES,
  type DataCategory,
  type DataUse,
  SENSITIVE_DATA_CATEGORIES,
} from './manifest/data-use-schema.js';
export type {
  DimensionField,
  ExtensionField,
  FieldReference,
  StatementField,
} from './manifest/field-reference.js';
export { HOST_API_VERSION, isHostApiCompatible, isHostApiRange } from './manifest/host-api.js';
export type { LanguageMap as ManifestLanguageMap } from './manifest/language-map-schema.js';
export { formatManifestIssues, type ManifestIssue } from './manifest/manifest-issues.js';
export type { Measure, Where } from './manifest/measure-schema.js';
export { type ManifestParseResult, parsePluginManifest } from './manifest/parse-plugin-manifest.js';
export {
  isPluginActivityId,
  isPluginId,
  PLUGIN_ACTIVITY_NAMESPACE,
  pluginActivityBase,
} from './manifest/plugin-id.js';
export {
  MANIFEST_FILE_NAME,
  MANIFEST_VERSION,
  type PluginManifest,
  pluginManifestSchema,
} from './manifest/plugin-manifest-schema.js';
export { SCHOOL_LEVEL_NAMES, SCHOOL_LEVELS, type SchoolLevel } from './manifest/school-levels.js';
export type {
  BooleanSetting,
  ChoiceSetting,
  ClassSetting,
  IntegerSetting,
} from './manifest/settings-schema.js';
export {
  parseSettingsValues,
  type SettingsValues,
  type SettingValue,
  settingsValuesSchema,
} from './manifest/settings-values.js';
export { SUBJECT_NAMES, SUBJECTS, type Subject } from './manifest/subjects.js';

export {
  type HostMessage,
  hostMessageSchema,
  type PluginMessage,
  type PluginRequest,
  type ProtocolError,
  pluginMessageSchema,
  type ResponseMessage,
} from './protocol/port-messages.js';
export {
  MAX_MESSAGE_BYTES,
  MESSAGE_RATE_LIMIT,
  PROTOCOL_VERSION,
} from './protocol/protocol-version.js';
export { type SessionInfo, sessionInfoSchema } from './protocol/session-info.js';
export {
  type FrameConnectMessage,
  type FrameReadyMessage,
  frameConnectMessageSchema,
  frameReadyMessageSchema,
} from './protocol/window-messages.js';
export { parseActor } from './xapi/agent-schema.js';
export { isMediaType } from './xapi/attachment-schema.js';
export { isDuration } from './xapi/duration.js';
export { INTERACTION_TYPES, type InteractionType } from './xapi/interaction-schema.js';
export { isMbox } from './xapi/inverse-functional-identifier.js';
export { isIri } from './xapi/iri.js';
export { isLanguageTag } from './xapi/language-tag.js';
export { parseStatementDraft, statementDraftSchema } from './xapi/statement-draft-schema.js';
export { parseStatement, statementSchema } from './xapi/statement-schema.js';
export type {
  Account,
  Activity,
  ActivityDefinition,
  Actor,
  Agent,
  AnonymousGroup,
  Attachment,
  Context,
  ContextActivities,
  Extensions,
  Group,
  IdentifiedGroup,
  InteractionComponent,
  InverseFunctionalIdentifier,
  LanguageMap,
  Result,
  Score,
  Statement,
  StatementDraft,
  StatementObject,
  StatementRef,
  SubStatement,
  Verb,
} from './xapi/statement-types.js';
export { isTimestamp, timestampToDate } from './xapi/timestamp.js';
export { isUuid } from './xapi/uuid.js';
export { isStatementVersion } from './xapi/version.js';
export {
  ADL_ACTIVITY_TYPES,
  ADL_VERBS,
  type AdlActivityTypeId,
  type AdlVerbId,
  FABRIQUE_XAPI_NAMESPACE,
  fabriqueExtension,
} from './xapi/vocabulary.js';
export type { XapiIssue, XapiIssueCode, XapiParseResult } from './xapi/xapi-issue.js';
