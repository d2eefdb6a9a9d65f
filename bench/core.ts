import { create } from 'jsondiffpatch';
import { diffStructures } from '../src/diff/index.ts';
import { applySteps } from '../src/options/index.ts';
import { stepErrorLine } from '../src/words/index.ts';
import { serializeWorkspace } from '../src/io/index.ts';
import type { Workspace } from '../src/model/types.ts';
import { generateWorkspace } from './generate.ts';
import { median, medianPair, printRows, type BenchRow } from './timing.ts';

/** Apply + diff of a 10,000-node structure and a 2,000-step option, against JSON.parse of the file and jsondiffpatch. */
export function benchCore(nodes = 10_000, steps = 2_000): BenchRow[] {
  const ws = generateWorkspace({ nodes, steps, seed: 7 });
  const text = serializeWorkspace(ws);
  const option = ws.options[0]!;

  const applied = applySteps(ws.baseline, option.steps, option.id);
  if (applied.errors.length > 0) throw new Error(`generated steps failed: ${stepErrorLine(applied.errors[0]!)}`);
  const apply = median(() => applySteps(ws.baseline, option.steps, option.id));
  const diff = median(() => diffStructures(ws.baseline, applied.structure));
  // The target is a ratio, so the two sides are timed in turn: a busy machine slows both alike.
  const [parse, applyAndDiff] = medianPair(
    () => JSON.parse(text) as Workspace,
    () => diffStructures(ws.baseline, applySteps(ws.baseline, option.steps, option.id).structure),
  );

  const jdp = create({
    objectHash: (o: object) => {
      const r = o as { id?: string; kind?: string; from?: string; to?: string };
      return r.id ?? `${r.kind}|${r.from}|${r.to}`;
    },
    arrays: { detectMove: false },
  });
  const jsondiffpatch = median(() => jdp.diff(ws.baseline, applied.structure), 3, 0);

  const rows: BenchRow[] = [
    { name: `JSON.parse of the file (${(text.length / 1e6).toFixed(1)} MB)`, value: parse },
    { name: `apply ${steps} steps to ${nodes} nodes`, value: apply },
    { name: 'diff the two structures', value: diff },
    { name: 'apply + diff', value: applyAndDiff, target: `≤ 2× parse = ${(2 * parse).toFixed(2)} ms`, pass: applyAndDiff <= 2 * parse },
    { name: 'jsondiffpatch diff (objectHash by id, 3 runs)', value: jsondiffpatch, target: '> apply + diff', pass: jsondiffpatch > applyAndDiff },
  ];
  printRows(`Core: ${nodes} nodes, ${steps}-step option (median of 15 runs)`, rows);
  return rows;
}
