import { z } from 'zod';
import { forwardFilterSchema } from './forward-filter.js';

/** Schema of a new forwarding target, as an administrator gives it. */
export const forwardTargetInputSchema = z.strictObject({
  name: z.string().trim().min(1).max(80),
  /** The other LRS's xAPI endpoint, to which `statements` is appended. */
  endpoint: z
    .url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' })
    .refine((value) => !/[?#]/.test(value), 'must have no query or fragment')
    .refine((value) => {
      const url = new URL(value);
      return url.username === '' && url.password === '';
    }, 'must not contain credentials; give them as username and password')
    .transform((value) => value.replace(/\/+$/, '')),
  username: z.string().min(1).max(256),
  password: z.string().min(1).max(1024),
  filter: forwardFilterSchema.default({}),
});

/** A new forwarding target, parsed. */
export type ForwardTargetInput = z.infer<typeof forwardTargetInputSchema>;
