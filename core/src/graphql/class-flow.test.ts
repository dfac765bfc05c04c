import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fixtureManifest, writeFixturePackage } from '../testing/plugin-fixture.js';
import { testDialects } from '../testing/test-database.js';
import { createTestHost, GraphqlSession, type TestHost } from '../testing/test-host.js';

const PLUGIN_ID = 'fr.fabrique.testing.counter';
const ANSWERED = 'http://adlnet.gov/expapi/verbs/answered';
const INTERACTION = 'http://adlnet.gov/expapi/activities/cmi.interaction';
const BASE = `https://w3id.org/fabrique/activities/${PLUGIN_ID}/`;

function answer(target: number, response: number, extra: Record<string, unknown> = {}) {
  return {
    verb: { id: ANSWERED, display: { en: 'answered' } },
    object: {
      id: `${BASE}items/${target}`,
      definition: { type: INTERACTION, interactionType: 'numeric' },
    },
    result: {
      response: String(response),
      success: Math.abs(response - target) <= 1,
      extensions: {
        'https://w3id.org/fabrique/xapi/extensions/percent-absolute-error':
          Math.abs(response - target) * 10,
      },
    },
    context: { extensions: { 'https://w3id.org/fabrique/xapi/extensions/target': target } },
    ...extra,
  };
}

describe.each(testDialects)('class flow on %s', (dialect) => {
  let host: TestHost;
  let teacher: GraphqlSession;
  let classId: string;
  let joinCode: string;

  beforeAll(async () => {
    host = await createTestHost(dialect);
    const packageDir = mkdtempSync(join(tmpdir(), 'fabrique-plugin-'));
    writeFixturePackage(packageDir, fixtureManifest());
    await host.services.pluginInstaller.installFromFolder(packageDir, 'test');
    teacher = new GraphqlSession(host);
  });
  afterAll(() => host.close());

  test('login wrong password', async () => {
    const result = await new GraphqlSession(host).request<{ login: unknown }>(
      'mutation { login(email: "enseignante@ecole-demo.fabrique.test", password: "wrong") { kind } }',
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('invalid-credentials');
    expect(result.data?.login ?? null).toBeNull();
  });

  test('login sets session cookies', async () => {
    const result = await teacher.request<{ login: { kind: string; user: { role: string } } }>(
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { kind user { role } } }',
      { e: host.demo.teacher.email, p: host.demo.teacher.password },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.login).toEqual({ kind: 'ADULT', user: { role: 'TEACHER' } });
    expect(teacher.cookie('fabrique_session')).toBeTruthy();
    expect(teacher.cookie('fabrique_csrf')).toBeTruthy();
    expect(result.headers.get('Cache-Control')).toBe('no-store');
    const sessionCookie = result.headers
      .getSetCookie()
      .find((cookie) => cookie.startsWith('fabrique_session='));
    expect(sessionCookie).toMatch(/HttpOnly/i);
    expect(sessionCookie).toMatch(/SameSite=Lax/i);
  });

  test('missing CSRF header rejected', async () => {
    const response = await host.app.request('/graphql', {
      method: 'POST',
      headers: {
        Host: '127.0.0.1:8080',
        'Content-Type': 'application/json',
        Cookie: `fabrique_session=${teacher.cookie('fabrique_session')}`,
      },
      body: JSON.stringify({ query: '{ myClasses { id } }' }),
    });
    expect(response.status).toBe(403);
    const body = (await response.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(body.errors[0]?.extensions.code).toBe('csrf-token-invalid');
  });

  test('foreign origin rejected', async () => {
    const result = await teacher.request('{ viewer { kind } }', {}, { Origin: 'http://evil.test' });
    expect(result.status).toBe(403);
  });

  test('anonymous myClasses unauthenticated', async () => {
    const result = await new GraphqlSession(host).request('{ myClasses { id } }');
    expect(result.errors?.[0]?.extensions?.code).toBe('unauthenticated');
  });

  test('create class', async () => {
    const result = await teacher.request<{
      createClass: { id: string; joinCode: string; level: string };
    }>('mutation { createClass(name: "CP Bleu", level: "CP") { id joinCode level } }');
    expect(result.errors).toBeUndefined();
    expect(result.data?.createClass.level).toBe('CP');
    expect(result.data?.createClass.joinCode).toMatch(/^[2-9A-HJKMNP-Z]{6}$/);
    classId = result.data?.createClass.id as string;
    joinCode = result.data?.createClass.joinCode as string;
  });

  test('installed plugin without icon', async () => {
    const result = await teacher.request<{
      installedPlugins: Array<{ id: string; iconUrl: string | null }>;
    }>('{ installedPlugins { id iconUrl } }');
    expect(result.data?.installedPlugins).toEqual([{ id: PLUGIN_ID, iconUrl: null }]);
  });

  test('create class bad level', async () => {
    const result = await teacher.request(
      'mutation { createClass(name: "X", level: "CM7") { id } }',
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('invalid-school-level');
    expect(result.errors?.[0]?.extensions?.field).toBe('level');
  });

  test('enable plugin with settings', async () => {
    const result = await teacher.request<{
      setClassPlugin: { enabled: boolean; settings: Record<string, unknown> };
    }>(
      'mutation($c: ID!, $p: String!) { setClassPlugin(classId: $c, pluginId: $p, enabled: true, settings: { range: "0-100" }) { enabled settings } }',
      { c: classId, p: PLUGIN_ID },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.setClassPlugin).toEqual({ enabled: true, settings: { range: '0-100' } });
  });

  test('invalid settings rejected', async () => {
    const result = await teacher.request(
      'mutation($c: ID!, $p: String!) { setClassPlugin(classId: $c, pluginId: $p, enabled: true, settings: { range: "0-7" }) { enabled } }',
      { c: classId, p: PLUGIN_ID },
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('invalid-settings');
  });

  test('other teacher forbidden on class', async () => {
    const outsider = new GraphqlSession(host);
    await outsider.request(
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { kind } }',
      { e: host.demo.admin.email, p: host.demo.admin.password },
    );
    const created = await outsider.request<{ createUser: { id: string } }>(
      'mutation { createUser(email: "other@ecole-demo.fabrique.test", displayName: "Other", role: TEACHER, password: "a long enough password") { id } }',
    );
    expect(created.errors).toBeUndefined();
    const other = new GraphqlSession(host);
    await other.request(
      'mutation { login(email: "other@ecole-demo.fabrique.test", password: "a long enough password") { kind } }',
    );
    const result = await other.request('query($c: ID!) { schoolClass(id: $c) { name } }', {
      c: classId,
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('forbidden');
  });

  test('unknown join code', async () => {
    const result = await new GraphqlSession(host).request(
      'mutation { joinClass(code: "ZZZZZZ", cardId: "fox") { kind } }',
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('invalid-join-code');
  });

  test('pupil joins, launches, records, teacher reads dashboard', async () => {
    const pupil = new GraphqlSession(host);
    const spaced = `${joinCode.slice(0, 3).toLowerCase()} ${joinCode.slice(3)}`;
    const joinable = await pupil.request<{
      joinableClass: { name: string; cards: Array<{ card: { id: string }; taken: boolean }> };
    }>('query($c: String!) { joinableClass(code: $c) { name cards { card { id } taken } } }', {
      c: spaced,
    });
    expect(joinable.data?.joinableClass.name).toBe('CP Bleu');
    expect(joinable.data?.joinableClass.cards.every((card) => !card.taken)).toBe(true);

    const joined = await pupil.request<{
      joinClass: { kind: string; pupil: { className: string } };
    }>(
      'mutation($c: String!) { joinClass(code: $c, cardId: "owl") { kind pupil { className } } }',
      { c: spaced },
    );
    expect(joined.errors).toBeUndefined();
    expect(joined.data?.joinClass).toEqual({ kind: 'PUPIL', pupil: { className: 'CP Bleu' } });

    const launchpad = await pupil.request<{ launchpad: Array<{ id: string }> }>(
      '{ launchpad { id } }',
    );
    expect(launchpad.data?.launchpad.map((plugin) => plugin.id)).toEqual([PLUGIN_ID]);

    const launch = await pupil.request<{
      startLaunch: {
        id: string;
        frameUrl: string;
        session: { learner: string; settings: Record<string, unknown>; activityBase: string };
      };
    }>('mutation($p: String!) { startLaunch(pluginId: $p) { id frameUrl session } }', {
      p: PLUGIN_ID,
    });
    expect(launch.errors).toBeUndefined();
    const started = launch.data?.startLaunch;
    expect(started?.frameUrl).toBe(
      `http://localhost:8080/plugins/${PLUGIN_ID}/1.0.0/@entry/pupil.html`,
    );
    expect(started?.session.settings).toEqual({ range: '0-100' });
    expect(started?.session.activityBase).toBe(BASE);
    expect(started?.session.learner).toMatch(/^[0-9a-f]{32}$/);

    const record = (draft: unknown) =>
      pupil.request<{ recordStatement: { id: string } }>(
        'mutation($l: ID!, $d: JSON!) { recordStatement(launchId: $l, draft: $d) { id } }',
        { l: started?.id, d: draft },
      );
    const ownId = '6fa459ea-ee8a-4ca4-894e-db77e160355e';
    const first = await record(answer(7, 6, { id: ownId }));
    expect(first.errors).toBeUndefined();
    expect(first.data?.recordStatement.id).toBe(ownId);
    const retry = await record(answer(7, 6, { id: ownId }));
    expect(retry.data?.recordStatement.id).toBe(ownId);
    expect((await record(answer(3, 9))).errors).toBeUndefined();

    const stored = await host.services.statements.findById(ownId, { voided: false });
    expect(stored?.actor).toEqual({
      objectType: 'Agent',
      account: { homePage: host.config.publicUrl, name: started?.session.learner },
    });
    expect(stored?.context?.registration).toBe(started?.id);
    expect(stored?.context?.contextActivities?.grouping?.map((activity) => activity.id)).toEqual([
      `${host.config.publicUrl}/classes/${classId}`,
      `https://w3id.org/fabrique/plugins/${PLUGIN_ID}`,
    ]);
    expect(stored?.authority).toEqual({
      objectType: 'Agent',
      account: { homePage: host.config.publicUrl, name: `plugin:${PLUGIN_ID}` },
    });
    expect(stored?.stored).toBeTruthy();
    expect(stored?.timestamp).toBeTruthy();

    const undeclaredVerb = await record({
      ...answer(1, 1),
      verb: { id: 'http://adlnet.gov/expapi/verbs/passed' },
    });
    expect(undeclaredVerb.errors?.[0]?.extensions?.code).toBe('undeclared-verb');
    const outside = await record({
      ...answer(1, 1),
      object: { id: 'https://evil.test/x', definition: { type: INTERACTION } },
    });
    expect(outside.errors?.[0]?.extensions?.code).toBe('object-outside-namespace');
    const undeclaredType = await record({
      ...answer(1, 1),
      object: {
        id: `${BASE}x`,
        definition: { type: 'http://adlnet.gov/expapi/activities/course' },
      },
    });
    expect(undeclaredType.errors?.[0]?.extensions?.code).toBe('undeclared-activity-type');
    const forgedActor = await record({
      ...answer(1, 1),
      actor: { mbox: 'mailto:child@school.test' },
    });
    expect(forgedActor.errors?.[0]?.extensions?.code).toBe('statement-rejected');

    const nickname = await teacher.request<{ schoolClass: { pupils: Array<{ id: string }> } }>(
      'query($c: ID!) { schoolClass(id: $c) { pupils { id } } }',
      { c: classId },
    );
    const pupilId = nickname.data?.schoolClass.pupils[0]?.id;
    await teacher.request(
      'mutation($p: ID!) { setPupilNickname(pupilId: $p, nickname: "Léa") { nickname } }',
      { p: pupilId },
    );

    const dashboard = await teacher.request<{
      classDashboard: {
        pupilCount: number;
        statementCount: number;
        tables: Array<{ id: string; rows: unknown[][] }>;
      };
    }>(
      'query($c: ID!, $p: String!) { classDashboard(classId: $c, pluginId: $p) { pupilCount statementCount tables { id kind rows columns { id } } } }',
      { c: classId, p: PLUGIN_ID },
    );
    expect(dashboard.errors).toBeUndefined();
    expect(dashboard.data?.classDashboard.pupilCount).toBe(1);
    expect(dashboard.data?.classDashboard.statementCount).toBe(2);
    const [answers, byPupil] = dashboard.data?.classDashboard.tables ?? [];
    expect(answers?.rows).toEqual([
      ['Léa', 7, '6'],
      ['Léa', 3, '9'],
    ]);
    expect(byPupil?.rows).toEqual([['Léa', 2, 35]]);
  });

  test('nickname never in statements', async () => {
    const rows = await host.services.db.selectFrom('statements').select('statement').execute();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.statement).not.toContain('Léa');
  });

  test('disabled plugin leaves launchpad', async () => {
    await teacher.request(
      'mutation($c: ID!, $p: String!) { setClassPlugin(classId: $c, pluginId: $p, enabled: false) { enabled } }',
      { c: classId, p: PLUGIN_ID },
    );
    const pupil = new GraphqlSession(host);
    await pupil.request('mutation($c: String!) { joinClass(code: $c, cardId: "owl") { kind } }', {
      c: joinCode,
    });
    const launchpad = await pupil.request<{ launchpad: unknown[] }>('{ launchpad { id } }');
    expect(launchpad.data?.launchpad).toEqual([]);
    const launch = await pupil.request(
      'mutation($p: String!) { startLaunch(pluginId: $p) { id } }',
      { p: PLUGIN_ID },
    );
    expect(launch.errors?.[0]?.extensions?.code).toBe('plugin-not-enabled');
  });

  test('malformed JSON body gets 400', async () => {
    const response = await host.app.request('/graphql', {
      method: 'POST',
      headers: { Host: '127.0.0.1:8080', 'Content-Type': 'application/json' },
      body: '{"query": ',
    });
    const text = await response.text();
    // GraphQL over HTTP answers request errors in application/json with 200.
    expect(response.status).toBeLessThan(500);
    expect(text).not.toMatch(/at .*\.ts:\d+/);
    expect(text).not.toContain('"query": ');
    expect(
      (JSON.parse(text) as { errors: Array<{ extensions: { code: string } }> }).errors[0]
        ?.extensions.code,
    ).toBe('bad-request');
  });

  test('expired session reported', async () => {
    const result = await new GraphqlSession(host).request(
      '{ myClasses { id } }',
      {},
      { Cookie: 'fabrique_session=stale-token' },
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('session-expired');
  });

  test('logout ends the session on the server', async () => {
    const session = new GraphqlSession(host);
    await session.request(
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { kind } }',
      { e: host.demo.teacher.email, p: host.demo.teacher.password },
    );
    const token = session.cookie('fabrique_session') as string;
    const csrf = session.cookie('fabrique_csrf') as string;
    await session.request('mutation { logout }');
    const replay = await new GraphqlSession(host).request(
      '{ myClasses { id } }',
      {},
      { Cookie: `fabrique_session=${token}`, 'X-CSRF-Token': csrf },
    );
    expect(replay.errors?.[0]?.extensions?.code).toBe('session-expired');
  });
});
