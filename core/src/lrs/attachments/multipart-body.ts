import { FabriqueError } from '@fabrique/sdk';

/** One body part of a `multipart/mixed` body: its header fields and its raw content. */
export interface MultipartPart {
  /** Header field values by lower-cased name. */
  headers: Map<string, string>;
  content: Buffer;
}

/** Maximum number of parts in one body: the statements and up to 1,000 attachments. */
export const MAX_MULTIPART_PARTS = 1001;
/** Maximum size of the header section of one part, in bytes. */
export const MAX_PART_HEADER_BYTES = 8 * 1024;

const CRLF = Buffer.from('\r\n');
const HEADER_END = Buffer.from('\r\n\r\n');
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
// bchars of RFC 2046 section 5.1.1: 1 to 70 characters, the last one not a space.
const BOUNDARY = /^[0-9A-Za-z'()+_,\-./:=? ]{0,69}[0-9A-Za-z'()+_,\-./:=?]$/;

/** Tells whether a `boundary` parameter follows RFC 2046. */
export function isValidBoundary(boundary: string): boolean {
  return BOUNDARY.test(boundary);
}

/**
 * Splits a `multipart/mixed` body (RFC 2046 section 5.1) into its parts. The
 * preamble before the first delimiter and the epilogue after the close
 * delimiter are ignored. Lines must end with CRLF.
 *
 * @throws FabriqueError `malformed-multipart` (400) naming the rule broken.
 */
export function parseMultipartBody(body: Buffer, boundary: string): MultipartPart[] {
  const dashBoundary = Buffer.from(`--${boundary}`, 'latin1');
  const delimiter = Buffer.concat([CRLF, dashBoundary]);
  let position = firstDelimiterEnd(body, dashBoundary, delimiter);
  const parts: MultipartPart[] = [];
  for (;;) {
    if (body[position] === 0x2d && body[position + 1] === 0x2d) return parts;
    const start = delimiterLineEnd(body, position);
    const next = body.indexOf(delimiter, start);
    if (next < 0) {
      throw malformed(
        `The body has no close delimiter --${boundary}-- after part ${parts.length + 1}.`,
        'close-delimiter',
      );
    }
    if (parts.length === MAX_MULTIPART_PARTS) {
      throw malformed(
        `A multipart body may contain at most ${MAX_MULTIPART_PARTS} parts.`,
        'too-many-parts',
      );
    }
    parts.push(parsePart(body.subarray(start, next), parts.length + 1));
    position = next + delimiter.length;
  }
}

/** Returns the offset just after the first `--boundary`, at the start of the body or of a line. */
function firstDelimiterEnd(body: Buffer, dashBoundary: Buffer, delimiter: Buffer): number {
  if (body.subarray(0, dashBoundary.length).equals(dashBoundary)) return dashBoundary.length;
  const found = body.indexOf(delimiter);
  if (found < 0) {
    throw malformed(
      `The body contains no delimiter line --${dashBoundary.toString('latin1').slice(2)}; every part must follow one.`,
      'delimiter',
    );
  }
  return found + delimiter.length;
}

/** Skips the transport padding after a delimiter and returns the offset after its CRLF. */
function delimiterLineEnd(body: Buffer, position: number): number {
  let end = position;
  while (body[end] === 0x20 || body[end] === 0x09) end += 1;
  if (body[end] !== 0x0d || body[end + 1] !== 0x0a) {
    throw malformed(
      'A delimiter line must end with CRLF, or with -- when it closes the body.',
      'delimiter-line',
    );
  }
  return end + 2;
}

function parsePart(bytes: Buffer, number: number): MultipartPart {
  if (bytes.length === 0) return { headers: new Map(), content: bytes };
  if (bytes.subarray(0, 2).equals(CRLF)) return { headers: new Map(), content: bytes.subarray(2) };
  const headerEnd = bytes.indexOf(HEADER_END);
  if (headerEnd < 0 || headerEnd > MAX_PART_HEADER_BYTES) {
    throw malformed(
      `Part ${number} has no empty line ending its header section within ${MAX_PART_HEADER_BYTES} bytes.`,
      'part-headers',
    );
  }
  return {
    headers: parseHeaderSection(bytes.toString('latin1', 0, headerEnd), number),
    content: bytes.subarray(headerEnd + HEADER_END.length),
  };
}

function parseHeaderSection(text: string, number: number): Map<string, string> {
  const lines: string[] = [];
  for (const line of text.split('\r\n')) {
    // A line that starts with white space continues the previous field (RFC 5322 folding).
    if (/^[ \t]/.test(line) && lines.length > 0) lines[lines.length - 1] += ` ${line.trim()}`;
    else lines.push(line);
  }
  const headers = new Map<string, string>();
  for (const line of lines) {
    const colon = line.indexOf(':');
    const name = line.slice(0, colon).toLowerCase();
    if (colon <= 0 || !HEADER_NAME.test(name)) {
      throw malformed(
        `Part ${number} has a header line without a field name and colon.`,
        'part-headers',
      );
    }
    if (headers.has(name)) {
      throw malformed(`Part ${number} has the header field ${name} twice.`, 'part-headers');
    }
    headers.set(name, line.slice(colon + 1).trim());
  }
  return headers;
}

function malformed(message: string, rule: string): FabriqueError {
  return new FabriqueError('malformed-multipart', 400, message, { field: 'body', rule });
}
