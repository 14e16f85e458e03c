// The targets of issue 14 (deliverable 7), each judged from figures measured in the same `npm run bench`
// run: a row per target with the measured value, the limit and PASS, MISS or NOT MEASURED (a scenario
// that failed or was skipped is never counted as a pass).

export type Verdict = 'PASS' | 'MISS' | 'NOT MEASURED';

export interface TargetRow {
  target: string;
  measured: string;
  limit: string;
  verdict: Verdict;
  /** Why a figure is missing, or what the figure covers when it is not the target's full size. */
  note?: string;
}

/** A "higher is better" or "lower is better" comparison; NaN or undefined is not measured. */
export function judge(
  target: string,
  value: number | undefined,
  limit: number,
  direction: 'at least' | 'at most',
  format: (value: number) => string,
  note?: string,
): TargetRow {
  const measured = value !== undefined && Number.isFinite(value);
  const ok = measured && (direction === 'at least' ? value >= limit : value <= limit);
  return {
    target,
    measured: measured ? format(value) : '—',
    limit: `${direction === 'at least' ? '≥' : '≤'} ${format(limit)}`,
    verdict: !measured ? 'NOT MEASURED' : ok ? 'PASS' : 'MISS',
    ...(note ? { note } : {}),
  };
}

export const times = (value: number) => `${value.toFixed(3)}×`;
export const milliseconds = (value: number) => `${value.toFixed(0)} ms`;
export const megabytes = (value: number) => `${value.toFixed(1)} MB`;

/** The table, aligned, then one line counting the verdicts. */
export function describeTargets(rows: TargetRow[]): string[] {
  const width = (pick: (row: TargetRow) => string, title: string) =>
    Math.max(title.length, ...rows.map((row) => pick(row).length));
  const targetWidth = width((row) => row.target, 'target');
  const measuredWidth = width((row) => row.measured, 'measured');
  const limitWidth = width((row) => row.limit, 'limit');
  const line = (target: string, measured: string, limit: string, verdict: string, note = '') =>
    `${target.padEnd(targetWidth)}  ${measured.padStart(measuredWidth)}  ${limit.padEnd(limitWidth)}  ${verdict.padEnd(12)}${note ? `  ${note}` : ''}`.trimEnd();
  const count = (verdict: Verdict) => rows.filter((row) => row.verdict === verdict).length;
  return [
    line('target', 'measured', 'limit', 'verdict'),
    line('-'.repeat(targetWidth), '-'.repeat(measuredWidth), '-'.repeat(limitWidth), '-'.repeat(12)),
    ...rows.map((row) => line(row.target, row.measured, row.limit, row.verdict, row.note)),
    `${count('PASS')} PASS, ${count('MISS')} MISS, ${count('NOT MEASURED')} NOT MEASURED of ${rows.length} targets`,
  ];
}
