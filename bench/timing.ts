import { performance } from 'node:perf_hooks';

/** Median wall time in ms of `runs` calls after `warmup` untimed ones. */
export function median(fn: () => unknown, runs = 15, warmup = 3): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

export const ms = (x: number): string => `${x.toFixed(2)} ms`;

export interface BenchRow {
  name: string;
  value: number;
  target?: string;
  pass?: boolean;
}

export function printRows(title: string, rows: BenchRow[]): void {
  console.log(`\n${title}`);
  for (const r of rows) {
    const verdict = r.pass === undefined ? '' : r.pass ? '  PASS' : '  MISS';
    console.log(`  ${r.name.padEnd(44)} ${ms(r.value).padStart(12)}${r.target ? `  (target ${r.target})` : ''}${verdict}`);
  }
}
