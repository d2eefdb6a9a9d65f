import type { FunctionId, NodeId, Structure } from '../model/types.ts';
import type { ChangedNode, StructureDiff } from './diff.ts';

const NO_MANAGER = '(no manager)';
const GAP = 'no one accountable (gap)';

type Namer = (id: NodeId | null) => string;

function nodeNamer(s: Structure, none: string): Namer {
  const names = new Map(s.nodes.map((n) => [n.id, n.name]));
  return (id) => (id === null ? none : (names.get(id) ?? id));
}

function functionNamer(a: Structure, b: Structure): (id: FunctionId) => string {
  const names = new Map<FunctionId, string>();
  for (const f of a.functions ?? []) names.set(f.id, f.name);
  for (const f of b.functions ?? []) names.set(f.id, f.name);
  return (id) => names.get(id) ?? id;
}

function changedValue(c: ChangedNode, value: string | null): string {
  if (c.field === 'holder') return value ?? 'vacant';
  return value ?? '(none)';
}

/**
 * The diff as lines an officer reads, naming nodes and functions by name: added, removed, moved, changed,
 * links added and removed, then accountability. Names on A's side come from `a`, on B's side from `b`.
 */
export function summariseDiff(d: StructureDiff, a: Structure, b: Structure): string[] {
  const inA = nodeNamer(a, NO_MANAGER);
  const inB = nodeNamer(b, NO_MANAGER);
  const fn = functionNamer(a, b);
  const managerIn = new Map(b.nodes.map((n) => [n.id, n.manager ?? null]));
  const lines: string[] = [];
  for (const id of d.added) {
    const manager = managerIn.get(id) ?? null;
    lines.push(`Added: ${inB(id)} ${manager === null ? NO_MANAGER : `(reports to ${inB(manager)})`}`);
  }
  for (const id of d.removed) lines.push(`Removed: ${inA(id)}`);
  for (const m of d.moved) lines.push(`${inB(m.node)}: ${inA(m.from)} → ${inB(m.to)}`);
  for (const c of d.changed) lines.push(`${inA(c.node)}: ${c.field} ${changedValue(c, c.from)} → ${changedValue(c, c.to)}`);
  for (const l of d.links.added) lines.push(`Link added (${l.kind}): ${inB(l.from)} → ${inB(l.to)}`);
  for (const l of d.links.removed) lines.push(`Link removed (${l.kind}): ${inA(l.from)} → ${inA(l.to)}`);
  for (const c of d.accountable) {
    const from = c.from === null ? GAP : inA(c.from);
    const to = c.to === null ? GAP : inB(c.to);
    lines.push(`${fn(c.function)}: ${from} → ${to}`);
  }
  return lines;
}
