import type { NodeId, OrgNode, Structure } from './types.ts';
import { compareIds } from './order.ts';

/**
 * Staffing and cost of one structure (people.md, "Measures"): FTE, cost range and unpriced FTE for the whole
 * structure, for each organisation (root) and rolled up under every node, in one pass, memoised per structure
 * object (structures are never mutated). Figures are unrounded: rounding happens only when shown (src/words/money.ts).
 */

/** FTE, cost a year (in the workspace's currency) and the FTE with no pay. All ≥ 0 for a valid structure. */
export interface Staffing {
  /** Sum of `fte`. */
  fte: number;
  /** Sum over priced nodes (with `fte` and `pay`) of fte × pay.min, a year. */
  costMin: number;
  /** Sum over priced nodes of fte × pay.max, a year. */
  costMax: number;
  /** Sum of `fte` over unpriced nodes (with `fte`, without `pay`). */
  unpricedFte: number;
}

export const NO_STAFF: Readonly<Staffing> = Object.freeze({ fte: 0, costMin: 0, costMax: 0, unpricedFte: 0 });

/** A node's own figures: nothing without `fte`; unpriced without `pay` (people.md, Fields). */
export function ownStaffing(n: Pick<OrgNode, 'fte' | 'pay'>): Staffing {
  const fte = n.fte ?? 0;
  if (n.fte === undefined) return { ...NO_STAFF };
  if (!n.pay) return { fte, costMin: 0, costMax: 0, unpricedFte: fte };
  return { fte, costMin: fte * n.pay.min, costMax: fte * n.pay.max, unpricedFte: 0 };
}

export interface PeopleMeasures {
  /** The whole structure: the sum over every node. */
  total: Staffing;
  /** Each organisation (root) in node order, with its whole line of management. */
  roots: { id: NodeId; staffing: Staffing }[];
  /** True when some node has `fte` (the app's default for showing figures on boxes). */
  hasFte: boolean;
  /** Figures rolled up under `id` (its whole line of management, itself included); undefined for an unknown id. */
  under(id: NodeId): Staffing | undefined;
  /** The node's own figures; undefined for an unknown id. */
  own(id: NodeId): Staffing | undefined;
}

const cache = new WeakMap<Structure, PeopleMeasures>();

/**
 * The people measures of `s`, computed once per structure object: linear in its nodes, iterative (no recursion,
 * so any depth), on typed arrays. A node whose manager is missing counts as a root; nodes in a line-management
 * loop (never in a valid structure) count in `total` but under no root.
 */
export function peopleMeasures(s: Structure): PeopleMeasures {
  let m = cache.get(s);
  if (!m) {
    m = computePeople(s);
    cache.set(s, m);
  }
  return m;
}

function computePeople(s: Structure): PeopleMeasures {
  const nodes = s.nodes;
  const n = nodes.length;
  const slot = new Map<NodeId, number>();
  for (let i = 0; i < n; i++) slot.set(nodes[i]!.id, i);

  // Own figures, four to a node (fte, cost min, cost max, unpriced fte); the same array then accumulates the roll-up.
  const rolled = new Float64Array(n * 4);
  const parent = new Int32Array(n);
  const childCount = new Int32Array(n + 1);
  const total = { fte: 0, costMin: 0, costMax: 0, unpricedFte: 0 };
  let hasFte = false;
  for (let i = 0; i < n; i++) {
    const node = nodes[i]!;
    const f = node.fte;
    if (f !== undefined) {
      hasFte = true;
      rolled[i * 4] = f;
      total.fte += f;
      const pay = node.pay;
      if (pay) {
        rolled[i * 4 + 1] = f * pay.min;
        rolled[i * 4 + 2] = f * pay.max;
        total.costMin += f * pay.min;
        total.costMax += f * pay.max;
      } else {
        rolled[i * 4 + 3] = f;
        total.unpricedFte += f;
      }
    }
    const p = node.manager == null ? undefined : slot.get(node.manager);
    parent[i] = p === undefined || p === i ? -1 : p;
    childCount[parent[i]! + 1]!++;
  }

  // Children in CSR form (index 0 holds the roots), then breadth-first order from the roots.
  const start = new Int32Array(n + 2);
  for (let k = 0; k <= n; k++) start[k + 1] = start[k]! + childCount[k]!;
  const fill = start.slice(0, n + 1);
  const children = new Int32Array(n);
  for (let i = 0; i < n; i++) children[fill[parent[i]! + 1]!++] = i;
  const order = new Int32Array(n);
  let len = 0;
  for (let k = start[0]!; k < start[1]!; k++) order[len++] = children[k]!;
  for (let head = 0; head < len; head++) {
    const at = order[head]!;
    for (let k = start[at + 1]!; k < start[at + 2]!; k++) order[len++] = children[k]!;
  }

  // Deepest first, so each node is complete before it is added to its manager.
  for (let k = len - 1; k >= 0; k--) {
    const i = order[k]!;
    const p = parent[i]!;
    if (p < 0) continue;
    for (let f = 0; f < 4; f++) rolled[p * 4 + f] = rolled[p * 4 + f]! + rolled[i * 4 + f]!;
  }
  // A node in a loop is never reached from a root: it keeps its own figures.
  const at = (i: number): Staffing => ({ fte: rolled[i * 4]!, costMin: rolled[i * 4 + 1]!, costMax: rolled[i * 4 + 2]!, unpricedFte: rolled[i * 4 + 3]! });

  const roots: PeopleMeasures['roots'] = [];
  for (let i = 0; i < n; i++) if (parent[i] === -1) roots.push({ id: nodes[i]!.id, staffing: at(i) });
  return {
    total,
    roots,
    hasFte,
    under: (id) => {
      const i = slot.get(id);
      return i === undefined ? undefined : at(i);
    },
    own: (id) => {
      const i = slot.get(id);
      return i === undefined ? undefined : ownStaffing(nodes[i]!);
    },
  };
}

/** B's figures less A's: each of fte, costMin, costMax and unpricedFte. */
export function staffingDelta(a: Staffing, b: Staffing): Staffing {
  return { fte: b.fte - a.fte, costMin: b.costMin - a.costMin, costMax: b.costMax - a.costMax, unpricedFte: b.unpricedFte - a.unpricedFte };
}

/** One node's own change in staffing and cost between two structures (people.md, "Between two structures"). */
export interface NodeCostEffect {
  node: NodeId;
  change: 'added' | 'removed' | 'changed';
  /** The node's own figures in B less those in A (an added node's own figures; a removed node's, negated). */
  effect: Staffing;
}

export interface PeopleChange {
  from: Staffing;
  to: Staffing;
  /** `to` less `from`. */
  delta: Staffing;
  /** Added and removed nodes with `fte`, and kept nodes whose own figures differ, sorted by node id; their effects sum to `delta`. */
  nodes: NodeCostEffect[];
  /**
   * Organisations (roots, matched by id) whose figures differ, A's roots in node order then B's new ones; null where the
   * root is not a root on that side. Staff moving between organisations show here though the totals do not change.
   */
  organisations: { id: NodeId; from: Staffing | null; to: Staffing | null }[];
}

const samePeople = (a: OrgNode, b: OrgNode): boolean =>
  a.fte === b.fte && (a.pay === b.pay || (a.pay !== undefined && b.pay !== undefined && a.pay.min === b.pay.min && a.pay.max === b.pay.max));

const changeCache = new WeakMap<Structure, WeakMap<Structure, PeopleChange>>();

/**
 * The change in staffing and cost from structure A to structure B, nodes matched by id, and each added, removed
 * or changed node's own cost effect. Moves change no totals, so they are not listed. Memoised per pair.
 */
export function peopleChange(a: Structure, b: Structure): PeopleChange {
  let byB = changeCache.get(a);
  if (!byB) {
    byB = new WeakMap();
    changeCache.set(a, byB);
  }
  let c = byB.get(b);
  if (!c) {
    c = computeChange(a, b);
    byB.set(b, c);
  }
  return c;
}

const sameStaffing = (x: Staffing | null, y: Staffing | null): boolean =>
  x === y || (x !== null && y !== null && x.fte === y.fte && x.costMin === y.costMin && x.costMax === y.costMax && x.unpricedFte === y.unpricedFte);
const counts = (x: Staffing | null): boolean => x !== null && (x.fte !== 0 || x.costMax !== 0);

function organisationChanges(a: Structure, b: Structure): PeopleChange['organisations'] {
  const inA = new Map(peopleMeasures(a).roots.map((r) => [r.id, r.staffing]));
  const inB = new Map(peopleMeasures(b).roots.map((r) => [r.id, r.staffing]));
  const out: PeopleChange['organisations'] = [];
  const consider = (id: NodeId) => {
    const from = inA.get(id) ?? null;
    const to = inB.get(id) ?? null;
    if (!sameStaffing(from, to) && (counts(from) || counts(to))) out.push({ id, from, to });
  };
  for (const id of inA.keys()) consider(id);
  for (const id of inB.keys()) if (!inA.has(id)) consider(id);
  return out;
}

function computeChange(a: Structure, b: Structure): PeopleChange {
  const from = peopleMeasures(a).total;
  const to = peopleMeasures(b).total;
  const inB = new Map<NodeId, OrgNode>();
  for (const n of b.nodes) inB.set(n.id, n);
  const inA = new Set<NodeId>();
  const nodes: NodeCostEffect[] = [];
  for (const na of a.nodes) {
    inA.add(na.id);
    const nb = inB.get(na.id);
    if (nb === undefined) {
      if (na.fte !== undefined) nodes.push({ node: na.id, change: 'removed', effect: staffingDelta(ownStaffing(na), NO_STAFF) });
    } else if (!samePeople(na, nb)) {
      const effect = staffingDelta(ownStaffing(na), ownStaffing(nb));
      if (effect.fte !== 0 || effect.costMin !== 0 || effect.costMax !== 0 || effect.unpricedFte !== 0) nodes.push({ node: na.id, change: 'changed', effect });
    }
  }
  for (const nb of b.nodes) {
    if (!inA.has(nb.id) && nb.fte !== undefined) nodes.push({ node: nb.id, change: 'added', effect: ownStaffing(nb) });
  }
  nodes.sort((x, y) => compareIds(x.node, y.node));
  return { from, to, delta: staffingDelta(from, to), nodes, organisations: organisationChanges(a, b) };
}
