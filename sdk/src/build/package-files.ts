import { createHash } from 'node:crypto';
import { createReadStream, type Dirent } from 'node:fs';
import { lstat, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PluginBuildError } from './plugin-build-error.js';

/** One file of a plugin package, as listed in `dist/fabrique-files.json`. */
export type PackageFile = {
  /** Path relative to the plugin folder, with `/` separators. */
  readonly path: string;
  /** Size in bytes. */
  readonly size: number;
  /** Subresource Integrity value of the content: `sha512-` and the base64 digest. */
  readonly integrity: string;
};

/** Path of the file list, relative to the plugin folder. */
export const FILE_LIST_PATH = 'dist/fabrique-files.json';

/**
 * Lists the files of a plugin package: the manifest, every file under `dist/`
 * except the file list itself, and every file under `assets/` when that folder
 * exists. The list is sorted by path in code-unit order, so it is the same on
 * every machine.
 *
 * @throws PluginBuildError `unsupported-file` for a symbolic link or a special
 * file, which a package cannot carry.
 */
export async function listPackageFiles(root: string, manifestFile: string): Promise<PackageFile[]> {
  const paths = [manifestFile, ...(await walk(root, 'dist')), ...(await walk(root, 'assets'))];
  const files = await Promise.all(
    paths.filter((path) => path !== FILE_LIST_PATH).map((path) => describeFile(root, path)),
  );
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Writes `dist/fabrique-files.json` as `{ "files": [...] }`. */
export async function writeFileList(root: string, files: readonly PackageFile[]): Promise<void> {
  await writeFile(join(root, FILE_LIST_PATH), `${JSON.stringify({ files }, null, 2)}\n`);
}

/** Returns the paths of the regular files under `folder`, or none when it does not exist. */
async function walk(root: string, folder: string): Promise<string[]> {
  let entries: Dirent[];
  try {
    entries = await readdir(join(root, folder), { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return [];
    }
    throw error;
  }
  const paths: string[] = [];
  for (const entry of entries) {
    const path = `${folder}/${entry.name}`;
    if (entry.isDirectory()) {
      paths.push(...(await walk(root, path)));
    } else if (entry.isFile()) {
      paths.push(path);
    } else {
      throw new PluginBuildError(
        'unsupported-file',
        `${path} is a symbolic link or a special file: a package holds regular files only, so copy the target in its place.`,
        { path },
      );
    }
  }
  return paths;
}

async function describeFile(root: string, path: string): Promise<PackageFile> {
  const absolute = join(root, path);
  const stats = await lstat(absolute);
  if (!stats.isFile()) {
    throw new PluginBuildError(
      'unsupported-file',
      `${path} is not a regular file: a package holds regular files only.`,
      { path },
    );
  }
  const hash = createHash('sha512');
  for await (const chunk of createReadStream(absolute)) {
    hash.update(chunk as Buffer);
  }
  return { path, size: stats.size, integrity: `sha512-${hash.digest('base64')}` };
}
