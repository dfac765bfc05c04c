/**
 * Error raised inside a plugin frame by the client: either the host's error response
 * to a request (its `code` is the host's stable code, such as `verb-not-declared`)
 * or a failure of the client itself (`connect-timeout`, `request-timeout`,
 * `invalid-host-message`, `invalid-statement`...). The code is kebab-case and
 * doubles as the translation key of a message shown to a person.
 *
 * It carries no HTTP status, unlike `FabriqueError`, because it never leaves the frame.
 *
 * @example
 * try {
 *   await client.emit(draft);
 * } catch (error) {
 *   if (error instanceof PluginClientError && error.code === 'request-timeout') {
 *     // The host did not answer in time: emitting the same draft again is safe
 *     // because it keeps its statement id.
 *   }
 * }
 */
export class PluginClientError extends Error {
  override readonly name = 'PluginClientError';

  constructor(
    /** Stable kebab-case code, for example `request-timeout` or a code sent by the host. */
    readonly code: string,
    message: string,
    /** Values named in the message, for translated messages and logs. */
    readonly details: Readonly<Record<string, string | number | boolean>> = {},
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}
