import type { FunctionId, Link, NodeId, OrgNode, Structure, UpdateSet } from '../model/types.ts';
import { linkKey } from '../model/queries.ts';
import { Tree } from './tree.ts';

/**
 * A mutable working copy of a structure, built once per applySteps. Nodes and links live in slots so that
 * the structure it gives back keeps their order (new ones appended, removed ones dropped). Nodes are copied
 * on first write: the input structure is never mutated. Line management, links by node and accountabilities
 * by node are indexed on first use, so a run of steps that never needs them never pays for them.
 */
export class Draft {
  private readonly nodes: (OrgNode | null)[];
  private readonly slotOf = new Map<NodeId, number>();
  /** owned[slot] is true once the node there is this draft's own copy (filled, so writes stay in a packed array). */
  private readonly owned: boolean[];
  private tree: Tree | null = null;

  private readonly links: (Link | null)[];
  private readonly linkAt = new Map<string, number>();
  private linksOf: Map<NodeId, number[]> | null = null;

  private readonly accountable: Map<FunctionId, NodeId>;
  private accountableOf: Map<NodeId, FunctionId[]> | null = null;
  readonly functions: ReadonlySet<FunctionId>;
  /** Whether `links` / `accountable` must appear in the output though the input had none. */
  private linked = false;
  private assigned = false;

  constructor(private readonly base: Structure) {
    this.nodes = base.nodes.slice();
    this.owned = new Array<boolean>(this.nodes.length).fill(false);
    const slotOf = this.slotOf;
    for (let i = 0; i < this.nodes.length; i++) slotOf.set(this.nodes[i]!.id, i);
    this.links = (base.links ?? []).slice();
    for (let i = 0; i < this.links.length; i++) this.linkAt.set(linkKey(this.links[i]!), i);
    this.accountable = new Map(Object.entries(base.accountable ?? {}));
    this.functions = new Set((base.functions ?? []).map((f) => f.id));
  }

  has(id: NodeId): boolean {
    return this.slotOf.has(id);
  }

  private slotOrRoot(id: NodeId | null | undefined): number {
    return id == null ? -1 : (this.slotOf.get(id) ?? -1);
  }

  /** True when `ancestor` is `id` or manages it, directly or through others. */
  isUnder(id: NodeId, ancestor: NodeId): boolean {
    const a = this.slotOf.get(id);
    const b = this.slotOf.get(ancestor);
    return a !== undefined && b !== undefined && this.lines().isUnder(a, b);
  }

  /** `id` and its managers up to its root. */
  lineOf(id: NodeId): NodeId[] {
    const at = this.slotOf.get(id);
    return at === undefined ? [] : this.lines().line(at).map((slot) => this.nodes[slot]!.id);
  }

  reports(id: NodeId): NodeId[] {
    const at = this.slotOf.get(id);
    return at === undefined ? [] : this.lines().reports(at).map((r) => this.nodes[r]!.id);
  }

  reportCount(id: NodeId): number {
    const at = this.slotOf.get(id);
    return at === undefined ? 0 : this.lines().reportCount(at);
  }

  private lines(): Tree {
    if (this.tree) return this.tree;
    const tree = new Tree(this.nodes.length * 2);
    for (let at = 0; at < this.nodes.length; at++) {
      const n = this.nodes[at];
      if (n) tree.attach(at, this.slotOrRoot(n.manager));
    }
    this.tree = tree;
    return tree;
  }

  /**
   * A node safe to write: copied from the input on first write. Handlers check that a node exists before they
   * write it, so a missing one is a broken invariant (a bug), never a refusal an officer reads.
   */
  private writable(id: NodeId): OrgNode {
    const at = this.slotOf.get(id);
    const n = at === undefined ? null : this.nodes[at];
    if (at === undefined || !n) throw new ReferenceError(`Draft.writable(${JSON.stringify(id)})`);
    if (this.owned[at]) return n;
    const copy = { ...n };
    this.nodes[at] = copy;
    this.owned[at] = true;
    return copy;
  }

  addNode(node: OrgNode): void {
    const at = this.nodes.length;
    this.nodes.push({ ...node });
    this.owned.push(true);
    this.slotOf.set(node.id, at);
    this.tree?.attach(at, this.slotOrRoot(node.manager));
  }

  /** Sets the given fields; null removes `grade`, `fte`, `pay`, `unit`, `role` and `ref` (people.md) and keeps `holder` as null (vacant). */
  update(id: NodeId, set: UpdateSet): void {
    const node = this.writable(id);
    for (const [field, value] of Object.entries(set) as [keyof UpdateSet, unknown][]) {
      if (value === undefined) continue;
      if (value === null && REMOVABLE.has(field)) delete node[field as RemovableField];
      else (node as unknown as Record<string, unknown>)[field] = value;
    }
  }

  setManager(id: NodeId, to: NodeId | null): void {
    this.writable(id).manager = to;
    if (this.tree) {
      const at = this.slotOf.get(id)!;
      this.tree.detach(at);
      this.tree.attach(at, this.slotOrRoot(to));
    }
  }

  /** Removes a node with its links and accountabilities; its reports, if any, must have been moved first. */
  removeNode(id: NodeId): void {
    const at = this.slotOf.get(id);
    if (at === undefined) return;
    for (const slot of this.linkSlotsOf(id).slice()) this.dropLinkAt(slot);
    for (const fn of this.functionsOf(id).slice()) this.assign(fn, null);
    this.tree?.detach(at);
    this.linksOf?.delete(id);
    this.accountableOf?.delete(id);
    this.nodes[at] = null;
    this.slotOf.delete(id);
  }

  hasLink(l: Pick<Link, 'kind' | 'from' | 'to'>): boolean {
    return this.linkAt.has(linkKey(l));
  }

  addLink(l: Link): void {
    this.linked = true;
    const slot = this.links.length;
    this.links.push(l);
    this.indexLink(l, slot);
  }

  removeLink(l: Pick<Link, 'kind' | 'from' | 'to'>): void {
    const slot = this.linkAt.get(linkKey(l));
    if (slot !== undefined) this.dropLinkAt(slot);
  }

  /** Re-points every link of `from` to `into`, in place; links that become self-links or duplicates are dropped. */
  repointLinks(from: NodeId, into: NodeId): void {
    for (const slot of this.linkSlotsOf(from).slice()) {
      const l = this.links[slot];
      if (!l) continue;
      this.dropLinkAt(slot);
      const moved: Link = { ...l, from: l.from === from ? into : l.from, to: l.to === from ? into : l.to };
      if (moved.from === moved.to || this.hasLink(moved)) continue;
      this.links[slot] = moved;
      this.indexLink(moved, slot);
    }
  }

  private linkSlotsOf(id: NodeId): readonly number[] {
    if (!this.linksOf) {
      const index = new Map<NodeId, number[]>();
      this.links.forEach((l, slot) => {
        if (!l) return;
        addTo(index, l.from, slot);
        addTo(index, l.to, slot);
      });
      this.linksOf = index;
    }
    return this.linksOf.get(id) ?? NONE;
  }

  private indexLink(l: Link, slot: number): void {
    this.linkAt.set(linkKey(l), slot);
    if (this.linksOf) {
      addTo(this.linksOf, l.from, slot);
      addTo(this.linksOf, l.to, slot);
    }
  }

  private dropLinkAt(slot: number): void {
    const l = this.links[slot];
    if (!l) return;
    this.links[slot] = null;
    this.linkAt.delete(linkKey(l));
    if (this.linksOf) {
      removeFrom(this.linksOf, l.from, slot);
      removeFrom(this.linksOf, l.to, slot);
    }
  }

  functionsOf(id: NodeId): readonly FunctionId[] {
    if (!this.accountableOf) {
      const index = new Map<NodeId, FunctionId[]>();
      for (const [fn, node] of this.accountable) addTo(index, node, fn);
      this.accountableOf = index;
    }
    return this.accountableOf.get(id) ?? NONE;
  }

  assign(fn: FunctionId, to: NodeId | null): void {
    const was = this.accountable.get(fn);
    if (was !== undefined && this.accountableOf) removeFrom(this.accountableOf, was, fn);
    if (to === null) this.accountable.delete(fn);
    else {
      this.assigned = true;
      this.accountable.set(fn, to);
      if (this.accountableOf) addTo(this.accountableOf, to, fn);
    }
  }

  /** The structure as it now stands; unchanged nodes and links are shared with the input. */
  toStructure(): Structure {
    const nodes: OrgNode[] = [];
    for (const n of this.nodes) if (n) nodes.push(n);
    const out: Structure = { ...this.base, nodes };
    const links: Link[] = [];
    for (const l of this.links) if (l) links.push(l);
    if (this.base.links || this.linked) out.links = links;
    if (this.base.accountable || this.assigned) out.accountable = Object.fromEntries(this.accountable);
    return out;
  }
}

const NONE: readonly never[] = [];

/** Fields an update removes when set to null (people.md; unit, role and ref as grade). */
type RemovableField = 'grade' | 'fte' | 'pay' | 'unit' | 'role' | 'ref';
const REMOVABLE: ReadonlySet<string> = new Set<RemovableField>(['grade', 'fte', 'pay', 'unit', 'role', 'ref']);

function addTo<K, V>(index: Map<K, V[]>, key: K, value: V): void {
  const list = index.get(key);
  if (list) list.push(value);
  else index.set(key, [value]);
}

/** Lists per node are short (a node's links or functions), so a linear search is cheaper than a Set. */
function removeFrom<K, V>(index: Map<K, V[]>, key: K, value: V): void {
  const list = index.get(key);
  const at = list ? list.indexOf(value) : -1;
  if (list && at >= 0) list.splice(at, 1);
}
