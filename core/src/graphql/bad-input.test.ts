import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fixtureManifest, writeFixturePackage } from '../testing/plugin-fixture.js';
import { testDialects } from '../testing/test-database.js';
import { createTestHost, GraphqlSession, type TestHost } from '../testing/test-host.js';

const PLUGIN_ID = 'fr.fabrique.testing.counter';
const BASE = `https://w3id.org/fabrique/activities/${PLUGIN_ID}/`;
const ANSWERED = 'http://adlnet.gov/expapi/verbs/answered';
const INTERACTION = 'http://adlnet.gov/expapi/activities/cmi.interaction';

function draft(extra: Record<string, unknown> = {}) {
  return {
    verb: { id: ANSWERED },
    object: { id: `${BASE}item/1`, definition: { type: INTERACTION } },
    result: { response: '4' },
    ...extra,
  };
}

function nested(depth: number): unknown {
  let value: unknown = 1;
  for (let level = 0; level < depth; level++) value = { a: value };
  return value;
}

describe.each(testDialects)('bad input on %s', (dialect) => {
  let host: TestHost;
  let teacher: GraphqlSession;
  let pupil: GraphqlSession;
  let classId: string;
  let launchId: string;

  const record = (value: unknown, session = pupil, launch = launchId) =>
    session.request<{ recordStatement: { id: string } }>(
      'mutation($l: ID!, $d: JSON!) { recordStatement(launchId: $l, draft: $d) { id } }',
      { l: launch, d: value },
    );
  const codeOf = (result: { errors?: Array<{ extensions?: { code?: string } }> }) =>
    result.errors?.[0]?.extensions?.code;

  beforeAll(async () => {
    host = await createTestHost(dialect);
    const dir = mkdtempSync(join(tmpdir(), 'fabrique-plugin-'));
    writeFixturePackage(dir, fixtureManifest());
    await host.services.pluginInstaller.installFromFolder(dir, 'test');
    teacher = new GraphqlSession(host);
    await teacher.request(
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { kind } }',
      { e: host.demo.teacher.email, p: host.demo.teacher.password },
    );
    classId = host.demo.classId;
    await teacher.request(
      'mutation($c: ID!, $p: String!) { setClassPlugin(classId: $c, pluginId: $p, enabled: true) { enabled } }',
      { c: classId, p: PLUGIN_ID },
    );
    pupil = new GraphqlSession(host);
    await pupil.request('mutation($c: String!) { joinClass(code: $c, cardId: "fox") { kind } }', {
      c: host.demo.joinCode,
    });
    const launch = await pupil.request<{ startLaunch: { id: string } }>(
      'mutation($p: String!) { startLaunch(pluginId: $p, locale: "en") { id } }',
      { p: PLUGIN_ID },
    );
    launchId = launch.data?.startLaunch.id as string;
  });
  afterAll(() => host.close());

  test.each([
    ['20240301T093000Z', '2024-03-01T09:30:00.000Z'],
    ['2024-03-01T09:30:00,5Z', '2024-03-01T09:30:00.500Z'],
    ['2024-03-01T11:30:00+02', '2024-03-01T09:30:00.000Z'],
    ['2016-12-31T23:59:60Z', '2017-01-01T00:00:00.000Z'],
  ])('draft timestamp %s stored as %s', async (timestamp, expected) => {
    const result = await record(draft({ timestamp }));
    expect(result.errors).toBeUndefined();
    const stored = await host.services.statements.findById(
      result.data?.recordStatement.id as string,
      { voided: false },
    );
    expect(stored?.timestamp).toBe(expected);
  });

  test('draft timestamp without zone rejected', async () => {
    expect(codeOf(await record(draft({ timestamp: '2024-03-01T09:30:00' })))).toBe(
      'statement-rejected',
    );
  });

  test('deeply nested draft rejected', async () => {
    const result = await record(
      draft({ result: { extensions: { 'http://x.test/e': nested(2000) } } }),
    );
    expect(codeOf(result)).toBe('statement-rejected');
  });

  test('same id different content conflicts', async () => {
    const id = '0f8fad5b-d9cb-469f-a165-70867728950e';
    expect((await record(draft({ id }))).errors).toBeUndefined();
    expect((await record(draft({ id }))).data?.recordStatement.id).toBe(id);
    expect(codeOf(await record(draft({ id, result: { response: '9' } })))).toBe(
      'statement-conflict',
    );
  });

  test('upper-case id stored once', async () => {
    const id = '7C9E6679-7425-40DE-944B-E07FC1F90AE7';
    expect((await record(draft({ id }))).data?.recordStatement.id).toBe(id.toLowerCase());
    expect((await record(draft({ id: id.toLowerCase() }))).data?.recordStatement.id).toBe(
      id.toLowerCase(),
    );
    const rows = await host.services.db
      .selectFrom('statements')
      .select('id')
      .where('id', 'in', [id, id.toLowerCase()])
      .execute();
    expect(rows).toHaveLength(1);
  });

  test('category with undeclared type rejected', async () => {
    const result = await record(
      draft({
        context: {
          contextActivities: {
            category: [
              { id: 'http://evil.test/cat', definition: { type: 'http://evil.test/type' } },
            ],
          },
        },
      }),
    );
    expect(codeOf(result)).toBe('undeclared-activity-type');
  });

  test.each([`${BASE}../fr.fabrique.other/lesson`, `${BASE}%2e%2E/x`, `${BASE}a/./b`])(
    'dot segment %s rejected',
    async (id) => {
      expect(
        codeOf(await record(draft({ object: { id, definition: { type: INTERACTION } } }))),
      ).toBe('object-outside-namespace');
    },
  );

  test('bare namespace object rejected', async () => {
    expect(codeOf(await record(draft({ object: { id: BASE } })))).toBe('object-outside-namespace');
  });

  test('statement language follows launch locale', async () => {
    const result = await record(draft());
    const stored = await host.services.statements.findById(
      result.data?.recordStatement.id as string,
      { voided: false },
    );
    expect(stored?.context?.language).toBe('en');
  });

  test('incident on another pupil launch rejected', async () => {
    const other = new GraphqlSession(host);
    await other.request('mutation($c: String!) { joinClass(code: $c, cardId: "owl") { kind } }', {
      c: host.demo.joinCode,
    });
    const result = await other.request(
      'mutation($l: ID!) { reportFrameIncident(launchId: $l, kind: "flood") }',
      { l: launchId },
    );
    expect(codeOf(result)).toBe('launch-not-found');
    const byTeacher = await teacher.request(
      'mutation($l: ID!) { reportFrameIncident(launchId: $l, kind: "flood") }',
      { l: launchId },
    );
    expect(codeOf(byTeacher)).toBe('forbidden');
  });

  test('own incident recorded with pupil actor', async () => {
    const result = await pupil.request(
      'mutation($l: ID!) { reportFrameIncident(launchId: $l, kind: "second-load") }',
      { l: launchId },
    );
    expect(result.errors).toBeUndefined();
    const [entry] = await host.services.audit.latest(1);
    expect(entry?.action).toBe('frame.incident');
    expect(entry?.actor).toMatch(/^pupil:/);
  });

  test('pupil cannot set nickname', async () => {
    const result = await pupil.request(
      'mutation { setPupilNickname(pupilId: "x", nickname: "y") { id } }',
    );
    expect(codeOf(result)).toBe('forbidden');
  });

  test('researcher cannot create class', async () => {
    const admin = new GraphqlSession(host);
    await admin.request(
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { kind } }',
      { e: host.demo.admin.email, p: host.demo.admin.password },
    );
    await admin.request(
      'mutation { createUser(email: "lab@ecole-demo.fabrique.test", displayName: "Lab", role: RESEARCHER, password: "a long enough password") { id } }',
    );
    const researcher = new GraphqlSession(host);
    await researcher.request(
      'mutation { login(email: "lab@ecole-demo.fabrique.test", password: "a long enough password") { kind } }',
    );
    expect(
      codeOf(await researcher.request('mutation { createClass(name: "R", level: "CP") { id } }')),
    ).toBe('forbidden');
  });

  test.each([
    ['A\u0000B', 'invalid-class-name'],
    ['A\u202eB', 'invalid-class-name'],
    ['   ', 'invalid-input'],
  ])('class name %j rejected', async (name, code) => {
    const result = await teacher.request(
      'mutation($n: String!) { createClass(name: $n, level: "CP") { id } }',
      { n: name },
    );
    expect(codeOf(result)).toBe(code);
  });

  test('nickname counts characters, not code units', async () => {
    const pupils = await teacher.request<{ schoolClass: { pupils: Array<{ id: string }> } }>(
      'query($c: ID!) { schoolClass(id: $c) { pupils { id } } }',
      { c: classId },
    );
    const pupilId = pupils.data?.schoolClass.pupils[0]?.id;
    const nickname = '🦊'.repeat(21);
    const result = await teacher.request<{ setPupilNickname: { nickname: string } }>(
      'mutation($p: ID!, $n: String) { setPupilNickname(pupilId: $p, nickname: $n) { nickname } }',
      { p: pupilId, n: nickname },
    );
    expect(result.data?.setPupilNickname.nickname).toBe(nickname);
  });

  test('full-width join code accepted', async () => {
    const fullWidth = [...host.demo.joinCode]
      .map((char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0))
      .join('');
    const result = await new GraphqlSession(host).request<{
      joinableClass: { name: string } | null;
    }>('query($c: String!) { joinableClass(code: $c) { name } }', { c: fullWidth });
    expect(result.data?.joinableClass?.name).toBe(host.demo.className);
  });

  test('wrong variable type names the field', async () => {
    const result = await teacher.request(
      'mutation($n: String!) { createClass(name: $n, level: "CP") { id } }',
      { n: 5 },
    );
    expect(codeOf(result)).toBe('invalid-input');
    expect(result.errors?.[0]?.extensions?.field).toBe('n');
  });

  test('unknown field is invalid query', async () => {
    expect(codeOf(await teacher.request('{ viewer { secret } }'))).toBe('invalid-query');
  });

  test('alias flood rejected', async () => {
    const aliases = Array.from({ length: 30 }, (_, index) => `a${index}: pictureCards { id }`).join(
      ' ',
    );
    expect(codeOf(await teacher.request(`{ ${aliases} }`))).toBe('query-too-complex');
  });

  test('text body gets 415', async () => {
    const response = await host.app.request('/graphql', {
      method: 'POST',
      headers: { Host: '127.0.0.1:8080', 'Content-Type': 'text/plain' },
      body: '{ viewer { kind } }',
    });
    expect(response.status).toBe(415);
    const body = (await response.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(body.errors[0]?.extensions.code).toBe('unsupported-media-type');
  });

  test('wrong join codes limited per address', async () => {
    const guesser = new GraphqlSession(host);
    const codes: Array<string | undefined> = [];
    for (let index = 0; index < 31; index++) {
      codes.push(
        codeOf(
          await guesser.request('mutation { joinClass(code: "ZZZZZZ", cardId: "fox") { kind } }'),
        ),
      );
    }
    expect(codes[0]).toBe('invalid-join-code');
    expect(codes[30]).toBe('too-many-attempts');
  });
});
