/**
 * Every code that {@link parsePluginManifest} and {@link parseSettingsValues} can report.
 *
 * The codes are stable kebab-case identifiers that also serve as translation keys for the
 * messages shown to researchers and reviewers. A code is never renamed or reused.
 */
export const MANIFEST_ISSUE_CODES = [
  // Shape of the JSON value.
  'invalid-type',
  'missing-property',
  'unknown-property',
  'invalid-value',
  'too-few-items',
  'too-many-items',
  'empty-text',
  'text-too-long',
  'number-out-of-range',
  // Formats of single fields.
  'unsupported-manifest-version',
  'invalid-plugin-id',
  'invalid-version',
  'invalid-host-api-range',
  'invalid-language-tag',
  'duplicate-language-tag',
  'missing-french',
  'invalid-licence',
  'invalid-orcid',
  'invalid-doi',
  'invalid-url',
  'missing-doi-or-url',
  'unknown-school-level',
  'unknown-subject',
  'unknown-data-category',
  'invalid-entry-path',
  'invalid-icon-path',
  'invalid-iri',
  'invalid-id',
  'invalid-setting-key',
  // Rules that relate several fields.
  'duplicate-id',
  'duplicate-value',
  'invalid-setting-default',
  'invalid-setting-range',
  'sensitive-data-not-flagged',
  'undeclared-data-category',
  'undeclared-dashboard-verb',
  'non-numeric-measure-field',
  'invalid-where-value',
  'unknown-order-measure',
] as const;

/** A stable kebab-case code that names the rule a manifest or a settings object breaks. */
export type ManifestIssueCode = (typeof MANIFEST_ISSUE_CODES)[number];

const knownCodes: ReadonlySet<string> = new Set(MANIFEST_ISSUE_CODES);

/**
 * Tells whether a string is one of {@link MANIFEST_ISSUE_CODES}.
 *
 * @example
 * isManifestIssueCode('missing-french'); // true
 */
export function isManifestIssueCode(value: unknown): value is ManifestIssueCode {
  return typeof value === 'string' && knownCodes.has(value);
}
