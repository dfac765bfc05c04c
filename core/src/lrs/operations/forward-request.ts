import type { ForwardPayload } from './forward-payload.js';
import type { ForwardTarget } from './forward-target-store.js';

/**
 * Outcome of sending a batch: `accepted` (2xx), `rejected` when the target
 * rejected the statements themselves (400, 409, 413, 422), so that the same
 * request cannot succeed later, or `retry` for every other failure.
 */
export type ForwardOutcome =
  | { kind: 'accepted' }
  | { kind: 'rejected'; error: string }
  | { kind: 'retry'; error: string; retryAfterMs?: number };

const REJECTING_STATUSES = new Set([400, 409, 413, 422]);
/** Characters of a failed response's body kept in the error. */
const MAX_BODY_EXCERPT = 300;

/**
 * Sends one batch to `{endpoint}/statements` with the target's Basic
 * credentials. Redirects are not followed: a POST must not silently become
 * a GET, and credentials must not follow to another address.
 */
export async function postToTarget(
  target: ForwardTarget,
  payload: ForwardPayload,
  timeoutMs: number,
): Promise<ForwardOutcome> {
  let response: Response;
  try {
    response = await fetch(`${target.endpoint}/statements`, {
      method: 'POST',
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
      headers: {
        Authorization: basicAuthorization(target.username, target.password),
        'X-Experience-API-Version': '1.0.3',
        'Content-Type': payload.contentType,
      },
      body: payload.body,
    });
  } catch (error) {
    return { kind: 'retry', error: describeFetchError(error, timeoutMs) };
  }
  return classifyResponse(response);
}

async function classifyResponse(response: Response): Promise<ForwardOutcome> {
  const excerpt = await bodyExcerpt(response);
  if (response.ok) return { kind: 'accepted' };
  const error = `HTTP ${response.status}${excerpt ? `: ${excerpt}` : ''}`;
  if (REJECTING_STATUSES.has(response.status)) return { kind: 'rejected', error };
  if (response.status >= 300 && response.status < 400) {
    const location = response.headers.get('Location') ?? '(no Location)';
    return {
      kind: 'retry',
      error: `HTTP ${response.status} redirect to ${location}; set the endpoint to the final URL`,
    };
  }
  const retryAfterMs = parseRetryAfter(response.headers.get('Retry-After'));
  return retryAfterMs === undefined
    ? { kind: 'retry', error }
    : { kind: 'retry', error, retryAfterMs };
}

function basicAuthorization(username: string, password: string): string {
  return `Basic ${Buffer.from(`${username}:${password}`, 'utf8').toString('base64')}`;
}

async function bodyExcerpt(response: Response): Promise<string> {
  try {
    const text = (await response.text()).replace(/\s+/g, ' ').trim();
    return text.length > MAX_BODY_EXCERPT ? `${text.slice(0, MAX_BODY_EXCERPT)}…` : text;
  } catch {
    return '';
  }
}

function describeFetchError(error: unknown, timeoutMs: number): string {
  if (error instanceof DOMException && error.name === 'TimeoutError') {
    return `timed out after ${timeoutMs / 1000} s`;
  }
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | null)?.cause;
  if (typeof cause?.code === 'string') return `request failed: ${cause.code}`;
  if (typeof cause?.message === 'string') return `request failed: ${cause.message}`;
  return `request failed: ${error instanceof Error ? error.message : String(error)}`;
}

/** Reads `Retry-After` as seconds or an HTTP date; returns milliseconds from now. */
function parseRetryAfter(value: string | null): number | undefined {
  if (value === null) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}
