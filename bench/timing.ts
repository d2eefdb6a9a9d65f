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

/**
 * Median wall times in ms of two functions run in turn (each once per round), so that a busy machine slows both
 * alike and a target set as a ratio between them stays fair.
 */
export function medianPair(a: () => unknown, b: () => unknown, runs = 15, warmup = 3): [number, number] {
  const timed = (fn: () => unknown): number => {
    const t0 = performance.now();
    fn();
    return performance.now() - t0;
  };
  for (let i = 0; i < warmup; i++) {
    a();
    b();
  }
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < runs; i++) {
    ta.push(timed(a));
    tb.push(timed(b));
  }
  const mid = (t: number[]): number => t.sort((x, y) => x - y)[Math.floor(t.length / 2)]!;
  return [mid(ta), mid(tb)];
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
