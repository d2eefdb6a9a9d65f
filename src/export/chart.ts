import type { Link, LinkKind, NodeId, NodeKind, Structure } from '../model/types.ts';
import { numberedLinkBadge, offPageMark, offPageMarks as offPageMarksWords, offPageTitle } from '../words/print.ts';
import { cut, userText } from '../words/text.ts';
import { escapeXml } from './escape.ts';
import type { CutAway, OffPageEnd } from './pagination.ts';
import { linkKey, nodeIndex } from '../model/queries.ts';
import { layoutStructure, type ChartLayout } from './layout.ts';
import { badgePoint, BoxGrid, renderLinks, routeLinks, type Point, type RoutedLink } from './links.ts';
import { pill, pillWidth, renderNode } from './node.ts';
import { attrs } from './svg.ts';
import { BOX, INK, LINK_MARK_STYLE, LINK_STYLE, MUTED, type LinkMark, type Mark } from './theme.ts';

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
  /** Ends of links whose other end is on another page: each marked on its box with the other end's name and page. */
  offPage?: readonly OffPageEnd[] | undefined;
  /** Nodes left off the structure under its collapsed boxes: counted on them, and drawn as them at a link's end. */
  away?: CutAway | undefined;
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
  /** Some box carries a mark for a link to another page. */
  offPageShown: boolean;
}

const PAD = 14;

/** The node itself if shown, else its nearest shown manager (the collapsed one), else null. */
function visibleOf(s: Structure, layout: ChartLayout, away: CutAway | undefined): (id: NodeId) => NodeId | null {
  const index = nodeIndex(s);
  return (id) => {
    if (away && !index.has(id)) return away.standIn(id);
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

/**
 * The marks for links whose other end is on another page, one a box: a pill straddling the box's bottom edge,
 * mostly outside the box so it covers little of its text (under the count of a collapsed box). One
 * link: its other end's name, cut to fit the box, and page, in the link kind's colour. Several: how many and to
 * which pages. The full words, every link named, are the pill's tooltip. Returns the marks and the kinds of their
 * links (for the key) and the corners of the marks (for the chart's bounds).
 */
function offPageMarks(ends: readonly OffPageEnd[], layout: ChartLayout, visible: (id: NodeId) => NodeId | null): { svg: string[]; kinds: Set<LinkKind>; corners: Point[] } {
  const byBox = new Map<NodeId, OffPageEnd[]>();
  for (const end of ends) {
    const shown = visible(end.node);
    if (shown === null || !layout.byId.has(shown)) continue;
    const list = byBox.get(shown);
    if (list) list.push(end);
    else byBox.set(shown, [end]);
  }
  const kinds = new Set<LinkKind>();
  const corners: Point[] = [];
  const direction = (end: OffPageEnd) => (end.link.from === end.node ? 'to' : 'from');
  const svg = [...byBox].map(([id, list]) => {
    const p = layout.byId.get(id)!;
    const room = p.w - 12;
    const first = list[0]!;
    let text: string;
    if (list.length === 1) {
      text = offPageMark(direction(first), userText(first.otherName), first.page, first.removed);
      for (let n = Array.from(first.otherName).length - 1; n > 1 && pillWidth(text) > room; n--) {
        text = offPageMark(direction(first), userText(cut(first.otherName, n)), first.page, first.removed);
      }
    } else {
      text = offPageMarksWords(list.length, [...new Set(list.map((e) => e.page))].sort((a, b) => a - b));
      if (pillWidth(text) > room) text = offPageMarksWords(list.length, null);
    }
    for (const end of list) kinds.add(end.link.kind);
    const colour = list.every((e) => e.link.kind === first.link.kind) ? LINK_STYLE[first.link.kind].colour : MUTED;
    // A collapsed box has no reports drawn below it: the mark goes under its count ("+5, continued on page 3").
    const [x, cy, anchor] = p.hidden > 0 ? [p.x + p.w / 2, p.y + p.h + 20, 'middle' as const] : [p.x + 6, p.y + p.h + 3, 'start' as const];
    const mark = pill(text, x, cy, colour, anchor);
    const left = anchor === 'middle' ? x - mark.width / 2 : x;
    corners.push({ x: left, y: cy - 7 }, { x: left + mark.width, y: cy + 7 });
    const title = list.map((e) => offPageTitle(LINK_STYLE[e.link.kind].label, direction(e), userText(e.otherName), e.page, e.removed)).join('; ');
    return `<g${attrs({ 'data-off-page': list.map((e) => e.other).join(' ') })}><title>${escapeXml(title)}</title>${mark.svg}</g>`;
  });
  return { svg, kinds, corners };
}

export function renderChart(input: ChartInput): RenderedChart {
  const { structure: s } = input;
  const marked = (input.marks?.size ?? 0) > 0 || (input.numbers?.size ?? 0) > 0;
  const layout = layoutStructure(s, {
    collapsed: input.collapsed, hiddenBelow: input.away?.hidden, hideNames: input.hideNames, note: input.note, teamColumns: input.teamColumns, teamFrom: input.teamFrom, teamGap: marked ? BOX.markedStackGap : BOX.stackGap,
  });
  const visible = visibleOf(s, layout, input.away);
  const links = routeLinks([...(s.links ?? []), ...(input.ghostLinks ?? [])], layout, visible);

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
  const offPage = offPageMarks(input.offPage ?? [], layout, visible);
  offPage.corners.forEach(grow);

  const marks = new Set<Mark>();
  for (const p of layout.nodes) {
    const mark = input.marks?.get(p.node.id);
    if (mark) marks.add(mark);
  }
  const linkMarks = new Set<LinkMark>();
  for (const l of links) {
    const mark = input.linkMarks?.get(l.key);
    if (mark) linkMarks.add(mark);
  }

  /** The markup, made only when asked for: pagination tries many pages and needs only their size. */
  const draw = (): string => {
    const numbers = placeNumbers(input, links, visible);
    const nodes = layout.nodes.map((p) => renderNode(p, { mark: input.marks?.get(p.node.id), numbers: numbers.get(p.node.id), continuedOn: input.continued?.get(p.node.id) }));
    const grid = new BoxGrid(layout.nodes);
    const taken: Point[] = [];
    const linkBadges = links.flatMap((l) => {
      const nums = input.linkNumbers?.get(l.key) ?? [];
      const mark = input.linkMarks?.get(l.key);
      if (nums.length === 0 && !mark) return [];
      const text = numberedLinkBadge(nums, mark);
      const p = badgePoint(l, grid, taken, pillWidth(text) / 2);
      return [pill(text, p.x, p.y, mark ? LINK_MARK_STYLE[mark].colour : INK, 'middle').svg];
    });
    const body = [
      `<g${attrs({ fill: 'none', stroke: INK, 'stroke-width': 1.2 })}>${layout.edges.map((d) => `<path${attrs({ d })}/>`).join('')}</g>`,
      renderLinks(links, input.linkMarks),
      nodes.join(''),
      linkBadges.join(''),
      offPage.svg.join(''),
    ].join('');
    return `<g${attrs({ transform: `translate(${(PAD - minX).toFixed(2)},${(PAD - minY).toFixed(2)})` })}>${body}</g>`;
  };
  let svg: string | undefined;
  return {
    get svg() {
      return (svg ??= draw());
    },
    width: maxX - minX + 2 * PAD,
    height: maxY - minY + 2 * PAD,
    layout,
    links,
    kinds: new Set(layout.nodes.map((p) => p.node.kind)),
    linkKinds: new Set([...links.map((l) => l.link.kind), ...offPage.kinds]),
    marks,
    linkMarks,
    collapsedShown: layout.nodes.some((p) => p.hidden > 0 && !input.continued?.has(p.node.id)),
    continuedShown: layout.nodes.some((p) => p.hidden > 0 && input.continued?.has(p.node.id) === true),
    offPageShown: offPage.svg.length > 0,
  };
}
