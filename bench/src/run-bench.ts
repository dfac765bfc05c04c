import { type BenchOptions, readBenchOptions, USAGE, UsageError } from './bench-options.js';
import { formatIngestion, formatMachine, formatQueries, formatSeeding } from './bench-report.js';
import { type IngestionResult, measureIngestion } from './ingestion-bench.js';
import { readMachineInfo } from './machine-info.js';
import { progress } from './progress.js';
import { measureQueries, type QueryResult } from './query-bench.js';

/**
 * Runs the LRS benchmarks on every dialect and prints Markdown tables:
 * ingestion rates, seeding rates and query timings.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const postgresUrl = process.env.DATABASE_URL || undefined;
  const options = await readBenchOptions(args, postgresUrl);
  if (options.help) {
    process.stdout.write(USAGE);
    return;
  }
  const machine = await readMachineInfo(postgresUrl);
  // The command names DATABASE_URL without its value, which may hold a password.
  const command = [
    ...(postgresUrl ? ['DATABASE_URL=…'] : []),
    'npm run bench',
    ...(args.length > 0 ? ['--', ...args] : []),
  ].join(' ');
  const { ingestion, queries } = await runBenchmarks(options);

  const sections = [`## Machine\n\n${formatMachine(machine, command)}`];
  if (ingestion.length > 0) {
    sections.push(`## Ingestion\n\n${formatIngestion(ingestion, options.ingestion.concurrency)}`);
  }
  if (queries.length > 0) {
    sections.push(`## Queries\n\n${formatQueries(queries)}`);
    sections.push(`## Seeding for the queries\n\n${formatSeeding(queries)}`);
  }
  process.stdout.write(`${sections.join('\n\n')}\n`);
}

async function runBenchmarks(
  options: BenchOptions,
): Promise<{ ingestion: IngestionResult[]; queries: QueryResult[] }> {
  const ingestion: IngestionResult[] = [];
  const queries: QueryResult[] = [];
  for (const dialect of options.dialects) {
    if (options.only.has('ingestion')) {
      progress(`${dialect}: ingestion`);
      ingestion.push(...(await measureIngestion(dialect, options.ingestion)));
    }
    if (options.only.has('queries')) {
      progress(`${dialect}: queries at ${options.queries.sizes.join(', ')} statements`);
      queries.push(...(await measureQueries(dialect, options.queries)));
    }
  }
  return { ingestion, queries };
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) {
    process.stderr.write(`${error.message}\nSee npm run bench -- --help.\n`);
    process.exit(2);
  }
  process.stderr.write(
    `The benchmark failed: ${error instanceof Error ? error.stack : String(error)}\n`,
  );
  process.exit(1);
});
