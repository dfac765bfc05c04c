import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { MANIFEST_ISSUE_CODES, type ManifestIssueCode } from './manifest-issue-codes.js';
import { parsePluginManifest } from './parse-plugin-manifest.js';

const fixture: unknown = JSON.parse(
  readFileSync(new URL('./fixtures/number-line.plugin.json', import.meta.url), 'utf8'),
);

const DELETE = Symbol('delete');
type Edit = readonly [path: readonly (string | number)[], value: unknown];

/** Copies the number-line manifest and applies the edits; a value of DELETE removes the key. */
function edited(...edits: Edit[]): unknown {
  const copy = structuredClone(fixture);
  for (const [path, value] of edits) {
    const parentPath = path.slice(0, -1);
    const key = path.at(-1) as string | number;
    let parent = copy as Record<string | number, unknown>;
    for (const step of parentPath) parent = parent[step] as Record<string | number, unknown>;
    if (value === DELETE) delete parent[key];
    else parent[key] = value;
  }
  return copy;
}

function issuesOf(value: unknown): [path: string, code: string][] {
  const result = parsePluginManifest(value);
  return result.success ? [] : result.issues.map((issue) => [issue.path, issue.code]);
}

const answered = 'http://adlnet.gov/expapi/verbs/answered';
const query0 = ['dashboard', 'queries', 0];
const query1 = ['dashboard', 'queries', 1];
const query2 = ['dashboard', 'queries', 2];
const fr = (text: string) => ({ fr: text });

interface InvalidCase {
  name: string;
  edits: Edit[];
  issues: [path: string, code: ManifestIssueCode][];
}

const invalidCases: InvalidCase[] = [
  // Root fields.
  {
    name: 'manifestVersion 2',
    edits: [[['manifestVersion'], 2]],
    issues: [['manifestVersion', 'unsupported-manifest-version']],
  },
  {
    name: 'manifestVersion as string',
    edits: [[['manifestVersion'], '1']],
    issues: [['manifestVersion', 'invalid-type']],
  },
  {
    name: 'id with uppercase',
    edits: [[['id'], 'Fr.Fabrique.Numbers']],
    issues: [['id', 'invalid-plugin-id']],
  },
  {
    name: 'id with two labels',
    edits: [[['id'], 'fabrique.numbers']],
    issues: [['id', 'invalid-plugin-id']],
  },
  { name: 'id missing', edits: [[['id'], DELETE]], issues: [['id', 'missing-property']] },
  {
    name: 'version with leading v',
    edits: [[['version'], 'v0.1.0']],
    issues: [['version', 'invalid-version']],
  },
  {
    name: 'version with build metadata',
    edits: [[['version'], '0.1.0+42']],
    issues: [['version', 'invalid-version']],
  },
  {
    name: 'hostApi not a range',
    edits: [[['hostApi'], 'latest']],
    issues: [['hostApi', 'invalid-host-api-range']],
  },
  {
    name: 'unknown root property',
    edits: [[['homepage'], 'https://example.org']],
    issues: [['homepage', 'unknown-property']],
  },
  {
    name: '$schema not a string',
    edits: [[['$schema'], 1]],
    issues: [['$schema', 'invalid-type']],
  },
  // Language maps.
  {
    name: 'title without French',
    edits: [[['title'], { en: 'Number line' }]],
    issues: [['title', 'missing-french']],
  },
  {
    name: 'title with invalid tag',
    edits: [[['title', 'en_GB'], 'Number line']],
    issues: [['title.en_GB', 'invalid-language-tag']],
  },
  {
    name: 'title with private-use tag',
    edits: [[['title', 'x-klingon'], 'Qagh']],
    issues: [['title["x-klingon"]', 'invalid-language-tag']],
  },
  {
    name: 'title with tags differing in case',
    edits: [[['title', 'FR'], 'Ligne']],
    issues: [['title.FR', 'duplicate-language-tag']],
  },
  { name: 'title blank', edits: [[['title', 'fr'], '   ']], issues: [['title.fr', 'empty-text']] },
  {
    name: 'title too long',
    edits: [[['title', 'fr'], 'é'.repeat(81)]],
    issues: [['title.fr', 'text-too-long']],
  },
  { name: 'title as string', edits: [[['title'], 'Ligne']], issues: [['title', 'invalid-type']] },
  {
    name: 'description too long',
    edits: [[['description', 'en'], 'x'.repeat(2001)]],
    issues: [['description.en', 'text-too-long']],
  },
  // Authors, licence and research.
  { name: 'authors empty', edits: [[['authors'], []]], issues: [['authors', 'too-few-items']] },
  {
    name: 'authors over 50',
    edits: [[['authors'], Array.from({ length: 51 }, () => ({ name: 'A' }))]],
    issues: [['authors', 'too-many-items']],
  },
  {
    name: 'author name empty',
    edits: [[['authors', 0, 'name'], '']],
    issues: [['authors[0].name', 'empty-text']],
  },
  {
    name: 'orcid check digit wrong',
    edits: [[['authors', 0, 'orcid'], '0000-0002-1825-0098']],
    issues: [['authors[0].orcid', 'invalid-orcid']],
  },
  {
    name: 'orcid as URL',
    edits: [[['authors', 0, 'orcid'], 'https://orcid.org/0000-0002-1825-0097']],
    issues: [['authors[0].orcid', 'invalid-orcid']],
  },
  {
    name: 'author email property',
    edits: [[['authors', 0, 'email'], 'ada@example.org']],
    issues: [['authors[0].email', 'unknown-property']],
  },
  {
    name: 'license not SPDX',
    edits: [[['license'], 'GPL v3']],
    issues: [['license', 'invalid-licence']],
  },
  {
    name: 'license unknown id',
    edits: [[['license'], 'AGPL-4.0']],
    issues: [['license', 'invalid-licence']],
  },
  {
    name: 'references empty',
    edits: [[['research', 'references'], []]],
    issues: [['research.references', 'too-few-items']],
  },
  {
    name: 'doi with resolver',
    edits: [
      [['research', 'references', 0, 'doi'], 'https://doi.org/10.1111/j.1467-8624.2004.00684.x'],
    ],
    issues: [['research.references[0].doi', 'invalid-doi']],
  },
  {
    name: 'reference url over http',
    edits: [[['research', 'references', 1, 'url'], 'http://www.education.gouv.fr/']],
    issues: [['research.references[1].url', 'invalid-url']],
  },
  {
    name: 'reference without doi or url',
    edits: [[['research', 'references', 1], { title: 'Rapport' }]],
    issues: [['research.references[1]', 'missing-doi-or-url']],
  },
  {
    name: 'research summary missing',
    edits: [[['research', 'summary'], DELETE]],
    issues: [['research.summary', 'missing-property']],
  },
  // Levels and subjects.
  {
    name: 'level unknown',
    edits: [[['levels'], ['CE3']]],
    issues: [['levels[0]', 'unknown-school-level']],
  },
  {
    name: 'level repeated',
    edits: [[['levels'], ['CP', 'CE1', 'CP']]],
    issues: [['levels[2]', 'duplicate-value']],
  },
  { name: 'levels empty', edits: [[['levels'], []]], issues: [['levels', 'too-few-items']] },
  { name: 'levels as string', edits: [[['levels'], 'CP']], issues: [['levels', 'invalid-type']] },
  {
    name: 'subject unknown',
    edits: [[['subjects'], ['maths']]],
    issues: [['subjects[0]', 'unknown-subject']],
  },
  {
    name: 'subject repeated',
    edits: [[['subjects'], ['arts', 'arts']]],
    issues: [['subjects[1]', 'duplicate-value']],
  },
  // Entries.
  {
    name: 'pupil entry missing',
    edits: [[['entries', 'pupil'], DELETE]],
    issues: [['entries.pupil', 'missing-property']],
  },
  {
    name: 'icon path leaving package',
    edits: [[['icon'], '../icon.svg']],
    issues: [['icon', 'invalid-icon-path']],
  },
  {
    name: 'entry path absolute',
    edits: [[['entries', 'pupil', 'script'], '/dist/pupil.js']],
    issues: [['entries.pupil.script', 'invalid-entry-path']],
  },
  {
    name: 'entry path leaving package',
    edits: [[['entries', 'pupil', 'script'], 'dist/../../pupil.js']],
    issues: [['entries.pupil.script', 'invalid-entry-path']],
  },
  {
    name: 'entry path with dot segment',
    edits: [[['entries', 'teacher', 'script'], './dist/teacher.js']],
    issues: [['entries.teacher.script', 'invalid-entry-path']],
  },
  {
    name: 'entry path with backslash',
    edits: [[['entries', 'pupil', 'script'], 'dist\\pupil.js']],
    issues: [['entries.pupil.script', 'invalid-entry-path']],
  },
  {
    name: 'entry path not .js',
    edits: [[['entries', 'pupil', 'script'], 'dist/pupil.ts']],
    issues: [['entries.pupil.script', 'invalid-entry-path']],
  },
  {
    name: 'entry path as URL',
    edits: [[['entries', 'pupil', 'script'], 'https://cdn.example.org/pupil.js']],
    issues: [['entries.pupil.script', 'invalid-entry-path']],
  },
  {
    name: 'setting key uppercase',
    edits: [[['entries', 'settings', 0, 'key'], 'Range']],
    issues: [['entries.settings[0].key', 'invalid-setting-key']],
  },
  {
    name: 'setting key repeated',
    edits: [[['entries', 'settings', 2, 'key'], 'range']],
    issues: [['entries.settings[2].key', 'duplicate-id']],
  },
  {
    name: 'setting type unknown',
    edits: [[['entries', 'settings', 0, 'type'], 'select']],
    issues: [['entries.settings[0].type', 'invalid-value']],
  },
  {
    name: 'setting type missing',
    edits: [[['entries', 'settings', 0, 'type'], DELETE]],
    issues: [['entries.settings[0].type', 'missing-property']],
  },
  {
    name: 'choice default not an option',
    edits: [[['entries', 'settings', 0, 'default'], '0-1000']],
    issues: [['entries.settings[0].default', 'invalid-setting-default']],
  },
  {
    name: 'choice option value repeated',
    edits: [[['entries', 'settings', 0, 'options', 1, 'value'], '0-10']],
    issues: [['entries.settings[0].options[1].value', 'duplicate-value']],
  },
  {
    name: 'choice with one option',
    edits: [[['entries', 'settings', 0, 'options'], [{ value: '0-10', label: fr('De 0 à 10') }]]],
    issues: [['entries.settings[0].options', 'too-few-items']],
  },
  {
    name: 'integer default above max',
    edits: [[['entries', 'settings', 1, 'default'], 40]],
    issues: [['entries.settings[1].default', 'invalid-setting-default']],
  },
  {
    name: 'integer min above max',
    edits: [[['entries', 'settings', 1, 'min'], 50]],
    issues: [['entries.settings[1].max', 'invalid-setting-range']],
  },
  {
    name: 'integer default fractional',
    edits: [[['entries', 'settings', 1, 'default'], 10.5]],
    issues: [['entries.settings[1].default', 'invalid-type']],
  },
  {
    name: 'boolean default as string',
    edits: [[['entries', 'settings', 2, 'default'], 'yes']],
    issues: [['entries.settings[2].default', 'invalid-type']],
  },
  {
    name: 'integer setting with options',
    edits: [[['entries', 'settings', 1, 'options'], []]],
    issues: [['entries.settings[1].options', 'unknown-property']],
  },
  // Capabilities.
  {
    name: 'verb id not an IRI',
    edits: [[['capabilities', 'xapi', 'verbs', 0, 'id'], 'answered']],
    issues: [
      ['capabilities.xapi.verbs[0].id', 'invalid-iri'],
      ['dashboard.queries[0].verb', 'undeclared-dashboard-verb'],
      ['dashboard.queries[1].verb', 'undeclared-dashboard-verb'],
      ['dashboard.queries[2].verb', 'undeclared-dashboard-verb'],
    ],
  },
  {
    name: 'verb declared twice',
    edits: [[['capabilities', 'xapi', 'verbs', 1], { id: answered, reason: fr('Encore') }]],
    issues: [['capabilities.xapi.verbs[1].id', 'duplicate-id']],
  },
  {
    name: 'verb without reason',
    edits: [[['capabilities', 'xapi', 'verbs', 0, 'reason'], DELETE]],
    issues: [['capabilities.xapi.verbs[0].reason', 'missing-property']],
  },
  {
    name: 'activity type not an IRI',
    edits: [[['capabilities', 'xapi', 'activityTypes', 0, 'id'], 'http://']],
    issues: [['capabilities.xapi.activityTypes[0].id', 'invalid-iri']],
  },
  {
    name: 'verbs empty',
    edits: [[['capabilities', 'xapi', 'verbs'], []]],
    issues: [
      ['capabilities.xapi.verbs', 'too-few-items'],
      ['dashboard.queries[0].verb', 'undeclared-dashboard-verb'],
      ['dashboard.queries[1].verb', 'undeclared-dashboard-verb'],
      ['dashboard.queries[2].verb', 'undeclared-dashboard-verb'],
    ],
  },
  {
    name: 'storage quota over 1 MiB',
    edits: [[['capabilities', 'storage', 'quotaBytes'], 1_048_577]],
    issues: [['capabilities.storage.quotaBytes', 'number-out-of-range']],
  },
  {
    name: 'storage quota zero',
    edits: [[['capabilities', 'storage', 'quotaBytes'], 0]],
    issues: [['capabilities.storage.quotaBytes', 'number-out-of-range']],
  },
  {
    name: 'storage scope unknown',
    edits: [[['capabilities', 'storage', 'scope'], 'school']],
    issues: [['capabilities.storage.scope', 'invalid-value']],
  },
  {
    name: 'unknown capability',
    edits: [[['capabilities', 'network'], { reason: fr('Non') }]],
    issues: [['capabilities.network', 'unknown-property']],
  },
  // Data use.
  {
    name: 'data category unknown',
    edits: [
      [
        ['dataUse', 'categories'],
        ['answers', 'location'],
      ],
    ],
    issues: [['dataUse.categories[1]', 'unknown-data-category']],
  },
  {
    name: 'data category repeated',
    edits: [
      [
        ['dataUse', 'categories'],
        ['answers', 'answers'],
      ],
    ],
    issues: [['dataUse.categories[1]', 'duplicate-value']],
  },
  {
    name: 'emotions not flagged sensitive',
    edits: [
      [
        ['dataUse', 'categories'],
        ['answers', 'emotions'],
      ],
    ],
    issues: [['dataUse.sensitive', 'sensitive-data-not-flagged']],
  },
  {
    name: 'video not flagged sensitive',
    edits: [[['dataUse', 'categories'], ['video']]],
    issues: [['dataUse.sensitive', 'sensitive-data-not-flagged']],
  },
  {
    name: 'retention zero days',
    edits: [[['dataUse', 'retentionDays'], 0]],
    issues: [['dataUse.retentionDays', 'number-out-of-range']],
  },
  {
    name: 'retention over ten years',
    edits: [[['dataUse', 'retentionDays'], 3651]],
    issues: [['dataUse.retentionDays', 'number-out-of-range']],
  },
  {
    name: 'microphone without audio',
    edits: [[['capabilities', 'microphone'], { reason: fr('Lire à voix haute') }]],
    issues: [['dataUse.categories', 'undeclared-data-category']],
  },
  {
    name: 'camera without video',
    edits: [[['capabilities', 'camera'], { reason: fr('Filmer') }]],
    issues: [['dataUse.categories', 'undeclared-data-category']],
  },
  // Dashboard.
  {
    name: 'query verb undeclared',
    edits: [[[...query0, 'verb'], 'http://adlnet.gov/expapi/verbs/completed']],
    issues: [['dashboard.queries[0].verb', 'undeclared-dashboard-verb']],
  },
  {
    name: 'query id repeated',
    edits: [[[...query1, 'id'], 'answers']],
    issues: [['dashboard.queries[1].id', 'duplicate-id']],
  },
  {
    name: 'query id uppercase',
    edits: [[[...query0, 'id'], 'Answers']],
    issues: [['dashboard.queries[0].id', 'invalid-id']],
  },
  {
    name: 'query kind unknown',
    edits: [[[...query0, 'kind'], 'table']],
    issues: [['dashboard.queries[0].kind', 'invalid-value']],
  },
  {
    name: 'column id repeated',
    edits: [[[...query0, 'columns', 2, 'id'], 'target']],
    issues: [['dashboard.queries[0].columns[2].id', 'duplicate-id']],
  },
  {
    name: 'column field unknown',
    edits: [[[...query0, 'columns', 1, 'field'], 'result.score']],
    issues: [['dashboard.queries[0].columns[1].field', 'invalid-value']],
  },
  {
    name: 'column field pupil',
    edits: [[[...query0, 'columns', 1, 'field'], 'pupil']],
    issues: [['dashboard.queries[0].columns[1].field', 'invalid-value']],
  },
  {
    name: 'extension not an IRI',
    edits: [[[...query0, 'columns', 0, 'field', 'extension'], 'target']],
    issues: [['dashboard.queries[0].columns[0].field.extension', 'invalid-iri']],
  },
  {
    name: 'extension location unknown',
    edits: [[[...query0, 'columns', 0, 'field', 'in'], 'object']],
    issues: [['dashboard.queries[0].columns[0].field.in', 'invalid-value']],
  },
  {
    name: 'dimension without title',
    edits: [[[...query1, 'groupBy', 0, 'title'], DELETE]],
    issues: [['dashboard.queries[1].groupBy[0].title', 'missing-property']],
  },
  {
    name: 'measure id as dimension id',
    edits: [[[...query1, 'measures', 1, 'id'], 'target']],
    issues: [['dashboard.queries[1].measures[1].id', 'duplicate-id']],
  },
  {
    name: 'median without field',
    edits: [[[...query1, 'measures', 1, 'field'], DELETE]],
    issues: [['dashboard.queries[1].measures[1].field', 'missing-property']],
  },
  {
    name: 'median of result.success',
    edits: [[[...query1, 'measures', 1, 'field'], 'result.success']],
    issues: [['dashboard.queries[1].measures[1].field', 'non-numeric-measure-field']],
  },
  {
    name: 'success-rate with field',
    edits: [[[...query2, 'measures', 0, 'field'], 'result.success']],
    issues: [['dashboard.queries[2].measures[0].field', 'unknown-property']],
  },
  {
    name: 'measure op unknown',
    edits: [[[...query2, 'measures', 0, 'op'], 'average']],
    issues: [['dashboard.queries[2].measures[0].op', 'invalid-value']],
  },
  {
    name: 'where value of wrong type',
    edits: [[[...query1, 'measures', 0, 'where', 'equals'], 'false']],
    issues: [['dashboard.queries[1].measures[0].where.equals', 'invalid-where-value']],
  },
  {
    name: 'orderBy unknown measure',
    edits: [[[...query1, 'orderBy', 'measure'], 'errors']],
    issues: [['dashboard.queries[1].orderBy.measure', 'unknown-order-measure']],
  },
  {
    name: 'limit over 100',
    edits: [[[...query1, 'limit'], 101]],
    issues: [['dashboard.queries[1].limit', 'number-out-of-range']],
  },
  {
    name: 'measures empty',
    edits: [
      [[...query1, 'measures'], []],
      [[...query1, 'orderBy'], DELETE],
    ],
    issues: [['dashboard.queries[1].measures', 'too-few-items']],
  },
  // Locales.
  {
    name: 'locales without French',
    edits: [[['locales'], ['en']]],
    issues: [['locales', 'missing-french']],
  },
  {
    name: 'locale invalid',
    edits: [[['locales'], ['fr', 'en_GB']]],
    issues: [['locales[1]', 'invalid-language-tag']],
  },
  {
    name: 'locale repeated ignoring case',
    edits: [[['locales'], ['fr', 'FR']]],
    issues: [['locales[1]', 'duplicate-value']],
  },
  {
    name: 'locales empty',
    edits: [[['locales'], []]],
    issues: [
      ['locales', 'too-few-items'],
      ['locales', 'missing-french'],
    ],
  },
];

describe('parsePluginManifest', () => {
  test('number-line manifest valid', () => {
    const result = parsePluginManifest(fixture);
    expect(result.success ? [] : result.issues).toEqual([]);
    expect(result.success).toBe(true);
    expect(result.success ? result.manifest.id : '').toBe('fr.fabrique.fundamentals');
  });

  test('minimal manifest valid', () => {
    const minimal = edited(
      [['$schema'], DELETE],
      [['entries'], { pupil: { script: 'pupil.js' } }],
      [
        ['capabilities'],
        { xapi: { verbs: [{ id: answered, reason: fr('Réponses') }], activityTypes: [] } },
      ],
      [['dashboard'], DELETE],
      [['locales'], ['fr']],
    );
    expect(issuesOf(minimal)).toEqual([]);
  });

  test('microphone with flagged audio valid', () => {
    const manifest = edited(
      [['capabilities', 'microphone'], { reason: fr('Lire à voix haute') }],
      [
        ['dataUse', 'categories'],
        ['answers', 'audio'],
      ],
      [['dataUse', 'sensitive'], true],
    );
    expect(issuesOf(manifest)).toEqual([]);
  });

  test('regional language tags valid', () => {
    const manifest = edited([['title'], { fr: 'Ligne', 'fr-CA': 'Ligne', 'oc-aranes': 'Linha' }]);
    expect(issuesOf(manifest)).toEqual([]);
  });

  test.each(invalidCases)('invalid: $name', ({ edits, issues }) => {
    expect(issuesOf(edited(...edits))).toEqual(issues);
  });

  test('every issue code has a case', () => {
    const covered = new Set(invalidCases.flatMap(({ issues }) => issues.map(([, code]) => code)));
    expect(MANIFEST_ISSUE_CODES.filter((code) => !covered.has(code))).toEqual([]);
  });

  test.each([
    ['array', []],
    ['null', null],
    ['string', 'fabrique.plugin.json'],
  ])('root %s rejected', (_name, value) => {
    const result = parsePluginManifest(value);
    expect(result.success).toBe(false);
    expect(result.success ? [] : result.issues).toEqual([
      {
        path: '',
        code: 'invalid-type',
        message: expect.stringMatching(/^The manifest must be an object/),
      },
    ]);
  });

  test('empty object lists required keys', () => {
    const required = issuesOf({}).map(([path]) => path);
    expect(required).toEqual([
      'manifestVersion',
      'id',
      'version',
      'hostApi',
      'title',
      'description',
      'authors',
      'license',
      'research',
      'levels',
      'subjects',
      'entries',
      'capabilities',
      'dataUse',
      'locales',
    ]);
  });

  test('cross-field rules wait for field types', () => {
    const manifest = edited(
      [['title'], 'Ligne'],
      [[...query0, 'verb'], 'http://adlnet.gov/expapi/verbs/completed'],
    );
    expect(issuesOf(manifest)).toEqual([['title', 'invalid-type']]);
  });

  test('__proto__ key dropped from language map', () => {
    const result = parsePluginManifest(
      edited([['title'], JSON.parse('{"fr":"Ligne","__proto__":"x"}')]),
    );
    const title = result.success ? result.manifest.title : {};
    expect(Object.keys(title)).toEqual(['fr']);
    expect(Object.getPrototypeOf(title)).toBe(Object.prototype);
  });

  test('__proto__ key rejected in strict object', () => {
    const manifest = edited([
      ['entries'],
      JSON.parse('{"pupil":{"script":"a.js"},"__proto__":{}}'),
    ]);
    expect(issuesOf(manifest)).toEqual([['entries.__proto__', 'unknown-property']]);
  });

  test.each(invalidCases)('message names path: $name', ({ edits }) => {
    const result = parsePluginManifest(edited(...edits));
    for (const issue of result.success ? [] : result.issues) {
      expect(issue.message.startsWith(issue.path === '' ? 'The manifest' : `${issue.path} `)).toBe(
        true,
      );
      expect(issue.message).toMatch(/\.$/);
      expect(issue.message).not.toContain('\n');
    }
  });
});
