import { z } from 'zod';
import { withRule } from './manifest-rule.js';
import { isOrcid, ORCID_PATTERN_SOURCE } from './orcid.js';
import { plainTextSchema } from './plain-text-schema.js';
import { describeValue } from './value-text.js';

/** Maximum number of authors in a manifest. */
export const MAX_AUTHORS = 50;

/** Zod schema of an ORCID iD without its `https://orcid.org/` prefix. Reports `invalid-orcid`. */
export const orcidSchema = withRule(z.string(), {
  code: 'invalid-orcid',
  test: isOrcid,
  message: (value) =>
    'must be an ORCID iD with a valid check digit, written like "0000-0002-1825-0097" ' +
    `without the https://orcid.org/ prefix (got ${describeValue(value)}).`,
}).meta({ pattern: ORCID_PATTERN_SOURCE });

/** Zod schema of one author of a plugin. */
export const authorSchema = z.strictObject({
  name: plainTextSchema(200),
  orcid: orcidSchema.optional(),
  affiliation: plainTextSchema(300).optional(),
});

/** A person who made the plugin, with an optional ORCID iD and affiliation. */
export type Author = z.output<typeof authorSchema>;

/** Zod schema of the manifest's `authors`: 1 to {@link MAX_AUTHORS} authors. */
export const authorsSchema = z.array(authorSchema).min(1).max(MAX_AUTHORS);
