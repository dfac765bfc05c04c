import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Hono } from 'hono';
import type { HostEnv } from '../http/host-env.js';
import { contentTypeOf } from './content-type.js';
import { frameDocument } from './frame-document.js';
import { frameHeaders } from './frame-headers.js';

// Frame document names and the manifest entries they load.
const FRAME_DOCUMENTS: Readonly<Record<string, 'pupil' | 'teacher'>> = {
  'pupil.html': 'pupil',
  'teacher.html': 'teacher',
};

/** Path of a plugin entry's frame document on the plugin origin. */
export function frameDocumentPath(
  pluginId: string,
  version: string,
  entry: 'pupil' | 'teacher',
): string {
  return `/plugins/${pluginId}/${version}/@entry/${entry}.html`;
}

/**
 * The app served on the plugin origin: frame documents and the files listed
 * in installed packages, nothing else. Every response carries the frame headers.
 */
export function createPluginOriginRoutes(hostOrigin: string): Hono<HostEnv> {
  const app = new Hono<HostEnv>();
  const headers = frameHeaders(hostOrigin);
  app.use('*', async (context, next) => {
    await next();
    for (const [name, value] of Object.entries(headers)) context.res.headers.set(name, value);
  });
  app.get('/plugins/:pluginId/:version/@entry/:file', async (context) => {
    const { pluginId, version, file } = context.req.param();
    const plugin = await context.var.services.plugins.findById(pluginId);
    const entry = FRAME_DOCUMENTS[file];
    const declared = plugin && entry ? plugin.manifest.entries[entry] : undefined;
    if (!plugin || plugin.version !== version || !declared) return context.text('Not found', 404);
    const title = plugin.manifest.title.fr;
    return context.html(frameDocument({ title, lang: 'fr', scriptPath: declared.script }));
  });
  app.get('/plugins/:pluginId/:version/*', async (context) => {
    const { pluginId, version } = context.req.param();
    const prefix = `/plugins/${pluginId}/${version}/`;
    const path = decodedPath(context.req.path.slice(prefix.length));
    const plugin = await context.var.services.plugins.findById(pluginId);
    const file =
      plugin?.version === version
        ? plugin.files.find((candidate) => candidate.path === path)
        : undefined;
    if (!plugin || !file) return context.text('Not found', 404);
    const etag = `"${file.integrity}"`;
    if (context.req.header('If-None-Match') === etag)
      return context.body(null, 304, { ETag: etag });
    const bytes = await readFile(join(plugin.filesDir, file.path));
    return context.body(bytes, 200, { 'Content-Type': contentTypeOf(file.path), ETag: etag });
  });
  app.all('*', (context) => context.text('Not found', 404));
  return app;
}

/** Decodes a percent-encoded path; a malformed encoding matches no file. */
function decodedPath(encoded: string): string {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return '';
  }
}
