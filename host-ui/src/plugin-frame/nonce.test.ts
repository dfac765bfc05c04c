import { frameConnectMessageSchema } from '@fabrique/sdk';
import { expect, test } from 'vitest';
import { createNonce, NONCE_BYTES } from './nonce.js';

test('nonce is base64url of 32 bytes', () => {
  const nonce = createNonce();
  expect(nonce).toMatch(/^[A-Za-z0-9_-]{43}$/);
  expect(Buffer.from(nonce, 'base64url')).toHaveLength(NONCE_BYTES);
});

test('nonce fits the connect message schema', () => {
  const message = { fabrique: 'connect', protocol: 1, nonce: createNonce() };
  expect(frameConnectMessageSchema.safeParse(message).success).toBe(true);
});

test('nonce differs between calls', () => {
  const nonces = new Set(Array.from({ length: 100 }, createNonce));
  expect(nonces.size).toBe(100);
});
