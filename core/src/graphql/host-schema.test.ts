import { printSchema } from 'graphql';
import { expect, test } from 'vitest';
import { buildHostSchema } from './host-schema.js';

// A change to the API shows up as a diff of this file in review; update it
// with `npx vitest run core/src/graphql/host-schema.test.ts -u`.
test('host schema snapshot', async () => {
  await expect(printSchema(buildHostSchema())).toMatchFileSnapshot('./host-schema.graphql');
});
