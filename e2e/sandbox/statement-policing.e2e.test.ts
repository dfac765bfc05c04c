import { randomUUID } from 'node:crypto';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DECLARED_ACTIVITY_TYPE, DECLARED_VERB } from './support/attack-plugin.js';
import {
  expectFrameRunning,
  expectHostPageWorks,
  joinAsPupil,
  openActivity,
} from './support/pupil-page.js';
import { type SandboxFixture, startSandboxFixture } from './support/sandbox-fixture.js';

const PLUGIN_ID = 'test.attack.statements';
const OTHER_PLUGIN_ID = 'test.attack.neighbour';
const ACTIVITY_BASE = `https://w3id.org/fabrique/activities/${PLUGIN_ID}/`;
const OTHER_BASE = `https://w3id.org/fabrique/activities/${OTHER_PLUGIN_ID}/`;

type Draft = Record<string, unknown>;

interface HostResponse {
  type: string;
  ok?: boolean;
  result?: { statementId?: string };
  error?: { code: string; message: string; path?: string };
}

/** Returns a draft that the manifest of every attack plugin allows, with a fresh id. */
function validDraft(base = ACTIVITY_BASE): Draft {
  return {
    id: randomUUID(),
    verb: { id: DECLARED_VERB, display: { fr: 'a vécu' } },
    object: {
      objectType: 'Activity',
      id: `${base}lesson`,
      definition: { type: DECLARED_ACTIVITY_TYPE },
    },
  };
}

function withObjectId(id: string): Draft {
  const draft = validDraft();
  return { ...draft, object: { ...(draft.object as Draft), id } };
}

/** A draft that the host must reject, with the error the plugin must receive. */
interface ForgedDraft {
  readonly draft: Draft;
  readonly code: string;
  readonly path: string;
}

const FORGED_DRAFTS: Record<string, ForgedDraft> = {
  'forged actor': {
    draft: { ...validDraft(), actor: { objectType: 'Agent', mbox: 'mailto:pupil@ecole.example' } },
    code: 'statement-rejected',
    path: 'actor',
  },
  'forged authority': {
    draft: { ...validDraft(), authority: { mbox: 'mailto:admin@ecole.example' } },
    code: 'statement-rejected',
    path: 'authority',
  },
  'forged registration': {
    draft: { ...validDraft(), context: { registration: randomUUID() } },
    code: 'statement-rejected',
    path: 'context.registration',
  },
  'forged instructor': {
    draft: { ...validDraft(), context: { instructor: { mbox: 'mailto:teacher@ecole.example' } } },
    code: 'statement-rejected',
    path: 'context.instructor',
  },
  'forged grouping': {
    draft: {
      ...validDraft(),
      context: { contextActivities: { grouping: [{ id: `${OTHER_BASE}class` }] } },
    },
    code: 'statement-rejected',
    path: 'context.contextActivities.grouping',
  },
  'substatement object': {
    draft: {
      ...validDraft(),
      object: {
        objectType: 'SubStatement',
        actor: { mbox: 'mailto:pupil@ecole.example' },
        verb: { id: DECLARED_VERB },
        object: { id: `${ACTIVITY_BASE}lesson` },
      },
    },
    code: 'statement-rejected',
    path: 'object.objectType',
  },
  'undeclared verb': {
    draft: { ...validDraft(), verb: { id: 'http://adlnet.gov/expapi/verbs/passed' } },
    code: 'undeclared-verb',
    path: 'verb.id',
  },
  'undeclared activity type': {
    draft: {
      ...validDraft(),
      object: {
        objectType: 'Activity',
        id: `${ACTIVITY_BASE}lesson`,
        definition: { type: 'http://adlnet.gov/expapi/activities/assessment' },
      },
    },
    code: 'undeclared-activity-type',
    path: 'object.definition.type',
  },
  'object outside namespace': {
    draft: withObjectId('https://example.org/activities/1'),
    code: 'object-outside-namespace',
    path: 'object.id',
  },
  'object of other plugin': {
    draft: withObjectId(`${OTHER_BASE}lesson`),
    code: 'object-outside-namespace',
    path: 'object.id',
  },
  'object of prefix plugin': {
    draft: withObjectId(`https://w3id.org/fabrique/activities/${PLUGIN_ID}x/lesson`),
    code: 'object-outside-namespace',
    path: 'object.id',
  },
  'parent outside namespace': {
    draft: {
      ...validDraft(),
      context: { contextActivities: { parent: [{ id: 'https://example.org/activities/2' }] } },
    },
    code: 'object-outside-namespace',
    path: 'context.contextActivities.parent[0].id',
  },
};

describe('statement policing', () => {
  let fixture: SandboxFixture;
  let page: Page;
  let frame: Frame;

  beforeAll(async () => {
    fixture = await startSandboxFixture([PLUGIN_ID, OTHER_PLUGIN_ID]);
    page = await joinAsPupil(fixture.browser, fixture.host, 'fox');
    frame = await openActivity(page, fixture.host, PLUGIN_ID);
  });
  afterAll(async () => {
    await fixture?.close();
  });

  test('valid draft is completed', async () => {
    const learner = await sessionLearner(frame);
    const response = await emit(frame, validDraft());
    expect(response).toMatchObject({ type: 'response', ok: true });

    const statement = await readStatement(fixture, response.result?.statementId ?? '');
    expect(statement.actor).toEqual({
      objectType: 'Agent',
      account: { homePage: fixture.host.url, name: learner },
    });
    expect(statement.authority).toMatchObject({ account: { name: `plugin:${PLUGIN_ID}` } });
  });

  test.each(Object.entries(FORGED_DRAFTS))('%s is rejected', async (_name, forged) => {
    const response = await emit(frame, forged.draft);
    expect(response).toMatchObject({ type: 'response', ok: false });
    expect(response.error?.code).toBe(forged.code);
    expect(response.error?.path).toBe(forged.path);
    expect(await countStatements(fixture, forged.draft.id as string)).toBe(0);
    await expectFrameRunning(page, frame);
  });

  // Any IRI or URL parser that removes dot segments would read
  // `<base>../<other plugin>/lesson` as an activity of the other plugin.
  test('dot segments are rejected', async () => {
    const draft = withObjectId(`${ACTIVITY_BASE}../${OTHER_PLUGIN_ID}/lesson`);
    const response = await emit(frame, draft);
    expect(response).toMatchObject({ ok: false, error: { code: 'object-outside-namespace' } });
  });

  test('host page works after drafts', async () => {
    await expectFrameRunning(page, frame);
    await expectHostPageWorks(page, fixture.host);
  });
});

describe('learner pseudonyms', () => {
  let fixture: SandboxFixture;

  beforeAll(async () => {
    fixture = await startSandboxFixture([PLUGIN_ID, OTHER_PLUGIN_ID]);
  });
  afterAll(async () => {
    await fixture?.close();
  });

  test('plugins get different pseudonyms', async () => {
    const { host, browser } = fixture;
    const fox = await joinAsPupil(browser, host, 'fox');
    const first = await openActivity(fox, host, PLUGIN_ID);
    const firstLearner = await sessionLearner(first);
    const firstId = (await emit(first, validDraft())).result?.statementId ?? '';
    const other = await openActivity(fox, host, OTHER_PLUGIN_ID);
    const otherLearner = await sessionLearner(other);
    const otherId = (await emit(other, validDraft(OTHER_BASE))).result?.statementId ?? '';
    const again = await openActivity(fox, host, PLUGIN_ID);

    expect(firstLearner).toMatch(/^[0-9a-f]{32}$/);
    expect(otherLearner).toMatch(/^[0-9a-f]{32}$/);
    expect(otherLearner).not.toBe(firstLearner);
    expect(await sessionLearner(again)).toBe(firstLearner);
    const firstActor = (await readStatement(fixture, firstId)).actor;
    const otherActor = (await readStatement(fixture, otherId)).actor;
    expect(firstActor).toMatchObject({ account: { name: firstLearner } });
    expect(otherActor).toMatchObject({ account: { name: otherLearner } });
  });

  test('pupils get different pseudonyms', async () => {
    const { host, browser } = fixture;
    const fox = await openActivity(await joinAsPupil(browser, host, 'fox'), host, PLUGIN_ID);
    const cat = await openActivity(await joinAsPupil(browser, host, 'cat'), host, PLUGIN_ID);
    expect(await sessionLearner(cat)).not.toBe(await sessionLearner(fox));
  });

  test('session holds no name', async () => {
    const { host, browser } = fixture;
    const frame = await openActivity(await joinAsPupil(browser, host, 'owl'), host, PLUGIN_ID);
    const welcome = (await frame.evaluate(() => window.attackAgent.received[0])) as {
      session: Record<string, unknown>;
    };
    expect(Object.keys(welcome.session).sort()).toEqual([
      'activityBase',
      'entry',
      'learner',
      'level',
      'locale',
      'settings',
    ]);
    expect(welcome.session.activityBase).toBe(ACTIVITY_BASE);
  });
});

async function sessionLearner(frame: Frame): Promise<string> {
  return frame.evaluate(
    () => (window.attackAgent.received[0] as { session: { learner: string } }).session.learner,
  );
}

async function emit(frame: Frame, draft: Draft): Promise<HostResponse> {
  return (await frame.evaluate(
    (statement) => window.attackAgent.request({ type: 'xapi.emit', statement }),
    draft,
  )) as HostResponse;
}

interface StoredStatement {
  actor: Record<string, unknown>;
  authority: Record<string, unknown>;
}

async function readStatement(fixture: SandboxFixture, id: string): Promise<StoredStatement> {
  const response = await lrsGet(fixture, `statementId=${encodeURIComponent(id)}`);
  expect(response.status).toBe(200);
  return (await response.json()) as StoredStatement;
}

async function countStatements(fixture: SandboxFixture, id: string): Promise<number> {
  const response = await lrsGet(fixture, `statementId=${encodeURIComponent(id)}`);
  return response.status === 200 ? 1 : 0;
}

function lrsGet(fixture: SandboxFixture, query: string): Promise<Response> {
  const { key, secret } = fixture.host.lrsCredentials;
  return fetch(`${fixture.host.url}/xapi/statements?${query}`, {
    headers: {
      Authorization: `Basic ${Buffer.from(`${key}:${secret}`).toString('base64')}`,
      'X-Experience-API-Version': '1.0.3',
    },
  });
}
