// Bundles the host UI into dist/: index.html, assets/app.js (+ source map),
// assets/app.css, assets/icon.svg and the emoji font with its licence in
// assets/fonts/. `node build.mjs --watch` rebuilds on change.
import { copyFile, cp, mkdir, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = fileURLToPath(new URL('.', import.meta.url));
const dist = `${root}dist`;
const watch = process.argv.includes('--watch');

/** @type {import('esbuild').BuildOptions} */
const options = {
  absWorkingDir: root,
  entryPoints: [
    { in: 'src/main.ts', out: 'app' },
    { in: 'src/styles/app.css', out: 'app' },
  ],
  outdir: 'dist/assets',
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: ['es2022'],
  // Workspace packages such as @fabrique/sdk resolve to their TypeScript sources.
  conditions: ['source'],
  minify: !watch,
  sourcemap: 'linked',
  charset: 'utf8',
  legalComments: 'linked',
  // app.css names the font by its served URL, which build.mjs copies in place.
  external: ['/assets/fonts/*'],
  logLevel: 'info',
  metafile: true,
};

// dist/types belongs to `tsc -b`, so only this script's outputs are removed.
await rm(`${dist}/assets`, { recursive: true, force: true });
await rm(`${dist}/index.html`, { force: true });
await mkdir(`${dist}/assets`, { recursive: true });
// The page loads app.js as an external module script: the host's CSP allows no inline script.
await copyFile(`${root}src/index.html`, `${dist}/index.html`);
await copyFile(`${root}src/assets/icon.svg`, `${dist}/assets/icon.svg`);
// The woff2 subset of Noto Color Emoji and its OFL licence.
await cp(`${root}src/assets/fonts`, `${dist}/assets/fonts`, { recursive: true });

if (watch) {
  const context = await esbuild.context(options);
  await context.watch();
} else {
  await esbuild.build(options);
}
