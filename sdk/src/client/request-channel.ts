import type { PluginRequest, ResponseMessage } from '../protocol/port-messages.js';
import { MAX_MESSAGE_BYTES } from '../protocol/protocol-version.js';
import { parseHostMessage } from './host-message.js';
import { PluginClientError } from './plugin-client-error.js';

/** A plugin request without its `id`, which the channel assigns. */
export type RequestBody = PluginRequest extends infer R
  ? R extends PluginRequest
    ? Omit<R, 'id'>
    : never
  : never;

/** Listener for host errors that are not the response to a request, and for malformed host messages. */
export type HostErrorListener = (error: PluginClientError) => void;

type PendingRequest = {
  readonly resolve: (result: Record<string, unknown>) => void;
  readonly reject: (error: PluginClientError) => void;
  readonly timer: ReturnType<typeof setTimeout>;
};

/**
 * Sends requests on the host port and matches each `response` to its request by
 * id. Ids are `r1`, `r2`... so they are unique for one channel, which is all the
 * host needs because it keys requests by port.
 */
export class RequestChannel {
  readonly #port: MessagePort;
  readonly #timeoutMs: number;
  readonly #pending = new Map<string, PendingRequest>();
  readonly #errorListeners = new Set<HostErrorListener>();
  #nextId = 1;
  #closed = false;

  constructor(port: MessagePort, timeoutMs: number) {
    this.#port = port;
    this.#timeoutMs = timeoutMs;
    port.addEventListener('message', this.#onMessage);
    port.addEventListener('messageerror', this.#onMessageError);
    port.start();
  }

  /**
   * Sends a request and resolves with the host's `result`.
   *
   * @throws PluginClientError with the host's code when the host responds
   * `ok: false`, `request-timeout` when it does not respond in time,
   * `message-too-large` or `client-closed`.
   */
  request(body: RequestBody): Promise<Record<string, unknown>> {
    if (this.#closed) {
      return Promise.reject(closedError());
    }
    const id = `r${this.#nextId++}`;
    const message = { ...body, id };
    const sizeError = checkSize(message);
    if (sizeError) {
      return Promise.reject(sizeError);
    }
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#pending.delete(id);
        reject(timeoutError(body.type, this.#timeoutMs));
      }, this.#timeoutMs);
      this.#pending.set(id, { resolve, reject, timer });
      try {
        this.#port.postMessage(message);
      } catch (error) {
        this.#pending.delete(id);
        clearTimeout(timer);
        reject(unserializableError(body.type, error));
      }
    });
  }

  /** Registers a listener for unsolicited host errors; returns its removal. */
  onHostError(listener: HostErrorListener): () => void {
    this.#errorListeners.add(listener);
    return () => this.#errorListeners.delete(listener);
  }

  /** Closes the port and rejects every pending request with `client-closed`. */
  close(): void {
    if (this.#closed) {
      return;
    }
    this.#closed = true;
    this.#port.removeEventListener('message', this.#onMessage);
    this.#port.removeEventListener('messageerror', this.#onMessageError);
    this.#port.close();
    for (const pending of this.#pending.values()) {
      clearTimeout(pending.timer);
      pending.reject(closedError());
    }
    this.#pending.clear();
  }

  readonly #onMessage = (event: MessageEvent): void => {
    const parsed = parseHostMessage(event.data);
    if (!parsed.success) {
      this.#report(parsed.error);
      return;
    }
    const message = parsed.message;
    if (message.type === 'response') {
      this.#settle(message);
    } else if (message.type === 'error') {
      const { code, message: text, path } = message.error;
      this.#report(new PluginClientError(code, text, path === undefined ? {} : { path }));
    } else {
      this.#report(
        new PluginClientError('unexpected-host-message', 'The host sent a second welcome.'),
      );
    }
  };

  readonly #onMessageError = (): void => {
    this.#report(
      new PluginClientError('invalid-host-message', 'A host message could not be deserialized.'),
    );
  };

  #settle(response: ResponseMessage): void {
    const pending = this.#pending.get(response.id);
    // A response to an unknown id is a late response to a request that already
    // timed out: its caller has its error, and a retry keeps the statement id.
    if (!pending) {
      return;
    }
    this.#pending.delete(response.id);
    clearTimeout(pending.timer);
    if (response.ok) {
      pending.resolve(response.result);
      return;
    }
    const { code, message, path } = response.error;
    pending.reject(new PluginClientError(code, message, path === undefined ? {} : { path }));
  }

  #report(error: PluginClientError): void {
    if (this.#errorListeners.size === 0) {
      console.warn(`[fabrique] ${error.code}: ${error.message}`);
      return;
    }
    for (const listener of this.#errorListeners) {
      listener(error);
    }
  }
}

function checkSize(message: { readonly type: string }): PluginClientError | undefined {
  let json: string;
  try {
    json = JSON.stringify(message);
  } catch (error) {
    return unserializableError(message.type, error);
  }
  const bytes = new TextEncoder().encode(json).length;
  if (bytes <= MAX_MESSAGE_BYTES) {
    return undefined;
  }
  return new PluginClientError(
    'message-too-large',
    `The request is ${bytes} bytes of JSON, above the host's limit of ${MAX_MESSAGE_BYTES}: send less data in one statement.`,
    { bytes, limit: MAX_MESSAGE_BYTES },
  );
}

function unserializableError(type: string, cause: unknown): PluginClientError {
  return new PluginClientError(
    'unserializable-request',
    `The ${type} request cannot be sent because it is not plain JSON data (no functions, cycles or class instances).`,
    { type },
    { cause },
  );
}

function timeoutError(type: string, timeoutMs: number): PluginClientError {
  return new PluginClientError(
    'request-timeout',
    `The host did not answer the ${type} request within ${timeoutMs} ms.`,
    { type, timeoutMs },
  );
}

function closedError(): PluginClientError {
  return new PluginClientError('client-closed', 'The connection to the host is closed.');
}
