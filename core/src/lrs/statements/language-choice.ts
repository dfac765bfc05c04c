/**
 * Chooses the language of a language map that best matches an
 * `Accept-Language` header (RFC 4647 lookup with quality values): an exact
 * tag first, then a tag sharing the requested prefix. Without a match it
 * falls back to `und`, then to English, then to the first language present.
 */
export function chooseLanguage(
  available: readonly string[],
  acceptLanguage: string,
): string | undefined {
  const lowered = available.map((tag) => tag.toLowerCase());
  for (const range of parseAcceptLanguage(acceptLanguage)) {
    if (range === '*') return available[0];
    const exact = lowered.indexOf(range);
    if (exact >= 0) return available[exact];
    const prefixed = lowered.findIndex(
      (tag) => tag.startsWith(`${range}-`) || range.startsWith(`${tag}-`),
    );
    if (prefixed >= 0) return available[prefixed];
  }
  for (const fallback of ['und', 'en-us', 'en']) {
    const index = lowered.indexOf(fallback);
    if (index >= 0) return available[index];
  }
  return available[0];
}

/** Lists the language ranges of an `Accept-Language` header, best first, without q=0. */
function parseAcceptLanguage(header: string): string[] {
  return header
    .split(',')
    .map((part, order) => {
      const [range = '', ...parameters] = part.trim().split(';');
      const q = parameters
        .map((parameter) => /^\s*q\s*=\s*([0-9.]+)\s*$/i.exec(parameter)?.[1])
        .find((value) => value !== undefined);
      return { range: range.trim().toLowerCase(), quality: q === undefined ? 1 : Number(q), order };
    })
    .filter((entry) => entry.range !== '' && entry.quality > 0)
    .sort((left, right) => right.quality - left.quality || left.order - right.order)
    .map((entry) => entry.range);
}
