import type { NodeId, NodeKind, OrgNode, Pay } from '../model/types.ts';
import { codePointLength, cutToLength, NAME_MAX, withinLength } from '../options/index.ts';
import { isNoManager, titled } from './values.ts';
import type { ImportError, ImportWarning, Origin } from './types.ts';

/** One row of a source file as the importers read it, before rows of one post are pooled. */
export interface SourceRow {
  row: number;
  ref: string;
  name: string;
  holder: string | null;
  grade: string;
  fte: number | null;
  pay: Pay | null;
  /** The manager cell as written (a reference, or a "no manager" marker). */
  manager: string;
  unit: string;
  role: string;
  kind: NodeKind;
}

/** The columns the pooled rows came from, as headed in the file, for warnings and errors. */
export interface PoolColumns {
  ref: string;
  name: string;
  manager: string;
}

/** Rounded to pennies: weighted pay is a division. */
const pennies = (n: number): number => Math.round(n * 100) / 100;

/**
 * The pay of rows pooled into one node (people.md, job shares and junior groups): absent if any row has none;
 * otherwise weighted by FTE so that fte × pay is the sum of the rows' costs (rows without FTE cost nothing);
 * where no row has FTE, the band from the lowest floor to the highest ceiling.
 */
export function pooledPay(rows: readonly { fte: number | null; pay: Pay | null }[]): Pay | null {
  if (rows.some((r) => r.pay === null)) return null;
  if (rows.length === 1) return rows[0]!.pay;
  const total = rows.reduce((t, r) => t + (r.fte ?? 0), 0);
  if (total > 0) {
    const min = rows.reduce((t, r) => t + (r.fte ?? 0) * r.pay!.min, 0) / total;
    const max = rows.reduce((t, r) => t + (r.fte ?? 0) * r.pay!.max, 0) / total;
    return { min: pennies(min), max: pennies(max) };
  }
  return { min: Math.min(...rows.map((r) => r.pay!.min)), max: Math.max(...rows.map((r) => r.pay!.max)) };
}

/** FTE of pooled rows: the sum of those that give one, absent when none does. */
export function pooledFte(rows: readonly { fte: number | null }[]): number | null {
  const given = rows.filter((r) => r.fte !== null);
  return given.length === 0 ? null : given.reduce((t, r) => t + r.fte!, 0);
}

export interface Pooled {
  nodes: OrgNode[];
  origins: Map<NodeId, Origin>;
  /** Reference (lower case) → id, for the junior rows and HR managers that name a post. */
  idOfKey: Map<string, NodeId>;
}

/**
 * Makes one node per distinct reference (compared case-insensitively; people.md job shares: holders joined with
 * " / ", FTE summed, pay weighted by FTE; name, grade, unit, role and manager from the first row) and resolves
 * managers: "no manager" markers → a root; a reference to itself → a root with a warning; a reference that is
 * not a node (`gone`: references left out as eliminated) → a root with a warning. `idOf` gives each reference's id.
 * Errors: two references with one id; a loop in the managers (naming every row in it).
 */
export function poolRows(
  file: string,
  rows: readonly SourceRow[],
  columns: PoolColumns,
  idOf: (ref: string) => NodeId,
  gone: ReadonlySet<string>,
  warnings: ImportWarning[],
): { ok: true; pooled: Pooled } | { ok: false; errors: ImportError[] } {
  const byKey = new Map<string, SourceRow[]>();
  for (const r of rows) {
    const key = r.ref.toLowerCase();
    const list = byKey.get(key);
    if (list) list.push(r);
    else byKey.set(key, [r]);
  }
  const idOfKey = new Map<string, NodeId>();
  const keyOfId = new Map<NodeId, string>();
  const errors: ImportError[] = [];
  for (const [key, list] of byKey) {
    const id = idOf(list[0]!.ref);
    const other = keyOfId.get(id);
    if (other !== undefined) {
      const first = byKey.get(other)![0]!;
      errors.push({ kind: 'id-collision', file, id, refs: [{ ref: first.ref, row: first.row }, { ref: list[0]!.ref, row: list[0]!.row }] });
      continue;
    }
    keyOfId.set(id, key);
    idOfKey.set(key, id);
  }
  if (errors.length > 0) return { ok: false, errors };

  const nodes: OrgNode[] = [];
  const origins = new Map<NodeId, Origin>();
  for (const [key, list] of byKey) {
    const id = idOfKey.get(key)!;
    nodes.push(nodeOf(file, id, key, list, columns, idOfKey, gone, warnings));
    origins.set(id, { file, rows: list.map((r) => r.row) });
  }
  const loops = findManagementLoops(nodes);
  if (loops.length > 0) {
    return {
      ok: false,
      errors: loops.map((ids) => ({
        kind: 'management-loop',
        file,
        column: columns.manager,
        rows: ids.flatMap((id) => origins.get(id)!.rows).sort((a, b) => a - b),
        refs: ids.map((id) => byKey.get(keyOfId.get(id)!)![0]!.ref),
      })),
    };
  }
  return { ok: true, pooled: { nodes, origins, idOfKey } };
}

function nodeOf(
  file: string,
  id: NodeId,
  key: string,
  list: readonly SourceRow[],
  columns: PoolColumns,
  idOfKey: ReadonlyMap<string, NodeId>,
  gone: ReadonlySet<string>,
  warnings: ImportWarning[],
): OrgNode {
  const first = list[0]!;
  const place = { file, row: first.row };
  let name = first.name;
  if (name === '') {
    warnings.push({ kind: 'no-name', ...place, column: columns.name, ref: first.ref });
    name = first.ref;
  } else if (!withinLength(name, NAME_MAX)) {
    warnings.push({ kind: 'name-too-long', ...place, column: columns.name, ref: first.ref, length: codePointLength(name) });
    name = cutToLength(name, NAME_MAX);
  }
  const node: OrgNode = { id, kind: first.kind, name, manager: managerOf(first, key, columns, idOfKey, gone, place, warnings), ref: first.ref };
  if (first.kind === 'post') {
    const holders = list.map((r) => r.holder).filter((h): h is string => h !== null);
    node.holder = holders.length === 0 ? null : holders.join(' / ');
  }
  if (first.grade !== '') node.grade = first.grade;
  const fte = pooledFte(list);
  if (fte !== null) node.fte = fte;
  const pay = pooledPay(list);
  if (pay !== null) node.pay = pay;
  if (first.unit !== '') node.unit = first.unit;
  if (first.role !== '') node.role = first.role;
  return node;
}

function managerOf(
  r: SourceRow,
  key: string,
  columns: PoolColumns,
  idOfKey: ReadonlyMap<string, NodeId>,
  gone: ReadonlySet<string>,
  place: { file: string; row: number },
  warnings: ImportWarning[],
): NodeId | null {
  if (isNoManager(r.manager)) return null;
  const named = titled(place, r.name.length > NAME_MAX ? '' : r.name);
  const to = r.manager.toLowerCase();
  if (to === key) {
    warnings.push({ kind: 'reports-to-itself', ...named, column: columns.manager, ref: r.ref });
    return null;
  }
  const id = idOfKey.get(to);
  if (id !== undefined) return id;
  warnings.push({ kind: 'unknown-manager', ...named, column: columns.manager, ref: r.ref, manager: r.manager, eliminated: gone.has(to) });
  return null;
}

/** Every loop in the managers of `nodes` (a node's manager must be one of them or null), each as its node ids. */
export function findManagementLoops(nodes: readonly OrgNode[]): NodeId[][] {
  const managerOf = new Map(nodes.map((n) => [n.id, n.manager ?? null]));
  const state = new Map<NodeId, 'walking' | 'done'>();
  const loops: NodeId[][] = [];
  for (const start of managerOf.keys()) {
    const path: NodeId[] = [];
    let at: NodeId | null = start;
    while (at !== null && !state.has(at)) {
      state.set(at, 'walking');
      path.push(at);
      at = managerOf.get(at) ?? null;
    }
    if (at !== null && state.get(at) === 'walking') loops.push(path.slice(path.indexOf(at)));
    for (const id of path) state.set(id, 'done');
  }
  return loops;
}
