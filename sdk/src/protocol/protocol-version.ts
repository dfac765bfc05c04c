/** Version of the host-plugin message protocol spoken by this SDK. */
export const PROTOCOL_VERSION = 1;

/** Largest accepted message, in bytes of its JSON text. Larger messages are rejected unread. */
export const MAX_MESSAGE_BYTES = 64 * 1024;

/**
 * Message rate a host accepts from one mounted plugin: a token bucket of
 * `burst` messages refilled at `perSecond`. Messages beyond it get `rate-limited`.
 */
export const MESSAGE_RATE_LIMIT = { burst: 40, perSecond: 20 } as const;
