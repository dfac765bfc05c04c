/** The content of one attachment, from a `multipart/mixed` request or the attachment store. */
export interface AttachmentPart {
  /** SHA-256 of the content, hex, as the statement's attachment lists it. */
  sha2: string;
  contentType: string;
  content: Uint8Array;
}
