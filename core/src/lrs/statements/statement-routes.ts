import { FabriqueError } from '@fabrique/sdk';
import { Hono } from 'hono';
import type { HostEnv } from '../../http/host-env.js';
import { checkAttachments } from '../attachments/attachment-check.js';
import { readStatementRequest } from '../attachments/statement-request.js';
import { sendStatements } from '../attachments/statement-response.js';
import { methodNotAllowed } from '../lrs-routes.js';
import { clientAuthority, requireScope } from '../protocol/lrs-auth.js';
import { formatStatements } from './statement-format.js';
import { intakeStatements } from './statement-intake.js';
import { parseStatementQuery } from './statement-query.js';

/** Creates the statements resource: POST, PUT, GET and HEAD on `/xapi/statements`. */
export function createStatementRoutes(): Hono<HostEnv> {
  const routes = new Hono<HostEnv>();
  routes.post('/', async (context) => {
    requireScope(context.var.lrsClient, 'statements/write');
    writeParameters(context.req.url, []);
    const request = await readStatementRequest(context.req.raw);
    const batch = intakeStatements(request.body, clientAuthority(context), new Date());
    const parts = checkAttachments(batch, request.parts);
    await context.var.services.statements.insertBatch(batch, parts);
    return context.json(batch.map((item) => item.statement.id));
  });
  routes.put('/', async (context) => {
    requireScope(context.var.lrsClient, 'statements/write');
    const { statementId } = writeParameters(context.req.url, ['statementId']);
    if (!statementId)
      throw new FabriqueError(
        'missing-statement-id',
        400,
        'PUT /statements needs the statementId query parameter.',
        { field: 'statementId' },
      );
    const request = await readStatementRequest(context.req.raw);
    const body = request.body;
    if (body === null || typeof body !== 'object' || Array.isArray(body)) {
      throw new FabriqueError(
        'invalid-statement',
        400,
        'PUT /statements takes one statement, a JSON object.',
        { field: 'statement' },
      );
    }
    const withId = { id: statementId, ...body } as { id: unknown };
    if (typeof withId.id !== 'string' || withId.id.toLowerCase() !== statementId.toLowerCase()) {
      throw new FabriqueError(
        'statement-id-mismatch',
        400,
        `The statement's id ${String(withId.id)} differs from the statementId parameter ${statementId}.`,
        { field: 'id' },
      );
    }
    const batch = intakeStatements(withId, clientAuthority(context), new Date());
    const parts = checkAttachments(batch, request.parts);
    await context.var.services.statements.insertBatch(batch, parts);
    return context.body(null, 204);
  });
  routes.get('/', async (context) => {
    requireScope(context.var.lrsClient, 'statements/read');
    const { services, config } = context.var;
    const query = parseStatementQuery(new URL(context.req.url).searchParams);
    if (query.kind === 'single') {
      const statement = await services.statements.findById(query.id, { voided: query.voided });
      if (!statement)
        throw new FabriqueError('statement-not-found', 404, 'No statement has that id.');
      context.header('Last-Modified', new Date(statement.stored as string).toUTCString());
      const [formatted] = await formatStatements(
        services.db,
        [statement],
        query.format,
        context.req.header('Accept-Language'),
      );
      return sendStatements(context, formatted, [statement], query.attachments);
    }
    const page = await services.statements.query(query);
    const statements = await formatStatements(
      services.db,
      page.statements,
      query.format,
      context.req.header('Accept-Language'),
    );
    const more = page.more
      ? `${new URL(config.publicUrl).pathname.replace(/\/$/, '')}/xapi/statements?more=${page.more}`
      : '';
    return sendStatements(context, { statements, more }, page.statements, query.attachments);
  });
  routes.all('/', (context) => methodNotAllowed(context, 'GET, HEAD, POST, PUT'));
  return routes;
}

/**
 * Reads the query parameters of a POST or PUT, which take only `allowed`.
 *
 * @throws FabriqueError `invalid-query` (400) for another or a repeated parameter.
 */
function writeParameters(url: string, allowed: readonly string[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of new URL(url).searchParams) {
    if (!allowed.includes(name)) {
      throw new FabriqueError(
        'invalid-query',
        400,
        `Query parameter ${name} is not accepted when storing statements.`,
        { field: name, rule: 'unknown-parameter' },
      );
    }
    if (name in values) {
      throw new FabriqueError(
        'invalid-query',
        400,
        `Query parameter ${name} may appear only once.`,
        {
          field: name,
          rule: 'repeated-parameter',
        },
      );
    }
    values[name] = value;
  }
  return values;
}
