// Writes sdk/schema/plugin-manifest-v1.json, the JSON Schema that editors use to check a
// fabrique.plugin.json as it is typed. It reads the compiled SDK, so run `tsc -b` first
// (the root `npm run build` does).
import { mkdir, writeFile } from 'node:fs/promises';
import { pluginManifestJsonSchema } from '../dist/manifest/plugin-manifest-json-schema.js';

const outputUrl = new URL('../schema/plugin-manifest-v1.json', import.meta.url);

await mkdir(new URL('.', outputUrl), { recursive: true });
await writeFile(outputUrl, `${JSON.stringify(pluginManifestJsonSchema(), null, 2)}\n`);
console.log(`Wrote ${outputUrl.pathname}`);
