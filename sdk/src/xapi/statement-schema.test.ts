import { describe, expect, test } from 'vitest';
import { parseStatement } from './statement-schema.js';

// Example statements of xAPI 1.0.3: section 2.4, Appendix A and Appendix B.
const SIMPLEST = {
  id: '12345678-1234-5678-1234-567812345678',
  actor: { mbox: 'mailto:xapi@adlnet.gov' },
  verb: { id: 'http://adlnet.gov/expapi/verbs/created', display: { 'en-US': 'created' } },
  object: { id: 'http://example.adlnet.gov/xapi/example/activity' },
};

const SIMPLE = {
  id: 'fd41c918-b88b-4b20-a0a5-a4c32391aaa0',
  timestamp: '2015-11-18T12:17:00+00:00',
  actor: { objectType: 'Agent', name: 'Project Tin Can API', mbox: 'mailto:user@example.com' },
  verb: { id: 'http://example.com/xapi/verbs#sent-a-statement', display: { 'en-US': 'sent' } },
  object: {
    id: 'http://example.com/xapi/activity/simplestatement',
    definition: {
      name: { 'en-US': 'simple statement' },
      description: { 'en-US': 'A simple Experience API statement.' },
    },
  },
};

const COMPLETION = {
  id: '7ccd3322-e1a5-411a-a67d-6a735c76f119',
  timestamp: '2015-12-18T12:17:00+00:00',
  actor: {
    objectType: 'Agent',
    name: 'Example Learner',
    mbox: 'mailto:example.learner@adlnet.gov',
  },
  verb: { id: 'http://adlnet.gov/expapi/verbs/attempted', display: { 'en-US': 'attempted' } },
  object: {
    id: 'http://example.adlnet.gov/xapi/example/simpleCBT',
    definition: {
      name: { 'en-US': 'simple CBT course' },
      description: { 'en-US': 'A fictitious example CBT course.' },
    },
  },
  result: { score: { scaled: 0.95 }, success: true, completion: true, duration: 'PT1234S' },
};

const LONG = {
  id: '6690e6c9-3ef0-4ed3-8b37-7f3964730bee',
  actor: {
    name: 'Team PB',
    mbox: 'mailto:teampb@example.com',
    member: [
      {
        name: 'Andrew Downes',
        account: { homePage: 'http://www.example.com', name: '13936749' },
        objectType: 'Agent',
      },
      { name: 'Toby Nichols', openid: 'http://toby.openid.example.org/', objectType: 'Agent' },
      {
        name: 'Ena Hills',
        mbox_sha1sum: 'ebd31e95054c018b10727ccffd2ef2ec3a016ee9',
        objectType: 'Agent',
      },
    ],
    objectType: 'Group',
  },
  verb: {
    id: 'http://adlnet.gov/expapi/verbs/attended',
    display: { 'en-GB': 'attended', 'en-US': 'attended' },
  },
  result: {
    extensions: {
      'http://example.com/profiles/meetings/resultextensions/minuteslocation':
        'X:\\meetings\\minutes\\examplemeeting.one',
    },
    success: true,
    completion: true,
    response: 'We agreed on some example actions.',
    duration: 'PT1H0M0S',
  },
  context: {
    registration: 'ec531277-b57b-4c15-8d91-d292c5b2b8f7',
    contextActivities: {
      parent: [{ id: 'http://www.example.com/meetings/series/267', objectType: 'Activity' }],
      category: [
        {
          id: 'http://www.example.com/meetings/categories/teammeeting',
          objectType: 'Activity',
          definition: {
            name: { en: 'team meeting' },
            description: { en: 'A category of meeting used for regular team meetings.' },
            type: 'http://example.com/expapi/activities/meetingcategory',
          },
        },
      ],
      other: [
        { id: 'http://www.example.com/meetings/occurances/34257', objectType: 'Activity' },
        { id: 'http://www.example.com/meetings/occurances/3425567', objectType: 'Activity' },
      ],
    },
    instructor: {
      name: 'Andrew Downes',
      account: { homePage: 'http://www.example.com', name: '13936749' },
      objectType: 'Agent',
    },
    team: { name: 'Team PB', mbox: 'mailto:teampb@example.com', objectType: 'Group' },
    platform: 'Example virtual meeting software',
    language: 'tlh',
    statement: { objectType: 'StatementRef', id: '6690e6c9-3ef0-4ed3-8b37-7f3964730bee' },
  },
  timestamp: '2013-05-18T05:32:34.804+00:00',
  stored: '2013-05-18T05:32:34.804+00:00',
  authority: {
    account: { homePage: 'http://cloud.scorm.com/', name: 'anonymous' },
    objectType: 'Agent',
  },
  version: '1.0.0',
  object: {
    id: 'http://www.example.com/meetings/occurances/34534',
    definition: {
      extensions: {
        'http://example.com/profiles/meetings/activitydefinitionextensions/room': {
          name: 'Kilby',
          id: 'http://example.com/rooms/342',
        },
      },
      name: { 'en-GB': 'example meeting', 'en-US': 'example meeting' },
      description: { 'en-GB': 'An example meeting.', 'en-US': 'An example meeting.' },
      type: 'http://adlnet.gov/expapi/activities/meeting',
      moreInfo: 'http://virtualmeeting.example.com/345256',
    },
    objectType: 'Activity',
  },
};

const COMMENT_ON_STATEMENT = {
  actor: { objectType: 'Agent', mbox: 'mailto:test@example.com' },
  verb: { id: 'http://example.com/commented', display: { 'en-US': 'commented' } },
  object: { objectType: 'StatementRef', id: '8f87ccde-bb56-4c2e-ab83-44982ef22df0' },
  result: { response: 'Wow, nice work!' },
};

const VOIDING = {
  actor: { mbox: 'mailto:example@example.com', name: 'Example Admin', objectType: 'Agent' },
  verb: { id: 'http://adlnet.gov/expapi/verbs/voided', display: { 'en-US': 'voided' } },
  object: { objectType: 'StatementRef', id: 'e05aa883-acaf-40ad-bf54-02c8ce485fb0' },
};

const APPENDIX_B_OBJECTS = [
  [
    'an Activity',
    {
      id: 'http://www.example.co.uk/exampleactivity',
      definition: {
        name: { 'en-GB': 'example activity', 'en-US': 'example activity' },
        description: { 'en-GB': 'An example of an activity', 'en-US': 'An example of an activity' },
        type: 'http://www.example.co.uk/types/exampleactivitytype',
      },
      objectType: 'Activity',
    },
  ],
  ['an Agent', { name: 'Andrew Downes', mbox: 'mailto:andrew@example.co.uk', objectType: 'Agent' }],
  [
    'a Group',
    {
      name: 'Example Group',
      account: { homePage: 'http://example.com/homePage', name: 'GroupAccount' },
      objectType: 'Group',
      member: [
        { name: 'Andrew Downes', mbox: 'mailto:andrew@example.com', objectType: 'Agent' },
        { name: 'Aaron Silvers', openid: 'http://aaron.openid.example.org', objectType: 'Agent' },
      ],
    },
  ],
  [
    'a SubStatement',
    {
      objectType: 'SubStatement',
      actor: { objectType: 'Agent', mbox: 'mailto:agent@example.com' },
      verb: { id: 'http://example.com/confirmed', display: { en: 'confirmed' } },
      object: { objectType: 'StatementRef', id: '9e13cefd-53d3-4eac-b5ed-2cf6693903bb' },
    },
  ],
] as const;

const SUB_STATEMENT = {
  objectType: 'SubStatement',
  actor: { mbox: 'mailto:bob@example.com' },
  verb: { id: 'http://example.com/visited', display: { 'en-US': 'will visit' } },
  object: { id: 'http://example.com/website' },
};

function statementWith(overrides: Record<string, unknown>) {
  return { ...SIMPLEST, ...overrides };
}

function issuesOf(value: unknown) {
  const result = parseStatement(value);
  return result.success ? [] : result.issues.map(({ path, code }) => ({ path, code }));
}

describe('parseStatement', () => {
  test.each([
    ['the simplest example', SIMPLEST],
    ['the simple example', SIMPLE],
    ['the completion example', COMPLETION],
    ['the long example', LONG],
    ['the comment on a statement', COMMENT_ON_STATEMENT],
    ['the voiding example', VOIDING],
  ])('accepts %s of the specification', (_name, statement) => {
    expect(parseStatement(statement)).toEqual({ success: true, data: statement });
  });

  test.each(APPENDIX_B_OBJECTS)('accepts %s as object', (_name, object) => {
    expect(issuesOf(statementWith({ object }))).toEqual([]);
  });

  test.each([
    ['version 1.0', { version: '1.0' }],
    ['version 1.0.9', { version: '1.0.9' }],
    ['a future timestamp', { timestamp: '2099-01-01T00:00:00.000Z' }],
    ['a stored timestamp', { stored: '2013-05-18T05:32:34.804Z' }],
    [
      'a SubStatement with result, context and timestamp',
      {
        object: {
          ...SUB_STATEMENT,
          result: { success: true },
          context: {
            contextActivities: { parent: { id: 'http://example.com/p' } },
            language: 'fr-CA',
          },
          timestamp: '2099-01-01T00:00:00Z',
        },
      },
    ],
    [
      'a SubStatement with an Agent object',
      {
        object: { ...SUB_STATEMENT, object: { objectType: 'Agent', mbox: 'mailto:a@example.com' } },
      },
    ],
  ])('accepts %s', (_name, overrides) => {
    expect(issuesOf(statementWith(overrides))).toEqual([]);
  });

  test('adds no id, stored, authority or timestamp', () => {
    const { id: _id, ...statement } = SIMPLEST;
    const result = parseStatement(statement);
    expect(result).toEqual({ success: true, data: statement });
  });

  test('wraps context activities of a SubStatement in arrays', () => {
    const parent = { id: 'http://example.com/p' };
    const object = { ...SUB_STATEMENT, context: { contextActivities: { parent } } };
    const result = parseStatement(statementWith({ object }));
    const expectedObject = {
      ...SUB_STATEMENT,
      context: { contextActivities: { parent: [parent] } },
    };
    expect(result).toEqual({ success: true, data: statementWith({ object: expectedObject }) });
  });

  test.each([
    ['a string', 'statement'],
    ['null', null],
    ['an array', [SIMPLEST]],
  ])('rejects %s', (_name, value) => {
    expect(issuesOf(value)).toEqual([{ path: '', code: 'invalid-type' }]);
  });

  test.each(['actor', 'verb', 'object'])('rejects a statement without %s', (property) => {
    const statement: Record<string, unknown> = { ...SIMPLEST };
    delete statement[property];
    expect(issuesOf(statement)).toEqual([{ path: property, code: 'missing-property' }]);
  });

  test.each([
    ['iD', 'fd41c918-b88b-4b20-a0a5-a4c32391aaa0'],
    ['Actor', { mbox: 'mailto:a@example.com' }],
    ['veRb', { id: 'http://example.com/v' }],
    ['RESULT', {}],
    ['timeStamp', '2013-05-18T05:32:34.804Z'],
    ['Version', '1.0.3'],
    ['extensions', {}],
  ])('rejects the property %s', (property, value) => {
    expect(issuesOf(statementWith({ [property]: value }))).toEqual([
      { path: property, code: 'unknown-property' },
    ]);
  });

  test.each([
    ['a numeric id', { id: 12345 }, 'id', 'invalid-uuid'],
    ['an id object', { id: { key: 'should fail' } }, 'id', 'invalid-uuid'],
    [
      'an id with too many digits',
      { id: 'AA97B177-9383-4934-8543-0F91A7A028368' },
      'id',
      'invalid-uuid',
    ],
    [
      'an id with a letter after F',
      { id: 'MA97B177-9383-4934-8543-0F91A7A02836' },
      'id',
      'invalid-uuid',
    ],
    ['a null id', { id: null }, 'id', 'null-property'],
    [
      'a timestamp without time zone',
      { timestamp: '2013-05-18T05:32:34.804' },
      'timestamp',
      'invalid-timestamp',
    ],
    [
      'a timestamp with a -00:00 offset',
      { timestamp: '2008-09-15T15:53:00.601-00:00' },
      'timestamp',
      'invalid-timestamp',
    ],
    [
      'an impossible timestamp',
      { timestamp: '2015-02-30T00:00:00Z' },
      'timestamp',
      'invalid-timestamp',
    ],
    ['an invalid stored', { stored: '01/011/2015' }, 'stored', 'invalid-timestamp'],
    ['version 1.1.0', { version: '1.1.0' }, 'version', 'invalid-version'],
    ['version 0.9.9', { version: '0.9.9' }, 'version', 'invalid-version'],
    ['version 2.0.0', { version: '2.0.0' }, 'version', 'invalid-version'],
    ['a numeric version', { version: 1.0 }, 'version', 'invalid-version'],
    ['attachments as a string', { attachments: 'none' }, 'attachments', 'invalid-type'],
  ])('rejects %s', (_name, overrides, path, code) => {
    expect(issuesOf(statementWith(overrides))).toContainEqual({ path, code });
  });
});

describe('statement object', () => {
  test.each([
    ['"activity"', { objectType: 'activity', id: 'http://example.com/a' }],
    ['"agent"', { objectType: 'agent', mbox: 'mailto:a@example.com' }],
    ['"group"', { objectType: 'group', mbox: 'mailto:a@example.com' }],
    ['"statementref"', { objectType: 'statementref', id: '8f87ccde-bb56-4c2e-ab83-44982ef22df0' }],
    ['"substatement"', { ...SUB_STATEMENT, objectType: 'substatement' }],
    ['a number', { objectType: 12345, id: 'http://example.com/a' }],
  ])('rejects objectType %s', (_name, object) => {
    expect(issuesOf(statementWith({ object }))).toEqual([
      { path: 'object.objectType', code: 'invalid-object-type' },
    ]);
  });

  test.each([
    [
      'an Agent without objectType',
      { mbox: 'mailto:a@example.com' },
      'object.id',
      'missing-property',
    ],
    [
      'a Group without objectType',
      { member: [{ mbox: 'mailto:a@example.com' }] },
      'object.member',
      'unknown-property',
    ],
    ['a StatementRef without id', { objectType: 'StatementRef' }, 'object.id', 'missing-property'],
    [
      'a StatementRef with an IRI id',
      { objectType: 'StatementRef', id: 'http://example.com/s' },
      'object.id',
      'invalid-uuid',
    ],
    [
      'a StatementRef with a numeric id',
      { objectType: 'StatementRef', id: 12345 },
      'object.id',
      'invalid-uuid',
    ],
    [
      'an Agent object without identifier',
      { objectType: 'Agent', name: 'Ada' },
      'object',
      'ifi-count',
    ],
    ['an object string', 'http://example.com/a', 'object', 'invalid-type'],
  ])('rejects %s', (_name, object, path, code) => {
    expect(issuesOf(statementWith({ object }))).toContainEqual({ path, code });
  });

  test.each(['id', 'stored', 'version', 'authority'])(
    'rejects %s in a SubStatement',
    (property) => {
      const values: Record<string, unknown> = {
        id: 'fd41c918-b88b-4b20-a0a5-a4c32391aaa0',
        stored: '2013-05-18T05:32:34.804Z',
        version: '1.0.0',
        authority: { mbox: 'mailto:lrs@example.com' },
      };
      const object = { ...SUB_STATEMENT, [property]: values[property] };
      expect(issuesOf(statementWith({ object }))).toEqual([
        { path: `object.${property}`, code: 'unknown-property' },
      ]);
    },
  );

  test.each([
    [
      'a nested SubStatement',
      { object: SUB_STATEMENT },
      'object.object.objectType',
      'invalid-object-type',
    ],
    ['no actor', { actor: undefined }, 'object.actor', 'missing-property'],
    ['no verb', { verb: undefined }, 'object.verb', 'missing-property'],
    ['no object', { object: undefined }, 'object.object', 'missing-property'],
    [
      'a display with an invalid tag',
      { verb: { id: 'http://example.com/v', display: { 'sr-Cyrl-something-x': 'x' } } },
      'object.verb.display["sr-Cyrl-something-x"]',
      'invalid-language-tag',
    ],
    ['an invalid timestamp', { timestamp: 'should fail' }, 'object.timestamp', 'invalid-timestamp'],
    [
      'an invalid context language',
      { context: { language: 'something' } },
      'object.context.language',
      'invalid-language-tag',
    ],
    [
      'an invalid duration',
      { result: { duration: 'PA1H0M0S' } },
      'object.result.duration',
      'invalid-duration',
    ],
    [
      'a voiding verb',
      { verb: { id: 'http://adlnet.gov/expapi/verbs/voided' } },
      'object.object',
      'invalid-voiding',
    ],
  ])('rejects a SubStatement with %s', (_name, overrides, path, code) => {
    const object = JSON.parse(JSON.stringify({ ...SUB_STATEMENT, ...overrides }));
    expect(issuesOf(statementWith({ object }))).toContainEqual({ path, code });
  });

  test('rejects voiding an Activity', () => {
    const statement = { ...VOIDING, object: { id: 'http://example.com/a' } };
    expect(issuesOf(statement)).toEqual([{ path: 'object', code: 'invalid-voiding' }]);
  });
});

describe('issue messages', () => {
  test('name the field, the rule and the value', () => {
    const result = parseStatement(statementWith({ verb: { id: 'www.example.com/attended' } }));
    expect(result.success ? [] : result.issues).toEqual([
      {
        path: 'verb.id',
        code: 'invalid-iri',
        message:
          'verb.id must be an absolute IRI with a scheme (RFC 3987), got "www.example.com/attended".',
      },
    ]);
  });

  test('list the allowed object types', () => {
    const result = parseStatement(
      statementWith({ object: { objectType: 'activity', id: 'http://a/b' } }),
    );
    expect(result.success ? [] : result.issues.map((issue) => issue.message)).toEqual([
      'object.objectType must be one of "Activity", "Agent", "Group", "StatementRef", "SubStatement", got "activity".',
    ]);
  });

  test('report every issue of a statement', () => {
    const statement = {
      actor: { name: 'Ada' },
      verb: { id: 'attended', display: 'attended' },
      object: { id: 'http://example.com/a' },
      result: { success: 'yes' },
    };
    expect(issuesOf(statement)).toEqual([
      { path: 'actor', code: 'ifi-count' },
      { path: 'verb.id', code: 'invalid-iri' },
      { path: 'verb.display', code: 'invalid-language-map' },
      { path: 'result.success', code: 'invalid-type' },
    ]);
  });
});
