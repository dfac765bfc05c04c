import { z } from 'zod';
import { jsonObjectSchema } from './json-object.js';
import { isLanguageTag } from './language-tag.js';
import { addCrossPropertyIssue, xapiRule } from './xapi-issue.js';

const LANGUAGE_MAP_RULE =
  'must be a language map: an object from RFC 5646 language tags to strings';

const languageMapValueSchema = z.custom<string>(
  (value) => typeof value === 'string',
  xapiRule('invalid-language-map', 'must be a string: the text in the language of its key'),
);

/**
 * Schema of an xAPI language map, such as a verb's `display` or an activity's
 * `name`: an object whose keys are RFC 5646 language tags and whose values are
 * strings. An empty map is accepted, as xAPI only advises against it.
 */
export const languageMapSchema = jsonObjectSchema('invalid-language-map', LANGUAGE_MAP_RULE).pipe(
  z.record(z.string(), languageMapValueSchema).superRefine((map, context) => {
    for (const tag of Object.keys(map)) {
      if (!isLanguageTag(tag)) {
        addCrossPropertyIssue(context, {
          code: 'invalid-language-tag',
          path: [tag],
          input: tag,
          rule: 'has a key that is not an RFC 5646 language tag',
        });
      }
    }
  }),
);
