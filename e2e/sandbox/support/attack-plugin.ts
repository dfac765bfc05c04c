import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildPlugin } from '@fabrique/sdk/build';

/** Verb that every attack plugin declares. */
export const DECLARED_VERB = 'http://adlnet.gov/expapi/verbs/experienced';
/** Activity type that every attack plugin declares. */
export const DECLARED_ACTIVITY_TYPE = 'http://adlnet.gov/expapi/activities/lesson';

const agentSource = join(import.meta.dirname, 'attack-agent.ts');

/**
 * Writes and builds a plugin folder `parentDir/<id>` whose pupil entry is the
 * attack agent, with `fabrique build`'s own code, and returns the folder.
 * The manifest declares one verb and one activity type and nothing else.
 */
export async function writeAttackPlugin(parentDir: string, id: string): Promise<string> {
  const root = join(parentDir, id);
  await mkdir(join(root, 'src'), { recursive: true });
  await writeFile(join(root, 'fabrique.plugin.json'), JSON.stringify(attackManifest(id), null, 2));
  await copyFile(agentSource, join(root, 'src', 'pupil.ts'));
  const problems: string[] = [];
  const keep = (message: string) => problems.push(message);
  try {
    await buildPlugin({ root, logger: { info: () => {}, warn: keep, error: keep } });
  } catch (error) {
    throw new Error(`Building the attack plugin ${id} failed:\n${problems.join('\n')}`, {
      cause: error,
    });
  }
  return root;
}

function attackManifest(id: string) {
  return {
    manifestVersion: 1,
    id,
    version: '0.1.0',
    hostApi: '^1.0.0',
    title: { fr: `Attaque ${id}`, en: `Attack ${id}` },
    description: {
      fr: 'Plugin de test qui tente de sortir du bac à sable.',
      en: 'Test plugin that tries to escape the sandbox.',
    },
    authors: [{ name: 'Fabrique' }],
    license: 'MIT',
    research: {
      summary: {
        fr: 'Plugin de test, sans question de recherche.',
        en: 'Test plugin, with no research question.',
      },
      references: [
        {
          url: 'https://github.com/adlnet/xAPI-Spec',
          title: 'Experience API (xAPI) Specification, version 1.0.3',
        },
      ],
    },
    levels: ['GS'],
    subjects: ['other'],
    entries: { pupil: { script: 'dist/pupil.js' } },
    capabilities: {
      xapi: {
        verbs: [{ id: DECLARED_VERB, reason: { fr: 'Test.', en: 'Test.' } }],
        activityTypes: [{ id: DECLARED_ACTIVITY_TYPE, reason: { fr: 'Test.', en: 'Test.' } }],
      },
    },
    dataUse: {
      categories: ['usage'],
      purpose: { fr: 'Test du bac à sable.', en: 'Sandbox test.' },
      retentionDays: 1,
      sensitive: false,
    },
    locales: ['fr', 'en'],
  };
}
