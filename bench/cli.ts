import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serializeWorkspace } from '../src/io/index.ts';
import { generateWorkspace } from './generate.ts';
import { isStale } from '../scripts/cli-inputs.mjs';
import { median, printRows, type BenchRow } from './timing.ts';

interface Timed {
  /** ms */
  wall: number;
  cpu: number;
}

/**
 * Wall time of one process (measured here to a fraction of a ms, around the same /usr/bin/time wrapper for every
 * command, so its cost cancels in the differences) and CPU time (user + system, from /usr/bin/time, in 10 ms steps), in ms.
 */
function timeProcess(args: string[], timeFile: string): Timed {
  const start = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', '%e %U %S', '-o', timeFile, process.execPath, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  const wall = performance.now() - start;
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${String(r.stderr)}`);
  const [user, sys] = readFileSync(timeFile, 'utf8').trim().split(/\s+/).slice(-2).map(Number) as [number, number];
  return { wall, cpu: (user + sys) * 1000 };
}

const med = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * The command line as an officer runs it, against node itself, side by side: every variant runs once per round,
 * in rotating order, so load on the (shared) machine falls on all of them alike; figures are medians over rounds.
 * - start-up: `node scripts/cli.mjs check` on a trivial workspace (what `npm run cli` runs, without npm's own
 *   start) against a bare `node -e 0`; target within 150 ms.
 * - staleness check: what the `cli` script spends, in process, deciding whether to rebuild the bundle (it hashes
 *   the contents of every file the bundle was built from); part of the start-up above.
 * - work: `diff --json` of a 10,000-node structure and a 2,000-step option, beyond the trivial run, against
 *   what node takes to read, parse and stringify the same file, beyond `node -e 0`; target at most 6×.
 */
export function benchCli(rounds = 15): BenchRow[] {
  const dir = mkdtempSync(join(tmpdir(), 'bench-cli-'));
  const big = join(dir, 'big.json');
  writeFileSync(big, serializeWorkspace(generateWorkspace({ nodes: 10_000, steps: 2_000, seed: 7 })));
  const tiny = join(dir, 'tiny.json');
  writeFileSync(
    tiny,
    serializeWorkspace({ format: 'org-options/1', title: 'Tiny', baseline: { id: 'base', title: 'Base', nodes: [{ id: 'a', kind: 'post', name: 'A', holder: null, manager: null }] }, options: [] }),
  );
  const variants: Record<string, string[]> = {
    node: ['-e', '0'],
    cliTrivial: ['scripts/cli.mjs', 'check', tiny],
    nodeReadParseStringify: ['-e', `const fs=require('fs');process.stdout.write(JSON.stringify(JSON.parse(fs.readFileSync(${JSON.stringify(big)},'utf8')),null,2))`],
    cliDiff: ['scripts/cli.mjs', 'diff', big, 'generated-base', 'generated', '--json'],
  };
  const timeFile = join(dir, 'time.txt');
  timeProcess(variants.cliTrivial!, timeFile); // builds the bundle if it is stale, outside the timings
  const names = Object.keys(variants);
  const wall = new Map<string, number[]>(names.map((n) => [n, []]));
  const cpu = new Map<string, number[]>(names.map((n) => [n, []]));
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(k + r) % names.length]!;
      const t = timeProcess(variants[name]!, timeFile);
      wall.get(name)!.push(t.wall);
      cpu.get(name)!.push(t.cpu);
    }
  }
  const rows: BenchRow[] = [];
  for (const [label, times] of [['wall', wall], ['CPU', cpu]] as const) {
    const m = (n: string) => med(times.get(n)!);
    const startup = m('cliTrivial') - m('node');
    const work = m('cliDiff') - m('cliTrivial');
    const nodeWork = m('nodeReadParseStringify') - m('node');
    const ratio = work / nodeWork;
    const part: BenchRow[] = [
      { name: `node -e 0 (${label})`, value: m('node') },
      { name: `cli check, trivial workspace (${label})`, value: m('cliTrivial') },
      { name: `cli start-up beyond node -e 0 (${label})`, value: startup, target: '≤ 150 ms', pass: startup <= 150 },
      { name: `node read + parse + stringify big (${label})`, value: m('nodeReadParseStringify') },
      { name: `cli diff --json big (${label})`, value: m('cliDiff') },
      { name: `diff beyond trivial = ${ratio.toFixed(2)}× node's (${label})`, value: work, target: `≤ 6 × ${nodeWork.toFixed(1)} ms`, pass: ratio <= 6 },
    ];
    printRows(`Command line as processes, ${label} time (median of ${rounds} interleaved rounds; big = 10,000 nodes, 2,000 steps)`, part);
    rows.push(...part);
  }
  const check = median(() => isStale(process.cwd(), join(process.cwd(), 'build', 'cli.mjs')), 31, 3);
  const part: BenchRow[] = [{ name: 'cli staleness check: hash the bundle\'s inputs (wall, in process)', value: check }];
  printRows('Command line: deciding whether the bundle is stale (median of 31)', part);
  rows.push(...part);
  return rows;
}
