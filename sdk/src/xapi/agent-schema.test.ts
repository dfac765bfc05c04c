import { describe, expect, test } from 'vitest';
import { parseStatement } from './statement-schema.js';

const agent = { name: 'Ada', mbox: 'mailto:ada@example.com' };
const account = { homePage: 'https://fabrique.example.org', name: 'a1b2c3' };

function statementWith(overrides: Record<string, unknown>) {
  return {
    actor: agent,
    verb: { id: 'http://adlnet.gov/expapi/verbs/attempted' },
    object: { id: 'http://example.com/activities/1' },
    ...overrides,
  };
}

function issuesOf(value: unknown) {
  const result = parseStatement(value);
  return result.success ? [] : result.issues.map(({ path, code }) => ({ path, code }));
}

describe('actor schema', () => {
  test.each([
    ['an Agent with mbox', { mbox: 'mailto:ada@example.com' }],
    ['an Agent with mbox_sha1sum', { mbox_sha1sum: 'ebd31e95054c018b10727ccffd2ef2ec3a016ee9' }],
    ['an Agent with openid', { openid: 'http://toby.openid.example.org/' }],
    ['an Agent with account', { objectType: 'Agent', account }],
    ['a Group identified by mbox', { objectType: 'Group', mbox: 'mailto:team@example.com' }],
    [
      'a Group identified by account with members',
      { objectType: 'Group', account, member: [agent] },
    ],
    ['an anonymous Group', { objectType: 'Group', name: 'Team', member: [agent, { account }] }],
  ])('accepts %s', (_name, actor) => {
    expect(issuesOf(statementWith({ actor }))).toEqual([]);
  });

  test.each([
    ['no identifier', { name: 'Ada' }, 'actor', 'ifi-count'],
    ['two identifiers', { mbox: 'mailto:a@example.com', account }, 'actor', 'ifi-count'],
    [
      'a Group with two identifiers',
      { objectType: 'Group', mbox: 'mailto:t@example.com', openid: 'http://t.example.org/' },
      'actor',
      'ifi-count',
    ],
    [
      'an anonymous Group without member',
      { objectType: 'Group' },
      'actor.member',
      'missing-property',
    ],
    [
      'an anonymous Group with no members',
      { objectType: 'Group', member: [] },
      'actor.member',
      'invalid-group',
    ],
    [
      'a Group as a member',
      { objectType: 'Group', member: [{ objectType: 'Group', mbox: 'mailto:t@example.com' }] },
      'actor.member[0].objectType',
      'invalid-object-type',
    ],
    [
      'a member without identifier',
      { objectType: 'Group', member: [{ name: 'Ada' }] },
      'actor.member[0]',
      'ifi-count',
    ],
    [
      'objectType "agent"',
      { ...agent, objectType: 'agent' },
      'actor.objectType',
      'invalid-object-type',
    ],
    [
      'objectType "group"',
      { ...agent, objectType: 'group' },
      'actor.objectType',
      'invalid-object-type',
    ],
    [
      'a numeric objectType',
      { ...agent, objectType: 123 },
      'actor.objectType',
      'invalid-object-type',
    ],
    ['a numeric name', { ...agent, name: 123 }, 'actor.name', 'invalid-type'],
    ['a null name', { ...agent, name: null }, 'actor.name', 'null-property'],
    [
      'an mbox that is not mailto',
      { mbox: 'http://should.fail.com' },
      'actor.mbox',
      'invalid-mbox',
    ],
    ['an mbox without @', { mbox: 'mailto:should.fail.com' }, 'actor.mbox', 'invalid-mbox'],
    ['a short mbox_sha1sum', { mbox_sha1sum: 'ebd31e95' }, 'actor.mbox_sha1sum', 'invalid-sha1'],
    ['a numeric mbox_sha1sum', { mbox_sha1sum: 12345 }, 'actor.mbox_sha1sum', 'invalid-sha1'],
    ['an openid without scheme', { openid: 'open.id.com/testUser' }, 'actor.openid', 'invalid-iri'],
    [
      'an account without homePage',
      { account: { name: 'a1' } },
      'actor.account.homePage',
      'missing-property',
    ],
    [
      'an account without name',
      { account: { homePage: 'http://example.com' } },
      'actor.account.name',
      'missing-property',
    ],
    [
      'an account homePage that is not an IRL',
      { account: { homePage: 'homePage.com/testUser', name: 'a1' } },
      'actor.account.homePage',
      'invalid-irl',
    ],
    [
      'an account name that is an object',
      { account: { homePage: 'http://example.com', name: { key: 'value' } } },
      'actor.account.name',
      'invalid-type',
    ],
    [
      'an unknown property',
      { ...agent, email: 'ada@example.com' },
      'actor.email',
      'unknown-property',
    ],
    ['a string', 'agent', 'actor', 'invalid-type'],
  ])('rejects %s', (_name, actor, path, code) => {
    expect(issuesOf(statementWith({ actor }))).toContainEqual({ path, code });
  });

  test('actor missing is reported', () => {
    const { actor: _actor, ...statement } = statementWith({});
    expect(issuesOf(statement)).toEqual([{ path: 'actor', code: 'missing-property' }]);
  });

  test('ifi-count message names the identifiers', () => {
    const result = parseStatement(
      statementWith({ actor: { mbox: 'mailto:a@example.com', account } }),
    );
    expect(result.success ? [] : result.issues.map((issue) => issue.message)).toEqual([
      'actor must have exactly one inverse functional identifier (mbox, mbox_sha1sum, openid or account), found mbox, account.',
    ]);
  });
});

describe('context agents', () => {
  test.each([
    ['an Agent instructor', { instructor: agent }],
    ['a Group instructor', { instructor: { objectType: 'Group', member: [agent] } }],
    ['an identified team', { team: { objectType: 'Group', mbox: 'mailto:team@example.com' } }],
    ['an anonymous team', { team: { objectType: 'Group', member: [agent] } }],
  ])('accepts %s', (_name, context) => {
    expect(issuesOf(statementWith({ context }))).toEqual([]);
  });

  test.each([
    ['an instructor string', { instructor: 'Ada' }, 'context.instructor', 'invalid-type'],
    [
      'an instructor without identifier',
      { instructor: { name: 'Ada' } },
      'context.instructor',
      'ifi-count',
    ],
    ['an Agent team', { team: agent }, 'context.team.objectType', 'missing-property'],
    [
      'a team with objectType Agent',
      { team: { ...agent, objectType: 'Agent' } },
      'context.team.objectType',
      'invalid-object-type',
    ],
    ['a team string', { team: 'Team' }, 'context.team', 'invalid-type'],
  ])('rejects %s', (_name, context, path, code) => {
    expect(issuesOf(statementWith({ context }))).toContainEqual({ path, code });
  });
});
