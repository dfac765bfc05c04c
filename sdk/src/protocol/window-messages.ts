import * as z from 'zod';

/**
 * The first message of a mount, posted by the plugin frame to its parent window
 * once its script runs. A host accepts one per mount: a second `ready` from the
 * same frame means the frame was loaded again, which the host treats as an
 * escape attempt.
 */
export const frameReadyMessageSchema = z.strictObject({
  fabrique: z.literal('ready'),
  protocol: z.number().int().positive(),
});

/** Message a frame posts to its parent when its script starts. */
export type FrameReadyMessage = z.infer<typeof frameReadyMessageSchema>;

/**
 * The host's reply to `ready`, posted to the frame window with a transferred
 * `MessagePort`. Every later message goes over that port. The nonce is fresh
 * for each mount and must come back in the plugin's `hello`.
 */
export const frameConnectMessageSchema = z.strictObject({
  fabrique: z.literal('connect'),
  protocol: z.number().int().positive(),
  nonce: z.string().regex(/^[A-Za-z0-9_-]{16,128}$/),
});

/** Message the host posts to a frame together with its port. */
export type FrameConnectMessage = z.infer<typeof frameConnectMessageSchema>;
