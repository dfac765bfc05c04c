import { z } from 'zod';
import { isIri } from './iri.js';
import { jsonObjectSchema } from './json-object.js';
import { addCrossPropertyIssue } from './xapi-issue.js';

/**
 * Schema of an `extensions` map of an activity definition, a result or a
 * context: keys are absolute IRIs and values are any JSON value, `null`
 * included, since an LRS must not reject a statement for its extension values.
 */
export const extensionsSchema = jsonObjectSchema(
  'invalid-extensions',
  'must be an object whose keys are IRIs',
).pipe(
  z.record(z.string(), z.unknown()).superRefine((extensions, context) => {
    for (const key of Object.keys(extensions)) {
      if (!isIri(key)) {
        addCrossPropertyIssue(context, {
          code: 'invalid-iri',
          path: [key],
          input: key,
          rule: 'has a key that is not an absolute IRI (RFC 3987)',
        });
      }
    }
  }),
);
