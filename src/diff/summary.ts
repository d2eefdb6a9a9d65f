import type { FunctionId, NodeId, OrgNode, Structure } from '../model/types.ts';
import { nodeIndex } from '../model/queries.ts';
import type { ChangedNode, StructureDiff } from './diff.ts';
import { DEFAULT_CURRENCY, peopleValue } from '../words/money.ts';

const NO_MANAGER = '(no manager)';
const GAP = 'no one accountable (gap)';

type Namer = (id: NodeId | null) => string;

function nodeNamer(index: ReadonlyMap<NodeId, OrgNode>): Namer {
  return (id) => (id === null ? NO_MANAGER : (index.get(id)?.name ?? id));
}

function functionNamer(a: Structure, b: Structure): (id: FunctionId) => string {
  const names = new Map<FunctionId, string>();
  for (const f of a.functions ?? []) names.set(f.id, f.name);
  for (const f of b.functions ?? []) names.set(f.id, f.name);
  return (id) => names.get(id) ?? id;
}

function changedValues(c: ChangedNode, currency: string): [string, string] {
  switch (c.field) {
    case 'holder':
      return [c.from ?? 'vacant', c.to ?? 'vacant'];
    case 'fte':
    case 'pay':
      return [peopleValue(c.from, currency), peopleValue(c.to, currency)];
    default:
      return [c.from ?? '(none)', c.to ?? '(none)'];
  }
}

/**
 * The diff as lines an officer reads, naming nodes and functions by name: added, removed, moved, changed,
 * links added and removed, then accountability. Names on A's side come from `a`, on B's side from `b`;
 * FTE and pay are worded in `currency` (words/money.ts).
 */
export function summariseDiff(d: StructureDiff, a: Structure, b: Structure, currency: string = DEFAULT_CURRENCY): string[] {
  const bIndex = nodeIndex(b);
  const inA = nodeNamer(nodeIndex(a));
  const inB = nodeNamer(bIndex);
  const fn = functionNamer(a, b);
  const lines: string[] = [];
  for (const id of d.added) {
    const manager = bIndex.get(id)?.manager ?? null;
    lines.push(`Added: ${inB(id)} ${manager === null ? NO_MANAGER : `(reports to ${inB(manager)})`}`);
  }
  for (const id of d.removed) lines.push(`Removed: ${inA(id)}`);
  for (const m of d.moved) lines.push(`${inB(m.node)}: ${inA(m.from)} → ${inB(m.to)}`);
  for (const c of d.changed) {
    const [from, to] = changedValues(c, currency);
    lines.push(`${inA(c.node)}: ${c.field} ${from} → ${to}`);
  }
  for (const l of d.links.added) lines.push(`Link added (${l.kind}): ${inB(l.from)} → ${inB(l.to)}`);
  for (const l of d.links.removed) lines.push(`Link removed (${l.kind}): ${inA(l.from)} → ${inA(l.to)}`);
  for (const c of d.accountable) {
    const from = c.from === null ? GAP : inA(c.from);
    const to = c.to === null ? GAP : inB(c.to);
    lines.push(`${fn(c.function)}: ${from} → ${to}`);
  }
  return lines;
}
