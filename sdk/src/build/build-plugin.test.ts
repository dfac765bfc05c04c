import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, test } from 'vitest';
import type { BuildLogger } from './build-logger.js';
import { buildPlugin } from './build-plugin.js';

const SDK_ROOT = fileURLToPath(new URL('../../', import.meta.url));

const MANIFEST = {
  manifestVersion: 1,
  id: 'org.example.build-test',
  version: '1.2.3',
  hostApi: '^1.0.0',
  title: { fr: 'Essai', en: 'Test' },
  description: { fr: 'Plugin de test du build.', en: 'Build test plugin.' },
  authors: [{ name: 'Ada Martin' }],
  license: 'MIT',
  research: {
    summary: { fr: 'Aucune recherche.' },
    references: [{ url: 'https://github.com/adlnet/xAPI-Spec' }],
  },
  levels: ['CP'],
  subjects: ['other'],
  entries: { pupil: { script: 'dist/pupil.js' } },
  capabilities: {
    xapi: {
      verbs: [{ id: 'http://adlnet.gov/expapi/verbs/experienced', reason: { fr: 'Essai.' } }],
      activityTypes: [
        { id: 'http://adlnet.gov/expapi/activities/lesson', reason: { fr: 'Essai.' } },
      ],
    },
  },
  dataUse: {
    categories: ['usage'],
    purpose: { fr: 'Essai.' },
    retentionDays: 30,
    sensitive: false,
  },
  locales: ['fr'],
};

const PUPIL_SOURCE = `
const longDescriptiveName: number = 40 + 2;
(globalThis as unknown as { answer: number }).answer = longDescriptiveName;
`;

const folders: string[] = [];

afterEach(async () => {
  await Promise.all(
    folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })),
  );
});

/** Creates a plugin folder with the given files; objects are written as JSON. */
async function writePlugin(files: Record<string, string | object>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'fabrique-build-'));
  folders.push(root);
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    const text = typeof content === 'string' ? content : JSON.stringify(content, null, 2);
    await writeFile(join(root, path), text);
  }
  return root;
}

function recordingLogger(): BuildLogger & { lines: Record<'info' | 'warn' | 'error', string[]> } {
  const lines = { info: [] as string[], warn: [] as string[], error: [] as string[] };
  return {
    lines,
    info: (message) => lines.info.push(message),
    warn: (message) => lines.warn.push(message),
    error: (message) => lines.error.push(message),
  };
}

async function expectedEntry(root: string, path: string) {
  const content = await readFile(join(root, path));
  const digest = createHash('sha512').update(content).digest('base64');
  return { path, size: (await stat(join(root, path))).size, integrity: `sha512-${digest}` };
}

describe('buildPlugin', () => {
  test('file list covers manifest, dist and assets with hashes', async () => {
    const root = await writePlugin({
      'fabrique.plugin.json': MANIFEST,
      'src/pupil.ts': PUPIL_SOURCE,
      'assets/sounds/ding.txt': 'ding',
      'assets/icon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
      'README.md': 'not packaged',
    });
    const report = await buildPlugin({ root });

    const paths = [
      'assets/icon.svg',
      'assets/sounds/ding.txt',
      'dist/pupil.js',
      'dist/pupil.js.map',
      'fabrique.plugin.json',
    ];
    const expected = await Promise.all(paths.map((path) => expectedEntry(root, path)));
    expect(report.files).toEqual(expected);
    const written = JSON.parse(await readFile(join(root, 'dist/fabrique-files.json'), 'utf8'));
    expect(written).toEqual({ files: expected });
    expect(report).toMatchObject({
      pluginId: 'org.example.build-test',
      version: '1.2.3',
      production: false,
      fileListPath: 'dist/fabrique-files.json',
      entries: [{ entry: 'pupil', source: 'src/pupil.ts', output: 'dist/pupil.js' }],
    });
  });

  test('bundle is a classic script with a linked source map', async () => {
    const root = await writePlugin({
      'fabrique.plugin.json': MANIFEST,
      'src/pupil.ts': PUPIL_SOURCE,
    });
    await buildPlugin({ root });
    const bundle = await readFile(join(root, 'dist/pupil.js'), 'utf8');
    expect(bundle).toContain('//# sourceMappingURL=pupil.js.map');
    const sandbox: { answer?: number } = {};
    runInNewContext(bundle, sandbox);
    expect(sandbox.answer).toBe(42);
    const map = JSON.parse(await readFile(join(root, 'dist/pupil.js.map'), 'utf8'));
    expect(map.sources).toEqual(['../src/pupil.ts']);
  });

  test('production build minifies', async () => {
    const root = await writePlugin({
      'fabrique.plugin.json': MANIFEST,
      'src/pupil.ts': PUPIL_SOURCE,
    });
    await buildPlugin({ root });
    expect(await readFile(join(root, 'dist/pupil.js'), 'utf8')).toContain('longDescriptiveName');
    const report = await buildPlugin({ root, production: true });
    const minified = await readFile(join(root, 'dist/pupil.js'), 'utf8');
    expect(report.production).toBe(true);
    expect(minified).not.toContain('longDescriptiveName');
    const sandbox: { answer?: number } = {};
    runInNewContext(minified, sandbox);
    expect(sandbox.answer).toBe(42);
  });

  test('teacher entry is bundled when declared', async () => {
    const manifest = {
      ...MANIFEST,
      entries: { pupil: { script: 'dist/pupil.js' }, teacher: { script: 'dist/teacher.js' } },
    };
    const root = await writePlugin({
      'fabrique.plugin.json': manifest,
      'src/pupil.ts': PUPIL_SOURCE,
      'src/teacher.ts': 'export {};',
    });
    const report = await buildPlugin({ root });
    expect(report.entries.map((entry) => entry.output)).toEqual([
      'dist/pupil.js',
      'dist/teacher.js',
    ]);
    expect(report.files.map((file) => file.path)).toContain('dist/teacher.js');
  });

  test('workspace SDK resolves to its sources', async () => {
    const root = await writePlugin({
      'fabrique.plugin.json': MANIFEST,
      'src/pupil.ts': `
import { isoDuration } from '@fabrique/sdk/client';
(globalThis as unknown as { duration: string }).duration = isoDuration(4200);
`,
    });
    await mkdir(join(root, 'node_modules/@fabrique'), { recursive: true });
    await symlink(SDK_ROOT, join(root, 'node_modules/@fabrique/sdk'), 'dir');
    await buildPlugin({ root });
    const bundle = await readFile(join(root, 'dist/pupil.js'), 'utf8');
    const map = JSON.parse(await readFile(join(root, 'dist/pupil.js.map'), 'utf8'));
    expect(map.sources.some((source: string) => source.endsWith('client/iso-duration.ts'))).toBe(
      true,
    );
    const sandbox: { duration?: string } = {};
    runInNewContext(bundle, sandbox);
    expect(sandbox.duration).toBe('PT4.2S');
  });

  test('stale dist files are removed', async () => {
    const root = await writePlugin({
      'fabrique.plugin.json': MANIFEST,
      'src/pupil.ts': PUPIL_SOURCE,
      'dist/old.js': 'stale',
    });
    const report = await buildPlugin({ root });
    expect(report.files.map((file) => file.path)).not.toContain('dist/old.js');
    await expect(stat(join(root, 'dist/old.js'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  test('invalid manifest logs issues and fails', async () => {
    const root = await writePlugin({
      'fabrique.plugin.json': { ...MANIFEST, id: 'Build Test', levels: [] },
      'src/pupil.ts': PUPIL_SOURCE,
    });
    const logger = recordingLogger();
    await expect(buildPlugin({ root, logger })).rejects.toMatchObject({
      code: 'invalid-manifest',
      status: 422,
    });
    const printed = logger.lines.error.join('\n');
    expect(printed).toContain('[invalid-plugin-id]');
    expect(printed).toContain('levels');
    await expect(stat(join(root, 'dist'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  test.each([
    ['manifest-not-found', { 'src/pupil.ts': PUPIL_SOURCE }],
    ['invalid-manifest-json', { 'fabrique.plugin.json': '{ "id": ', 'src/pupil.ts': PUPIL_SOURCE }],
    ['entry-source-not-found', { 'fabrique.plugin.json': MANIFEST }],
    [
      'entry-outside-dist',
      {
        'fabrique.plugin.json': { ...MANIFEST, entries: { pupil: { script: 'build/pupil.js' } } },
        'src/pupil.ts': PUPIL_SOURCE,
      },
    ],
    ['bundle-failed', { 'fabrique.plugin.json': MANIFEST, 'src/pupil.ts': 'const = ;' }],
    [
      'bundle-failed',
      { 'fabrique.plugin.json': MANIFEST, 'src/pupil.ts': "import './missing.js';" },
    ],
  ])('build fails with %s', async (code, files) => {
    const root = await writePlugin(files);
    await expect(buildPlugin({ root })).rejects.toMatchObject({ code });
  });

  test('bundle error names the source file', async () => {
    const root = await writePlugin({
      'fabrique.plugin.json': MANIFEST,
      'src/pupil.ts': 'const = ;',
    });
    await expect(buildPlugin({ root })).rejects.toThrow(/src\/pupil\.ts:1:6/);
  });

  test('symbolic link in assets fails', async () => {
    const root = await writePlugin({
      'fabrique.plugin.json': MANIFEST,
      'src/pupil.ts': PUPIL_SOURCE,
      'assets/real.txt': 'x',
    });
    await symlink(join(root, 'assets/real.txt'), join(root, 'assets/link.txt'));
    await expect(buildPlugin({ root })).rejects.toMatchObject({
      code: 'unsupported-file',
      details: { path: 'assets/link.txt' },
    });
  });
});
