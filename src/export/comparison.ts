import type { NodeId, Structure } from '../model/types.ts';
import type { StructureDiff } from '../diff/index.ts';
import { renderChart } from './chart.ts';
import { numberChanges, type NumberedChange } from './changes.ts';
import { CATEGORY_LABEL, countsLine } from '../words/changes.ts';
import { renderChangeTable } from './changeTable.ts';
import { composePage } from './compose.ts';
import { marksFor } from './marks.ts';
import type { ExportOptions } from './options.ts';
import { svgDocument } from './page.ts';
import { metaLine } from './structure.ts';
import { peopleBoxNote, staffingComparisonNotes } from './people.ts';

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

/**
 * Current and proposed side by side at the same scale, each change numbered on the charts and listed, with the
 * reasons given by the option's steps, in a table beside them.
 */
export function renderComparisonSvg(a: Structure, b: Structure, diff: StructureDiff, opts: ExportOptions): string {
  const changes = numberChanges(diff, { from: a, to: b, steps: opts.steps ?? [], hideNames: opts.hideNames, currency: opts.currency });
  const na = numbersFor(changes, 'from');
  const nb = numbersFor(changes, 'to');
  const common = { hideNames: opts.hideNames, collapsed: opts.collapsed };
  const noteOf = (s: Structure) => (opts.people ? peopleBoxNote(s, opts.currency) : undefined);
  const chartA = renderChart({ structure: a, ...common, marks: marksFor(diff, 'from'), numbers: na.nodes, linkNumbers: na.links, note: noteOf(a) });
  const chartB = renderChart({ structure: b, ...common, marks: marksFor(diff, 'to'), numbers: nb.nodes, linkNumbers: nb.links, note: noteOf(b) });
  const staffing = staffingComparisonNotes(a, b, opts.currency);
  const meta = metaLine([
    a.asOf && `Current as of ${a.asOf}`, b.asOf && `Proposed as of ${b.asOf}`, `Exported ${opts.exportedOn}`,
    opts.hideNames && 'Post holders’ names hidden', 'Both charts at the same scale',
  ]);
  const { frame, body } = composePage({
    page: opts.page,
    title: { workspaceTitle: opts.workspaceTitle, heading: `Comparison: ${a.title} and ${b.title}`, meta },
    panes: [{ label: `Current: ${a.title}`, chart: chartA }, { label: `Proposed: ${b.title}`, chart: chartB }],
    side: (width, maxHeight) => renderChangeTable(changes, width, changes.length === 0 ? 'Changes' : `Changes (${changes.length})`, maxHeight),
    notes: staffing,
    legend: {
      kinds: union(chartA.kinds, chartB.kinds), linkKinds: union(chartA.linkKinds, chartB.linkKinds), marks: union(chartA.marks, chartB.marks),
      collapsed: chartA.collapsedShown || chartB.collapsedShown, numbered: changes.length > 0,
    },
  });
  const summary = `Comparison of ${a.title} (left) and ${b.title} (right) at the same scale: ${countsLine(diff)}; ` +
    `${changes.length} numbered changes listed beside the charts.`;
  const list = changes.map((c) => `${c.n}. ${CATEGORY_LABEL[c.category]}: ${c.text}.${c.why.map((w) => ` Why: ${w}`).join('')}`);
  return svgDocument({
    frame,
    title: `${opts.workspaceTitle}: ${a.title} compared with ${b.title}`,
    summary,
    description: [summary, meta, ...staffing, ...list].join('\n'),
    body,
  });
}
