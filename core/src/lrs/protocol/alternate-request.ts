import { FabriqueError } from '@fabrique/sdk';

/** Form fields of an alternate request that stand for request headers. */
const HEADER_FIELDS = new Map(
  [
    'Authorization',
    'X-Experience-API-Version',
    'Content-Type',
    'Content-Length',
    'If-Match',
    'If-None-Match',
  ].map((name) => [name.toLowerCase(), name]),
);
const METHODS = new Set(['GET', 'HEAD', 'PUT', 'POST', 'DELETE']);

/**
 * Turns an xAPI alternate request into the request it stands for. Browsers
 * that cannot send custom headers or other methods POST a form to
 * `?method=PUT` (or GET, HEAD, POST, DELETE): the form's header fields
 * become headers, `content` becomes the body, and every other field becomes
 * a query parameter. Other requests are returned as they are.
 *
 * @throws FabriqueError `invalid-alternate-request` (400) when the request
 *   is not a form POST, the URL carries parameters besides `method`, or the
 *   method is unknown.
 */
export async function rewriteAlternateRequest(
  request: Request,
  maxBodyBytes: number,
): Promise<Request> {
  const url = new URL(request.url);
  const methods = url.searchParams.getAll('method');
  const method = methods[0];
  if (method === undefined) return request;
  if (methods.length > 1) invalid('method may appear only once');
  if (request.method !== 'POST') {
    invalid(`an alternate request must be sent with POST, not ${request.method}`);
  }
  if ([...url.searchParams.keys()].some((name) => name !== 'method')) {
    invalid('an alternate request carries its parameters in the form body, not in the URL');
  }
  const upperMethod = method.toUpperCase();
  if (!METHODS.has(upperMethod)) invalid('method must be GET, HEAD, PUT, POST or DELETE');
  const type = request.headers.get('Content-Type') ?? '';
  if (!/^application\/x-www-form-urlencoded\s*(;|$)/i.test(type)) {
    invalid('an alternate request must have the Content-Type application/x-www-form-urlencoded');
  }
  const form = await readForm(request, maxBodyBytes);

  const headers = new Headers(request.headers);
  headers.delete('Content-Type');
  headers.delete('Content-Length');
  const target = new URL(url.pathname, url);
  let content: string | undefined;
  for (const [name, value] of form) {
    const header = HEADER_FIELDS.get(name.toLowerCase());
    if (header === 'Content-Length') continue;
    if (header) setHeaderField(headers, header, value);
    else if (name === 'content') content = value;
    else target.searchParams.append(name, value);
  }

  const takesBody = upperMethod === 'PUT' || upperMethod === 'POST';
  if (takesBody && content === undefined) {
    invalid(`a ${upperMethod} sent as an alternate request needs the form field content`);
  }
  if (!takesBody && content !== undefined) {
    invalid(`a ${upperMethod} sent as an alternate request takes no content`);
  }
  const hasBody = takesBody && content !== undefined;
  if (hasBody && !headers.has('Content-Type')) headers.set('Content-Type', 'application/json');
  return new Request(target, {
    method: upperMethod,
    headers,
    ...(hasBody ? { body: content } : {}),
  });
}

/**
 * Reads the form body, counting bytes as they arrive, because this runs
 * before authentication and a chunked body declares no length.
 *
 * @throws FabriqueError `payload-too-large` (413) beyond `maxBodyBytes`.
 */
async function readForm(request: Request, maxBodyBytes: number): Promise<URLSearchParams> {
  const tooLarge = () =>
    new FabriqueError(
      'payload-too-large',
      413,
      `A request body may hold at most ${maxBodyBytes} bytes.`,
    );
  if (Number(request.headers.get('Content-Length') ?? 0) > maxBodyBytes) throw tooLarge();
  const chunks: Uint8Array[] = [];
  let length = 0;
  const reader = request.body?.getReader();
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.byteLength;
    if (length > maxBodyBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

function setHeaderField(headers: Headers, name: string, value: string): void {
  try {
    headers.set(name, value);
  } catch {
    invalid(
      `the form field ${name} must be a valid header value, without CR, LF, NUL or characters above U+00FF`,
    );
  }
}

function invalid(rule: string): never {
  throw new FabriqueError('invalid-alternate-request', 400, `Invalid alternate request: ${rule}.`, {
    field: 'method',
    rule,
  });
}
