import { describe, expect, test } from 'vitest';
import { parseStatement } from './statement-schema.js';

const attachment = {
  usageType: 'http://example.com/attachment-usage/test',
  display: { 'en-US': 'A test attachment' },
  description: { 'en-US': 'A test attachment (description)' },
  contentType: 'text/plain; charset=ascii',
  length: 27,
  sha2: '495395e777cd98da653df9615d09c0fd6bb2f8d4788394cd53c56a3bfdcd848a',
  fileUrl: 'http://over.there.com/file.txt',
};

function issuesOfAttachments(attachments: unknown) {
  const result = parseStatement({
    actor: { mbox: 'mailto:ada@example.com' },
    verb: { id: 'http://adlnet.gov/expapi/verbs/attended' },
    object: { id: 'http://example.com/a' },
    attachments,
  });
  return result.success ? [] : result.issues.map(({ path, code }) => ({ path, code }));
}

describe('attachment schema', () => {
  test.each([
    ['no attachments', []],
    ['a full attachment', [attachment]],
    [
      'an attachment without description and fileUrl',
      [{ ...attachment, description: undefined, fileUrl: undefined }],
    ],
    [
      'a display in two languages',
      [{ ...attachment, display: { 'en-US': 'A test', es: 'Una prueba' } }],
    ],
    ['an empty file', [{ ...attachment, length: 0 }]],
    ['a SHA-512 hash', [{ ...attachment, sha2: 'ab'.repeat(64) }]],
    [
      'a quoted media type parameter',
      [{ ...attachment, contentType: 'multipart/mixed; boundary="a b;c"' }],
    ],
    [
      'a signature',
      [
        {
          ...attachment,
          usageType: 'http://adlnet.gov/expapi/attachments/signature',
          contentType: 'application/octet-stream',
        },
      ],
    ],
  ])('accepts %s', (_name, attachments) => {
    expect(issuesOfAttachments(JSON.parse(JSON.stringify(attachments)))).toEqual([]);
  });

  test.each([
    ['attachments as an object', attachment, 'attachments', 'invalid-type'],
    ['a numeric attachment', [12345], 'attachments[0]', 'invalid-type'],
    ['a string attachment', ['should fail'], 'attachments[0]', 'invalid-type'],
    [
      'no usageType',
      [{ ...attachment, usageType: undefined }],
      'attachments[0].usageType',
      'missing-property',
    ],
    [
      'a usageType without scheme',
      [{ ...attachment, usageType: 'should fail' }],
      'attachments[0].usageType',
      'invalid-iri',
    ],
    [
      'no display',
      [{ ...attachment, display: undefined }],
      'attachments[0].display',
      'missing-property',
    ],
    [
      'a numeric display',
      [{ ...attachment, display: 12345 }],
      'attachments[0].display',
      'invalid-language-map',
    ],
    [
      'a display with an invalid tag',
      [{ ...attachment, display: { something: 'x' } }],
      'attachments[0].display.something',
      'invalid-language-tag',
    ],
    [
      'a description string',
      [{ ...attachment, description: 'x' }],
      'attachments[0].description',
      'invalid-language-map',
    ],
    [
      'a description with an invalid tag',
      [{ ...attachment, description: { something: 'x' } }],
      'attachments[0].description.something',
      'invalid-language-tag',
    ],
    [
      'no contentType',
      [{ ...attachment, contentType: undefined }],
      'attachments[0].contentType',
      'missing-property',
    ],
    [
      'a numeric contentType',
      [{ ...attachment, contentType: 12345 }],
      'attachments[0].contentType',
      'invalid-content-type',
    ],
    [
      'a contentType without subtype',
      [{ ...attachment, contentType: 'text' }],
      'attachments[0].contentType',
      'invalid-content-type',
    ],
    [
      'a string length',
      [{ ...attachment, length: 'should fail' }],
      'attachments[0].length',
      'invalid-length',
    ],
    [
      'a negative length',
      [{ ...attachment, length: -1 }],
      'attachments[0].length',
      'invalid-length',
    ],
    [
      'a fractional length',
      [{ ...attachment, length: 1.5 }],
      'attachments[0].length',
      'invalid-length',
    ],
    ['a numeric sha2', [{ ...attachment, sha2: 12345 }], 'attachments[0].sha2', 'invalid-sha2'],
    [
      'a sha2 of 40 digits',
      [{ ...attachment, sha2: 'a'.repeat(40) }],
      'attachments[0].sha2',
      'invalid-sha2',
    ],
    [
      'a fileUrl without scheme',
      [{ ...attachment, fileUrl: 'should fail' }],
      'attachments[0].fileUrl',
      'invalid-irl',
    ],
    [
      'an unknown property',
      [{ ...attachment, attachmentS: [] }],
      'attachments[0].attachmentS',
      'unknown-property',
    ],
  ])('rejects %s', (_name, attachments, path, code) => {
    expect(issuesOfAttachments(JSON.parse(JSON.stringify(attachments)))).toContainEqual({
      path,
      code,
    });
  });
});
