import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';
import { templates } from './locales/en.js';

const sourceRoot = join(import.meta.dirname, '..');

async function sourceFiles(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map(async (entry) => {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) {
        return sourceFiles(path);
      }
      const isSource = entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts');
      return isSource ? [path] : [];
    }),
  );
  return nested.flat();
}

interface MessageUse {
  readonly file: string;
  readonly id: string | undefined;
  readonly placeholders: number;
}

// Each msg( call up to its options object: the template, then `{ id: '...' }`.
const msgCallPattern =
  /\bmsg\(\s*(str)?(`(?:[^`\\]|\\.)*`|'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")\s*(?:,\s*\{\s*id:\s*'([^']+)',?\s*\})?/g;

async function messageUses(): Promise<MessageUse[]> {
  const uses: MessageUse[] = [];
  for (const file of await sourceFiles(sourceRoot)) {
    if (file.includes(`${join('i18n', 'locales')}`)) {
      continue;
    }
    const text = await readFile(file, 'utf8');
    const calls = text.match(/\bmsg\(/g)?.length ?? 0;
    const found = [...text.matchAll(msgCallPattern)];
    expect(found.length, `msg( calls read in ${relative(sourceRoot, file)}`).toBe(calls);
    for (const match of found) {
      const template = match[2] ?? '';
      uses.push({
        file: relative(sourceRoot, file),
        id: match[3],
        placeholders: match[1] === 'str' ? (template.match(/\$\{/g)?.length ?? 0) : 0,
      });
    }
  }
  return uses;
}

test('every msg has an explicit id', async () => {
  const withoutId = (await messageUses()).filter((use) => use.id === undefined);
  expect(withoutId.map((use) => use.file)).toEqual([]);
});

test('every id has an English template', async () => {
  const ids = new Set((await messageUses()).map((use) => use.id ?? ''));
  const missing = [...ids].filter((id) => !Object.hasOwn(templates, id));
  expect(missing).toEqual([]);
});

test('no English template is unused', async () => {
  const ids = new Set((await messageUses()).map((use) => use.id ?? ''));
  const unused = Object.keys(templates).filter((id) => !ids.has(id));
  expect(unused).toEqual([]);
});

test('English placeholders match French ones', async () => {
  const mismatched: string[] = [];
  for (const use of await messageUses()) {
    const english = templates[use.id as keyof typeof templates];
    const count = typeof english === 'string' ? 0 : english.values.length;
    if (count !== use.placeholders) {
      mismatched.push(`${use.id}: ${use.placeholders} in French, ${count} in English`);
    }
  }
  expect(mismatched).toEqual([]);
});
