import { type Attachment, FabriqueError } from '@fabrique/sdk';
import type { StatementToStore } from '../statements/statement-store.js';
import type { AttachmentPart } from './attachment-part.js';
import { mediaTypeEssence } from './media-type.js';
import { statementAttachments } from './statement-attachments.js';
import type { ReceivedPart } from './statement-request.js';
import { verifyStatementSignatures } from './statement-signature.js';

/**
 * Matches the attachment parts of a request with the attachments that its
 * statements declare, verifies signed statements, and returns the parts to
 * store, one per sha2. A part without `Content-Type` takes the contentType of
 * the attachment that declares it. Parts match by sha2 alone, as xAPI
 * requires, so the declared `length` is not compared with the content.
 *
 * @throws FabriqueError (400) `undeclared-attachment-part` for a part no
 *   attachment declares, `invalid-attachment-part` for a part whose
 *   Content-Type differs from the declared contentType, `missing-attachment`
 *   for an attachment with neither `fileUrl` nor a part, `invalid-signature`.
 */
export function checkAttachments(
  batch: readonly StatementToStore[],
  parts: readonly ReceivedPart[],
): AttachmentPart[] {
  const declared = declaredAttachments(batch);
  const received = new Map<string, AttachmentPart>();
  for (const part of parts) {
    const attachments = declared.get(part.sha2);
    if (attachments === undefined) {
      throw new FabriqueError(
        'undeclared-attachment-part',
        400,
        `A part has X-Experience-API-Hash ${part.sha2}, which no attachment of the statements declares as its sha2.`,
        { field: 'body', sha2: part.sha2 },
      );
    }
    received.set(part.sha2, toStoredPart(part, attachments));
  }
  for (const [sha2, attachments] of declared) {
    const needsPart = attachments.some((attachment) => attachment.fileUrl === undefined);
    if (needsPart && !received.has(sha2)) {
      throw new FabriqueError(
        'missing-attachment',
        400,
        `Attachment ${sha2} has no fileUrl and no part in the request; send its content as a multipart/mixed part.`,
        { field: 'attachments', sha2 },
      );
    }
  }
  const contents = new Map([...received].map(([sha2, part]) => [sha2, part.content]));
  for (const item of batch) verifyStatementSignatures(item, contents);
  return [...received.values()];
}

/** Groups the attachments of statements and their SubStatements by lower-case sha2. */
function declaredAttachments(batch: readonly StatementToStore[]): Map<string, Attachment[]> {
  const declared = new Map<string, Attachment[]>();
  for (const item of batch) {
    for (const attachment of statementAttachments(item.statement)) {
      const sha2 = attachment.sha2.toLowerCase();
      const existing = declared.get(sha2);
      if (existing) existing.push(attachment);
      else declared.set(sha2, [attachment]);
    }
  }
  return declared;
}

function toStoredPart(part: ReceivedPart, attachments: readonly Attachment[]): AttachmentPart {
  const [first] = attachments;
  if (part.contentType === undefined) {
    return {
      sha2: part.sha2,
      contentType: first?.contentType ?? 'application/octet-stream',
      content: part.content,
    };
  }
  const essence = mediaTypeEssence(part.contentType);
  if (!attachments.some((attachment) => mediaTypeEssence(attachment.contentType) === essence)) {
    throw new FabriqueError(
      'invalid-attachment-part',
      400,
      `The part ${part.sha2} has Content-Type ${part.contentType}, but its attachment declares contentType ${first?.contentType}.`,
      { field: 'body', sha2: part.sha2, rule: 'content-type' },
    );
  }
  return { sha2: part.sha2, contentType: part.contentType, content: part.content };
}
