import { FabriqueError } from '@fabrique/sdk';
import { describe, expect, test } from 'vitest';
import { MAX_STATEMENT_PAGE, parseStatementQuery } from './statement-query.js';

const ID = '8f1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

function rejection(query: string): { field?: unknown; rule?: unknown } {
  try {
    parseStatementQuery(new URLSearchParams(query));
  } catch (error) {
    expect(error).toBeInstanceOf(FabriqueError);
    expect((error as FabriqueError).code).toBe('invalid-query');
    return (error as FabriqueError).details ?? {};
  }
  throw new Error(`${query} was accepted`);
}

describe('parseStatementQuery', () => {
  test('statement id lower-cased', () => {
    expect(parseStatementQuery(new URLSearchParams(`statementId=${ID.toUpperCase()}`))).toEqual({
      kind: 'single',
      id: ID,
      voided: false,
      format: 'exact',
      attachments: false,
    });
  });

  test('statement id with a filter', () => {
    expect(rejection(`statementId=${ID}&verb=http://example.org/v`).field).toBe('verb');
  });

  test('both ids', () => {
    expect(rejection(`statementId=${ID}&voidedStatementId=${ID}`).field).toBe('voidedStatementId');
  });

  test('malformed id', () => {
    expect(rejection('statementId=42').field).toBe('statementId');
  });

  test('unknown parameter', () => {
    expect(rejection('colour=blue').field).toBe('colour');
  });

  test('repeated parameter', () => {
    expect(rejection('limit=1&limit=2').field).toBe('limit');
  });

  test('agent not JSON', () => {
    expect(rejection('agent=ana').field).toBe('agent');
  });

  test('agent without identifier', () => {
    expect(rejection(`agent=${encodeURIComponent('{"name":"Ana"}')}`).field).toBe('agent');
  });

  test('verb not an IRI', () => {
    expect(rejection('verb=read').field).toBe('verb');
  });

  test('since without time zone', () => {
    expect(rejection('since=2026-12-04T10:00:00').field).toBe('since');
  });

  test('negative limit', () => {
    expect(rejection('limit=-1').field).toBe('limit');
  });

  test('boolean other than true or false', () => {
    expect(rejection('ascending=yes').field).toBe('ascending');
  });

  test('unknown format', () => {
    expect(rejection('format=full').field).toBe('format');
  });

  test('limit above maximum capped', () => {
    const query = parseStatementQuery(new URLSearchParams('limit=100000'));
    expect(query).toMatchObject({ kind: 'filter', limit: MAX_STATEMENT_PAGE });
  });

  test('since normalised to UTC', () => {
    const query = parseStatementQuery(new URLSearchParams('since=2026-12-04T10:00:00+01:00'));
    expect(query).toMatchObject({ since: '2026-12-04T09:00:00.000Z' });
  });

  test('related agents widens agent key', () => {
    const agent = encodeURIComponent('{"mbox":"mailto:ana@example.org"}');
    const query = parseStatementQuery(new URLSearchParams(`agent=${agent}&related_agents=true`));
    expect(query).toMatchObject({
      keys: [{ kind: 'related-agent', value: 'mbox:mailto:ana@example.org' }],
    });
  });
});
