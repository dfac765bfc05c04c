import {
  MAX_MESSAGE_BYTES,
  MESSAGE_RATE_LIMIT,
  type PluginMessage,
  type ProtocolError,
  pluginMessageSchema,
} from '@fabrique/sdk';
import { estimateJsonLength } from './json-size.js';
import { type MillisecondClock, TokenBucket, type TokenBucketLimit } from './rate-limiter.js';

/** Reason the gate rejected a port message, which is also the protocol error code. */
export type RejectionReason = 'rate-limited' | 'message-too-large' | 'invalid-message';

/** The gate's decision on one port message. */
export type GateVerdict =
  | { readonly admitted: true; readonly message: PluginMessage }
  | {
      readonly admitted: false;
      readonly reason: RejectionReason;
      /** Id of the rejected request, when the message carried a well-formed one, for the error response. */
      readonly requestId: string | undefined;
      readonly error: ProtocolError;
    };

/** Limits of a message gate; the defaults are the protocol's. */
export interface MessageGateOptions {
  readonly maxBytes?: number;
  readonly rateLimit?: TokenBucketLimit;
  readonly now?: MillisecondClock;
}

// Same pattern as the protocol's request id, so an error response is itself a valid host message.
const requestIdPattern = /^[A-Za-z0-9_.:-]{1,64}$/;
const utf8 = new TextEncoder();

/**
 * Checks every message that arrives on one frame's port, in this order: the
 * token-bucket rate, a bounded estimate of its JSON size, the exact size of
 * its JSON text, then the protocol schema.
 * An admitted message is rebuilt from its JSON text, so nothing but plain
 * JSON data (no Blob, no port, no prototype) reaches the host code.
 */
export class MessageGate {
  readonly #maxBytes: number;
  readonly #bucket: TokenBucket;

  constructor(options: MessageGateOptions = {}) {
    this.#maxBytes = options.maxBytes ?? MAX_MESSAGE_BYTES;
    this.#bucket = new TokenBucket(options.rateLimit ?? MESSAGE_RATE_LIMIT, options.now);
  }

  /** Decides whether one port message is admitted, and parses it when it is. */
  inspect(data: unknown): GateVerdict {
    if (!this.#bucket.tryTake()) {
      return reject(data, 'rate-limited', 'Too many messages: wait before sending more.');
    }
    // Bound the work before serialising: a tiny cloned message can expand to gigabytes of JSON.
    if (estimateJsonLength(data, this.#maxBytes) > this.#maxBytes) {
      return reject(
        data,
        'message-too-large',
        `The message is larger than ${this.#maxBytes} bytes of JSON text.`,
      );
    }
    const text = serialize(data);
    if (text === undefined) {
      return reject(data, 'invalid-message', 'The message is not JSON data.');
    }
    if (measureBytes(text, this.#maxBytes) > this.#maxBytes) {
      return reject(
        data,
        'message-too-large',
        `The message is larger than ${this.#maxBytes} bytes of JSON text.`,
      );
    }
    const parsed = pluginMessageSchema.safeParse(JSON.parse(text));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const path = issue?.path.map(String).join('.') ?? '';
      return reject(data, 'invalid-message', issue?.message ?? 'Invalid message.', path);
    }
    return { admitted: true, message: parsed.data };
  }
}

function serialize(data: unknown): string | undefined {
  try {
    // JSON.stringify returns undefined for undefined, functions and symbols.
    return JSON.stringify(data) as string | undefined;
  } catch {
    // Cycles and BigInt values survive structured cloning but not JSON.
    return undefined;
  }
}

/** Returns the UTF-8 length of `text`, or a number above `limit` without encoding when it is sure to be. */
function measureBytes(text: string, limit: number): number {
  // Every UTF-16 code unit takes at least one UTF-8 byte.
  if (text.length > limit) {
    return text.length;
  }
  return utf8.encode(text).byteLength;
}

function reject(
  data: unknown,
  reason: RejectionReason,
  message: string,
  path?: string,
): GateVerdict {
  const error: ProtocolError = path ? { code: reason, message, path } : { code: reason, message };
  return { admitted: false, reason, requestId: readRequestId(data), error };
}

/** Reads the id of a rejected request so the plugin can match the error response. */
export function readRequestId(data: unknown): string | undefined {
  if (typeof data !== 'object' || data === null || !('id' in data)) {
    return undefined;
  }
  const id: unknown = data.id;
  return typeof id === 'string' && requestIdPattern.test(id) ? id : undefined;
}
