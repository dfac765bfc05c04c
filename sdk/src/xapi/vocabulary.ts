const ADL_VERB_BASE = 'http://adlnet.gov/expapi/verbs/';
const ADL_ACTIVITY_TYPE_BASE = 'http://adlnet.gov/expapi/activities/';

/**
 * Verb IRIs of the ADL vocabulary that ships with xAPI 1.0, by name.
 * `voided` is reserved: a statement with this verb voids the statement that
 * its StatementRef object names.
 */
export const ADL_VERBS = {
  answered: `${ADL_VERB_BASE}answered`,
  asked: `${ADL_VERB_BASE}asked`,
  attempted: `${ADL_VERB_BASE}attempted`,
  attended: `${ADL_VERB_BASE}attended`,
  commented: `${ADL_VERB_BASE}commented`,
  completed: `${ADL_VERB_BASE}completed`,
  exited: `${ADL_VERB_BASE}exited`,
  experienced: `${ADL_VERB_BASE}experienced`,
  failed: `${ADL_VERB_BASE}failed`,
  imported: `${ADL_VERB_BASE}imported`,
  initialized: `${ADL_VERB_BASE}initialized`,
  interacted: `${ADL_VERB_BASE}interacted`,
  launched: `${ADL_VERB_BASE}launched`,
  mastered: `${ADL_VERB_BASE}mastered`,
  passed: `${ADL_VERB_BASE}passed`,
  preferred: `${ADL_VERB_BASE}preferred`,
  progressed: `${ADL_VERB_BASE}progressed`,
  registered: `${ADL_VERB_BASE}registered`,
  responded: `${ADL_VERB_BASE}responded`,
  resumed: `${ADL_VERB_BASE}resumed`,
  scored: `${ADL_VERB_BASE}scored`,
  shared: `${ADL_VERB_BASE}shared`,
  suspended: `${ADL_VERB_BASE}suspended`,
  terminated: `${ADL_VERB_BASE}terminated`,
  voided: `${ADL_VERB_BASE}voided`,
} as const;

/** One of the {@link ADL_VERBS} IRIs. */
export type AdlVerbId = (typeof ADL_VERBS)[keyof typeof ADL_VERBS];

/**
 * Activity type IRIs of the ADL vocabulary, by name. Interaction activities
 * should have the type `cmiInteraction`.
 */
export const ADL_ACTIVITY_TYPES = {
  assessment: `${ADL_ACTIVITY_TYPE_BASE}assessment`,
  attempt: `${ADL_ACTIVITY_TYPE_BASE}attempt`,
  cmiInteraction: `${ADL_ACTIVITY_TYPE_BASE}cmi.interaction`,
  course: `${ADL_ACTIVITY_TYPE_BASE}course`,
  file: `${ADL_ACTIVITY_TYPE_BASE}file`,
  interaction: `${ADL_ACTIVITY_TYPE_BASE}interaction`,
  lesson: `${ADL_ACTIVITY_TYPE_BASE}lesson`,
  link: `${ADL_ACTIVITY_TYPE_BASE}link`,
  media: `${ADL_ACTIVITY_TYPE_BASE}media`,
  meeting: `${ADL_ACTIVITY_TYPE_BASE}meeting`,
  module: `${ADL_ACTIVITY_TYPE_BASE}module`,
  objective: `${ADL_ACTIVITY_TYPE_BASE}objective`,
  performance: `${ADL_ACTIVITY_TYPE_BASE}performance`,
  profile: `${ADL_ACTIVITY_TYPE_BASE}profile`,
  question: `${ADL_ACTIVITY_TYPE_BASE}question`,
  simulation: `${ADL_ACTIVITY_TYPE_BASE}simulation`,
} as const;

/** One of the {@link ADL_ACTIVITY_TYPES} IRIs. */
export type AdlActivityTypeId = (typeof ADL_ACTIVITY_TYPES)[keyof typeof ADL_ACTIVITY_TYPES];

/** Base IRI of the Fabrique xAPI vocabulary: its extensions, activity types and verbs. */
export const FABRIQUE_XAPI_NAMESPACE = 'https://w3id.org/fabrique/xapi/';

const EXTENSION_NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._~-]*$/;

/**
 * Returns the IRI of a Fabrique extension, `${FABRIQUE_XAPI_NAMESPACE}extensions/${name}`.
 *
 * @param name - One IRI path segment of letters, digits, `-`, `.`, `_` or `~`,
 *   starting with a letter or digit, for example `response-time`.
 * @throws RangeError when `name` is not such a segment, since the result
 *   would not be the intended IRI.
 *
 * @example
 * fabriqueExtension('response-time'); // 'https://w3id.org/fabrique/xapi/extensions/response-time'
 */
export function fabriqueExtension<Name extends string>(
  name: Name,
): `${typeof FABRIQUE_XAPI_NAMESPACE}extensions/${Name}` {
  if (!EXTENSION_NAME_PATTERN.test(name)) {
    throw new RangeError(
      `Invalid Fabrique extension name ${JSON.stringify(name)}: use letters, digits, "-", ".", "_" or "~", starting with a letter or digit.`,
    );
  }
  return `${FABRIQUE_XAPI_NAMESPACE}extensions/${name}`;
}
