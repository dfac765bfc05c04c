import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createLrsTestHost, type LrsTestHost } from '../../testing/lrs-test-host.js';
import { testDialects } from '../../testing/test-database.js';

const VERB = (name: string) => ({ id: `http://example.org/verbs/${name}` });
const AGENT = (name: string) => ({ objectType: 'Agent', mbox: `mailto:${name}@example.org` });
const ACTIVITY = (name: string) => ({ objectType: 'Activity', id: `http://example.org/a/${name}` });

interface StatementResult {
  statements: Array<{ id: string }>;
  more: string;
}

describe.each(testDialects)('statement filters on %s', (dialect) => {
  let lrs: LrsTestHost;
  const ids: Record<string, string> = {};
  const registration = randomUUID();

  const query = async (parameters: Record<string, string>) => {
    const response = await lrs.request(`/statements?${new URLSearchParams(parameters)}`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as StatementResult;
    return body.statements.map((statement) => statement.id);
  };
  const named = (...names: string[]) => names.map((name) => ids[name]);

  beforeAll(async () => {
    lrs = await createLrsTestHost(dialect);
    const statements: Record<string, Record<string, unknown>> = {
      plain: { actor: AGENT('ana'), verb: VERB('read'), object: ACTIVITY('book') },
      grouped: {
        actor: { objectType: 'Group', member: [AGENT('ana'), AGENT('bo')] },
        verb: VERB('wrote'),
        object: ACTIVITY('essay'),
      },
      asObject: { actor: AGENT('bo'), verb: VERB('greeted'), object: AGENT('ana') },
      instructed: {
        actor: AGENT('bo'),
        verb: VERB('read'),
        object: ACTIVITY('poem'),
        context: {
          instructor: AGENT('ana'),
          registration,
          contextActivities: { parent: ACTIVITY('book') },
        },
      },
      nested: {
        actor: AGENT('cy'),
        verb: VERB('planned'),
        object: {
          objectType: 'SubStatement',
          actor: AGENT('ana'),
          verb: VERB('read'),
          object: ACTIVITY('book'),
        },
      },
    };
    for (const [name, statement] of Object.entries(statements)) {
      const [id] = await lrs.postStatements([statement]);
      ids[name] = id as string;
    }
    const [reference] = await lrs.postStatements([
      {
        actor: AGENT('dee'),
        verb: VERB('liked'),
        object: { objectType: 'StatementRef', id: ids.plain },
      },
    ]);
    ids.reference = reference as string;
  });
  afterAll(() => lrs.close());

  test('agent matches actor, object and group members', async () => {
    expect(await query({ agent: JSON.stringify(AGENT('ana')) })).toEqual(
      named('reference', 'asObject', 'grouped', 'plain'),
    );
  });

  test('related agents adds instructor and substatement', async () => {
    expect(await query({ agent: JSON.stringify(AGENT('ana')), related_agents: 'true' })).toEqual(
      named('reference', 'nested', 'instructed', 'asObject', 'grouped', 'plain'),
    );
  });

  test('verb includes statements referencing a match', async () => {
    expect(await query({ verb: VERB('read').id })).toEqual(
      named('reference', 'instructed', 'plain'),
    );
  });

  test('activity matches the object only', async () => {
    expect(await query({ activity: ACTIVITY('book').id })).toEqual(named('reference', 'plain'));
  });

  test('related activities adds context and substatement', async () => {
    expect(await query({ activity: ACTIVITY('book').id, related_activities: 'true' })).toEqual(
      named('reference', 'nested', 'instructed', 'plain'),
    );
  });

  test('registration', async () => {
    expect(await query({ registration: registration.toUpperCase() })).toEqual(named('instructed'));
  });

  test('filters combine', async () => {
    expect(await query({ agent: JSON.stringify(AGENT('bo')), verb: VERB('read').id })).toEqual(
      named('instructed'),
    );
  });

  test('ascending order', async () => {
    expect(await query({ verb: VERB('read').id, ascending: 'true' })).toEqual(
      named('plain', 'instructed', 'reference'),
    );
  });

  test('unknown agent matches nothing', async () => {
    expect(await query({ agent: JSON.stringify(AGENT('nobody')) })).toEqual([]);
  });

  test('reference stored before its target', async () => {
    const targetId = randomUUID();
    const [early] = await lrs.postStatements([
      {
        actor: AGENT('eli'),
        verb: VERB('shared'),
        object: { objectType: 'StatementRef', id: targetId },
      },
    ]);
    expect(await query({ activity: ACTIVITY('late').id })).toEqual([]);
    await lrs.postStatements([
      { id: targetId, actor: AGENT('fay'), verb: VERB('made'), object: ACTIVITY('late') },
    ]);
    expect(await query({ activity: ACTIVITY('late').id })).toEqual([targetId, early]);
  });

  test('since exclusive, until inclusive', async () => {
    const [first] = await lrs.postStatements([
      { actor: AGENT('gil'), verb: VERB('timed'), object: ACTIVITY('clock') },
    ]);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const [second] = await lrs.postStatements([
      { actor: AGENT('gil'), verb: VERB('timed'), object: ACTIVITY('clock') },
    ]);
    const stored = async (id: string) => {
      const response = await lrs.request(`/statements?statementId=${id}`);
      return ((await response.json()) as { stored: string }).stored;
    };
    const firstStored = await stored(first as string);
    const secondStored = await stored(second as string);
    expect(await query({ verb: VERB('timed').id, since: firstStored })).toEqual([second]);
    expect(await query({ verb: VERB('timed').id, until: firstStored })).toEqual([first]);
    expect(
      await query({ verb: VERB('timed').id, since: firstStored, until: secondStored }),
    ).toEqual([second]);
  });

  test('limit zero is the server maximum', async () => {
    expect((await query({ limit: '0' })).length).toBeGreaterThan(5);
  });
});
