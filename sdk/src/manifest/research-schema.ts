import { z } from 'zod';
import { languageMapSchema } from './language-map-schema.js';
import { reportRuleIssue, withRule } from './manifest-rule.js';
import { plainTextSchema } from './plain-text-schema.js';
import { describeValue } from './value-text.js';

/** Maximum number of research references in a manifest. */
export const MAX_REFERENCES = 50;

// A DOI is the directory indicator 10, a registrant code of 4 to 9 digits, a slash and a
// suffix. Crossref recommends matching this form.
const DOI_PATTERN = /^10\.\d{4,9}\/\S+$/;

/**
 * Tells whether a string is a bare DOI such as `10.1111/j.1467-8624.2004.00684.x`, with no
 * resolver prefix.
 */
export function isDoi(value: string): boolean {
  return value.length <= 300 && DOI_PATTERN.test(value);
}

/** Tells whether a string is an absolute `https` URL with a host, of at most 2048 characters. */
export function isHttpsUrl(value: string): boolean {
  if (value.length > 2048) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname !== '';
  } catch {
    // The URL parser throws on any URL it cannot parse.
    return false;
  }
}

const doiSchema = withRule(z.string(), {
  code: 'invalid-doi',
  test: isDoi,
  message: (value) =>
    'must be a DOI such as "10.1111/j.1467-8624.2004.00684.x", without the ' +
    `https://doi.org/ prefix (got ${describeValue(value)}).`,
}).meta({ pattern: DOI_PATTERN.source });

const httpsUrlSchema = withRule(z.string(), {
  code: 'invalid-url',
  test: isHttpsUrl,
  message: (value) => `must be an absolute https URL (got ${describeValue(value)}).`,
}).meta({ format: 'uri', pattern: '^https://' });

/**
 * Zod schema of one published work behind the plugin: a `doi`, an https `url`, or both,
 * with an optional `title`. Reports `missing-doi-or-url` when both are absent.
 */
export const referenceSchema = z
  .strictObject({
    doi: doiSchema.optional(),
    url: httpsUrlSchema.optional(),
    title: plainTextSchema(300).optional(),
  })
  .superRefine((reference, ctx) => {
    if (reference.doi === undefined && reference.url === undefined) {
      reportRuleIssue(ctx, {
        code: 'missing-doi-or-url',
        message: 'must have a "doi" or an https "url" that leads to the work. Add one.',
      });
    }
  })
  .meta({
    description: 'A published work: a "doi", an https "url", or both.',
    anyOf: [{ required: ['doi'] }, { required: ['url'] }],
  });

/** A published work behind the plugin, found by its DOI or URL. */
export type Reference = z.output<typeof referenceSchema>;

/** Zod schema of the manifest's `research` provenance. */
export const researchSchema = z.strictObject({
  summary: languageMapSchema(2000),
  references: z.array(referenceSchema).min(1).max(MAX_REFERENCES),
});

/** Provenance of a plugin: a summary of the research and the works it rests on. */
export type Research = z.output<typeof researchSchema>;
