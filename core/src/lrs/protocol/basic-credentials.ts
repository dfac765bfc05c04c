/** Reads `Authorization: Basic base64(key:secret)`; returns `undefined` when absent or malformed. */
export function parseBasicCredentials(
  header: string | undefined,
): { key: string; secret: string } | undefined {
  const match = header ? /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header) : null;
  if (!match?.[1]) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  // NUL cannot reach a PostgreSQL query, and a broken UTF-8 sequence would not match a key.
  if (colon < 1 || decoded.includes('\u0000') || decoded.includes('\uFFFD')) return undefined;
  return { key: decoded.slice(0, colon), secret: decoded.slice(colon + 1) };
}
