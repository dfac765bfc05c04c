const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * Formats an issue path the way JavaScript would access the value: dots before identifier
 * keys, brackets around indices and around any other key written as a JSON string.
 *
 * @example
 * formatIssuePath(['capabilities', 'xapi', 'verbs', 0, 'id']); // 'capabilities.xapi.verbs[0].id'
 * formatIssuePath(['title', 'fr-CA']); // 'title["fr-CA"]'
 */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') {
      text += `[${key}]`;
    } else if (typeof key === 'string' && IDENTIFIER.test(key)) {
      text += text === '' ? key : `.${key}`;
    } else {
      text += `[${JSON.stringify(String(key))}]`;
    }
  }
  return text;
}
