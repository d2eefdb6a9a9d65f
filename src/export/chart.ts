import type { Link, LinkKind, NodeId, NodeKind, Structure } from '../model/types.ts';
import { numberedLinkBadge } from '../words/print.ts';
import { linkKey, nodeIndex } from '../model/queries.ts';
import { layoutStructure, type ChartLayout } from './layout.ts';
import { badgePoint, BoxGrid, renderLinks, routeLinks, type Point, type RoutedLink } from './links.ts';
import { pill, pillWidth, renderNode } from './node.ts';
import { attrs } from './svg.ts';
import { BOX, INK, LINK_MARK_STYLE, type LinkMark, type Mark } from './theme.ts';

export interface ChartInput {
  structure: Structure;
  hideNames: boolean;
  collapsed?: ReadonlySet<NodeId> | undefined;
  marks?: ReadonlyMap<NodeId, Mark> | undefined;
  /** Change numbers keyed to a change table: on nodes, and on links by linkKey. */
  numbers?: ReadonlyMap<NodeId, number[]> | undefined;
  linkNumbers?: ReadonlyMap<string, number[]> | undefined;
  /** A line under the holder on each box, e.g. rolled-up FTE and cost (`export --people`); null for none. */
  note?: ((id: NodeId) => string | null) | undefined;
  /** Links added or removed, by linkKey: haloed and badged in words where drawn. */
  linkMarks?: ReadonlyMap<string, LinkMark> | undefined;
  /** Links not in the structure to draw where they were (removed ones, on the later chart). */
  ghostLinks?: readonly Link[] | undefined;
  /** Collapsed nodes whose reports are drawn on another page, and that page's number. */
  continued?: ReadonlyMap<NodeId, number> | undefined;
  /** Columns for a team of leaves, and how many leaves make one (see `layoutStructure`). */
  teamColumns?: ((count: number) => number) | undefined;
  teamFrom?: number | undefined;
}

export interface RenderedChart {
  /** Markup in chart units with its top-left corner at 0,0. */
  svg: string;
  width: number;
  height: number;
  layout: ChartLayout;
  links: RoutedLink[];
  kinds: Set<NodeKind>;
  linkKinds: Set<LinkKind>;
  marks: Set<Mark>;
  linkMarks: Set<LinkMark>;
  collapsedShown: boolean;
  continuedShown: boolean;
}

const PAD = 14;

/** The node itself if shown, else its nearest shown manager (the collapsed one), else null. */
function visibleOf(s: Structure, layout: ChartLayout): (id: NodeId) => NodeId | null {
  const index = nodeIndex(s);
  return (id) => {
    const seen = new Set<NodeId>();
    for (let cur: NodeId | null | undefined = id; cur != null && !seen.has(cur); cur = index.get(cur)?.manager) {
      if (layout.byId.has(cur)) return cur;
      seen.add(cur);
    }
    return null;
  };
}

/**
 * Numbers on the nodes that show them: a hidden node's go to its collapsed stand-in, and a link that is not drawn
 * (an end hidden in the same collapsed subtree) has its number put on its visible `from` end. A stand-in whose
 * reports continue on another page takes none of theirs: they are shown there.
 */
function placeNumbers(input: ChartInput, routed: readonly RoutedLink[], visible: (id: NodeId) => NodeId | null): Map<NodeId, number[]> {
  const out = new Map<NodeId, number[]>();
  const add = (id: NodeId, nums: readonly number[]) => {
    const v = visible(id);
    if (v === null || (v !== id && input.continued?.has(v))) return;
    const list = out.get(v) ?? [];
    for (const n of nums) if (!list.includes(n)) list.push(n);
    out.set(v, list.sort((x, y) => x - y));
  };
  for (const [id, nums] of input.numbers ?? []) add(id, nums);
  const drawn = new Set(routed.map((l) => l.key));
  for (const link of input.structure.links ?? []) {
    const key = linkKey(link);
    const nums = input.linkNumbers?.get(key);
    if (nums && !drawn.has(key)) add(link.from, nums);
  }
  return out;
}

export function renderChart(input: ChartInput): RenderedChart {
  const { structure: s } = input;
  const marked = (input.marks?.size ?? 0) > 0 || (input.numbers?.size ?? 0) > 0;
  const layout = layoutStructure(s, {
    collapsed: input.collapsed, hideNames: input.hideNames, note: input.note, teamColumns: input.teamColumns, teamFrom: input.teamFrom, teamGap: marked ? BOX.markedStackGap : BOX.stackGap,
  });
  const visible = visibleOf(s, layout);
  const links = routeLinks([...(s.links ?? []), ...(input.ghostLinks ?? [])], layout, visible);
  const numbers = placeNumbers(input, links, visible);

  let minX = 0;
  let minY = 0;
  let maxX = layout.width;
  let maxY = layout.height;
  const grow = (p: Point) => {
    minX = Math.min(minX, p.x);
    minY = Math.min(minY, p.y);
    maxX = Math.max(maxX, p.x);
    maxY = Math.max(maxY, p.y);
  };
  for (const l of links) l.hull.forEach(grow);

  const marks = new Set<Mark>();
  const nodes = layout.nodes.map((p) => {
    const mark = input.marks?.get(p.node.id);
    if (mark) marks.add(mark);
    return renderNode(p, { mark, numbers: numbers.get(p.node.id), continuedOn: input.continued?.get(p.node.id) });
  });
  const grid = new BoxGrid(layout.nodes);
  const taken: Point[] = [];
  const linkMarks = new Set<LinkMark>();
  const linkBadges = links.flatMap((l) => {
    const nums = input.linkNumbers?.get(l.key) ?? [];
    const mark = input.linkMarks?.get(l.key);
    if (mark) linkMarks.add(mark);
    if (nums.length === 0 && !mark) return [];
    const text = numberedLinkBadge(nums, mark);
    const p = badgePoint(l, grid, taken, pillWidth(text) / 2);
    return [pill(text, p.x, p.y, mark ? LINK_MARK_STYLE[mark].colour : INK, 'middle').svg];
  });

  const dx = PAD - minX;
  const dy = PAD - minY;
  const body = [
    `<g${attrs({ fill: 'none', stroke: INK, 'stroke-width': 1.2 })}>${layout.edges.map((d) => `<path${attrs({ d })}/>`).join('')}</g>`,
    renderLinks(links, input.linkMarks),
    nodes.join(''),
    linkBadges.join(''),
  ].join('');
  return {
    svg: `<g${attrs({ transform: `translate(${dx.toFixed(2)},${dy.toFixed(2)})` })}>${body}</g>`,
    width: maxX - minX + 2 * PAD,
    height: maxY - minY + 2 * PAD,
    layout,
    links,
    kinds: new Set(layout.nodes.map((p) => p.node.kind)),
    linkKinds: new Set(links.map((l) => l.link.kind)),
    marks,
    linkMarks,
    collapsedShown: layout.nodes.some((p) => p.hidden > 0 && !input.continued?.has(p.node.id)),
    continuedShown: layout.nodes.some((p) => p.hidden > 0 && input.continued?.has(p.node.id) === true),
  };
}
