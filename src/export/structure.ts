import { countsLine } from '../words/changes.ts';
import { namesHidingHolders, namesIn } from '../words/names.ts';
import type { Link, NodeId, Structure } from '../model/types.ts';
import { childrenIndex } from '../model/queries.ts';
import { branchLine, pageOf, reportsPart } from '../words/print.ts';
import { renderChart, type RenderedChart } from './chart.ts';
import { composePage, measurePage, type PageInput } from './compose.ts';
import type { LegendInput } from './legend.ts';
import { linkMarksFor, marksFor, sideOf } from './marks.ts';
import type { ExportOptions } from './options.ts';
import { offPageEnds, planChartPages, type ChartPagePlan, type CutAway, type OffPageEnd } from './pagination.ts';
import { MIN_SCALE, svgDocument } from './page.ts';
import { peopleBoxNote, staffingNote } from './people.ts';
import { structureCounts } from './summary.ts';
import { absentNote as absentWords, documentTitle, META, metaLine, needsPages, pageLineWith, pageSummary, structureHeading, structureSummary } from '../words/exports.ts';
import { BOX } from './theme.ts';

/** The names of nodes a diff lists that are not on this chart (removed, or added when this is the earlier side). */
function absentNote(s: Structure, opts: ExportOptions): string | null {
  const d = opts.changes;
  if (!d) return null;
  const side = sideOf(d, s.id);
  const ids = side === 'to' ? d.removed : d.added;
  if (ids.length === 0) return null;
  // Named as in the other structure, where they are; same-named posts told apart (by manager only with holders hidden).
  const where = opts.compareTo ? [opts.compareTo, s] : [s];
  const names = opts.hideNames ? namesHidingHolders(...where) : namesIn(...where);
  const other = opts.compareTo?.title ?? (side === 'to' ? d.from : d.to);
  return absentWords(side, other, ids.map((id) => names.node(id)));
}

const union = <T>(a: ReadonlySet<T> | undefined, b: Iterable<T>): Set<T> => new Set([...(a ?? []), ...b]);

/** What a page of several shows, after its number: the branch and where it continues from, or the part of a manager's reports. */
function pageLineFor(plan: ChartPagePlan, page: number, total: number, names: ReadonlyMap<NodeId, string>): string {
  const head = pageOf(page, total);
  if (plan.part) {
    const { manager, from, to, total: all } = plan.part;
    return pageLineWith(head, reportsPart(manager === null ? null : names.get(manager) ?? manager, from, to, all, plan.branch.fromPage));
  }
  if (plan.branch.root === null) return head;
  return pageLineWith(head, branchLine(names.get(plan.branch.root) ?? plan.branch.root, plan.branch.fromPage));
}

/**
 * Draws (part of) a structure, with some nodes collapsed, some continued on other pages, teams in given columns, and
 * links to boxes on other pages marked at the end on this page.
 */
export type ChartDrawer = (
  sub: Structure, collapsed: ReadonlySet<NodeId>, continued?: ReadonlyMap<NodeId, number>, teamColumns?: (n: number) => number,
  offPage?: readonly OffPageEnd[], away?: CutAway,
) => RenderedChart;

/**
 * Of a document drawn with teams from `BOX.stackFrom` leaves and from two (pairs of leaves stacked too, narrower but
 * taller), the one with fewer pages; the first when it needs only one or as many.
 */
export function fewestPages<T>(make: (teamFrom: number) => T[]): T[] {
  const usual = make(BOX.stackFrom);
  if (usual.length === 1) return usual;
  const paired = make(2);
  return paired.length < usual.length ? paired : usual;
}

/** A chart to be drawn on one page, with its page line given the document's page count (none for a chart on one page alone). */
export interface ChartPage {
  chart: RenderedChart;
  pageLine: ((total: number) => string) | undefined;
}

/**
 * A chart as one page, or as several (see `planChartPages`) where one would print text below `MIN_PT`. `fits`
 * tells whether a chart drawn on a page with that page line is legible; `draw` draws a (part of the) structure.
 * `pageOffset` is the number of pages before these in the document.
 */
export function paginateChart(
  s: Structure,
  draw: ChartDrawer,
  fits: (chart: RenderedChart, pageLine: string | undefined) => boolean,
  opts: { collapsed?: ReadonlySet<NodeId> | undefined; roomWidth: number; maxLayers: number; maxBoxes: number; pageOffset: number; alone: boolean; removedLinks?: readonly Link[] | undefined },
): ChartPage[] {
  const whole = boxesDrawn(s, opts.collapsed) <= opts.maxBoxes ? draw(s, opts.collapsed ?? new Set()) : null;
  if (whole && fits(whole, opts.alone ? undefined : PLACEHOLDER_LINE)) return [{ chart: whole, pageLine: opts.alone ? undefined : (total) => pageOf(opts.pageOffset + 1, total) }];
  const plans = planChartPages(s, {
    collapsed: opts.collapsed ?? new Set(),
    roomWidth: opts.roomWidth,
    maxLayers: opts.maxLayers,
    maxBoxes: opts.maxBoxes,
    fits: (c) => fits(draw(c.structure, union(opts.collapsed, c.cut), undefined, c.teamColumns, undefined, c.away), c.pageLine),
  });
  const names = new Map(s.nodes.map((n) => [n.id, n.name]));
  const ends = offPageEnds(s, plans, opts.pageOffset, opts.removedLinks);
  return plans.map((plan, i) => {
    const continued = new Map([...plan.cut].map(([id, b]) => [id, b.firstPage + opts.pageOffset]));
    const shifted: ChartPagePlan = { ...plan, branch: { ...plan.branch, fromPage: plan.branch.fromPage === null ? null : plan.branch.fromPage + opts.pageOffset } };
    return {
      chart: draw(plan.structure, union(opts.collapsed, plan.cut.keys()), continued, plan.teamColumns, ends[i], plan.away),
      pageLine: (total: number) => pageLineFor(shifted, i + 1 + opts.pageOffset, total, names),
    };
  });
}

/**
 * `paginateChart` on pages laid out as `planning` says: planned first with the key as the chart needs it; when links
 * then cross pages (their ends marked with the other end's page), planned again with the key's entry for those
 * marks, so every page stays legible with it. `label` heads the chart's pane (a comparison's side).
 */
export function paginateChartKeyed(
  s: Structure,
  draw: ChartDrawer,
  planning: (offPage: boolean) => Omit<PageInput, 'panes'>,
  opts: { label?: string | undefined; collapsed?: ReadonlySet<NodeId> | undefined; pageOffset: number; alone: boolean; removedLinks?: readonly Link[] | undefined },
): ChartPage[] {
  const plan = (offPage: boolean) => paginateChart(s, draw, legibleOn(planning(offPage), opts.label), {
    collapsed: opts.collapsed, roomWidth: roomWidthOn(planning(offPage)), maxLayers: maxLayersOn(planning(offPage)), maxBoxes: maxBoxesOn(planning(offPage)), pageOffset: opts.pageOffset, alone: opts.alone, removedLinks: opts.removedLinks,
  });
  const pages = plan(false);
  return pages.some((p) => p.chart.offPageShown) ? plan(true) : pages;
}

/** A page line as wide as any a chart's page will carry, for sizing pages before they are numbered. */
const PLACEHOLDER_LINE = pageOf(999, 999);

/** Whether a chart drawn on the page `input` describes (its panes replaced by the chart) prints at `MIN_PT` or more. */
export function legibleOn(input: Omit<PageInput, 'panes'>, label?: string) {
  return (chart: RenderedChart, pageLine: string | undefined): boolean =>
    measurePage({ ...input, title: { ...input.title, pageLine }, panes: [{ label, chart }] }).scale >= MIN_SCALE;
}

/** Room across a sheet for one chart, in chart units at the smallest legible scale. */
export function roomWidthOn(input: Omit<PageInput, 'panes'>): number {
  const m = measurePage({ ...input, panes: [] });
  return m.chartsRoom / MIN_SCALE;
}

/**
 * The most layers of boxes a chart can have and be legible on a sheet: each layer above the last holds a box (a team
 * has no reports), at least `BOX.minHeight` tall with `BOX.vGap` below it (see `rowTops`, `boxText`), and the chart's height at the smallest legible scale must fit the room below
 * the title (an upper bound: a page line and pane label only take room). Lets pagination refuse a deep candidate
 * without drawing it.
 */
export function maxLayersOn(input: Omit<PageInput, 'panes'>): number {
  const m = measurePage({ ...input, panes: [] });
  return Math.floor(m.areaHeight / MIN_SCALE / (BOX.minHeight + BOX.vGap)) + 1;
}

/**
 * The most boxes a chart can have and be legible on a sheet: boxes do not overlap, the smallest (a team's) is
 * `BOX.width - BOX.stackIndent` by `BOX.teamMinHeight`, and the chart at the smallest legible scale must fit the
 * room for it (an upper bound, as in `maxLayersOn`). Lets pagination refuse a wide candidate without drawing it.
 */
export function maxBoxesOn(input: Omit<PageInput, 'panes'>): number {
  const m = measurePage({ ...input, panes: [] });
  return Math.floor((m.chartsRoom / MIN_SCALE) * (m.areaHeight / MIN_SCALE) / ((BOX.width - BOX.stackIndent) * BOX.teamMinHeight));
}

/** The boxes a chart of `s` draws: its nodes less those under a collapsed box. */
function boxesDrawn(s: Structure, collapsed: ReadonlySet<NodeId> | undefined): number {
  if (!collapsed || collapsed.size === 0) return s.nodes.length;
  const kids = childrenIndex(s.nodes);
  const hidden = new Set<NodeId>();
  const todo = [...collapsed].flatMap((id) => kids.get(id) ?? []);
  while (todo.length > 0) {
    const id = todo.pop()!;
    if (hidden.has(id)) continue;
    hidden.add(id);
    for (const k of kids.get(id) ?? []) todo.push(k);
  }
  return s.nodes.length - hidden.size;
}

/**
 * One structure as Board-ready SVG pages: title block, chart, key; changes marked when `opts.changes` is given.
 * On a sheet (A4, A3) a chart that would print its text below 7 pt is split over several pages, an overview of
 * the top levels then a page per branch, each box whose reports continue elsewhere marked with the page; on
 * `fit` it is always one page. Returns the pages in order, each a standalone SVG document.
 */
export function renderStructurePages(structure: Structure, opts: ExportOptions): string[] {
  const d = opts.changes;
  const marks = d ? marksFor(d, sideOf(d, structure.id)) : undefined;
  const links = d ? linkMarksFor(d, sideOf(d, structure.id)) : undefined;
  const note = opts.people ? peopleBoxNote(structure, opts.currency) : undefined;
  const drawFor = (teamFrom: number): ChartDrawer => (sub, collapsed, continued, teamColumns, offPage, away) => renderChart({
    structure: sub, hideNames: opts.hideNames, collapsed, marks, linkMarks: links?.marks, ghostLinks: links?.ghosts, note, continued, teamColumns, teamFrom, offPage, away,
  });
  const draw = drawFor(BOX.stackFrom);
  const otherTitle = d ? opts.compareTo?.title ?? (sideOf(d, structure.id) === 'to' ? d.from : d.to) : null;
  const heading = structureHeading(structure.title, otherTitle);
  const meta = metaLine([structure.asOf && META.asOf(structure.asOf), META.exported(opts.exportedOn), opts.hideNames && META.namesHidden]);
  const absent = absentNote(structure, opts);
  const notes = [...(absent ? [absent] : []), ...(opts.people ? [staffingNote(structure, opts.currency)] : [])];
  const orientation = opts.orientation ?? 'landscape';
  const whole = draw(structure, opts.collapsed ?? new Set());
  const legendOf = (chart: RenderedChart): LegendInput => ({
    kinds: chart.kinds, linkKinds: chart.linkKinds, marks: chart.marks, linkMarks: chart.linkMarks, collapsed: chart.collapsedShown, numbered: false,
    continued: chart.continuedShown, offPage: chart.offPageShown,
  });
  const base = { page: opts.page, orientation, title: { workspaceTitle: opts.workspaceTitle, heading, meta }, notes };
  const planning = (offPage: boolean) => ({ ...base, legend: { ...legendOf(whole), collapsed: true, continued: true, offPage } });
  const pages: ChartPage[] = opts.page === 'fit'
    ? [{ chart: whole, pageLine: undefined }]
    : fewestPages((teamFrom) => paginateChartKeyed(structure, drawFor(teamFrom), planning, {
      collapsed: opts.collapsed, pageOffset: 0, alone: true, removedLinks: links?.ghosts,
    }));

  const hidden = whole.layout.nodes.reduce((sum, p) => sum + p.hidden, 0);
  const summary = structureSummary(structure.title, structureCounts(structure), hidden, d && otherTitle !== null ? { from: otherTitle, counts: countsLine(d) } : null);
  return pages.map((page, i) => {
    const { chart } = page;
    const pageLine = page.pageLine?.(pages.length);
    const { frame, body } = composePage({
      ...base, notes: i === 0 ? notes : [], title: { ...base.title, pageLine }, panes: [{ chart }], legend: legendOf(chart),
    });
    const said = pageLine ? pageSummary(pageLine, summary) : summary;
    return svgDocument({
      frame,
      title: documentTitle(opts.workspaceTitle, { structure: structure.title }, pageLine ? pageOf(i + 1, pages.length) : null),
      summary: said,
      description: [said, meta, ...(i === 0 ? notes : [])].filter(Boolean).join(' '),
      body,
    });
  });
}

/** One structure on one page: the only page of `renderStructurePages`; refuses (throws) when it needs several. */
export function renderStructureSvg(structure: Structure, opts: ExportOptions): string {
  const pages = renderStructurePages(structure, opts);
  if (pages.length !== 1) throw new Error(needsPages('chart', pages.length));
  return pages[0]!;
}
