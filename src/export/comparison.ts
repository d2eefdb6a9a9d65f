import type { NodeId, Structure } from '../model/types.ts';
import type { StructureDiff } from '../diff/index.ts';
import { renderChart } from './chart.ts';
import { numberChanges, type NumberedChange } from './changes.ts';
import { CATEGORY_LABEL, countsLine } from '../words/changes.ts';
import { changeTableParts, columnsAcross, type TableRoom } from './changeTable.ts';
import { composePage, measurePage, type Pane } from './compose.ts';
import type { Block, LegendInput } from './legend.ts';
import { MIN_SCALE } from './page.ts';
import { fewestPages, paginateChartKeyed, type ChartDrawer } from './structure.ts';
import { peopleBoxNote, staffingComparisonNotes } from './people.ts';
import { BOX } from './theme.ts';
import { pageOf } from '../words/print.ts';
import { linkMarksFor, marksFor } from './marks.ts';
import type { ExportOptions } from './options.ts';
import { svgDocument } from './page.ts';
import {
  changesHeading, comparisonSummary, comparisonWords, documentTitle, META, metaLine, needsPages, numberedChangeLine, pageSummary,
} from '../words/exports.ts';

interface Numbers {
  nodes: Map<NodeId, number[]>;
  links: Map<string, number[]>;
}

function numbersFor(changes: readonly NumberedChange[], side: 'from' | 'to'): Numbers {
  const nodes = new Map<NodeId, number[]>();
  const links = new Map<string, number[]>();
  const push = <K>(m: Map<K, number[]>, k: K, n: number) => m.set(k, [...(m.get(k) ?? []), n]);
  for (const c of changes) {
    for (const id of side === 'from' ? c.onFrom : c.onTo) push(nodes, id, c.n);
    if (c.link?.side === side) push(links, c.link.key, c.n);
  }
  return { nodes, links };
}

const union = <T>(...sets: ReadonlySet<T>[]): Set<T> => new Set(sets.flatMap((s) => [...s]));

/** A page line as wide as any the comparison's pages carry, for sizing pages before they are numbered. */
const PLACEHOLDER_LINE = pageOf(999, 999);

const SIDE_COLUMN = 290;
const FIT_SIDE_HEIGHT = 700;

/**
 * Current and proposed side by side at the same scale, each change numbered on the charts and listed, with the
 * reasons given by the option's steps, in a table beside them. On a sheet, where that would print text below
 * 7 pt, the change table continues on further pages, then moves off the charts' page, and at last each chart is
 * paginated on its own (current, then proposed, see `paginateChart`) with the table after them. Returns the pages
 * in order, each a standalone SVG document.
 */
export function renderComparisonPages(a: Structure, b: Structure, diff: StructureDiff, opts: ExportOptions): string[] {
  const changes = numberChanges(diff, { from: a, to: b, steps: opts.steps ?? [], hideNames: opts.hideNames, currency: opts.currency });
  const na = numbersFor(changes, 'from');
  const nb = numbersFor(changes, 'to');
  const drawer = (side: Numbers, which: 'from' | 'to', teamFrom: number): ChartDrawer => {
    const marks = marksFor(diff, which);
    const linkMarks = linkMarksFor(diff, which).marks;
    const note = opts.people ? peopleBoxNote(which === 'from' ? a : b, opts.currency) : undefined;
    return (sub, collapsed, continued, teamColumns, offPage, away) => renderChart({
      structure: sub, hideNames: opts.hideNames, collapsed, marks, linkMarks, note, numbers: side.nodes, linkNumbers: side.links, continued, teamColumns, teamFrom, offPage, away,
    });
  };
  const chartA = drawer(na, 'from', BOX.stackFrom)(a, opts.collapsed ?? new Set());
  const chartB = drawer(nb, 'to', BOX.stackFrom)(b, opts.collapsed ?? new Set());
  const meta = metaLine([
    a.asOf && META.currentAsOf(a.asOf), b.asOf && META.proposedAsOf(b.asOf), META.exported(opts.exportedOn), opts.hideNames && META.namesHidden, META.sameScale,
  ]);
  const staffing = staffingComparisonNotes(a, b, opts.currency);
  const labelA = comparisonWords.current(a.title);
  const labelB = comparisonWords.proposed(b.title);
  const heading = changesHeading(changes.length);
  const legend: LegendInput = {
    kinds: union(chartA.kinds, chartB.kinds), linkKinds: union(chartA.linkKinds, chartB.linkKinds), marks: union(chartA.marks, chartB.marks),
    linkMarks: union(chartA.linkMarks, chartB.linkMarks),
    collapsed: chartA.collapsedShown || chartB.collapsedShown, numbered: changes.length > 0,
  };
  const tableLegend: LegendInput = { ...legend, kinds: new Set(), linkKinds: new Set(), marks: new Set(), linkMarks: new Set(), collapsed: false };
  const base = {
    page: opts.page, orientation: opts.orientation ?? 'landscape' as const, notes: staffing, legend,
    title: { workspaceTitle: opts.workspaceTitle, heading: comparisonWords.heading(a.title, b.title), meta },
  };
  const summary = comparisonSummary(a.title, b.title, countsLine(diff), changes.length);
  const list = changes.map((c) => numberedChangeLine(c.n, CATEGORY_LABEL[c.category], c.text, c.why));
  const both = [{ label: labelA, chart: chartA }, { label: labelB, chart: chartB }];

  type Page = { panes: Pane[]; side?: Block | undefined; pageLine?: ((total: number) => string) | undefined };
  const sheetPages = (teamFrom: number): Page[] => {
    const drawA = drawer(na, 'from', teamFrom);
    const drawB = drawer(nb, 'to', teamFrom);
    const panes = [{ label: labelA, chart: drawA(a, opts.collapsed ?? new Set()) }, { label: labelB, chart: drawB(b, opts.collapsed ?? new Set()) }];
    const withLine = (pageLine: string | undefined) => ({ ...base.title, pageLine });
    const probe = measurePage({ ...base, title: withLine(PLACEHOLDER_LINE), panes: [] });
    // A page of the table alone comes after the first: no notes, and a key of the change numbers only.
    const tableProbe = measurePage({ ...base, notes: [], legend: tableLegend, title: withLine(PLACEHOLDER_LINE), panes: [] });
    const tableOnly: TableRoom = { columns: columnsAcross(tableProbe.contentWidth, SIDE_COLUMN), height: tableProbe.areaHeight };
    /** The table's parts after `before` pages, the first beside the charts when `first` is given. */
    const table = (first: TableRoom | null, before: number) =>
      changeTableParts(changes, SIDE_COLUMN, heading, first, tableOnly, (part) => before + part + (first ? 0 : 1));
    const tablePages = (parts: Block[], before: number, skipFirst: boolean): Page[] =>
      parts.slice(skipFirst ? 1 : 0).map((side, i) => ({ panes: [], side, pageLine: (total: number) => pageOf(before + i + 1, total) }));
    const beside = table({ columns: 1, height: probe.areaHeight }, 0);
    const onOnePage = (side: Block | undefined) =>
      measurePage({ ...base, title: withLine(beside.length > 1 || !side ? PLACEHOLDER_LINE : undefined), panes, side }).scale >= MIN_SCALE;
    if (onOnePage(beside[0])) {
      return [{ panes, side: beside[0], pageLine: beside.length > 1 ? (total) => pageOf(1, total) : undefined }, ...tablePages(beside, 1, true)];
    }
    if (onOnePage(undefined)) return [{ panes, pageLine: (total) => pageOf(1, total) }, ...tablePages(table(null, 1), 1, false)];
    const planning = (offPage: boolean) => ({ ...base, legend: { ...legend, collapsed: true, continued: true, offPage } });
    const pagesOf = (s: Structure, draw: ChartDrawer, label: string, offset: number): Page[] =>
      paginateChartKeyed(s, draw, planning, { label, collapsed: opts.collapsed, pageOffset: offset, alone: false })
        .map((p) => ({ panes: [{ label, chart: p.chart }], pageLine: p.pageLine }));
    const current = pagesOf(a, drawA, labelA, 0);
    const proposed = pagesOf(b, drawB, labelB, current.length);
    const before = current.length + proposed.length;
    return [...current, ...proposed, ...tablePages(table(null, before), before, false)];
  };

  let pages: Page[];
  if (opts.page === 'fit') {
    // One column as tall as the charts (or FIT_SIDE_HEIGHT); two, of about half the table each, if it is taller.
    const height = Math.max(FIT_SIDE_HEIGHT, chartA.height, chartB.height);
    const one = changeTableParts(changes, SIDE_COLUMN, heading, null, { columns: 1, height: Infinity }, () => 1)[0]!;
    const two = one.height > height ? changeTableParts(changes, SIDE_COLUMN, heading, null, { columns: 2, height: Math.max(height, one.height / 2 + 160) }, () => 1) : [];
    pages = [{ panes: both, side: two.length === 1 ? two[0] : one }];
  } else {
    pages = fewestPages(sheetPages);
  }
  return pages.map((p, i) => {
    const pageLine = p.pageLine?.(pages.length);
    const charts = p.panes.map((x) => x.chart);
    const pageLegend: LegendInput = p.panes.length === 0 ? tableLegend
      : { ...legend, continued: charts.some((c) => c.continuedShown), collapsed: charts.some((c) => c.collapsedShown), offPage: charts.some((c) => c.offPageShown) };
    const { frame, body } = composePage({
      ...base, notes: i === 0 ? staffing : [], title: { ...base.title, pageLine }, panes: p.panes, side: p.side, legend: pageLegend,
    });
    const said = pageLine ? pageSummary(pageLine, summary) : summary;
    return svgDocument({
      frame,
      title: documentTitle(opts.workspaceTitle, { from: a.title, to: b.title }, pageLine ? pageOf(i + 1, pages.length) : null),
      summary: said,
      description: [said, meta, ...(i === 0 ? [...staffing, ...list] : [])].join('\n'),
      body,
    });
  });
}

/** The comparison on one page: the only page of `renderComparisonPages`; refuses (throws) when it needs several. */
export function renderComparisonSvg(a: Structure, b: Structure, diff: StructureDiff, opts: ExportOptions): string {
  const pages = renderComparisonPages(a, b, diff, opts);
  if (pages.length !== 1) throw new Error(needsPages('comparison', pages.length));
  return pages[0]!;
}
