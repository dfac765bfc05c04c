import { FabriqueError } from '@fabrique/sdk';
import type { StatementToStore } from '../statements/statement-store.js';
import type { AttachmentPart } from './attachment-part.js';

/**
 * Matches the attachment parts of a request with the attachments its
 * statements declare, and returns the parts to store.
 *
 * @throws FabriqueError `missing-attachment` (400) when a declared attachment
 *   without `fileUrl` has no part.
 */
export function checkAttachments(
  batch: readonly StatementToStore[],
  parts: readonly AttachmentPart[],
): AttachmentPart[] {
  const sent = new Set(parts.map((part) => part.sha2));
  for (const item of batch) {
    for (const attachment of item.statement.attachments ?? []) {
      if (attachment.fileUrl === undefined && !sent.has(attachment.sha2)) {
        throw new FabriqueError(
          'missing-attachment',
          400,
          `Attachment ${attachment.sha2} has no fileUrl and no part in the request; send it as multipart/mixed.`,
          { field: 'attachments', sha2: attachment.sha2 },
        );
      }
    }
  }
  return [...parts];
}
