/**
 * Error with a stable kebab-case code that is also the translation key of the
 * message shown to a person, an HTTP status, and the values the message names.
 *
 * @example
 * throw new FabriqueError('class-not-found', 404, 'No class has the join code K7M2QP.', { code: 'K7M2QP' });
 */
export class FabriqueError extends Error {
  override readonly name: string = 'FabriqueError';

  constructor(
    /** Stable kebab-case code, for example `invalid-join-code`. */
    readonly code: string,
    /** HTTP status to answer with when the error reaches a client. */
    readonly status: number,
    message: string,
    /** Values named in the message, for translated messages and logs. */
    readonly details: Readonly<Record<string, string | number | boolean>> = {},
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}
