import { expect, test } from 'vitest';
import { isAllowedFrameTarget } from './frame-target.js';

const host = 'http://127.0.0.1:8080';
const plugins = 'http://localhost:8080';

test.each([
  ['http://localhost:8080/plugins/fr.x.y/0.1.0/pupil.html', plugins, true],
  ['http://localhost:8080/p', 'http://localhost:8080/', true],
  ['https://plugins.example/p', 'https://plugins.example', true],
  ['http://localhost:8081/p', plugins, false],
  ['http://127.0.0.1:8080/p', 'http://127.0.0.1:8080', false],
  ['javascript:alert(1)', plugins, false],
  ['data:text/html,<script>1</script>', plugins, false],
  ['http://user:pass@localhost:8080/p', plugins, false],
  ['/relative/path', plugins, false],
  ['http://localhost:8080/p', 'not an origin', false],
])('isAllowedFrameTarget %s', (frameUrl, pluginOrigin, expected) => {
  expect(isAllowedFrameTarget(frameUrl, pluginOrigin, host)).toBe(expected);
});
