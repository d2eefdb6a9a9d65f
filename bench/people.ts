import { peopleChange, peopleMeasures } from '../src/model/people.ts';
import { applySteps } from '../src/options/index.ts';
import type { Structure } from '../src/model/types.ts';
import { generateWorkspace } from './generate.ts';
import { seeded } from './random.ts';
import { median, printRows, type BenchRow } from './timing.ts';

/** Median CPU time (user + system) in ms of `runs` calls: on a shared, loaded machine wall time also counts the waiting. */
function medianCpu(fn: () => unknown, runs = 15, warmup = 3): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.cpuUsage();
    fn();
    const t = process.cpuUsage(t0);
    times.push((t.user + t.system) / 1000);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** The generated structure with staffing: nine nodes in ten have fte (posts 1 or 0.6, units a group), two in three of those a pay band. */
function staffed(s: Structure, seed: number): Structure {
  const rnd = seeded(seed);
  return {
    ...s,
    nodes: s.nodes.map((n) => {
      if (rnd.int(10) === 0) return n;
      const fte = n.kind === 'unit' ? 1 + rnd.int(200) : rnd.int(5) === 0 ? 0.6 : 1;
      if (rnd.int(3) === 0) return { ...n, fte };
      const min = 20_000 + rnd.int(100_000);
      return { ...n, fte, pay: { min, max: min + rnd.int(20_000) } };
    }),
  };
}

/** People measures (people.md) of a structure of `nodes` nodes, each run on a new structure object so the memo never answers. */
export function benchPeople(nodes: number): BenchRow[] {
  const ws = generateWorkspace({ nodes, steps: Math.min(2_000, nodes / 5), seed: 11 });
  // As the command line and the app hold a structure: parsed from its file. (On the generator's own objects, built by
  // spreads of several shapes, property reads are megamorphic and the same pass takes about 2.5 times as long.)
  const base = JSON.parse(JSON.stringify(staffed(ws.baseline, 3))) as Structure;
  const option = ws.options[0]!;
  const after = applySteps(base, option.steps, option.id).structure;
  const measures = median(() => peopleMeasures({ ...base }).under(base.nodes[0]!.id));
  const change = median(() => peopleChange({ ...base }, { ...after }));
  const measuresCpu = medianCpu(() => peopleMeasures({ ...base }).under(base.nodes[0]!.id));
  const target = 50;
  const rows: BenchRow[] = [
    { name: `people measures of ${nodes} nodes`, value: measures, target: `< ${target} ms`, pass: measures < target },
    { name: '  the same, CPU time', value: measuresCpu },
    { name: `both measures + change (${option.steps.length} steps)`, value: change },
  ];
  printRows(`People and money: ${nodes} nodes (median of 15 runs)`, rows);
  return rows;
}
