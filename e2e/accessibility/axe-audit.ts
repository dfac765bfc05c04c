import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);

/** The axe-core bundle, injected into each page under test. */
const axeSource = readFileSync(require.resolve('axe-core'), 'utf8');

/** axe-core tags of the WCAG 2.0 and 2.1 success criteria of levels A and AA. */
export const WCAG_21_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const runOptions: RunOptions = {
  runOnly: { type: 'tag', values: WCAG_21_AA_TAGS },
  resultTypes: ['violations'],
  // Plugin frames are cross-origin and sandboxed: the audit covers the host page around them.
  iframes: false,
};

/**
 * Runs axe-core's WCAG 2.1 A and AA rules on the page as it is now and
 * returns one line per failing element: rule, impact, CSS target and the
 * reason, so that a failed assertion shows what to fix.
 */
export async function auditPage(page: Page): Promise<string[]> {
  await injectAxe(page);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const results = await page.evaluate(
    (options) => (window as unknown as AxeWindow).axe.run(document, options),
    runOptions,
  );
  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact ?? 'unknown'}) at ${node.target.join(' ')}: ${
          node.failureSummary ?? violation.help
        }`,
    ),
  );
}

interface AxeWindow {
  axe: { run(context: Document, options: RunOptions): Promise<AxeResults> };
}

/**
 * Loads axe-core into the page once. The host's CSP (`script-src 'self'`)
 * blocks an inline `<script>`, so the source runs through the DevTools
 * protocol, which CSP does not govern. The page keeps its real policy.
 */
async function injectAxe(page: Page): Promise<void> {
  const present = await page.evaluate(() => 'axe' in window);
  if (!present) {
    await page.evaluate(axeSource);
  }
}
