import { PluginClientError } from './plugin-client-error.js';

/** One timer shared by the steps of the handshake, which each clean up when it fires. */
export class HandshakeDeadline {
  readonly #timeoutMs: number;
  readonly #timer: ReturnType<typeof setTimeout>;
  readonly #expired: Promise<never>;
  readonly #cleanups: (() => void)[] = [];

  constructor(timeoutMs: number) {
    this.#timeoutMs = timeoutMs;
    let expire: (error: PluginClientError) => void = () => {};
    this.#expired = new Promise<never>((_, reject) => {
      expire = reject;
    });
    // Each race adds a handler. This one also covers an expiry while no race is
    // pending, which would otherwise be reported as an unhandled rejection.
    this.#expired.catch(() => {});
    this.#timer = setTimeout(() => {
      for (const cleanup of this.#cleanups) {
        cleanup();
      }
      expire(
        new PluginClientError(
          'connect-timeout',
          `The host did not complete the handshake within ${this.#timeoutMs} ms: check that the page runs inside a Fabrique host frame.`,
          { timeoutMs: this.#timeoutMs },
        ),
      );
    }, timeoutMs);
  }

  /** Settles like `step`, or rejects with `connect-timeout` if the deadline passes first. */
  race<T>(step: Promise<T>): Promise<T> {
    return Promise.race([step, this.#expired]);
  }

  /** Registers a step's cleanup (removing listeners, closing the port) to run when the deadline passes. */
  onExpire(cleanup: () => void): void {
    this.#cleanups.push(cleanup);
  }

  /** Stops the timer once the handshake has settled. */
  clear(): void {
    clearTimeout(this.#timer);
  }
}
