import { PluginClientError } from './plugin-client-error.js';

/**
 * Builds an activity IRI under `activityBase` from a slash-separated path. Each
 * segment is percent-encoded, so a segment can hold any text, but a segment
 * cannot be empty, `.` or `..`, which would let the IRI leave the base once resolved.
 *
 * @example
 * activityIri('https://w3id.org/fabrique/activities/fr.fabrique.fundamentals/', 'number-line/0-10/7');
 * // 'https://w3id.org/fabrique/activities/fr.fabrique.fundamentals/number-line/0-10/7'
 *
 * @throws PluginClientError `invalid-activity-path` for an empty path or an empty, `.` or `..` segment.
 */
export function activityIri(activityBase: string, path: string): string {
  const segments = path.replace(/^\/+/, '').split('/');
  for (const segment of segments) {
    if (segment === '' || segment === '.' || segment === '..') {
      throw new PluginClientError(
        'invalid-activity-path',
        `Activity path "${path}" has an empty, "." or ".." segment: use names such as "number-line/0-10/7".`,
        { path },
      );
    }
  }
  const base = activityBase.endsWith('/') ? activityBase : `${activityBase}/`;
  return base + segments.map(encodeURIComponent).join('/');
}
