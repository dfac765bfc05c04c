import { describe, expectTypeOf, test } from 'vitest';
import { parseStatementDraft } from './statement-draft-schema.js';
import { parseStatement } from './statement-schema.js';
import type {
  Activity,
  Actor,
  Agent,
  AnonymousGroup,
  ContextActivities,
  Group,
  Statement,
  StatementDraft,
  StatementObject,
  SubStatement,
} from './statement-types.js';
import type { XapiParseResult } from './xapi-issue.js';

describe('statement types', () => {
  test('parsers return typed results', () => {
    expectTypeOf(parseStatement).returns.toEqualTypeOf<XapiParseResult<Statement>>();
    expectTypeOf(parseStatementDraft).returns.toEqualTypeOf<XapiParseResult<StatementDraft>>();
  });

  test('actor is an Agent or a Group', () => {
    expectTypeOf<Statement['actor']>().toEqualTypeOf<Actor>();
    expectTypeOf<Group>().toExtend<Actor>();
  });

  test('Agent has exactly one identifier', () => {
    expectTypeOf({ mbox: 'mailto:ada@example.com' }).toExtend<Agent>();
    expectTypeOf({ account: { homePage: 'https://example.com', name: 'a1' } }).toExtend<Agent>();
    expectTypeOf({
      mbox: 'mailto:ada@example.com',
      openid: 'http://ada.example.org/',
    }).not.toExtend<Agent>();
    expectTypeOf({ name: 'Ada' }).not.toExtend<Agent>();
  });

  test('anonymous Group has members and no identifier', () => {
    expectTypeOf({ objectType: 'Group' as const, member: [] }).toExtend<AnonymousGroup>();
    expectTypeOf({ objectType: 'Group' as const }).not.toExtend<Group>();
  });

  test('context activities are arrays', () => {
    expectTypeOf<NonNullable<ContextActivities['parent']>>().toEqualTypeOf<Activity[]>();
  });

  test('statement object includes SubStatement and the draft object is an Activity', () => {
    expectTypeOf<SubStatement>().toExtend<StatementObject>();
    expectTypeOf<StatementDraft['object']>().toEqualTypeOf<Activity>();
    expectTypeOf<SubStatement['object']>().not.toExtend<SubStatement>();
  });
});
