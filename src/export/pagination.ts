import type { Link, NodeId, OrgNode, Structure } from '../model/types.ts';
import { childrenIndex, nodeIndex } from '../model/queries.ts';
import { branchLine, pageOf, reportsPart } from '../words/print.ts';
import { BOX } from './theme.ts';
import { pageLineWith } from '../words/exports.ts';
import { indexForest } from './forestIndex.ts';

/** A subtree drawn from its own first page on: `root` null is the whole forest. */
export interface Branch {
  root: NodeId | null;
  /** The page that shows `root` with a continuation mark; null for the first branch. */
  fromPage: number | null;
  /** Set once planned: the number of its first page. */
  firstPage: number;
}

/**
 * What a page leaves off under its cut boxes: the nodes there are not in the page's structure (so a page costs
 * the boxes it draws, not the thousands under them), but each cut box still counts them ("+N") and stands for
 * them where a link ends there.
 */
export interface CutAway {
  /** Per cut box, the nodes under it left off the page. */
  hidden: ReadonlyMap<NodeId, number>;
  /** The cut box a node left off the page is under, or null when it is under none of them. */
  standIn: (id: NodeId) => NodeId | null;
}

/** One page of a chart that does not fit a sheet at a legible size. */
export interface ChartPagePlan {
  /** What the page draws: a branch with its root made a root, or a manager with part of its reports; without the nodes under cut boxes. */
  structure: Structure;
  /** Nodes drawn collapsed because their reports continue in another branch. */
  cut: Map<NodeId, Branch>;
  away: CutAway;
  teamColumns?: ((count: number) => number) | undefined;
  branch: Branch;
  /** When the page holds part of one manager's reports (`manager` null: part of the top-level boxes). */
  part?: { manager: NodeId | null; from: number; to: number; total: number } | undefined;
}

/** A page being tried: what it would draw, and the page line above it (with placeholder numbers of full width). */
export interface Candidate {
  structure: Structure;
  cut: ReadonlySet<NodeId>;
  away: CutAway;
  teamColumns?: ((count: number) => number) | undefined;
  pageLine: string | undefined;
}

export interface PlanHost {
  /** Whether the candidate, drawn on its page, is at a legible scale. */
  fits(c: Candidate): boolean;
  /** Room across the page for a chart, in chart units at the smallest legible scale. */
  roomWidth: number;
  /**
   * The most layers of boxes a legible page can hold (see `maxLayersOn`): a candidate with more is refused without
   * being drawn. Infinity when unknown.
   */
  maxLayers: number;
  /** The most boxes a legible page can hold (see `maxBoxesOn`): a candidate with more is refused without being drawn. */
  maxBoxes: number;
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
 * overview, then each branch in the order its mark appears. No recursion: a queue of branches. Each page tried
 * holds only the nodes it draws (see `CutAway`), and one deeper than `host.maxLayers` or with more than
 * `host.maxBoxes` is refused undrawn, so a branch costs what a page can hold, not the depth or span under it (issue 10).
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
  const links = s.links ?? [];
  const forest = indexForest(tops, (id) => allKids.get(id) ?? [], links);

  const asRoot = (n: OrgNode): OrgNode => (n.manager == null ? n : { ...n, manager: null });
  const nameOf = (id: NodeId | null) => (id === null ? null : index.get(id)?.name ?? id);

  /**
   * The page that draws `starts` (at the top; with `manager` above them when given) and what is under them, down to
   * the boxes `cut`, whose reports are left off; null when its boxes would take more than `host.maxLayers` layers or
   * be more than `host.maxBoxes`.
   * Nodes in the order of a walk breadth first from `starts`, as the chart lays them out; links that the page could
   * draw, or whose end it could number: those at a node on it, those meeting under one, and those between trees.
   */
  const pageFor = (starts: readonly NodeId[], manager: NodeId | null, cut: ReadonlySet<NodeId>): { structure: Structure; away: CutAway } | null => {
    const top = manager === null ? 0 : 1;
    const ids: NodeId[] = manager === null ? [] : [manager];
    const seen = new Set(starts);
    // Layer of each drawn node below the page's top; -1 under a box the officer collapsed (in the page, not drawn).
    const layer: number[] = [];
    for (const id of starts) {
      ids.push(id);
      layer.push(top);
    }
    const first = ids.length - starts.length;
    let boxes = ids.length;
    if (boxes > host.maxBoxes) return null;
    for (let i = first; i < ids.length; i++) {
      const id = ids[i]!;
      if (cut.has(id)) continue;
      const l = layer[i - first]!;
      const below = l < 0 || host.collapsed.has(id) ? -1 : l + 1;
      if (below >= host.maxLayers) {
        if ((allKids.get(id)?.length ?? 0) > 0) return null;
        continue;
      }
      for (const k of allKids.get(id) ?? []) {
        if (seen.has(k)) continue;
        seen.add(k);
        ids.push(k);
        layer.push(below);
        if (below >= 0 && ++boxes > host.maxBoxes) return null;
      }
    }
    const roots = new Set(manager === null ? starts : [manager]);
    const found = new Set<number>(manager === null && starts.length > 1 ? forest.linksAcross : []);
    for (const id of ids) {
      for (const li of forest.linksAt(id)) found.add(li);
      if (!cut.has(id)) for (const li of forest.linksMeetingAt(id)) found.add(li);
    }
    const sorted = [...cut].sort((a, b) => forest.order(a) - forest.order(b));
    const standIn = (id: NodeId): NodeId | null => {
      let lo = 0;
      let hi = sorted.length - 1;
      const o = forest.order(id);
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (forest.order(sorted[mid]!) < o) lo = mid + 1;
        else hi = mid - 1;
      }
      const c = sorted[hi];
      return c !== undefined && forest.under(id, c) ? c : null;
    };
    return {
      structure: {
        ...s,
        nodes: ids.map((id) => (roots.has(id) ? asRoot(index.get(id)!) : index.get(id)!)),
        links: [...found].sort((a, b) => a - b).map((li) => links[li]!),
      },
      away: { hidden: new Map([...cut].map((id) => [id, forest.size(id) - 1])), standIn },
    };
  };
  /** Whether the page of `starts` cut at `cut` fits; drawn only when its layers could. */
  const tryPage = (starts: readonly NodeId[], manager: NodeId | null, cut: ReadonlySet<NodeId>, rest: Omit<Candidate, 'structure' | 'cut' | 'away'>): boolean => {
    const page = pageFor(starts, manager, cut);
    return page !== null && host.fits({ ...page, cut, ...rest });
  };

  const plans: ChartPagePlan[] = [];
  const queue: Branch[] = [{ root: null, fromPage: null, firstPage: 0 }];
  for (let q = 0; q < queue.length; q++) {
    const branch = queue[q]!;
    const starts = branch.root === null ? tops : [branch.root];
    const maxDepth = starts.reduce((m, id) => Math.max(m, forest.height(id)), 0);
    /** The nodes `k` layers under `starts`, breadth first, found as far down as asked. */
    const layers: NodeId[][] = [[...starts]];
    const seenInLayers = new Set(starts);
    const layerAt = (k: number): readonly NodeId[] => {
      while (layers.length <= k) {
        const next: NodeId[] = [];
        for (const id of layers[layers.length - 1]!) {
          for (const kid of allKids.get(id) ?? []) {
            if (seenInLayers.has(kid)) continue;
            seenInLayers.add(kid);
            next.push(kid);
          }
        }
        layers.push(next);
      }
      return layers[k]!;
    };
    const branchPageLine = branch.root === null ? pageOf(PLACEHOLDER_PAGE, PLACEHOLDER_PAGE)
      : pageLineWith(pageOf(PLACEHOLDER_PAGE, PLACEHOLDER_PAGE), branchLine(nameOf(branch.root)!, PLACEHOLDER_PAGE));
    /** Of the branches `cut`, keeps whole (smallest first) as many as still fit: a small branch is not worth a page. */
    const keepSmall = (cut: ReadonlySet<NodeId>, fits: (cut: ReadonlySet<NodeId>) => boolean): Set<NodeId> => {
      const bySize = [...cut].sort((x, y) => forest.size(x) - forest.size(y));
      const keeping = (m: number) => new Set(bySize.slice(m));
      const kept = bySize.length > 0 && fits(keeping(1)) ? largest(1, bySize.length, (m) => fits(keeping(m))) : 0;
      return keeping(kept);
    };
    const cutAt = (k: number) => new Set(k >= maxDepth ? [] : layerAt(k).filter((id) => kidsOf(id).length > 0));
    const fitsCut = (cut: ReadonlySet<NodeId>) => tryPage(starts, null, cut, { pageLine: branchPageLine });
    const fitsDepth = (k: number) => fitsCut(cutAt(k));
    const emit = (plan: Omit<ChartPagePlan, 'cut' | 'branch' | 'structure' | 'away'>, page: { starts: readonly NodeId[]; manager: NodeId | null }, cut: ReadonlySet<NodeId>) => {
      const drawn = pageFor(page.starts, page.manager, cut)!;
      const number = plans.length + 1;
      if (branch.firstPage === 0) branch.firstPage = number;
      const marks = new Map<NodeId, Branch>();
      for (const id of cut) {
        const next: Branch = { root: id, fromPage: number, firstPage: 0 };
        marks.set(id, next);
        queue.push(next);
      }
      plans.push({ ...plan, ...drawn, cut: marks, branch });
    };

    if (fitsDepth(maxDepth)) {
      emit({}, { starts, manager: null }, new Set());
      continue;
    }
    const minDepth = starts.length > 1 ? 0 : 1;
    if (maxDepth > minDepth && fitsDepth(minDepth)) {
      const k = largest(minDepth, maxDepth - 1, fitsDepth);
      emit({}, { starts, manager: null }, keepSmall(cutAt(k), fitsCut));
      continue;
    }

    // The reports of one manager (or the top-level boxes) do not fit one page: share them out, managers first.
    const manager = starts.length === 1 ? starts[0]! : null;
    const items = manager === null ? [...starts] : [...kidsOf(manager)];
    items.sort((a, b) => Number(isLeaf(a)) - Number(isLeaf(b)));
    const partLine = pageLineWith(pageOf(PLACEHOLDER_PAGE, PLACEHOLDER_PAGE), reportsPart(nameOf(manager), PLACEHOLDER_PAGE, PLACEHOLDER_PAGE, PLACEHOLDER_PAGE, PLACEHOLDER_PAGE));
    for (let from = 0; from < items.length;) {
      const chunkOf = (m: number) => items.slice(from, from + m);
      const candidate = (m: number) => {
        const chunk = chunkOf(m);
        const managers = chunk.filter((id) => !isLeaf(id));
        const across = Math.floor((host.roomWidth - 2 * 14 - managers.length * (BOX.width + BOX.hGap * 1.25) + BOX.hGap / 2) / (BOX.width + BOX.hGap / 2));
        const columns = Math.max(1, across);
        return { chunk, cut: new Set(managers.filter((id) => kidsOf(id).length > 0)), rest: { teamColumns: () => columns, pageLine: partLine } };
      };
      const fitsPart = (c: ReturnType<typeof candidate>, cut: ReadonlySet<NodeId>) => tryPage(c.chunk, manager, cut, c.rest);
      const m = fitsPart(candidate(1), candidate(1).cut) ? largest(1, items.length - from, (n) => {
        const c = candidate(n);
        return fitsPart(c, c.cut);
      }) : 1;
      const c = candidate(m);
      const cut = keepSmall(c.cut, (fewer) => fitsPart(c, fewer));
      emit({ teamColumns: c.rest.teamColumns, part: { manager, from: from + 1, to: from + m, total: items.length } }, { starts: c.chunk, manager }, cut);
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
  const pages = plans.map((plan) => ({ on: new Set(plan.structure.nodes.map((n) => n.id)), away: plan.away }));
  const home = new Map<NodeId, number>();
  pages.forEach(({ on }, i) => {
    for (const id of on) if (!home.has(id)) home.set(id, i + 1 + pageOffset);
  });
  return pages.map(({ on, away }) => {
    const ends: OffPageEnd[] = [];
    for (const id of on) {
      for (const link of byNode.get(id) ?? []) {
        const other = link.from === id ? link.to : link.from;
        const page = home.get(other);
        if (on.has(other) || away.standIn(other) !== null || page === undefined) continue;
        ends.push({ node: id, link, other, otherName: names.get(other) ?? other, page, ...(ghosts.has(link) ? { removed: true as const } : {}) });
      }
    }
    return ends;
  });
}
