/**
 * Returns the last path segment or fragment of an IRI, percent-decoded, as a
 * short name for a verb or activity type: `…/verbs/answered` gives `answered`.
 */
export function iriName(iri: string): string {
  const segment =
    iri
      .split(/[/#]/)
      .filter((part) => part !== '')
      .at(-1) ?? iri;
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
