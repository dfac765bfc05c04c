import { z } from 'zod';
import { pluginManifestSchema } from './plugin-manifest-schema.js';

/** Address of the published JSON Schema, the value of a manifest's `$schema`. */
export const PLUGIN_MANIFEST_SCHEMA_URL =
  'https://w3id.org/fabrique/schema/plugin-manifest-v1.json';

const RULES_JSON_SCHEMA_CANNOT_EXPRESS = [
  'ORCID check digits, SPDX licence ids, semver versions and ranges and RFC 5646 language tags are checked by the SDK beyond the patterns given here.',
  'Ids, keys and list values must be unique where the SDK says so.',
  "A choice setting's default must be one of its options; an integer setting's default must lie between min and max.",
  'dataUse.sensitive must be true when dataUse.categories includes emotions, well-being, audio or video.',
  'A microphone capability needs the "audio" data category; a camera capability needs "video".',
  "Every dashboard query's verb must be declared in capabilities.xapi.verbs.",
  'mean, median, min, max and sum need a numeric field; orderBy.measure must name a measure of the query.',
].join(' ');

/**
 * Builds the JSON Schema (draft-07, the draft most editors support) of manifest v1 from
 * {@link pluginManifestSchema}. Rules that JSON Schema cannot express are described in the
 * schema's `description`, and `parsePluginManifest` enforces all of them.
 */
export function pluginManifestJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(pluginManifestSchema, { target: 'draft-07' });
  return {
    $schema: schema.$schema,
    $id: PLUGIN_MANIFEST_SCHEMA_URL,
    title: 'Fabrique plugin manifest, version 1 (fabrique.plugin.json)',
    ...schema,
    description: `Manifest of a Fabrique plugin. Rules beyond this schema: ${RULES_JSON_SCHEMA_CANNOT_EXPRESS}`,
  };
}
