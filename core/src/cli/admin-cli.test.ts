import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AuditLog } from '../audit/audit-log.js';
import { LrsClientStore } from '../lrs/lrs-client-store.js';
import type { InstalledPlugin } from '../plugins/plugin-store.js';
import { fixtureManifest, writeFixturePackage } from '../testing/plugin-fixture.js';
import { silentLogger, testDialects } from '../testing/test-database.js';
import { createTestHost, type TestHost } from '../testing/test-host.js';
import { runAdminCli } from './admin-cli.js';
import { createAdminSession } from './admin-session.js';

const ANSWERED = 'http://adlnet.gov/expapi/verbs/answered';
const INTERACTION = 'http://adlnet.gov/expapi/activities/cmi.interaction';
const PLUGIN_ID = 'fr.fabrique.testing.counter';

describe.each(testDialects)('fabrique-admin on %s', (dialect) => {
  let host: TestHost;
  let plugin: InstalledPlugin;
  let packageDir: string;

  /** Runs the CLI over the test host's database, as another process would. */
  async function admin(args: string[], stdin = '') {
    let stdout = '';
    let stderr = '';
    const status = await runAdminCli(args, {
      io: {
        stdout: (text) => {
          stdout += text;
        },
        stderr: (text) => {
          stderr += text;
        },
        readStdin: async () => stdin,
      },
      openSession: () =>
        createAdminSession(host.services, host.config.publicUrl, silentLogger, async () => {}),
    });
    return { status, stdout, stderr };
  }

  const xapi = (path: string, init: RequestInit = {}, basic = 'tool:tool-secret-1') =>
    host.app.request(`/xapi${path}`, {
      ...init,
      headers: {
        Host: '127.0.0.1:8080',
        Authorization: `Basic ${Buffer.from(basic).toString('base64')}`,
        'X-Experience-API-Version': '1.0.3',
        'Content-Type': 'application/json',
      },
    });
  const statementIds = async () =>
    (await host.services.db.selectFrom('statements').select('id').execute()).map((row) => row.id);
  const latestAudit = async () => (await new AuditLog(host.services.db).latest(1))[0];

  beforeAll(async () => {
    host = await createTestHost(dialect);
    packageDir = mkdtempSync(join(tmpdir(), 'fabrique-plugin-'));
    writeFixturePackage(packageDir, fixtureManifest());
    plugin = await host.services.pluginInstaller.installFromFolder(packageDir, 'test');
    await host.services.lrsClients.upsert({
      key: 'tool',
      secret: 'tool-secret-1',
      name: 'tool',
      scopes: ['all'],
    });
  });
  afterAll(async () => {
    await host.close();
    rmSync(packageDir, { recursive: true, force: true });
  });

  describe('lrs-client', () => {
    let secret = '';

    test('create prints the secret once', async () => {
      const result = await admin([
        'lrs-client',
        'create',
        '--key',
        'reader',
        '--name',
        'Dashboard reader',
        '--scopes',
        'statements/read,state',
      ]);
      expect(result.status).toBe(0);
      secret = result.stdout.trim().split('\n').at(-1) ?? '';
      expect(secret).toMatch(/^[A-Za-z0-9_-]{32}$/);
      const client = await host.services.lrsClients.authenticate('reader', secret);
      expect(client?.scopes).toEqual(['statements/read', 'state']);
      expect((await latestAudit())?.action).toBe('lrs-client.create');
    });

    test('create existing key fails', async () => {
      const result = await admin([
        'lrs-client',
        'create',
        '--key',
        'reader',
        '--name',
        'x',
        '--scopes',
        'all',
      ]);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('already exists');
    });

    test('create with secret from stdin', async () => {
      const result = await admin(
        [
          'lrs-client',
          'create',
          '--key',
          'writer',
          '--name',
          'Writer',
          '--scopes',
          'statements/write',
          '--secret-stdin',
        ],
        'a-secret-from-stdin\n',
      );
      expect(result.status).toBe(0);
      expect(result.stdout).not.toContain('a-secret-from-stdin');
      expect(
        await host.services.lrsClients.authenticate('writer', 'a-secret-from-stdin'),
      ).toBeDefined();
    });

    test('replace changes scopes', async () => {
      const result = await admin(
        [
          'lrs-client',
          'create',
          '--key',
          'writer',
          '--name',
          'Writer',
          '--scopes',
          'all',
          '--secret-stdin',
          '--replace',
        ],
        'another-secret-99',
      );
      expect(result.status).toBe(0);
      expect(
        await host.services.lrsClients.authenticate('writer', 'a-secret-from-stdin'),
      ).toBeUndefined();
      const client = await host.services.lrsClients.authenticate('writer', 'another-secret-99');
      expect(client?.scopes).toEqual(['all']);
    });

    test('list shows no secret', async () => {
      const result = await admin(['lrs-client', 'list', '--json']);
      expect(result.status).toBe(0);
      const clients = JSON.parse(result.stdout) as Array<Record<string, unknown>>;
      expect(clients.map((client) => client.key)).toEqual(['reader', 'tool', 'writer']);
      expect(result.stdout).not.toContain(secret);
      expect(result.stdout).not.toContain('scrypt');
      expect(Object.keys(clients[0] ?? {}).sort()).toEqual(['createdAt', 'key', 'name', 'scopes']);
    });

    test('delete refuses a running host at once', async () => {
      // The host's store has verified this secret and caches the verification.
      const running = new LrsClientStore(host.services.db);
      expect(await running.authenticate('reader', secret)).toBeDefined();
      const result = await admin(['lrs-client', 'delete', '--key', 'reader']);
      expect(result.status).toBe(0);
      expect(await running.authenticate('reader', secret)).toBeUndefined();
      const response = await xapi('/statements?limit=1', {}, `reader:${secret}`);
      expect(response.status).toBe(401);
      expect((await latestAudit())?.action).toBe('lrs-client.delete');
    });

    test('delete unknown key fails', async () => {
      const result = await admin(['lrs-client', 'delete', '--key', 'reader']);
      expect(result.status).toBe(1);
    });

    test.each([
      ['short key', ['lrs-client', 'create', '--key', 'ab', '--name', 'n', '--scopes', 'all']],
      [
        'unknown scope',
        ['lrs-client', 'create', '--key', 'abc', '--name', 'n', '--scopes', 'admin'],
      ],
      ['missing name', ['lrs-client', 'create', '--key', 'abc', '--scopes', 'all']],
      ['unknown action', ['lrs-client', 'rotate']],
      ['unknown option', ['lrs-client', 'list', '--all']],
      ['unknown command', ['lrs-clients', 'list']],
    ])('usage error: %s', async (_name, args) => {
      const result = await admin(args);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain('--help');
    });

    test('short secret on stdin rejected', async () => {
      const result = await admin(
        [
          'lrs-client',
          'create',
          '--key',
          'abc',
          '--name',
          'n',
          '--scopes',
          'all',
          '--secret-stdin',
        ],
        'short',
      );
      expect(result.status).toBe(2);
      expect(await host.services.lrsClients.exists('abc')).toBe(false);
    });
  });

  describe('lrs-forward', () => {
    let targetId = '';

    test('add reads the password from stdin', async () => {
      const result = await admin(
        [
          'lrs-forward',
          'add',
          '--name',
          'Research LRS',
          '--endpoint',
          'https://lrs.example.org/xapi/',
          '--username',
          'fabrique',
          '--password-stdin',
          '--verb',
          ANSWERED,
          '--plugin',
          PLUGIN_ID,
        ],
        'target-password\n',
      );
      expect(result.status).toBe(0);
      targetId = /target ([0-9a-f-]{36})/.exec(result.stdout)?.[1] ?? '';
      const [target] = await host.services.forwardTargets.listEnabled();
      expect(target?.id).toBe(targetId);
      expect(target?.password).toBe('target-password');
      expect(target?.endpoint).toBe('https://lrs.example.org/xapi');
      expect(target?.filter).toEqual({ verbs: [ANSWERED], pluginIds: [PLUGIN_ID] });
      const audit = await latestAudit();
      expect(audit?.action).toBe('lrs-forward.add');
      expect(JSON.stringify(audit)).not.toContain('target-password');
    });

    test('list shows counts, no password', async () => {
      const result = await admin(['lrs-forward', 'list']);
      expect(result.status).toBe(0);
      expect(result.stdout).toContain(targetId);
      expect(result.stdout).toContain('Research LRS');
      expect(result.stdout).not.toContain('target-password');
    });

    test('disable, enable and retry-dead', async () => {
      await xapi('/statements', {
        method: 'POST',
        body: JSON.stringify({
          actor: { mbox: 'mailto:someone@example.org' },
          verb: { id: ANSWERED },
          object: { id: 'http://example.org/q/1' },
        }),
      });

      const statementSeq = (
        await host.services.db.selectFrom('statements').select('seq').executeTakeFirstOrThrow()
      ).seq;
      await host.services.db
        .insertInto('lrs_forward_queue')
        .values({
          target_id: targetId,
          statement_seq: statementSeq,
          state: 'dead',
          attempts: 30,
          next_attempt_at: new Date().toISOString(),
          last_error: 'HTTP 503',
          created_at: new Date().toISOString(),
        })
        .execute();
      expect((await admin(['lrs-forward', 'dead', '--id', targetId])).stdout).toContain('HTTP 503');

      expect((await admin(['lrs-forward', 'disable', '--id', targetId])).status).toBe(0);
      expect(await host.services.forwardTargets.listEnabled()).toEqual([]);
      expect((await admin(['lrs-forward', 'enable', '--id', targetId])).status).toBe(0);

      const retried = await admin(['lrs-forward', 'retry-dead', '--id', targetId]);
      expect(retried.stdout).toContain('Put 1 dead row(s)');
      const [summary] = await host.services.forwardTargets.list();
      expect(summary?.pendingCount).toBe(1);
      expect(summary?.deadCount).toBe(0);
      expect((await latestAudit())?.details).toEqual({ rows: 1 });
    });

    test('delete removes the queue', async () => {
      expect((await admin(['lrs-forward', 'delete', '--id', targetId])).status).toBe(0);
      expect(await host.services.forwardTargets.list()).toEqual([]);
      expect(
        await host.services.db.selectFrom('lrs_forward_queue').select('seq').execute(),
      ).toEqual([]);
      expect((await admin(['lrs-forward', 'enable', '--id', targetId])).status).toBe(1);
    });

    test.each([
      [
        'no password',
        [
          'lrs-forward',
          'add',
          '--name',
          'n',
          '--endpoint',
          'https://x.org/xapi',
          '--username',
          'u',
        ],
      ],
      [
        'ftp endpoint',
        [
          'lrs-forward',
          'add',
          '--name',
          'n',
          '--endpoint',
          'ftp://x.org/xapi',
          '--username',
          'u',
          '--password-stdin',
        ],
      ],
      [
        'credentials in URL',
        [
          'lrs-forward',
          'add',
          '--name',
          'n',
          '--endpoint',
          'https://u:p@x.org/xapi',
          '--username',
          'u',
          '--password-stdin',
        ],
      ],
      [
        'verb not an IRI',
        [
          'lrs-forward',
          'add',
          '--name',
          'n',
          '--endpoint',
          'https://x.org/xapi',
          '--username',
          'u',
          '--password-stdin',
          '--verb',
          'answered',
        ],
      ],
      ['missing id', ['lrs-forward', 'retry-dead']],
    ])('usage error: %s', async (_name, args) => {
      const result = await admin(args, 'password');
      expect(result.status).toBe(2);
    });
  });

  describe('lrs-erase and lrs-purge', () => {
    test('erase by agent', async () => {
      const statement = (mbox: string) => ({
        actor: { mbox },
        verb: { id: ANSWERED },
        object: { id: 'http://example.org/q/2' },
      });
      const posted = await xapi('/statements', {
        method: 'POST',
        body: JSON.stringify([
          statement('mailto:erased@example.org'),
          statement('mailto:kept@example.org'),
        ]),
      });
      const [erasedId, keptId] = (await posted.json()) as string[];
      const result = await admin(['lrs-erase', '--agent', '{"mbox":"mailto:erased@example.org"}']);
      expect(result.status).toBe(0);
      expect(result.stdout).toContain('Erased 1 statement(s)');
      const ids = await statementIds();
      expect(ids).not.toContain(erasedId);
      expect(ids).toContain(keptId);
      const audit = await latestAudit();
      expect(audit?.action).toBe('lrs.erase-agent');
      expect(JSON.stringify(audit)).not.toContain('erased@example.org');
    });

    test('erase by pupil', async () => {
      const classId = host.demo.classId;
      const { pupil } = await host.services.pupils.join(classId, 'fox');
      const { pupil: other } = await host.services.pupils.join(classId, 'owl');
      const record = async (pupilId: string, item: number) => {
        const launch = await host.services.launches.create({
          pupilId,
          classId,
          pluginId: plugin.id,
          pluginVersion: plugin.version,
          locale: 'fr',
        });
        return host.services.gateway.record({
          launch,
          plugin,
          draft: {
            verb: { id: ANSWERED, display: { fr: 'a répondu' } },
            object: {
              id: `https://w3id.org/fabrique/activities/${PLUGIN_ID}/items/${item}`,
              definition: { type: INTERACTION },
            },
          },
        });
      };
      const erased = [await record(pupil.id, 1), await record(pupil.id, 2)];
      const otherPupilStatement = await record(other.id, 1);
      const dryRun = await admin(['lrs-erase', '--pupil', pupil.id, '--dry-run']);
      expect(dryRun.stdout).toContain('Would erase 2 statement(s)');
      expect(await statementIds()).toEqual(expect.arrayContaining(erased));
      const result = await admin(['lrs-erase', '--pupil', pupil.id]);
      expect(result.status).toBe(0);
      expect(result.stdout).toContain('Erased 2 statement(s)');
      const ids = await statementIds();
      for (const id of erased) expect(ids).not.toContain(id);
      expect(ids).toContain(otherPupilStatement);
      const pseudonym = host.services.pseudonyms.forPupil(pupil.id, plugin.id);
      const keys = await host.services.db
        .selectFrom('statement_keys')
        .select('value')
        .where('value', 'like', `%${pseudonym}`)
        .execute();
      expect(keys).toEqual([]);
      expect((await latestAudit())?.target).toBe(`pupil:${pupil.id}`);
    });

    test('purge by age', async () => {
      const before = await statementIds();
      const [oldest] = before;
      await host.services.db
        .updateTable('statements')
        .set({ stored: '2020-01-01T00:00:00.000Z' })
        .where('id', '=', oldest as string)
        .execute();
      const result = await admin(['lrs-purge', '--older-than', '400d']);
      expect(result.status).toBe(0);
      expect(result.stdout).toContain('Deleted what was stored or updated before');
      expect(await statementIds()).toEqual(before.filter((id) => id !== oldest));
      expect((await latestAudit())?.action).toBe('lrs.purge');
    });

    test.each([
      ['both agent and pupil', ['lrs-erase', '--agent', '{}', '--pupil', 'p']],
      ['agent not JSON', ['lrs-erase', '--agent', 'mailto:a@example.org']],
      ['agent without identifier', ['lrs-erase', '--agent', '{"name":"A"}']],
      [
        'anonymous group',
        [
          'lrs-erase',
          '--agent',
          '{"objectType":"Group","member":[{"mbox":"mailto:a@example.org"}]}',
        ],
      ],
      ['age without unit', ['lrs-purge', '--older-than', '400']],
      ['zero age', ['lrs-purge', '--older-than', '0d']],
    ])('usage error: %s', async (_name, args) => {
      const result = await admin(args);
      expect(result.status).toBe(2);
    });
  });
});
