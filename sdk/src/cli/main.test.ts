import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { runCli } from './main.js';

const MANIFEST = {
  manifestVersion: 1,
  id: 'org.example.cli-test',
  version: '0.3.0',
  hostApi: '^1.0.0',
  title: { fr: 'Essai' },
  description: { fr: 'Plugin de test de la ligne de commande.' },
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

const folders: string[] = [];

afterEach(async () => {
  await Promise.all(
    folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })),
  );
});

async function writePlugin(manifest: object): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'fabrique-cli-'));
  folders.push(root);
  await mkdir(join(root, 'src'));
  await writeFile(join(root, 'fabrique.plugin.json'), JSON.stringify(manifest));
  await writeFile(join(root, 'src/pupil.ts'), 'document.title = "essai";\n');
  return root;
}

async function run(argv: string[], cwd = tmpdir()) {
  let stdout = '';
  let stderr = '';
  const status = await runCli(argv, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    cwd,
  });
  return { status, stdout, stderr };
}

describe('fabrique CLI', () => {
  test.each([['--help'], ['-h']])('%s lists the commands', async (flag) => {
    const { status, stdout } = await run([flag]);
    expect(status).toBe(0);
    expect(stdout).toContain('Usage: fabrique <command>');
    expect(stdout).toMatch(/^ {2}build {2}/m);
  });

  test('help lists only existing commands', async () => {
    const { stdout } = await run(['--help']);
    const commands = stdout.split('Commands:\n')[1]?.split('\n\n')[0] ?? '';
    expect(commands.trim().split('\n')).toHaveLength(1);
  });

  test('--version prints the SDK version', async () => {
    const packageJson = JSON.parse(
      await readFile(new URL('../../package.json', import.meta.url), 'utf8'),
    );
    const { status, stdout } = await run(['--version']);
    expect(status).toBe(0);
    expect(stdout).toBe(`${packageJson.version}\n`);
  });

  test('build --help shows the command help', async () => {
    const { status, stdout } = await run(['build', '--help']);
    expect(status).toBe(0);
    expect(stdout).toContain('Usage: fabrique build [folder] [--production]');
  });

  test.each([
    [[], 'Usage: fabrique <command>'],
    [['deploy'], 'unknown command "deploy"'],
    [['--bogus'], "Unknown option '--bogus'"],
    [['build', '--bogus'], "Unknown option '--bogus'"],
    [['build', 'a', 'b'], 'takes one plugin folder, got 2'],
  ])('usage error %j exits 2', async (argv, message) => {
    const { status, stderr } = await run(argv);
    expect(status).toBe(2);
    expect(stderr).toContain(message);
  });

  test('command usage error points to the command help', async () => {
    const { stderr } = await run(['build', '--prod']);
    expect(stderr).toContain('Run "fabrique build --help" for usage.');
  });

  test('build in the current folder exits 0', async () => {
    const root = await writePlugin(MANIFEST);
    const { status, stdout, stderr } = await run(['build'], root);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toContain('Built org.example.cli-test 0.3.0 (development)');
    expect(stdout).toContain('dist/pupil.js.map');
    const list = JSON.parse(await readFile(join(root, 'dist/fabrique-files.json'), 'utf8'));
    expect(list.files.map((file: { path: string }) => file.path)).toEqual([
      'dist/pupil.js',
      'dist/pupil.js.map',
      'fabrique.plugin.json',
    ]);
  });

  test('build --production with a folder argument', async () => {
    const root = await writePlugin(MANIFEST);
    const { status, stdout } = await run(['build', root, '--production']);
    expect(status).toBe(0);
    expect(stdout).toContain('(production)');
  });

  test('build with an invalid manifest exits 1', async () => {
    const root = await writePlugin({ ...MANIFEST, license: 'not a licence' });
    const { status, stderr } = await run(['build', root]);
    expect(status).toBe(1);
    expect(stderr).toContain('license');
    expect(stderr).toContain('[invalid-manifest]');
  });

  test('build without a manifest exits 1', async () => {
    const root = await mkdtemp(join(tmpdir(), 'fabrique-cli-'));
    folders.push(root);
    const { status, stderr } = await run(['build', root]);
    expect(status).toBe(1);
    expect(stderr).toContain('[manifest-not-found]');
  });
});
