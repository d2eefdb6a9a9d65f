import { own } from '../model/own.ts';
import type { FunctionId, Link, LinkKind, NodeId, OrgNode, Pay, Structure } from '../model/types.ts';
import { linkKey } from '../model/queries.ts';
import { compareIds } from '../model/order.ts';

export type ChangedField = 'fte' | 'grade' | 'holder' | 'kind' | 'name' | 'pay' | 'ref' | 'role' | 'unit';

export interface MovedNode {
  node: NodeId;
  from: NodeId | null;
  to: NodeId | null;
}

interface FieldChange<F extends ChangedField, V> {
  node: NodeId;
  field: F;
  /** The value in A and in B; null when absent (people.md: grade, fte and pay too). */
  from: V | null;
  to: V | null;
}

/** One field of one node that differs; `from`/`to` are typed by the field. */
export type ChangedNode =
  | FieldChange<'grade' | 'holder' | 'kind' | 'name' | 'ref' | 'role' | 'unit', string>
  | FieldChange<'fte', number>
  | FieldChange<'pay', Pay>;

export interface LinkRef {
  kind: LinkKind;
  from: NodeId;
  to: NodeId;
}

export interface AccountableChange {
  function: FunctionId;
  from: NodeId | null;
  to: NodeId | null;
}

/** The spec's "Comparing two structures" JSON, keys in the spec's order, every list sorted by id. */
export interface StructureDiff {
  from: string;
  to: string;
  added: NodeId[];
  removed: NodeId[];
  moved: MovedNode[];
  changed: ChangedNode[];
  links: { added: LinkRef[]; removed: LinkRef[] };
  accountable: AccountableChange[];
}

const samePay = (x: Pay | undefined, y: Pay | undefined): boolean => x === y || (x !== undefined && y !== undefined && x.min === y.min && x.max === y.max);

/** The fields of `a` and `b` (one node in two structures) that differ, in alphabetical order of field. */
function fieldChanges(id: NodeId, a: OrgNode, b: OrgNode, out: ChangedNode[]): void {
  if (a.fte !== b.fte) out.push({ node: id, field: 'fte', from: a.fte ?? null, to: b.fte ?? null });
  if (a.grade !== b.grade) out.push({ node: id, field: 'grade', from: a.grade ?? null, to: b.grade ?? null });
  if ((a.holder ?? null) !== (b.holder ?? null)) out.push({ node: id, field: 'holder', from: a.holder ?? null, to: b.holder ?? null });
  if (a.kind !== b.kind) out.push({ node: id, field: 'kind', from: a.kind, to: b.kind });
  if (a.name !== b.name) out.push({ node: id, field: 'name', from: a.name, to: b.name });
  if (!samePay(a.pay, b.pay)) {
    out.push({ node: id, field: 'pay', from: a.pay ? { min: a.pay.min, max: a.pay.max } : null, to: b.pay ? { min: b.pay.min, max: b.pay.max } : null });
  }
  if (a.ref !== b.ref) out.push({ node: id, field: 'ref', from: a.ref ?? null, to: b.ref ?? null });
  if (a.role !== b.role) out.push({ node: id, field: 'role', from: a.role ?? null, to: b.role ?? null });
  if (a.unit !== b.unit) out.push({ node: id, field: 'unit', from: a.unit ?? null, to: b.unit ?? null });
}

function accountableOf(s: Structure, fn: FunctionId): NodeId | null {
  return own(s.accountable, fn) ?? null;
}

function compareLinks(a: LinkRef, b: LinkRef): number {
  return compareIds(a.kind, b.kind) || compareIds(a.from, b.from) || compareIds(a.to, b.to);
}

/**
 * Links in one structure and not the other, by (kind, from, to). A structure made by applying steps shares every link
 * the steps left alone with the structure it came from, so links are first matched as the very same objects and only
 * the rest are keyed (a valid structure has no two links with one key: format.md, Links).
 */
function linkDiff(a: Structure, b: Structure): StructureDiff['links'] {
  const notInB = new Set(a.links ?? []);
  const notInA: Link[] = [];
  for (const l of b.links ?? []) if (!notInB.delete(l)) notInA.push(l);
  const only = (x: Iterable<Link>, y: Iterable<Link>): LinkRef[] => {
    const keys = new Set<string>();
    for (const l of y) keys.add(linkKey(l));
    const out: LinkRef[] = [];
    for (const l of x) if (!keys.has(linkKey(l))) out.push({ kind: l.kind, from: l.from, to: l.to });
    return out.sort(compareLinks);
  };
  return { added: only(notInA, notInB), removed: only(notInB, notInA) };
}

function accountableDiff(a: Structure, b: Structure): AccountableChange[] {
  const ids = new Set<FunctionId>();
  for (const f of a.functions ?? []) ids.add(f.id);
  for (const f of b.functions ?? []) ids.add(f.id);
  const out: AccountableChange[] = [];
  for (const id of ids) {
    const from = accountableOf(a, id);
    const to = accountableOf(b, id);
    if (from !== to) out.push({ function: id, from, to });
  }
  return out.sort((x, y) => compareIds(x.function, y.function));
}

/**
 * What differs between structure `a` and structure `b`, nodes matched by id. Linear in their size, plus sorting the
 * changes. A node the steps left alone is the very same object in both (applySteps copies only what it writes), so it
 * is passed over without comparing its fields.
 */
export function diffStructures(a: Structure, b: Structure): StructureDiff {
  const atInB = new Map<NodeId, number>();
  b.nodes.forEach((n, i) => atInB.set(n.id, i));
  const inA = new Uint8Array(b.nodes.length);
  const removed: NodeId[] = [];
  const moved: MovedNode[] = [];
  const changed: ChangedNode[] = [];
  for (const na of a.nodes) {
    const at = atInB.get(na.id);
    if (at === undefined) {
      removed.push(na.id);
      continue;
    }
    inA[at] = 1;
    const nb = b.nodes[at]!;
    if (na === nb) continue;
    const from = na.manager ?? null;
    const to = nb.manager ?? null;
    if (from !== to) moved.push({ node: na.id, from, to });
    fieldChanges(na.id, na, nb, changed);
  }
  const added: NodeId[] = [];
  b.nodes.forEach((n, i) => {
    if (inA[i] === 0) added.push(n.id);
  });
  return {
    from: a.id,
    to: b.id,
    added: added.sort(compareIds),
    removed: removed.sort(compareIds),
    moved: moved.sort((x, y) => compareIds(x.node, y.node)),
    changed: changed.sort((x, y) => compareIds(x.node, y.node) || compareIds(x.field, y.field)),
    links: linkDiff(a, b),
    accountable: accountableDiff(a, b),
  };
}

export function isEmptyDiff(d: StructureDiff): boolean {
  return d.added.length === 0 && d.removed.length === 0 && d.moved.length === 0 && d.changed.length === 0 &&
    d.links.added.length === 0 && d.links.removed.length === 0 && d.accountable.length === 0;
}
