import './zod-csp-config.js';
import type { z } from 'zod';
import { type HostMessage, hostMessageSchema } from '../protocol/port-messages.js';
import { PROTOCOL_VERSION } from '../protocol/protocol-version.js';
import { PluginClientError } from './plugin-client-error.js';

/** Outcome of parsing one message received on the host port. */
export type ParsedHostMessage =
  | { readonly success: true; readonly message: HostMessage }
  | { readonly success: false; readonly error: PluginClientError };

/**
 * Parses a message received on the host port with the protocol schema. A
 * message that does not match becomes an `invalid-host-message` error naming
 * the first mismatch, so that the caller reports it instead of acting on it.
 */
export function parseHostMessage(data: unknown): ParsedHostMessage {
  const parsed = hostMessageSchema.safeParse(data);
  if (parsed.success) {
    return { success: true, message: parsed.data };
  }
  const { path, message } = describeFirstIssue(parsed.error.issues, []);
  return {
    success: false,
    error: new PluginClientError(
      'invalid-host-message',
      `The host sent a message that does not match protocol ${PROTOCOL_VERSION}: ${path}: ${message}.`,
      { path },
    ),
  };
}

/**
 * Finds the most specific issue. A union reports "Invalid input" at its own
 * path, so this descends into the union member with the fewest issues, which is
 * the member the sender most likely meant.
 */
function describeFirstIssue(
  issues: readonly z.core.$ZodIssue[],
  prefix: readonly PropertyKey[],
): { path: string; message: string } {
  const issue = issues[0];
  if (!issue) {
    return { path: formatPath(prefix), message: 'does not match the protocol' };
  }
  const path = [...prefix, ...issue.path];
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    const closest = [...issue.errors].sort((a, b) => a.length - b.length)[0] ?? [];
    return describeFirstIssue(closest, path);
  }
  return { path: formatPath(path), message: issue.message };
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? 'message' : path.map(String).join('.');
}
