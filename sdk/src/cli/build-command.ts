import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { BuildLogger } from '../build/build-logger.js';
import { type BuildReport, buildPlugin } from '../build/build-plugin.js';
import { FabriqueError } from '../errors/fabrique-error.js';
import { type CliCommand, CliUsageError } from './cli-command.js';
import type { CliIo } from './cli-io.js';
import { EXIT_CHECK_FAILED, EXIT_OK } from './exit-codes.js';

const HELP = `Usage: fabrique build [folder] [--production]

Validates fabrique.plugin.json, bundles each entry with esbuild
(entries.pupil.script "dist/pupil.js" from "src/pupil.ts", likewise teacher)
and writes dist/fabrique-files.json, the size and sha512 integrity of every
file of the package. dist/ is emptied first.

Arguments:
  folder        the plugin folder, which holds fabrique.plugin.json (default: .)

Options:
  --production  minify the bundles (source maps are written either way)
  -h, --help    show this help

Exit status: 0 built, 1 the plugin failed a check, 2 invalid command line.
`;

/** `fabrique build`: runs `buildPlugin` on a plugin folder. */
export const buildCommand: CliCommand = {
  name: 'build',
  summary: 'validate the manifest, bundle the entries, list the package files',
  help: HELP,
  run: runBuild,
};

async function runBuild(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseBuildArgs(args);
  if (values.help) {
    io.stdout(HELP);
    return EXIT_OK;
  }
  const root = resolve(io.cwd, positionals[0] ?? '.');
  const production = values.production ?? false;
  try {
    const report = await buildPlugin({ root, production, logger: cliLogger(io) });
    io.stdout(formatReport(report));
    return EXIT_OK;
  } catch (error) {
    if (!(error instanceof FabriqueError)) {
      throw error;
    }
    io.stderr(`fabrique build: ${error.message} [${error.code}]\n`);
    return EXIT_CHECK_FAILED;
  }
}

function parseBuildArgs(args: readonly string[]) {
  let parsed: ReturnType<typeof parseWithOptions>;
  try {
    parsed = parseWithOptions(args);
  } catch (error) {
    throw new CliUsageError(error instanceof Error ? error.message : String(error), 'build');
  }
  if (parsed.positionals.length > 1) {
    throw new CliUsageError(
      `fabrique build takes one plugin folder, got ${parsed.positionals.length}: ${parsed.positionals.join(' ')}.`,
      'build',
    );
  }
  return parsed;
}

function parseWithOptions(args: readonly string[]) {
  return parseArgs({
    args: [...args],
    options: {
      production: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
    strict: true,
  });
}

function cliLogger(io: CliIo): BuildLogger {
  return {
    info: (message) => io.stdout(`${message}\n`),
    warn: (message) => io.stderr(`warning: ${message}\n`),
    error: (message) => io.stderr(`${message}\n`),
  };
}

function formatReport(report: BuildReport): string {
  const mode = report.production ? 'production' : 'development';
  const width = Math.max(...report.files.map((file) => file.path.length));
  const lines = report.files.map(
    (file) => `  ${file.path.padEnd(width)}  ${formatSize(file.size)}`,
  );
  return [
    `Built ${report.pluginId} ${report.version} (${mode}) in ${report.durationMs} ms.`,
    `${report.fileListPath} lists ${report.files.length} files:`,
    ...lines,
    '',
  ].join('\n');
}

function formatSize(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KiB`;
}
