import type { IngestionResult } from './ingestion-bench.js';
import type { MachineInfo } from './machine-info.js';
import type { QueryResult } from './query-bench.js';

/** The ingestion target: HTTP at least this fraction of the raw insert rate. */
export const INGESTION_TARGET = 0.25;
/** The query target: at the largest size, at most this multiple of the smallest size's median. */
export const QUERY_GROWTH_TARGET = 2;

/** Formats the machine description as a Markdown list. */
export function formatMachine(machine: MachineInfo, command: string): string {
  const lines = [
    `- command: \`${command}\``,
    `- CPU: ${machine.cpu}, ${machine.cores} cores`,
    `- memory: ${machine.memoryGiB} GiB`,
    `- Node.js ${machine.node}`,
    `- SQLite ${machine.sqlite}`,
  ];
  if (machine.postgres) lines.push(`- PostgreSQL ${machine.postgres}`);
  return lines.join('\n');
}

/** Formats ingestion results as a Markdown table, with the HTTP to raw ratio. */
export function formatIngestion(results: readonly IngestionResult[], concurrency: number): string {
  const rows = results.map((result) => {
    const ratio = result.http.rate / result.raw.rate;
    return [
      result.dialect,
      String(result.batchSize),
      String(result.http.statements),
      rate(result.http.rate),
      rate(result.raw.rate),
      `${(ratio * 100).toFixed(1)} %`,
      ratio >= INGESTION_TARGET ? 'met' : 'missed',
    ];
  });
  return table(
    [
      'dialect',
      'batch',
      'statements',
      `HTTP, ${concurrency} in flight (statements/s)`,
      'raw inserts (statements/s)',
      'HTTP / raw',
      `target ≥ ${INGESTION_TARGET * 100} %`,
    ],
    rows,
  );
}

/** Formats query timings as a Markdown table: median and p95 per size, and the growth. */
export function formatQueries(results: readonly QueryResult[]): string {
  const sizes = [...new Set(results.map((result) => result.size))];
  const smallest = sizes[0] as number;
  const largest = sizes.at(-1) as number;
  const header = ['dialect', 'query', 'page'];
  for (const size of sizes) header.push(`${count(size)} median (ms)`, `${count(size)} p95 (ms)`);
  header.push(`${count(largest)} / ${count(smallest)} median`, `target ≤ ${QUERY_GROWTH_TARGET}×`);
  const rows: string[][] = [];
  for (const dialect of new Set(results.map((result) => result.dialect))) {
    const bySize = sizes.map((size) =>
      results.find((result) => result.dialect === dialect && result.size === size),
    );
    for (const timing of bySize[0]?.queries ?? []) {
      const cells = [dialect, timing.query, String(timing.returned)];
      const medians: number[] = [];
      for (const result of bySize) {
        const found = result?.queries.find((query) => query.query === timing.query)?.timing;
        cells.push(found ? found.median.toFixed(1) : '', found ? found.p95.toFixed(1) : '');
        medians.push(found?.median ?? Number.NaN);
      }
      const growth = (medians.at(-1) as number) / (medians[0] as number);
      cells.push(`${growth.toFixed(2)}×`, growth <= QUERY_GROWTH_TARGET ? 'met' : 'missed');
      rows.push(cells);
    }
  }
  return table(header, rows);
}

/** Formats the seeding rates of the query benchmark as a Markdown table. */
export function formatSeeding(results: readonly QueryResult[]): string {
  return table(
    ['dialect', 'stored after', 'seeded', 'seconds', 'statements/s'],
    results.map((result) => [
      result.dialect,
      count(result.size),
      String(result.seeding.statements),
      result.seeding.seconds.toFixed(1),
      rate(result.seeding.rate),
    ]),
  );
}

function table(header: readonly string[], rows: readonly string[][]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function rate(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

function count(size: number): string {
  if (size >= 1_000_000 && size % 1_000_000 === 0) return `${size / 1_000_000} M`;
  if (size >= 1_000 && size % 1_000 === 0) return `${size / 1_000} k`;
  return String(size);
}
