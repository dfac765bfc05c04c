import { randomBytes } from 'node:crypto';
import type { StoredAttachment } from './attachment-contents.js';

/** A `multipart/mixed` body and the boundary that its `Content-Type` must name. */
export interface MultipartStream {
  boundary: string;
  body: ReadableStream<Uint8Array>;
}

/**
 * Streams the xAPI transmission format: the JSON first, as
 * `application/json`, then one binary part per attachment with its
 * `X-Experience-API-Hash`. Contents are read one at a time, when the
 * client is ready for them, so a response keeps at most one in memory.
 *
 * @param readContent returns the bytes of an attachment, or `undefined`
 *   when it was deleted meanwhile, which ends the stream with an error
 */
export function streamMultipartBody(
  json: unknown,
  attachments: readonly StoredAttachment[],
  readContent: (sha2: string) => Promise<Uint8Array | undefined>,
): MultipartStream {
  // RFC 2046 forbids the boundary inside any part. The contents are not
  // scanned before streaming, but 256 random bits make a match improbable.
  const boundary = `xapi-${randomBytes(32).toString('hex')}`;
  const encoder = new TextEncoder();
  let next = -1;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (next === -1) {
        controller.enqueue(
          encoder.encode(`--${boundary}\r\nContent-Type: application/json\r\n\r\n`),
        );
        controller.enqueue(encoder.encode(JSON.stringify(json)));
      } else if (next < attachments.length) {
        const attachment = attachments[next] as StoredAttachment;
        const content = await readContent(attachment.sha2);
        if (content === undefined)
          throw new Error(`attachment ${attachment.sha2} is no longer stored`);
        controller.enqueue(encoder.encode(partHeader(boundary, attachment)));
        controller.enqueue(content);
      } else {
        controller.enqueue(encoder.encode(`\r\n--${boundary}--\r\n`));
        controller.close();
      }
      next += 1;
    },
  });
  return { boundary, body };
}

function partHeader(boundary: string, attachment: StoredAttachment): string {
  return (
    `\r\n--${boundary}\r\nContent-Type: ${attachment.contentType}\r\n` +
    `Content-Transfer-Encoding: binary\r\nX-Experience-API-Hash: ${attachment.sha2}\r\n\r\n`
  );
}
