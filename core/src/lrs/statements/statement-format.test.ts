import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createLrsTestHost, type LrsTestHost } from '../../testing/lrs-test-host.js';
import { testDialects } from '../../testing/test-database.js';

const STATEMENT = {
  actor: { objectType: 'Agent', name: 'Ana', mbox: 'mailto:ana@example.org' },
  verb: { id: 'http://example.org/verbs/read', display: { 'en-US': 'read', 'fr-FR': 'a lu' } },
  object: {
    objectType: 'Activity',
    id: 'http://example.org/a/formats',
    definition: {
      name: { 'en-US': 'Book', 'fr-FR': 'Livre' },
      description: { 'en-US': 'A book' },
    },
  },
  context: {
    instructor: { name: 'Bo', mbox: 'mailto:bo@example.org' },
    contextActivities: {
      parent: [{ id: 'http://example.org/a/shelf', definition: { name: { en: 'Shelf' } } }],
    },
  },
};

describe.each(testDialects)('statement formats on %s', (dialect) => {
  let lrs: LrsTestHost;
  let id: string;
  const fetch = async (format: string, headers: Record<string, string> = {}) => {
    const response = await lrs.request(`/statements?statementId=${id}&format=${format}`, {
      headers,
    });
    expect(response.status).toBe(200);
    return (await response.json()) as typeof STATEMENT;
  };

  beforeAll(async () => {
    lrs = await createLrsTestHost(dialect);
    [id] = (await lrs.postStatements([STATEMENT])) as [string];
  });
  afterAll(() => lrs.close());

  test('exact keeps everything', async () => {
    const statement = await fetch('exact');
    expect(statement.verb).toEqual(STATEMENT.verb);
    expect(statement.object).toEqual(STATEMENT.object);
  });

  test('ids keeps identifiers only', async () => {
    const statement = await fetch('ids');
    expect(statement.actor).toEqual({ objectType: 'Agent', mbox: 'mailto:ana@example.org' });
    expect(statement.verb).toEqual({ id: STATEMENT.verb.id });
    expect(statement.object).toEqual({ id: STATEMENT.object.id });
    expect(statement.context.instructor).toEqual({
      objectType: 'Agent',
      mbox: 'mailto:bo@example.org',
    });
    expect(statement.context.contextActivities.parent).toEqual([
      { id: 'http://example.org/a/shelf' },
    ]);
  });

  test('canonical keeps the accepted language', async () => {
    const statement = await fetch('canonical', { 'Accept-Language': 'fr' });
    expect(statement.verb.display).toEqual({ 'fr-FR': 'a lu' });
    expect(statement.object.definition.name).toEqual({ 'fr-FR': 'Livre' });
    expect(statement.object.definition.description).toEqual({ 'en-US': 'A book' });
  });

  test('canonical uses the latest definition', async () => {
    await lrs.postStatements([
      {
        ...STATEMENT,
        object: {
          ...STATEMENT.object,
          definition: { name: { 'en-US': 'Novel' }, type: 'http://example.org/types/book' },
        },
      },
    ]);
    const statement = (await fetch('canonical', { 'Accept-Language': 'en-US' })) as {
      object: { definition: Record<string, unknown> };
    };
    expect(statement.object.definition).toEqual({
      name: { 'en-US': 'Novel' },
      description: { 'en-US': 'A book' },
      type: 'http://example.org/types/book',
    });
  });
});
