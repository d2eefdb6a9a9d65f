import type { FunctionId, NodeId, OrgNode, Structure } from '../model/types.ts';
import { quoted, userText } from './text.ts';

export const NO_MANAGER = 'no manager (top level)';
export const GAP = 'no one (a gap)';
export const VACANT = 'Vacant';
export const POST_HOLDER = 'Post holder';

/**
 * What a box, a change line or a step says for a node's holder: the holder as written; "Vacant" for a post or an
 * elected member with none (an unheld seat is as vacant as an unheld post); null for a unit or a body with none.
 * With `hideNames`, a held post says "Post holder". The one rule for the screen and the paper.
 */
export function holderLabel(node: Pick<OrgNode, 'kind' | 'holder'>, hideNames = false): string | null {
  const holder = node.holder != null && node.holder.trim() !== '' ? node.holder : null;
  if (holder !== null) return hideNames ? POST_HOLDER : holder;
  return node.kind === 'post' || node.kind === 'member' ? VACANT : null;
}

/** Node and function names as officers read them, for one or more structures (e.g. both sides of a comparison). */
export interface Names {
  /** The node's name, told apart from other nodes of the same name by holder, manager or both; shown safely. */
  node(id: NodeId): string;
  /** A line manager: the node, or "no manager (top level)" for null. */
  manager(id: NodeId | null): string;
  /** Who is accountable: the node, or "no one (a gap)" for null. */
  accountable(id: NodeId | null): string;
  function(id: FunctionId): string;
  /** The node record the names are taken from (the first structure given that has it). */
  record(id: NodeId): OrgNode | undefined;
}

/**
 * How each node of a same-named group is told apart: its holder ("vacant" when none), else "under" its manager,
 * else both, else with its id too, whichever first gives every node of the group a different label, none empty. With holders
 * hidden, only a vacancy is said, never who holds a post.
 */
function qualifiers(group: readonly OrgNode[], record: (id: NodeId) => OrgNode | undefined, shared: ReadonlySet<string>, hide: boolean): Map<NodeId, string> {
  const holder = (n: OrgNode): string => {
    if (n.holder != null && n.holder.trim() !== '') return hide ? '' : userText(n.holder);
    return holderLabel(n) === null ? '' : 'vacant';
  };
  const manager = (n: OrgNode): string => {
    const m = n.manager == null ? undefined : record(n.manager);
    if (!m) return 'top level';
    const mh = shared.has(m.name) && !hide ? holderLabel(m) : null;
    return `under ${userText(m.name)}${mh ? ` (${mh === VACANT ? 'vacant' : userText(mh)})` : ''}`;
  };
  const ways: ((n: OrgNode) => string[])[] = [
    (n) => [holder(n)],
    (n) => [manager(n)],
    (n) => [holder(n), manager(n)],
    (n) => [holder(n), manager(n), `id ${userText(n.id)}`],
  ];
  const label = (parts: string[]) => parts.filter((p) => p !== '').join(', ');
  // A way serves when every label differs and none is empty: an empty "()" tells nothing apart (cases/hostile/emoji-name-length.json).
  const serves = (w: (n: OrgNode) => string[]): boolean => {
    const labels = group.map((n) => label(w(n)));
    return !labels.includes('') && new Set(labels).size === group.length;
  };
  const way = ways.find(serves) ?? ways[3]!;
  return new Map(group.map((n) => [n.id, label(way(n))]));
}

function build(structures: readonly Structure[], hide: boolean): Names {
  const records = new Map<NodeId, OrgNode>();
  for (const s of structures) for (const n of s.nodes) if (!records.has(n.id)) records.set(n.id, n);
  const byName = new Map<string, OrgNode[]>();
  for (const n of records.values()) {
    const group = byName.get(n.name);
    if (group) group.push(n);
    else byName.set(n.name, [n]);
  }
  const shared = new Set([...byName].filter(([, g]) => g.length > 1).map(([name]) => name));
  const record = (id: NodeId) => records.get(id);
  const labels = new Map<NodeId, string>();
  const told = new Map<string, Map<NodeId, string>>();
  const qualifier = (n: OrgNode): string => {
    let q = told.get(n.name);
    if (!q) told.set(n.name, (q = qualifiers(byName.get(n.name)!, record, shared, hide)));
    return q.get(n.id)!;
  };
  const label = (id: NodeId): string => {
    const hit = labels.get(id);
    if (hit !== undefined) return hit;
    const n = records.get(id);
    if (!n) return quoted(id);
    let text = userText(n.name);
    if (shared.has(n.name)) text += ` (${qualifier(n)})`;
    labels.set(id, text);
    return text;
  };
  const fnNames = new Map<FunctionId, string>();
  for (const s of structures) for (const f of s.functions ?? []) if (!fnNames.has(f.id)) fnNames.set(f.id, f.name);
  return {
    node: label,
    manager: (id) => (id === null ? NO_MANAGER : label(id)),
    accountable: (id) => (id === null ? GAP : label(id)),
    function: (id) => {
      const name = fnNames.get(id);
      return name === undefined ? quoted(id) : userText(name);
    },
    record,
  };
}

/** Structures are never changed in place, so one Names per structure (or pair) serves every line about them. */
const single = new WeakMap<Structure, Names>();
const pairs = new WeakMap<Structure, WeakMap<Structure, Names>>();

/**
 * Names for the structures given, first first: a node's name and holder come from the first structure that has it
 * (give the "from" side first so a node keeps one label across a change list). Same-named nodes are told apart
 * across all of them (cases/same-titles.json).
 */
export function namesIn(...structures: Structure[]): Names {
  const [a, b] = structures;
  if (a && structures.length === 1) {
    let hit = single.get(a);
    if (!hit) single.set(a, (hit = build(structures, false)));
    return hit;
  }
  if (a && b && structures.length === 2) {
    let inner = pairs.get(a);
    if (!inner) pairs.set(a, (inner = new WeakMap()));
    let hit = inner.get(b);
    if (!hit) inner.set(b, (hit = build(structures, false)));
    return hit;
  }
  return build(structures, false);
}

/** As `namesIn`, for a paper with post holders' names hidden: same-named posts are told apart by manager, never by who holds them. */
export function namesHidingHolders(...structures: Structure[]): Names {
  return build(structures, true);
}

/** Names of ids alone, for lines whose format fixes ids (the command line's `check`, format.md "Steps"). */
export const ID_NAMES: Names = {
  node: quoted,
  manager: (id) => (id === null ? 'null' : quoted(id)),
  accountable: (id) => (id === null ? 'null' : quoted(id)),
  function: quoted,
  record: () => undefined,
};
