/** Reads `Authorization: Basic base64(key:secret)`; returns `undefined` when absent or malformed. */
export function parseBasicCredentials(
  header: string | undefined,
): { key: string; secret: string } | undefined {
  const match = header ? /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header) : null;
  if (!match?.[1]) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 1) return undefined;
  return { key: decoded.slice(0, colon), secret: decoded.slice(colon + 1) };
}
