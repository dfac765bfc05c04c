import { FabriqueError } from '@fabrique/sdk';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { HostEnv } from '../http/host-env.js';
import { parseBasicCredentials } from './basic-credentials.js';
import { hasScope, type LrsScope } from './lrs-client-store.js';
import { intakeStatements } from './statement-intake.js';
import { checkXapiVersionHeader, XAPI_VERSION } from './xapi-version.js';

const MAX_BODY_BYTES = 16 * 1024 * 1024;

/** The host's Learning Record Store, mounted at `/xapi`. */
export function createLrsRoutes(): Hono<HostEnv> {
  const lrs = new Hono<HostEnv>();
  lrs.use('*', async (context, next) => {
    context.header('X-Experience-API-Version', XAPI_VERSION);
    await next();
    context.res.headers.set('X-Experience-API-Version', XAPI_VERSION);
    context.res.headers.set('Cache-Control', 'no-store');
  });
  lrs.get('/about', (context) => context.json({ version: [XAPI_VERSION], extensions: {} }));
  lrs.use('/statements', async (context, next) => {
    checkXapiVersionHeader(context.req.header('X-Experience-API-Version'));
    const credentials = parseBasicCredentials(context.req.header('Authorization'));
    const client =
      credentials &&
      (await context.var.services.lrsClients.authenticate(credentials.key, credentials.secret));
    if (!client) {
      context.header('WWW-Authenticate', 'Basic realm="Fabrique LRS"');
      throw new FabriqueError(
        'unauthorized',
        401,
        'Valid LRS client credentials are required (HTTP Basic).',
      );
    }
    context.set('lrsClient', client);
    await next();
  });
  lrs.use(
    '/statements',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: () => {
        throw new FabriqueError(
          'payload-too-large',
          413,
          `A request body may hold at most ${MAX_BODY_BYTES} bytes.`,
        );
      },
    }),
  );
  lrs.post('/statements', async (context) => {
    requireScope(context.var.lrsClient, 'statements/write');
    const batch = intakeStatements(
      await readJson(context.req.raw),
      clientAuthority(context),
      new Date(),
    );
    await context.var.services.statements.insertBatch(batch);
    return context.json(batch.map((item) => item.statement.id));
  });
  lrs.put('/statements', async (context) => {
    requireScope(context.var.lrsClient, 'statements/write');
    const statementId = context.req.query('statementId');
    if (!statementId)
      throw new FabriqueError(
        'missing-statement-id',
        400,
        'PUT /statements needs the statementId query parameter.',
      );
    const body = await readJson(context.req.raw);
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
    await context.var.services.statements.insertBatch(
      intakeStatements(withId, clientAuthority(context), new Date()),
    );
    return context.body(null, 204);
  });
  lrs.get('/statements', async (context) => {
    requireScope(context.var.lrsClient, 'statements/read');
    const query = context.req.query();
    const statement = await context.var.services.statements.findById(
      ...singleStatementQuery(query),
    );
    const consistentThrough =
      (await context.var.services.statements.latestStored()) ?? new Date().toISOString();
    context.header('X-Experience-API-Consistent-Through', consistentThrough);
    if (!statement)
      throw new FabriqueError('statement-not-found', 404, 'No statement has that id.');
    return context.json(statement);
  });
  lrs.all('/statements', (context) => {
    context.header('Allow', 'GET, HEAD, POST, PUT');
    throw new FabriqueError(
      'method-not-allowed',
      405,
      `${context.req.method} is not allowed on /statements; use GET, HEAD, POST or PUT.`,
    );
  });
  return lrs;
}

// NOTE: this LRS serves single-statement GETs only; filtered queries
// (agent, verb, activity, since, until, limit, more) are rejected with 400.
const SINGLE_QUERY_PARAMETERS = new Set([
  'statementId',
  'voidedStatementId',
  'format',
  'attachments',
]);

function singleStatementQuery(query: Record<string, string>): [string, { voided: boolean }] {
  for (const name of Object.keys(query)) {
    if (!SINGLE_QUERY_PARAMETERS.has(name)) {
      throw new FabriqueError(
        'unsupported-query',
        400,
        `Query parameter ${name} is not supported; ask for one statement with statementId or voidedStatementId.`,
      );
    }
  }
  const { statementId, voidedStatementId } = query;
  if (statementId && voidedStatementId)
    throw new FabriqueError(
      'invalid-query',
      400,
      'Send statementId or voidedStatementId, not both.',
    );
  if (query.format && !['exact', 'ids', 'canonical'].includes(query.format))
    throw new FabriqueError('invalid-query', 400, 'format must be exact, ids or canonical.');
  if (query.attachments && query.attachments !== 'false')
    throw new FabriqueError('unsupported-query', 400, 'attachments=true is not supported yet.');
  if (statementId) return [statementId, { voided: false }];
  if (voidedStatementId) return [voidedStatementId, { voided: true }];
  throw new FabriqueError(
    'unsupported-query',
    400,
    'Ask for one statement with statementId or voidedStatementId.',
  );
}

function requireScope(client: HostEnv['Variables']['lrsClient'], scope: LrsScope): void {
  if (!hasScope(client, scope))
    throw new FabriqueError('forbidden', 403, `This client lacks the ${scope} scope.`);
}

function clientAuthority(context: { var: HostEnv['Variables'] }): {
  homePage: string;
  name: string;
} {
  return { homePage: context.var.config.publicUrl, name: `client:${context.var.lrsClient.key}` };
}

async function readJson(request: Request): Promise<unknown> {
  const type = request.headers.get('Content-Type') ?? '';
  if (!/^application\/json\b/i.test(type)) {
    throw new FabriqueError(
      'unsupported-media-type',
      400,
      `Content-Type ${type || '(none)'} is not supported; send application/json.`,
    );
  }
  try {
    return JSON.parse(await request.text());
  } catch {
    throw new FabriqueError('malformed-json', 400, 'The request body is not valid JSON.');
  }
}
