import { describe, expect, test } from 'vitest';
import { parseStatement } from './statement-schema.js';

const consumer = {
  account: { homePage: 'http://example.com/xAPI/OAuth/Token', name: 'oauth_consumer_x75db' },
};
const user = { mbox: 'mailto:bob@example.com' };

function issuesOfAuthority(authority: unknown) {
  const result = parseStatement({
    actor: { mbox: 'mailto:ada@example.com' },
    verb: { id: 'http://adlnet.gov/expapi/verbs/attempted' },
    object: { id: 'http://example.com/activities/1' },
    authority,
  });
  return result.success ? [] : result.issues.map(({ path, code }) => ({ path, code }));
}

describe('authority schema', () => {
  test.each([
    [
      'an Agent',
      { objectType: 'Agent', account: { homePage: 'http://cloud.scorm.com/', name: 'anonymous' } },
    ],
    ['an Agent without objectType', user],
    ['an OAuth consumer and user', { objectType: 'Group', member: [consumer, user] }],
  ])('accepts %s', (_name, authority) => {
    expect(issuesOfAuthority(authority)).toEqual([]);
  });

  test.each([
    [
      'a Group of one',
      { objectType: 'Group', member: [consumer] },
      'authority',
      'invalid-authority',
    ],
    [
      'a Group of three',
      { objectType: 'Group', member: [consumer, user, { mbox: 'mailto:james@example.com' }] },
      'authority',
      'invalid-authority',
    ],
    [
      'an identified Group',
      { objectType: 'Group', mbox: 'mailto:group@example.com', member: [consumer, user] },
      'authority',
      'invalid-authority',
    ],
    [
      'two Agents without an account',
      { objectType: 'Group', member: [user, { mbox: 'mailto:agent@example.com' }] },
      'authority',
      'invalid-authority',
    ],
    [
      'an anonymous Group without member',
      { objectType: 'Group' },
      'authority.member',
      'missing-property',
    ],
    [
      'objectType "agent"',
      { ...user, objectType: 'agent' },
      'authority.objectType',
      'invalid-object-type',
    ],
    ['an Agent without identifier', { name: 'LRS' }, 'authority', 'ifi-count'],
  ])('rejects %s', (_name, authority, path, code) => {
    expect(issuesOfAuthority(authority)).toContainEqual({ path, code });
  });
});
