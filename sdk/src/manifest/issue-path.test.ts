import { expect, test } from 'vitest';
import { formatIssuePath } from './issue-path.js';

test.each([
  [[], ''],
  [['id'], 'id'],
  [['capabilities', 'xapi', 'verbs', 0, 'id'], 'capabilities.xapi.verbs[0].id'],
  [['title', 'fr-CA'], 'title["fr-CA"]'],
  [['$schema'], '$schema'],
  [[3], '[3]'],
  [['a"b'], '["a\\"b"]'],
  [['line\nbreak'], '["line\\nbreak"]'],
])('formatIssuePath %j', (path, expected) => {
  expect(formatIssuePath(path)).toBe(expected);
});
