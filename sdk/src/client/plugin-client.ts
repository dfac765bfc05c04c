import './zod-csp-config.js';
import { emitResultSchema } from '../protocol/port-messages.js';
import type { SessionInfo } from '../protocol/session-info.js';
import { activityIri } from './activity-iri.js';
import { PluginClientError } from './plugin-client-error.js';
import { randomUuid } from './random-uuid.js';
import type { HostErrorListener, RequestChannel } from './request-channel.js';
import { StatementBuilder } from './statement-builder.js';
import type { StatementDraft } from './statement-draft.js';

/** Largest frame height the host accepts in `ui.resize`, in CSS pixels. */
const MAX_FRAME_HEIGHT = 20_000;

/**
 * A plugin's connection to its host, obtained from `connectToHost()`. Every
 * method sends one request on the host port and settles when the host responds.
 *
 * @example
 * const client = await connectToHost();
 * const item = client.activityId('number-line/0-10/7');
 * await client.emit(
 *   statement().verb('http://adlnet.gov/expapi/verbs/answered').activity(item).response('6'),
 * );
 */
export interface PluginClient {
  /** Launch information from the host's `welcome`: entry, locale, level, learner pseudonym, settings. */
  readonly session: SessionInfo;

  /**
   * Returns the IRI of an activity of this plugin: `session.activityBase` followed
   * by the path, each segment percent-encoded.
   *
   * @example
   * client.activityId('number-line/0-10/7');
   * // 'https://w3id.org/fabrique/activities/fr.fabrique.fundamentals/number-line/0-10/7'
   */
  activityId(path: string): string;

  /**
   * Sends a statement draft, or a builder's draft, to the host, which completes,
   * checks and stores it. A draft without `id` gets a random UUID first, so
   * emitting the returned draft again after a timeout cannot store it twice,
   * and a draft without `timestamp` gets the current time, so a statement
   * sent late still carries the moment of the pupil's action.
   *
   * @returns the id under which the host stored the statement.
   * @throws PluginClientError with the host's code (such as `undeclared-verb`)
   * when the host rejects the statement, `request-timeout` when it does not respond.
   *
   * @example
   * const { statementId } = await client.emit(
   *   statement().verb('http://adlnet.gov/expapi/verbs/experienced').activity(client.activityId('hello')),
   * );
   */
  emit(draft: StatementDraft | StatementBuilder): Promise<{ statementId: string }>;

  /**
   * Asks the host to set the frame's height, in CSS pixels, rounded up to an
   * integer from 0 to 20,000.
   *
   * @example
   * await client.resize(document.documentElement.scrollHeight);
   */
  resize(height: number): Promise<void>;

  /**
   * Tells the host that the activity is over, so that it may unmount the frame.
   *
   * @example
   * doneButton.addEventListener('click', () => void client.finish());
   */
  finish(): Promise<void>;

  /**
   * Registers a listener for errors that are not the response to a request: an `error` message
   * from the host, or a host message that does not match the protocol and was
   * ignored. Without a listener they go to `console.warn`. Returns the removal.
   *
   * @example
   * client.onHostError((error) => console.error(error.code, error.message));
   */
  onHostError(listener: HostErrorListener): () => void;

  /**
   * Closes the port. Pending and later requests fail with `client-closed`.
   *
   * @example
   * client.close();
   */
  close(): void;
}

/** `PluginClient` over a host port whose handshake is done. */
export class PortPluginClient implements PluginClient {
  readonly session: SessionInfo;
  readonly #channel: RequestChannel;

  constructor(session: SessionInfo, channel: RequestChannel) {
    this.session = session;
    this.#channel = channel;
  }

  activityId(path: string): string {
    return activityIri(this.session.activityBase, path);
  }

  async emit(draft: StatementDraft | StatementBuilder): Promise<{ statementId: string }> {
    const plain = draft instanceof StatementBuilder ? draft.build() : draft;
    // The id lets the host drop a retried copy. The timestamp keeps the moment
    // of the pupil's action when the host page sends the statement later.
    const statement = {
      ...plain,
      id: plain.id ?? randomUuid(),
      timestamp: plain.timestamp ?? new Date().toISOString(),
    };
    const result = await this.#channel.request({ type: 'xapi.emit', statement });
    const parsed = emitResultSchema.safeParse(result);
    if (!parsed.success) {
      throw new PluginClientError(
        'invalid-host-message',
        'The host answered xapi.emit without a string statementId.',
      );
    }
    return parsed.data;
  }

  async resize(height: number): Promise<void> {
    const rounded = Math.ceil(height);
    if (!Number.isFinite(rounded) || rounded < 0 || rounded > MAX_FRAME_HEIGHT) {
      throw new PluginClientError(
        'invalid-height',
        `Frame height ${height} is out of range: give a number of CSS pixels from 0 to ${MAX_FRAME_HEIGHT}.`,
        { height },
      );
    }
    await this.#channel.request({ type: 'ui.resize', height: rounded });
  }

  async finish(): Promise<void> {
    await this.#channel.request({ type: 'session.finish' });
  }

  onHostError(listener: HostErrorListener): () => void {
    return this.#channel.onHostError(listener);
  }

  close(): void {
    this.#channel.close();
  }
}
