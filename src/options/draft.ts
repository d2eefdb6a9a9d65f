import type { FunctionId, Link, NodeId, OrgNode, Structure } from '../model/types.ts';
import { linkKey } from '../model/queries.ts';
import { Tree } from './tree.ts';

/**
 * A mutable working copy of a structure, built once per applySteps. Nodes and links live in slots so that
 * the structure it gives back keeps their order (new ones appended, removed ones dropped). Nodes are copied
 * on first write: the input structure is never mutated. The children and by-node indexes are built on first use.
 */
interface NodeSlot {
  node: OrgNode | null;
  /** True once the node is this draft's own copy, safe to write. */
  owned: boolean;
  at: number;
}

export class Draft {
  private readonly nodeSlots: NodeSlot[];
  private readonly byId = new Map<NodeId, NodeSlot>();
  private tree: Tree | null = null;

  private readonly linkSlots: (Link | null)[];
  private readonly linkAt = new Map<string, number>();
  private linksOf: Map<NodeId, Set<number>> | null = null;

  private readonly accountable: Map<FunctionId, NodeId>;
  private accountableOf: Map<NodeId, Set<FunctionId>> | null = null;
  readonly functions: ReadonlySet<FunctionId>;
  /** Whether `links` / `accountable` must appear in the output though the input had none. */
  private linked = false;
  private assigned = false;

  constructor(private readonly base: Structure) {
    this.nodeSlots = base.nodes.map((node, at) => {
      const slot = { node, owned: false, at };
      this.byId.set(node.id, slot);
      return slot;
    });
    this.linkSlots = (base.links ?? []).slice();
    this.linkSlots.forEach((l, i) => l && this.linkAt.set(linkKey(l), i));
    this.accountable = new Map(Object.entries(base.accountable ?? {}));
    this.functions = new Set((base.functions ?? []).map((f) => f.id));
  }

  has(id: NodeId): boolean {
    return this.byId.has(id);
  }

  node(id: NodeId): OrgNode | undefined {
    return this.byId.get(id)?.node ?? undefined;
  }

  managerOf(id: NodeId): NodeId | null {
    return this.byId.get(id)?.node?.manager ?? null;
  }

  /** True when `ancestor` is `id` or manages it, directly or through others. */
  isUnder(id: NodeId, ancestor: NodeId): boolean {
    const a = this.byId.get(id);
    const b = this.byId.get(ancestor);
    return a !== undefined && b !== undefined && this.lines().isUnder(a.at, b.at);
  }

  /** `id` and its managers up to its root (stops at a repeat, which a valid draft never has). */
  lineOf(id: NodeId): NodeId[] {
    const line: NodeId[] = [];
    const seen = new Set<NodeId>();
    for (let cur: NodeId | null = id; cur !== null && this.has(cur) && !seen.has(cur); cur = this.managerOf(cur)) {
      seen.add(cur);
      line.push(cur);
    }
    return line;
  }

  reports(id: NodeId): NodeId[] {
    const slot = this.byId.get(id);
    return slot ? this.lines().reports(slot.at).map((at) => this.nodeSlots[at]!.node!.id) : [];
  }

  reportCount(id: NodeId): number {
    const slot = this.byId.get(id);
    return slot ? this.lines().reportCount(slot.at) : 0;
  }

  private lines(): Tree {
    if (this.tree) return this.tree;
    const tree = new Tree(this.nodeSlots.length * 2);
    for (const { node, at } of this.nodeSlots) {
      if (node) tree.attach(at, node.manager == null ? -1 : (this.byId.get(node.manager)?.at ?? -1));
    }
    this.tree = tree;
    return tree;
  }

  /** A node safe to write: copied from the input on first write. */
  private writable(id: NodeId): OrgNode {
    const slot = this.byId.get(id);
    if (!slot?.node) throw new Error(`draft: no node "${id}"`);
    if (!slot.owned) {
      slot.node = { ...slot.node };
      slot.owned = true;
    }
    return slot.node;
  }

  addNode(node: OrgNode): void {
    const slot = { node: { ...node }, owned: true, at: this.nodeSlots.length };
    this.byId.set(node.id, slot);
    this.nodeSlots.push(slot);
    this.tree?.attach(slot.at, node.manager == null ? -1 : (this.byId.get(node.manager)?.at ?? -1));
  }

  update(id: NodeId, set: Partial<Pick<OrgNode, 'name' | 'holder' | 'kind' | 'note'>>): void {
    Object.assign(this.writable(id), set);
  }

  setManager(id: NodeId, to: NodeId | null): void {
    const n = this.writable(id);
    n.manager = to;
    if (this.tree) {
      const at = this.byId.get(id)!.at;
      this.tree.detach(at);
      this.tree.attach(at, to === null ? -1 : (this.byId.get(to)?.at ?? -1));
    }
  }

  /** Removes a node with its links and accountabilities; its reports, if any, must have been moved first. */
  removeNode(id: NodeId): void {
    const slot = this.byId.get(id);
    if (!slot?.node) return;
    for (const at of [...this.linkSlotsOf(id)]) this.dropLinkAt(at);
    for (const fn of [...this.functionsOf(id)]) this.assign(fn, null);
    this.tree?.detach(slot.at);
    this.linksOf?.delete(id);
    this.accountableOf?.delete(id);
    slot.node = null;
    this.byId.delete(id);
  }

  hasLink(l: Pick<Link, 'kind' | 'from' | 'to'>): boolean {
    return this.linkAt.has(linkKey(l));
  }

  addLink(l: Link): void {
    this.linked = true;
    const slot = this.linkSlots.length;
    this.linkSlots.push(l);
    this.indexLink(l, slot);
  }

  removeLink(l: Pick<Link, 'kind' | 'from' | 'to'>): void {
    const slot = this.linkAt.get(linkKey(l));
    if (slot !== undefined) this.dropLinkAt(slot);
  }

  /** Re-points every link of `from` to `into`, in place; links that become self-links or duplicates are dropped. */
  repointLinks(from: NodeId, into: NodeId): void {
    for (const slot of [...this.linkSlotsOf(from)]) {
      const l = this.linkSlots[slot];
      if (!l) continue;
      this.dropLinkAt(slot);
      const moved: Link = { ...l, from: l.from === from ? into : l.from, to: l.to === from ? into : l.to };
      if (moved.from === moved.to || this.hasLink(moved)) continue;
      this.linkSlots[slot] = moved;
      this.indexLink(moved, slot);
    }
  }

  private linkSlotsOf(id: NodeId): ReadonlySet<number> {
    if (!this.linksOf) {
      this.linksOf = new Map();
      this.linkSlots.forEach((l, slot) => {
        if (!l) return;
        addTo(this.linksOf!, l.from, slot);
        addTo(this.linksOf!, l.to, slot);
      });
    }
    return this.linksOf.get(id) ?? EMPTY_SLOTS;
  }

  private indexLink(l: Link, slot: number): void {
    this.linkAt.set(linkKey(l), slot);
    if (this.linksOf) {
      addTo(this.linksOf, l.from, slot);
      addTo(this.linksOf, l.to, slot);
    }
  }

  private dropLinkAt(slot: number): void {
    const l = this.linkSlots[slot];
    if (!l) return;
    this.linkSlots[slot] = null;
    this.linkAt.delete(linkKey(l));
    this.linksOf?.get(l.from)?.delete(slot);
    this.linksOf?.get(l.to)?.delete(slot);
  }

  accountableFor(fn: FunctionId): NodeId | null {
    return this.accountable.get(fn) ?? null;
  }

  functionsOf(id: NodeId): ReadonlySet<FunctionId> {
    if (!this.accountableOf) {
      this.accountableOf = new Map();
      for (const [fn, node] of this.accountable) addTo(this.accountableOf, node, fn);
    }
    return this.accountableOf.get(id) ?? EMPTY;
  }

  assign(fn: FunctionId, to: NodeId | null): void {
    const was = this.accountable.get(fn);
    if (was !== undefined) this.accountableOf?.get(was)?.delete(fn);
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
    for (const { node } of this.nodeSlots) if (node) nodes.push(node);
    const out: Structure = { ...this.base, nodes };
    const links: Link[] = [];
    for (const l of this.linkSlots) if (l) links.push(l);
    if (this.base.links || this.linked) out.links = links;
    if (this.base.accountable || this.assigned) out.accountable = Object.fromEntries(this.accountable);
    return out;
  }
}

const EMPTY: ReadonlySet<string> = new Set();
const EMPTY_SLOTS: ReadonlySet<number> = new Set();

function addTo<K, V>(index: Map<K, Set<V>>, key: K, value: V): void {
  const set = index.get(key);
  if (set) set.add(value);
  else index.set(key, new Set([value]));
}
