import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import {
  FabriqueError,
  formatManifestIssues,
  isHostApiCompatible,
  parsePluginManifest,
} from '@fabrique/sdk';
import type { AuditLog } from '../audit/audit-log.js';
import type { Logger } from '../logging/logger.js';
import { FILE_LIST_PATH, type PackageFile, packageFileListSchema } from './package-file-list.js';
import type { InstalledPlugin, PluginStore } from './plugin-store.js';

const MANIFEST_PATH = 'fabrique.plugin.json';

/**
 * Installs a built plugin package from a folder: checks its manifest and
 * every listed file's size and sha512, then copies the files into the host's
 * data folder, which is what the plugin origin serves.
 */
export class PluginInstaller {
  constructor(
    private readonly store: PluginStore,
    private readonly audit: AuditLog,
    private readonly pluginsDir: string,
    private readonly logger: Logger,
  ) {}

  /** Installs or upgrades the plugin in `packageDir`; returns the installed record. */
  async installFromFolder(packageDir: string, actor: string): Promise<InstalledPlugin> {
    const manifest = await readManifest(packageDir);
    const files = await readFileList(packageDir);
    const current = await this.store.findById(manifest.id);
    if (current?.version === manifest.version && sameFiles(current.files, files)) return current;
    const contents = await readVerifiedFiles(packageDir, files);
    requireListed(files, [
      MANIFEST_PATH,
      manifest.entries.pupil.script,
      ...(manifest.entries.teacher ? [manifest.entries.teacher.script] : []),
      ...(manifest.icon ? [manifest.icon] : []),
    ]);
    const filesDir = join(this.pluginsDir, manifest.id, manifest.version);
    await writeAtomically(filesDir, contents);
    const plugin: InstalledPlugin = {
      id: manifest.id,
      version: manifest.version,
      manifest,
      filesDir,
      files,
      installedAt: new Date().toISOString(),
    };
    await this.store.save(plugin);
    await this.audit.append({
      actor,
      action: current ? 'plugin.update' : 'plugin.install',
      target: manifest.id,
      details: { version: manifest.version, previous: current?.version ?? null },
    });
    this.logger.info({ pluginId: manifest.id, version: manifest.version }, 'plugin installed');
    return plugin;
  }
}

async function readJson(path: string, what: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new FabriqueError(
      'package-unreadable',
      400,
      `Cannot read ${what} at ${path}: ${(error as Error).message}. Run \`fabrique build\` in the plugin folder.`,
      {},
      { cause: error },
    );
  }
}

async function readManifest(packageDir: string) {
  const parsed = parsePluginManifest(
    await readJson(join(packageDir, MANIFEST_PATH), 'the manifest'),
  );
  if (!parsed.success) {
    throw new FabriqueError(
      'invalid-manifest',
      400,
      `Invalid plugin manifest in ${packageDir}:\n${formatManifestIssues(parsed.issues)}`,
    );
  }
  if (!isHostApiCompatible(parsed.manifest.hostApi)) {
    throw new FabriqueError(
      'incompatible-host-api',
      400,
      `Plugin ${parsed.manifest.id} needs host API ${parsed.manifest.hostApi}, which this host does not provide.`,
    );
  }
  return parsed.manifest;
}

async function readFileList(packageDir: string): Promise<PackageFile[]> {
  const parsed = packageFileListSchema.safeParse(
    await readJson(join(packageDir, FILE_LIST_PATH), 'the file list'),
  );
  if (!parsed.success) {
    throw new FabriqueError(
      'invalid-file-list',
      400,
      `Invalid ${FILE_LIST_PATH}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`,
    );
  }
  const paths = parsed.data.files.map((file) => file.path);
  if (new Set(paths).size !== paths.length) {
    throw new FabriqueError('invalid-file-list', 400, `${FILE_LIST_PATH} lists a path twice.`);
  }
  return parsed.data.files;
}

async function readVerifiedFiles(
  packageDir: string,
  files: PackageFile[],
): Promise<Map<string, Buffer>> {
  const contents = new Map<string, Buffer>();
  for (const file of files) {
    const bytes = await readFile(join(packageDir, file.path));
    const integrity = `sha512-${createHash('sha512').update(bytes).digest('base64')}`;
    if (bytes.length !== file.size || integrity !== file.integrity) {
      throw new FabriqueError(
        'file-integrity-mismatch',
        400,
        `File ${file.path} does not match its listed size and sha512; rebuild the package.`,
        { path: file.path },
      );
    }
    contents.set(file.path, bytes);
  }
  return contents;
}

function requireListed(files: PackageFile[], paths: string[]): void {
  const listed = new Set(files.map((file) => file.path));
  for (const path of paths) {
    if (!listed.has(path)) {
      throw new FabriqueError(
        'file-not-listed',
        400,
        `${path} is missing from ${FILE_LIST_PATH}; rebuild the package.`,
        { path },
      );
    }
  }
}

function sameFiles(left: PackageFile[], right: PackageFile[]): boolean {
  return JSON.stringify(left) === JSON.stringify(right);
}

/** Writes into a sibling temporary folder, then renames it over the target. */
async function writeAtomically(targetDir: string, contents: Map<string, Buffer>): Promise<void> {
  const temporaryDir = `${targetDir}.installing-${process.pid}-${Date.now()}`;
  for (const [path, bytes] of contents) {
    const destination = join(temporaryDir, path);
    await mkdir(dirname(destination), { recursive: true });
    await writeFile(destination, bytes);
  }
  await rm(targetDir, { recursive: true, force: true });
  await rename(temporaryDir, targetDir);
}
