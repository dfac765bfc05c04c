import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Returns a small valid manifest for tests, with `overrides` replacing top-level fields. */
export function fixtureManifest(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    manifestVersion: 1,
    id: 'fr.fabrique.testing.counter',
    version: '1.0.0',
    hostApi: '^1.0.0',
    title: { fr: 'Compteur', en: 'Counter' },
    description: { fr: 'Compte des réponses.', en: 'Counts answers.' },
    authors: [{ name: 'Équipe de test' }],
    license: 'MIT',
    research: {
      summary: { fr: 'Plugin de test.' },
      references: [{ url: 'https://example.org/report', title: 'Rapport' }],
    },
    levels: ['GS', 'CP'],
    subjects: ['mathematics'],
    entries: {
      pupil: { script: 'dist/pupil.js' },
      settings: [
        {
          key: 'range',
          type: 'choice',
          label: { fr: 'Étendue' },
          options: [
            { value: '0-10', label: { fr: 'De 0 à 10' } },
            { value: '0-100', label: { fr: 'De 0 à 100' } },
          ],
          default: '0-10',
        },
      ],
    },
    capabilities: {
      xapi: {
        verbs: [
          { id: 'http://adlnet.gov/expapi/verbs/answered', reason: { fr: 'Chaque réponse.' } },
        ],
        activityTypes: [
          {
            id: 'http://adlnet.gov/expapi/activities/cmi.interaction',
            reason: { fr: 'Chaque question.' },
          },
        ],
      },
    },
    dataUse: {
      categories: ['answers'],
      purpose: { fr: 'Tableau de bord.' },
      retentionDays: 365,
      sensitive: false,
    },
    dashboard: {
      queries: [
        {
          id: 'answers',
          kind: 'rows',
          title: { fr: 'Réponses' },
          verb: 'http://adlnet.gov/expapi/verbs/answered',
          columns: [
            {
              id: 'target',
              title: { fr: 'Cible' },
              field: {
                extension: 'https://w3id.org/fabrique/xapi/extensions/target',
                in: 'context',
              },
            },
            { id: 'response', title: { fr: 'Réponse' }, field: 'result.response' },
          ],
        },
        {
          id: 'by-pupil',
          kind: 'aggregate',
          title: { fr: 'Par élève' },
          verb: 'http://adlnet.gov/expapi/verbs/answered',
          groupBy: [{ id: 'pupil', title: { fr: 'Élève' }, field: 'pupil' }],
          measures: [
            { id: 'answers', title: { fr: 'Réponses' }, op: 'count' },
            {
              id: 'median-error',
              title: { fr: 'Erreur médiane' },
              op: 'median',
              field: {
                extension: 'https://w3id.org/fabrique/xapi/extensions/percent-absolute-error',
                in: 'result',
              },
            },
          ],
        },
      ],
    },
    locales: ['fr', 'en'],
    ...overrides,
  };
}

/**
 * Writes a built plugin package into `dir`: manifest, one script and the
 * file list with sha512 integrities, as `fabrique build` leaves them.
 */
export function writeFixturePackage(
  dir: string,
  manifest: Record<string, unknown> = fixtureManifest(),
): void {
  const files: Record<string, string> = {
    'fabrique.plugin.json': JSON.stringify(manifest, null, 2),
    'dist/pupil.js': 'document.body.textContent = "fixture";\n',
  };
  const list = Object.entries(files).map(([path, text]) => {
    const bytes = Buffer.from(text);
    return {
      path,
      size: bytes.length,
      integrity: `sha512-${createHash('sha512').update(bytes).digest('base64')}`,
    };
  });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  writeFileSync(join(dir, 'dist/fabrique-files.json'), JSON.stringify({ files: list }, null, 2));
}
