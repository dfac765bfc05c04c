import type { Attachment, Statement } from '@fabrique/sdk';

/** Lists the attachments of a statement and of its SubStatement object, if any. */
export function statementAttachments(statement: Statement): Attachment[] {
  const object = statement.object;
  const inner = object.objectType === 'SubStatement' ? (object.attachments ?? []) : [];
  return [...(statement.attachments ?? []), ...inner];
}
