import { countsLine } from '../words/changes.ts';
import type { Structure } from '../model/types.ts';
import { renderChart } from './chart.ts';
import { peopleBoxNote, staffingNote } from './people.ts';
import { composePage } from './compose.ts';
import { marksFor, sideOf } from './marks.ts';
import type { ExportOptions } from './options.ts';
import { svgDocument } from './page.ts';
import { structureSummary } from './summary.ts';

export function metaLine(parts: readonly (string | null | undefined | false)[]): string {
  return parts.filter((p): p is string => typeof p === 'string' && p !== '').join('  ·  ');
}

/** The names of nodes a diff lists that are not on this chart (removed, or added when this is the earlier side). */
function absentNote(s: Structure, opts: ExportOptions): string | null {
  const d = opts.changes;
  if (!d) return null;
  const side = sideOf(d, s.id);
  const ids = side === 'to' ? d.removed : d.added;
  if (ids.length === 0) return null;
  const names = new Map((opts.compareTo?.nodes ?? []).map((n) => [n.id, n.name]));
  const other = opts.compareTo?.title ?? (side === 'to' ? d.from : d.to);
  const list = ids.map((id) => names.get(id) ?? id).join('; ');
  return side === 'to' ? `Removed since ${other}: ${list}.` : `Added in ${other}, not shown: ${list}.`;
}

/** One structure as a Board-ready SVG page: title block, chart, key; changes marked when `opts.changes` is given. */
export function renderStructureSvg(structure: Structure, opts: ExportOptions): string {
  const d = opts.changes;
  const marks = d ? marksFor(d, sideOf(d, structure.id)) : undefined;
  const note = opts.people ? peopleBoxNote(structure, opts.currency) : undefined;
  const chart = renderChart({ structure, hideNames: opts.hideNames, collapsed: opts.collapsed, marks, note });
  const otherTitle = d ? opts.compareTo?.title ?? (sideOf(d, structure.id) === 'to' ? d.from : d.to) : null;
  const heading = otherTitle ? `${structure.title}, with changes from ${otherTitle} marked` : structure.title;
  const meta = metaLine([
    structure.asOf && `As of ${structure.asOf}`, `Exported ${opts.exportedOn}`, opts.hideNames && 'Post holders’ names hidden',
  ]);
  const absent = absentNote(structure, opts);
  const notes = [...(absent ? [absent] : []), ...(opts.people ? [staffingNote(structure, opts.currency)] : [])];
  const hidden = chart.layout.nodes.reduce((sum, p) => sum + p.hidden, 0);
  const { frame, body } = composePage({
    page: opts.page,
    title: { workspaceTitle: opts.workspaceTitle, heading, meta },
    panes: [{ chart }],
    notes,
    legend: { kinds: chart.kinds, linkKinds: chart.linkKinds, marks: chart.marks, collapsed: chart.collapsedShown, numbered: false },
  });
  const summary = `Organisation chart of ${structure.title}: ${structureSummary(structure)}` +
    (hidden > 0 ? `; ${hidden} of them in collapsed groups` : '') +
    (d ? `. Changes from ${otherTitle}: ${countsLine(d)}` : '') + '.';
  return svgDocument({
    frame,
    title: `${opts.workspaceTitle}: ${structure.title}`,
    summary,
    description: [summary, meta, ...notes].filter(Boolean).join(' '),
    body,
  });
}
