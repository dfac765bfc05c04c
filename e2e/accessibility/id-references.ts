import type { Page } from 'playwright-core';

/** ARIA attributes whose value is a list of element ids. */
const ID_REFERENCE_ATTRIBUTES = [
  'aria-describedby',
  'aria-labelledby',
  'aria-controls',
  'aria-errormessage',
  'aria-owns',
];

/**
 * Returns one line per id that an ARIA attribute of the page names but that
 * no element has. axe-core only lists such references as needing review, and
 * a screen reader then reads nothing for them.
 */
export function findMissingIdReferences(page: Page): Promise<string[]> {
  return page.evaluate((attributes) => {
    const missing: string[] = [];
    for (const attribute of attributes) {
      for (const element of Array.from(document.querySelectorAll(`[${attribute}]`))) {
        const ids = (element.getAttribute(attribute) ?? '').split(/\s+/).filter(Boolean);
        for (const id of ids) {
          if (document.getElementById(id) === null) {
            const name = element.id === '' ? element.tagName.toLowerCase() : `#${element.id}`;
            missing.push(`${attribute} of ${name} names missing id "${id}"`);
          }
        }
      }
    }
    return missing;
  }, ID_REFERENCE_ATTRIBUTES);
}
