import * as z from 'zod';
import { sessionInfoSchema } from './session-info.js';

const requestIdSchema = z.string().regex(/^[A-Za-z0-9_.:-]{1,64}$/);

/** First message on the port: proves the frame received this mount's nonce. */
export const helloMessageSchema = z.strictObject({
  type: z.literal('hello'),
  protocol: z.number().int().positive(),
  nonce: z.string().min(16).max(128),
});

/**
 * A statement draft for the host to complete and store. The draft is checked
 * in depth by the host against the statement draft schema and the manifest.
 */
export const emitStatementRequestSchema = z.strictObject({
  type: z.literal('xapi.emit'),
  id: requestIdSchema,
  statement: z.record(z.string(), z.unknown()),
});

/** Asks the host to resize the frame to the plugin's content height, in CSS pixels. */
export const resizeRequestSchema = z.strictObject({
  type: z.literal('ui.resize'),
  id: requestIdSchema,
  height: z.number().int().min(0).max(20_000),
});

/** Tells the host that the activity is over and the frame may be unmounted. */
export const finishRequestSchema = z.strictObject({
  type: z.literal('session.finish'),
  id: requestIdSchema,
});

/** Every message a plugin may send over its port. */
export const pluginMessageSchema = z.discriminatedUnion('type', [
  helloMessageSchema,
  emitStatementRequestSchema,
  resizeRequestSchema,
  finishRequestSchema,
]);

/** A message from a plugin to the host. */
export type PluginMessage = z.infer<typeof pluginMessageSchema>;
/** A plugin message that expects a `response`. */
export type PluginRequest = Exclude<PluginMessage, { type: 'hello' }>;

/** Error sent back to a plugin: the code is stable and doubles as a translation key. */
export const protocolErrorSchema = z.strictObject({
  code: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  message: z.string(),
  path: z.string().optional(),
});

/** Error carried by a failed response or an unsolicited `error` message. */
export type ProtocolError = z.infer<typeof protocolErrorSchema>;

/** The host's reply to a successful `hello`. */
export const welcomeMessageSchema = z.strictObject({
  type: z.literal('welcome'),
  protocol: z.number().int().positive(),
  session: sessionInfoSchema,
});

/** Result of `xapi.emit`: the id under which the host stored the statement. */
export const emitResultSchema = z.strictObject({ statementId: z.string() });

/** The host's answer to one plugin request, matched by `id`. */
export const responseMessageSchema = z.union([
  z.strictObject({
    type: z.literal('response'),
    id: requestIdSchema,
    ok: z.literal(true),
    result: z.record(z.string(), z.unknown()),
  }),
  z.strictObject({
    type: z.literal('response'),
    id: requestIdSchema,
    ok: z.literal(false),
    error: protocolErrorSchema,
  }),
]);

/** An error that answers no request, such as a malformed message. */
export const errorMessageSchema = z.strictObject({
  type: z.literal('error'),
  error: protocolErrorSchema,
});

/** Every message the host may send over a plugin's port. */
export const hostMessageSchema = z.union([
  welcomeMessageSchema,
  responseMessageSchema,
  errorMessageSchema,
]);

/** A message from the host to a plugin. */
export type HostMessage = z.infer<typeof hostMessageSchema>;
/** The host's answer to one request. */
export type ResponseMessage = z.infer<typeof responseMessageSchema>;
