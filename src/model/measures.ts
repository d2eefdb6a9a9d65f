import { LINK_KINDS, NODE_KINDS, type FunctionId, type LinkKind, type NodeId, type NodeKind, type OrgNode, type Structure } from './types.ts';
import { compareIds } from './order.ts';
import { idRecord } from './own.ts';
import { childrenIndex, linePlaces, type LinePlace } from './queries.ts';

export interface AccountabilityChain {
  function: FunctionId;
  name: string;
  statutory: boolean;
  accountable: NodeId | null;
  /** The top of the accountable node's line of management (`linePlaces`); null for a gap. */
  root: NodeId | null;
  /** Only for statutory functions: no one accountable, or accountable outside the home organisation. */
  flag: 'gap' | 'outside-home' | null;
}

export interface SpanOfControl {
  /** Over posts that manage at least one node; 0 and null when none does. */
  max: number;
  median: number;
  maxNode: NodeId | null;
  byPost: Record<NodeId, number>;
}

export interface Measures {
  nodes: number;
  byKind: Record<NodeKind, number>;
  /** Nodes in the deepest line, root included: a root alone is 1. */
  layers: number;
  /** Every root of line management (a node with no manager), in node order. */
  roots: NodeId[];
  /**
   * The roots that count as separate organisations, in node order: every root but a body that manages nobody and
   * whose only links are governance links it holds, such as a company's own board (leeds-fidelity.md A1, D22: "a
   * board that only governs a company is not a separate organisation"). The one definition the appraisal and the
   * Changes panel's Measures table count.
   */
  organisations: NodeId[];
  /** The organisation the review is about: `opts.home`, else the root with the largest tree (first in node order on a tie). */
  home: NodeId | null;
  span: SpanOfControl;
  /** Functions with no accountable node, sorted by id. */
  gaps: FunctionId[];
  linksByKind: Record<LinkKind, number>;
  /** One per function, in function order. */
  chains: AccountabilityChain[];
}

const zeroes = <K extends string>(keys: readonly K[]): Record<K, number> =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

interface Forest {
  roots: NodeId[];
  size: Map<NodeId, number>;
  layers: number;
  children: Map<NodeId | null, NodeId[]>;
}

/** Depth and size of every root's tree, breadth first. Nodes in a loop are left out; `seen` guards against repeated ids. */
function walkForest(nodes: readonly OrgNode[]): Forest {
  const children = childrenIndex(nodes);
  const roots = children.get(null) ?? [];
  const seen = new Set<NodeId>();
  const size = new Map<NodeId, number>();
  let layers = 0;
  for (const root of roots) {
    let level = [root];
    let depth = 0;
    let count = 0;
    while (level.length > 0) {
      depth++;
      count += level.length;
      const next: NodeId[] = [];
      for (const id of level) {
        seen.add(id);
        for (const c of children.get(id) ?? []) if (!seen.has(c)) next.push(c);
      }
      level = next;
    }
    size.set(root, count);
    layers = Math.max(layers, depth);
  }
  return { roots, size, layers, children };
}

function largestTree(f: Forest): NodeId | null {
  let best: NodeId | null = null;
  let bestSize = 0;
  for (const r of f.roots) {
    const n = f.size.get(r) ?? 0;
    if (n > bestSize) {
      best = r;
      bestSize = n;
    }
  }
  return best;
}

function median(sorted: readonly number[]): number {
  if (sorted.length === 0) return 0;
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function spanOfControl(nodes: readonly OrgNode[], children: ReadonlyMap<NodeId | null, readonly NodeId[]>): SpanOfControl {
  const byPost = idRecord<number>();
  const spans: number[] = [];
  let max = 0;
  let maxNode: NodeId | null = null;
  for (const n of nodes) {
    const count = children.get(n.id)?.length ?? 0;
    if (n.kind !== 'post' || count === 0) continue;
    byPost[n.id] = count;
    spans.push(count);
    if (count > max) {
      max = count;
      maxNode = n.id;
    }
  }
  return { max, median: median(spans.sort((a, b) => a - b)), maxNode, byPost };
}

/** `roots` less the bodies that only govern (see `Measures.organisations`). */
function organisationRoots(s: Structure, f: Forest, index: ReadonlyMap<NodeId, OrgNode>): NodeId[] {
  const governs = new Map<NodeId, boolean>();
  for (const l of s.links ?? []) {
    const onlyGoverns = l.kind === 'governance';
    governs.set(l.from, (governs.get(l.from) ?? true) && onlyGoverns);
    // A link to the body, of any kind, means it does more than govern.
    governs.set(l.to, false);
  }
  const governsOnly = (id: NodeId): boolean =>
    index.get(id)?.kind === 'body' && (f.children.get(id)?.length ?? 0) === 0 && governs.get(id) === true;
  return f.roots.filter((id) => !governsOnly(id));
}

/** Size, shape and accountability of one structure. Tolerates missing `links`, `functions` and `accountable`. */
export function measure(s: Structure, opts: { home?: NodeId } = {}): Measures {
  const index = new Map<NodeId, OrgNode>();
  const byKind = zeroes(NODE_KINDS);
  for (const n of s.nodes) {
    index.set(n.id, n);
    byKind[n.kind]++;
  }
  const forest = walkForest(s.nodes);
  const home = opts.home ?? largestTree(forest);
  const linksByKind = zeroes(LINK_KINDS);
  for (const l of s.links ?? []) linksByKind[l.kind]++;
  const acc = s.accountable ?? {};
  const gaps: FunctionId[] = [];
  const chains: AccountabilityChain[] = [];
  const places = (s.functions ?? []).length > 0 ? linePlaces(index) : new Map<NodeId, LinePlace>();
  for (const f of s.functions ?? []) {
    const accountable = Object.hasOwn(acc, f.id) ? (acc[f.id] ?? null) : null;
    if (accountable === null) gaps.push(f.id);
    const root = accountable === null ? null : (places.get(accountable)?.root ?? null);
    const statutory = f.statutory === true;
    const flag = !statutory ? null : accountable === null ? 'gap' : root !== home ? 'outside-home' : null;
    chains.push({ function: f.id, name: f.name, statutory, accountable, root, flag });
  }
  return {
    nodes: s.nodes.length,
    byKind,
    layers: forest.layers,
    roots: forest.roots,
    organisations: organisationRoots(s, forest, index),
    home,
    span: spanOfControl(s.nodes, forest.children),
    gaps: gaps.sort(compareIds),
    linksByKind,
    chains,
  };
}
