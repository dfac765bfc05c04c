/**
 * The in-plugin client: code that runs inside a plugin frame, connects to the
 * host over the port it hands over, and sends statements, resize and finish
 * requests.
 *
 * @example
 * import { connectToHost, statement } from '@fabrique/sdk/client';
 *
 * const client = await connectToHost();
 * await client.emit(
 *   statement()
 *     .verb('http://adlnet.gov/expapi/verbs/experienced')
 *     .activity(client.activityId('hello'), { type: 'http://adlnet.gov/expapi/activities/lesson' }),
 * );
 *
 * @module
 */
import './zod-csp-config.js';

export {
  ADL_ACTIVITY_TYPES,
  ADL_VERBS,
  type AdlActivityTypeId,
  type AdlVerbId,
  FABRIQUE_XAPI_NAMESPACE,
  fabriqueExtension,
} from '../xapi/vocabulary.js';
export { activityIri } from './activity-iri.js';
export { type ConnectOptions, connectToHost, DEFAULT_TIMEOUT_MS } from './connect-to-host.js';
export type { FrameMessageEvent, FrameWindow } from './frame-window.js';
export { isoDuration } from './iso-duration.js';
export type { PluginClient } from './plugin-client.js';
export { PluginClientError } from './plugin-client-error.js';
export { randomUuid } from './random-uuid.js';
export type { HostErrorListener } from './request-channel.js';
export { StatementBuilder, statement } from './statement-builder.js';
export type {
  ActivityDefinitionDraft,
  ActivityDraft,
  ActivityReference,
  ContextDraft,
  ExtensionMap,
  InteractionComponent,
  InteractionType,
  JsonValue,
  LanguageMap,
  ResultDraft,
  ScoreDraft,
  StatementDraft,
  VerbDraft,
} from './statement-draft.js';
