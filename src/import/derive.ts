import type { NodeId, OrgNode, Pay, Step, Structure, UpdateSet } from '../model/types.ts';
import { derivedWhy } from '../words/import.ts';
import type { Origin } from './types.ts';

const samePay = (a: Pay | undefined, b: Pay | undefined): boolean => (a === undefined ? b === undefined : b !== undefined && a.min === b.min && a.max === b.max);

/** The fields of `to` that differ from `from`, as an update's `set` (absent in `to` → null), or null when none. */
export function changesOf(from: OrgNode, to: OrgNode): UpdateSet | null {
  const set: UpdateSet = {};
  if (from.name !== to.name) set.name = to.name;
  if ((from.holder ?? null) !== (to.holder ?? null)) set.holder = to.holder ?? null;
  if (from.kind !== to.kind) set.kind = to.kind;
  if (from.grade !== to.grade) set.grade = to.grade ?? null;
  if (from.fte !== to.fte) set.fte = to.fte ?? null;
  if (!samePay(from.pay, to.pay)) set.pay = to.pay ? { ...to.pay } : null;
  if (from.unit !== to.unit) set.unit = to.unit ?? null;
  if (from.role !== to.role) set.role = to.role ?? null;
  if (from.ref !== to.ref) set.ref = to.ref ?? null;
  return Object.keys(set).length === 0 ? null : set;
}

/** Depth of every node under its root (roots 0), walking up without recursion; managers outside `s` count as none. */
function depths(s: Structure): Map<NodeId, number> {
  const managerOf = new Map(s.nodes.map((n) => [n.id, n.manager ?? null]));
  const depth = new Map<NodeId, number>();
  for (const n of s.nodes) {
    const path: NodeId[] = [];
    let at: NodeId | null = n.id;
    while (at !== null && !depth.has(at) && managerOf.has(at) && path.length <= s.nodes.length) {
      path.push(at);
      at = managerOf.get(at) ?? null;
    }
    let d = at !== null && depth.has(at) ? depth.get(at)! + 1 : 0;
    for (let i = path.length - 1; i >= 0; i--) depth.set(path[i]!, d++);
  }
  return depth;
}

/** Where each node of the later structure came from (for `why`), and the later file's name (for removals). */
export interface DeriveSource {
  file: string;
  origins?: ReadonlyMap<NodeId, Origin>;
}

/**
 * The steps that turn structure `a` into structure `b`, matched by node id (people.md, "Returns over time"):
 * adds (a new node comes with its manager; managers before their reports), then moves (in `b`'s order from the
 * top down, so no move makes a loop: each node's new manager already sits under its final line), then updates
 * (name, holder, kind, grade, fte, pay, unit, role, ref that differ; absent in `b` → null), then removals (reports before their
 * managers, so each removed node manages nobody by then). Valid when applied one by one; applied to `a` they
 * give `b`'s ids, managers and those fields. Each step's `why` names the file and, where known, the rows.
 * Links, functions and accountabilities are not compared (returns have none).
 */
export function deriveSteps(a: Structure, b: Structure, source: DeriveSource): Step[] {
  const before = new Map(a.nodes.map((n) => [n.id, n]));
  const after = new Map(b.nodes.map((n) => [n.id, n]));
  const where = (id: NodeId): Origin | { file: string } => source.origins?.get(id) ?? { file: source.file };
  const depthB = depths(b);
  const topDown = b.nodes.slice().sort((x, y) => depthB.get(x.id)! - depthB.get(y.id)!);

  const steps: Step[] = [];
  for (const n of topDown) {
    if (before.has(n.id)) continue;
    steps.push({ op: 'add', node: { ...n, manager: n.manager ?? null }, why: derivedWhy('add', where(n.id)) });
  }
  for (const n of topDown) {
    const old = before.get(n.id);
    if (old && (old.manager ?? null) !== (n.manager ?? null)) steps.push({ op: 'move', node: n.id, to: n.manager ?? null, why: derivedWhy('move', where(n.id)) });
  }
  for (const n of b.nodes) {
    const old = before.get(n.id);
    const set = old ? changesOf(old, n) : null;
    if (set) steps.push({ op: 'update', node: n.id, set, why: derivedWhy('update', where(n.id)) });
  }
  const depthA = depths(a);
  const bottomUp = a.nodes.filter((n) => !after.has(n.id)).sort((x, y) => depthA.get(y.id)! - depthA.get(x.id)!);
  for (const n of bottomUp) steps.push({ op: 'remove', node: n.id, why: derivedWhy('remove', { file: source.file }) });
  return steps;
}
