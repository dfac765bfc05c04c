import { msg } from '@lit/localize';
import { iriName } from './iri-name.js';

const ADL_VERBS = 'http://adlnet.gov/expapi/verbs/';
const ADL_ACTIVITIES = 'http://adlnet.gov/expapi/activities/';

// Plain-word names of the ADL verbs that plugins declare, as actions a pupil does.
const verbNames: Readonly<Record<string, () => string>> = {
  [`${ADL_VERBS}answered`]: () => msg('répondre à une question', { id: 'xapi-verb.answered' }),
  [`${ADL_VERBS}completed`]: () => msg('terminer une série', { id: 'xapi-verb.completed' }),
  [`${ADL_VERBS}experienced`]: () =>
    msg('voir ou écouter un contenu', { id: 'xapi-verb.experienced' }),
  [`${ADL_VERBS}attempted`]: () => msg('commencer un essai', { id: 'xapi-verb.attempted' }),
  [`${ADL_VERBS}passed`]: () => msg('réussir une épreuve', { id: 'xapi-verb.passed' }),
  [`${ADL_VERBS}failed`]: () => msg('échouer à une épreuve', { id: 'xapi-verb.failed' }),
};

// Plain-word names of the ADL activity types that plugins declare.
const activityTypeNames: Readonly<Record<string, () => string>> = {
  [`${ADL_ACTIVITIES}cmi.interaction`]: () =>
    msg('question', { id: 'xapi-activity-type.cmi-interaction' }),
  [`${ADL_ACTIVITIES}assessment`]: () => msg('évaluation', { id: 'xapi-activity-type.assessment' }),
  [`${ADL_ACTIVITIES}lesson`]: () => msg('leçon', { id: 'xapi-activity-type.lesson' }),
  [`${ADL_ACTIVITIES}course`]: () => msg('cours', { id: 'xapi-activity-type.course' }),
  [`${ADL_ACTIVITIES}module`]: () => msg('module', { id: 'xapi-activity-type.module' }),
};

/** Returns an xAPI verb in plain words in the UI language, else its readable IRI name. */
export function verbName(iri: string): string {
  return nameFrom(verbNames, iri);
}

/** Returns an xAPI activity type in plain words in the UI language, else its readable IRI name. */
export function activityTypeName(iri: string): string {
  return nameFrom(activityTypeNames, iri);
}

/**
 * Returns the last path segment or fragment of an IRI with dashes and
 * underscores read as spaces: `…/verbs#sent-a-statement` gives `sent a statement`.
 */
export function readableIriName(iri: string): string {
  return iriName(iri).replace(/[-_]+/g, ' ').trim() || iri;
}

function nameFrom(names: Readonly<Record<string, () => string>>, iri: string): string {
  const name = Object.hasOwn(names, iri) ? names[iri] : undefined;
  return name === undefined ? readableIriName(iri) : name();
}
