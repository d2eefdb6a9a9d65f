import type { Link, NodeId, OrgNode, Structure } from '../model/types.ts';
import { childrenIndex, nodeIndex } from '../model/queries.ts';
import { branchLine, pageOf, reportsPart } from '../words/print.ts';
import { BOX } from './theme.ts';
import { pageLineWith } from '../words/exports.ts';

/** A subtree drawn from its own first page on: `root` null is the whole forest. */
export interface Branch {
  root: NodeId | null;
  /** The page that shows `root` with a continuation mark; null for the first branch. */
  fromPage: number | null;
  /** Set once planned: the number of its first page. */
  firstPage: number;
}

/** One page of a chart that does not fit a sheet at a legible size. */
export interface ChartPagePlan {
  /** What the page draws: a branch with its root made a root, or a manager with part of its reports. */
  structure: Structure;
  /** Nodes drawn collapsed because their reports continue in another branch. */
  cut: Map<NodeId, Branch>;
  teamColumns?: ((count: number) => number) | undefined;
  branch: Branch;
  /** When the page holds part of one manager's reports (`manager` null: part of the top-level boxes). */
  part?: { manager: NodeId | null; from: number; to: number; total: number } | undefined;
}

/** A page being tried: what it would draw, and the page line above it (with placeholder numbers of full width). */
export interface Candidate {
  structure: Structure;
  cut: ReadonlySet<NodeId>;
  teamColumns?: ((count: number) => number) | undefined;
  pageLine: string | undefined;
}

export interface PlanHost {
  /** Whether the candidate, drawn on its page, is at a legible scale. */
  fits(c: Candidate): boolean;
  /** Room across the page for a chart, in chart units at the smallest legible scale. */
  roomWidth: number;
  /** Nodes the officer collapsed: drawn collapsed, never continued. */
  collapsed: ReadonlySet<NodeId>;
}

/** The largest n in [lo, hi] with ok(n), given ok(lo); by doubling then halving, so large pages cost few tries. */
function largest(lo: number, hi: number, ok: (n: number) => boolean): number {
  let good = lo;
  let step = 1;
  let bad = hi + 1;
  while (good + step < bad) {
    if (ok(good + step)) {
      good += step;
      step *= 2;
    } else {
      bad = good + step;
      break;
    }
  }
  while (bad - good > 1) {
    const mid = Math.floor((good + bad) / 2);
    if (ok(mid)) good = mid;
    else bad = mid;
  }
  return good;
}

const PLACEHOLDER_PAGE = 999;

/**
 * Splits a chart into pages that each fit at a legible scale (issue 12, part 4): first as much of the top levels
 * as fits, with each deeper manager drawn collapsed and continued on a page of its own (a branch), and so on down.
 * Where a manager's direct reports alone do not fit, they are shared over several pages, its managers first, then
 * its team of leaves in as many columns as the page is wide. Pages come in reading order, breadth first: the
 * overview, then each branch in the order its mark appears. No recursion: a queue of branches.
 */
export function planChartPages(s: Structure, host: PlanHost): ChartPagePlan[] {
  const index = nodeIndex(s);
  const allKids = childrenIndex(s.nodes);
  const kidsOf = (id: NodeId): NodeId[] => (host.collapsed.has(id) ? [] : allKids.get(id) ?? []);
  const isLeaf = (id: NodeId) => kidsOf(id).length === 0 && !(host.collapsed.has(id) && (allKids.get(id)?.length ?? 0) > 0);

  const tops: NodeId[] = [];
  {
    const seen = new Set<NodeId>();
    const reach = (start: NodeId) => {
      tops.push(start);
      const todo = [start];
      while (todo.length > 0) {
        const id = todo.pop()!;
        if (seen.has(id)) continue;
        seen.add(id);
        for (const k of allKids.get(id) ?? []) todo.push(k);
      }
    };
    for (const n of s.nodes) if ((n.manager == null || !index.has(n.manager)) && !seen.has(n.id)) reach(n.id);
    for (const n of s.nodes) if (!seen.has(n.id)) reach(n.id);
  }

  /** The nodes under `starts` (themselves included), breadth first, each with its depth below them. */
  const below = (starts: readonly NodeId[]): { id: NodeId; depth: number }[] => {
    const out = starts.map((id) => ({ id, depth: 0 }));
    const seen = new Set(starts);
    for (let i = 0; i < out.length; i++) {
      const { id, depth } = out[i]!;
      for (const k of allKids.get(id) ?? []) {
        if (seen.has(k)) continue;
        seen.add(k);
        out.push({ id: k, depth: depth + 1 });
      }
    }
    return out;
  };
  const asRoot = (n: OrgNode): OrgNode => (n.manager == null ? n : { ...n, manager: null });
  const subStructure = (ids: readonly NodeId[], roots: ReadonlySet<NodeId>): Structure => ({
    ...s,
    nodes: ids.map((id) => (roots.has(id) ? asRoot(index.get(id)!) : index.get(id)!)),
  });
  const nameOf = (id: NodeId | null) => (id === null ? null : index.get(id)?.name ?? id);

  const plans: ChartPagePlan[] = [];
  const queue: Branch[] = [{ root: null, fromPage: null, firstPage: 0 }];
  for (let q = 0; q < queue.length; q++) {
    const branch = queue[q]!;
    const starts = branch.root === null ? tops : [branch.root];
    const nodes = below(starts);
    const ids = nodes.map((n) => n.id);
    const structure = subStructure(ids, new Set(starts));
    const maxDepth = nodes.reduce((m, n) => Math.max(m, n.depth), 0);
    const branchPageLine = branch.root === null ? pageOf(PLACEHOLDER_PAGE, PLACEHOLDER_PAGE)
      : pageLineWith(pageOf(PLACEHOLDER_PAGE, PLACEHOLDER_PAGE), branchLine(nameOf(branch.root)!, PLACEHOLDER_PAGE));
    const size = new Map<NodeId, number>();
    for (let i = nodes.length - 1; i >= 0; i--) {
      const { id } = nodes[i]!;
      size.set(id, 1 + (allKids.get(id) ?? []).reduce((sum, c) => sum + (size.get(c) ?? 0), 0));
    }
    /** Of the branches `cut`, keeps whole (smallest first) as many as still fit: a small branch is not worth a page. */
    const keepSmall = (cut: ReadonlySet<NodeId>, fits: (cut: ReadonlySet<NodeId>) => boolean): Set<NodeId> => {
      const bySize = [...cut].sort((x, y) => size.get(x)! - size.get(y)!);
      const keeping = (m: number) => new Set(bySize.slice(m));
      const kept = bySize.length > 0 && fits(keeping(1)) ? largest(1, bySize.length, (m) => fits(keeping(m))) : 0;
      return keeping(kept);
    };
    const cutAt = (k: number) => new Set(nodes.filter((n) => n.depth === k && kidsOf(n.id).length > 0).map((n) => n.id));
    const fitsDepth = (k: number) => host.fits({ structure, cut: cutAt(k), pageLine: branchPageLine });
    const emit = (plan: Omit<ChartPagePlan, 'cut' | 'branch'>, cut: ReadonlySet<NodeId>) => {
      const page = plans.length + 1;
      if (branch.firstPage === 0) branch.firstPage = page;
      const marks = new Map<NodeId, Branch>();
      for (const id of cut) {
        const next: Branch = { root: id, fromPage: page, firstPage: 0 };
        marks.set(id, next);
        queue.push(next);
      }
      plans.push({ ...plan, cut: marks, branch });
    };

    if (fitsDepth(maxDepth)) {
      emit({ structure }, new Set());
      continue;
    }
    const minDepth = starts.length > 1 ? 0 : 1;
    if (maxDepth > minDepth && fitsDepth(minDepth)) {
      const k = largest(minDepth, maxDepth - 1, fitsDepth);
      emit({ structure }, keepSmall(cutAt(k), (cut) => host.fits({ structure, cut, pageLine: branchPageLine })));
      continue;
    }

    // The reports of one manager (or the top-level boxes) do not fit one page: share them out, managers first.
    const manager = starts.length === 1 ? starts[0]! : null;
    const items = manager === null ? [...starts] : [...kidsOf(manager)];
    items.sort((a, b) => Number(isLeaf(a)) - Number(isLeaf(b)));
    for (let from = 0; from < items.length;) {
      const chunkOf = (m: number) => items.slice(from, from + m);
      const candidate = (m: number): Candidate => {
        const chunk = chunkOf(m);
        const inChunk = below(chunk).map((n) => n.id);
        const managers = chunk.filter((id) => !isLeaf(id));
        const across = Math.floor((host.roomWidth - 2 * 14 - managers.length * (BOX.width + BOX.hGap * 1.25) + BOX.hGap / 2) / (BOX.width + BOX.hGap / 2));
        const columns = Math.max(1, across);
        return {
          structure: subStructure(manager === null ? inChunk : [manager, ...inChunk], new Set(manager === null ? chunk : [manager])),
          cut: new Set(managers.filter((id) => kidsOf(id).length > 0)),
          teamColumns: () => columns,
          pageLine: pageLineWith(pageOf(PLACEHOLDER_PAGE, PLACEHOLDER_PAGE), reportsPart(nameOf(manager), PLACEHOLDER_PAGE, PLACEHOLDER_PAGE, PLACEHOLDER_PAGE, PLACEHOLDER_PAGE)),
        };
      };
      const m = host.fits(candidate(1)) ? largest(1, items.length - from, (n) => host.fits(candidate(n))) : 1;
      const c = candidate(m);
      const cut = keepSmall(c.cut, (fewer) => host.fits({ ...c, cut: fewer }));
      emit({ structure: c.structure, teamColumns: c.teamColumns, part: { manager, from: from + 1, to: from + m, total: items.length } }, cut);
      from += m;
    }
  }
  return plans;
}

/** One end of a link whose other end is on another page: drawn on this page as a mark naming the other end and its page. */
export interface OffPageEnd {
  /** The end on this page. */
  node: NodeId;
  link: Link;
  /** The other end, and the first page that draws it as a box of its own (numbered in the whole document). */
  other: NodeId;
  otherName: string;
  page: number;
  /** The link is one removed, drawn where it was (`export --changes`). */
  removed?: true;
}

/**
 * For each planned page, the ends of links drawn on it whose other end is not on it at all (issue 10: such a link
 * was drawn on neither page). An end counts as on a page when the page draws it, or a collapsed box standing for
 * it; an end under a box whose reports continue elsewhere is left to the page that draws it. The other end's page
 * is the first to draw it; `pageOffset` is the number of pages before these in the document. `removed`: links no
 * longer in `s` but drawn where they were. Linear in the nodes on the pages and their links.
 */
export function offPageEnds(s: Structure, plans: readonly ChartPagePlan[], pageOffset = 0, removed: readonly Link[] = []): OffPageEnd[][] {
  const byNode = new Map<NodeId, Link[]>();
  const ghosts = new Set(removed);
  for (const link of [...(s.links ?? []), ...removed]) {
    for (const end of [link.from, link.to]) {
      const list = byNode.get(end);
      if (list) list.push(link);
      else byNode.set(end, [link]);
    }
  }
  const names = new Map(s.nodes.map((n) => [n.id, n.name]));
  /** Each page's nodes, and those of them under a box continued on another page. */
  const pages = plans.map((plan) => {
    const on = new Set(plan.structure.nodes.map((n) => n.id));
    const kids = childrenIndex(plan.structure.nodes);
    const away = new Set<NodeId>();
    const todo = [...plan.cut.keys()].flatMap((id) => kids.get(id) ?? []);
    while (todo.length > 0) {
      const id = todo.pop()!;
      if (away.has(id)) continue;
      away.add(id);
      for (const k of kids.get(id) ?? []) todo.push(k);
    }
    return { on, away };
  });
  const home = new Map<NodeId, number>();
  pages.forEach(({ on, away }, i) => {
    for (const id of on) if (!away.has(id) && !home.has(id)) home.set(id, i + 1 + pageOffset);
  });
  return pages.map(({ on, away }) => {
    const ends: OffPageEnd[] = [];
    for (const id of on) {
      if (away.has(id)) continue;
      for (const link of byNode.get(id) ?? []) {
        const other = link.from === id ? link.to : link.from;
        const page = home.get(other);
        if (on.has(other) || page === undefined) continue;
        ends.push({ node: id, link, other, otherName: names.get(other) ?? other, page, ...(ghosts.has(link) ? { removed: true as const } : {}) });
      }
    }
    return ends;
  });
}
