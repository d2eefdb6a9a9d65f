import { LINK_KINDS, type Criterion } from '../model/types.ts';
import { CRITERIA_IN_ORDER, criterionHeading } from './criteria.ts';
import type { HeldOutside, Named } from './evidence.ts';
import type { AppraisalRow } from './table.ts';

export type CellValue = string | number | null;

/** The mark and footnote for an option that is a reconstruction, not the source papers' own (leeds-fidelity.md A8). */
export const RECONSTRUCTED_MARK = '†';
export const RECONSTRUCTED_HEADER = 'Reconstructed';
export const RECONSTRUCTED_NOTE = `${RECONSTRUCTED_MARK} reconstructed: not an option of the source papers; built from their wording to compare against.`;

/** One column of the appraisal table: a sortable value and, for counts of things, which things. */
export interface Column {
  key: string;
  header: string;
  group: 'option' | 'evidence' | 'disruption' | 'criterion';
  numeric: boolean;
  value(row: AppraisalRow): CellValue;
  detail?(row: AppraisalRow): string;
  criterion?: Criterion;
}

const names = (list: readonly Named[]): string => list.map((n) => n.name).join('; ');

/** "Education Leeds: School improvement, SEN; Company B: Audit" */
function byOrganisation(list: readonly HeldOutside[]): string {
  const groups = new Map<string, string[]>();
  for (const f of list) {
    const org = f.organisation?.name ?? 'no organisation';
    groups.set(org, [...(groups.get(org) ?? []), f.name]);
  }
  return [...groups].map(([org, fns]) => `${org}: ${fns.join(', ')}`).join('; ');
}

const OPTION_COLUMNS: readonly Column[] = [
  { key: 'id', header: 'ID', group: 'option', numeric: false, value: (r) => r.evidence.id },
  { key: 'title', header: 'Option', group: 'option', numeric: false, value: (r) => r.evidence.title },
  { key: 'preferred', header: 'Preferred', group: 'option', numeric: false, value: (r) => (r.preferred ? 'yes' : '') },
  { key: 'reconstructed', header: RECONSTRUCTED_HEADER, group: 'option', numeric: false, value: (r) => (r.evidence.reconstructed ? 'yes' : '') },
  { key: 'asOf', header: 'Takes effect', group: 'option', numeric: false, value: (r) => r.evidence.asOf },
];

const EVIDENCE_COLUMNS: readonly Column[] = [
  { key: 'nodes', header: 'Nodes', group: 'evidence', numeric: true, value: (r) => r.evidence.nodes },
  { key: 'layers', header: 'Layers', group: 'evidence', numeric: true, value: (r) => r.evidence.layers },
  { key: 'lead', header: 'Statutory lead', group: 'evidence', numeric: false, value: (r) => r.evidence.lead?.name ?? null },
  { key: 'leadSpan', header: 'Span of the lead', group: 'evidence', numeric: true, value: (r) => r.evidence.leadSpan },
  {
    key: 'leadReports', header: 'Posts reporting to the lead', group: 'evidence', numeric: true,
    value: (r) => (r.evidence.lead ? r.evidence.leadReports.length : null),
    detail: (r) => names(r.evidence.leadReports),
  },
  {
    key: 'largestSpan', header: 'Largest span', group: 'evidence', numeric: true,
    value: (r) => r.evidence.largestSpan.span,
    detail: (r) => r.evidence.largestSpan.node?.name ?? '',
  },
  {
    key: 'organisations', header: 'Separate organisations', group: 'evidence', numeric: true,
    value: (r) => r.evidence.organisations.length,
    detail: (r) => names(r.evidence.organisations),
  },
  {
    key: 'gaps', header: 'Functions with no accountable node', group: 'evidence', numeric: true,
    value: (r) => r.evidence.gaps.length,
    detail: (r) => names(r.evidence.gaps),
  },
  {
    key: 'outsideHome', header: "Statutory functions delivered outside the home organisation's line (e.g. under contract)", group: 'evidence', numeric: true,
    value: (r) => r.evidence.outsideHome.length,
    detail: (r) => byOrganisation(r.evidence.outsideHome),
  },
  {
    key: 'links', header: 'Links', group: 'evidence', numeric: true,
    value: (r) => r.evidence.links,
    detail: (r) => LINK_KINDS.filter((k) => r.evidence.linksByKind[k] > 0).map((k) => `${k} ${r.evidence.linksByKind[k]}`).join('; '),
  },
];

const DISRUPTION_COLUMNS: readonly Column[] = [
  { key: 'added', header: 'Added vs baseline', group: 'disruption', numeric: true, value: (r) => r.evidence.disruption.added },
  { key: 'removed', header: 'Removed vs baseline', group: 'disruption', numeric: true, value: (r) => r.evidence.disruption.removed },
  { key: 'moved', header: 'Moved vs baseline', group: 'disruption', numeric: true, value: (r) => r.evidence.disruption.moved },
  { key: 'changed', header: 'Changed vs baseline', group: 'disruption', numeric: true, value: (r) => r.evidence.disruption.changed },
  {
    key: 'movedAcross', header: 'Moved between organisations', group: 'disruption', numeric: true,
    value: (r) => r.evidence.movedAcross.length,
    detail: (r) => names(r.evidence.movedAcross),
  },
  {
    key: 'linkChanges', header: 'Link changes vs baseline', group: 'disruption', numeric: true,
    value: (r) => r.evidence.disruption.linksAdded + r.evidence.disruption.linksRemoved,
  },
  { key: 'accountableChanges', header: 'Accountability changes vs baseline', group: 'disruption', numeric: true, value: (r) => r.evidence.disruption.accountable },
];

/** One column per criterion, valued by its score (null: not scored); the note is the detail. */
const CRITERION_COLUMNS: readonly Column[] = CRITERIA_IN_ORDER.map((c) => ({
  key: c.id,
  header: criterionHeading(c.id),
  group: 'criterion' as const,
  numeric: true,
  criterion: c.id,
  value: (r: AppraisalRow) => r.judgements[c.id]?.score ?? null,
  detail: (r: AppraisalRow) => r.judgements[c.id]?.note ?? '',
}));

export const COLUMNS: readonly Column[] = [...OPTION_COLUMNS, ...EVIDENCE_COLUMNS, ...DISRUPTION_COLUMNS, ...CRITERION_COLUMNS];

/** Ascending order of two cell values; empty cells (null, '') always sort last, whatever the direction. */
export function compareCells(a: CellValue, b: CellValue, direction: 'ascending' | 'descending'): number {
  const emptyA = a === null || a === '';
  const emptyB = b === null || b === '';
  if (emptyA || emptyB) return emptyA === emptyB ? 0 : emptyA ? 1 : -1;
  const sign = direction === 'ascending' ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number') return sign * (a - b);
  return sign * String(a).localeCompare(String(b), 'en', { numeric: true, sensitivity: 'base' });
}

/** Rows ordered by one column, stably (ties keep table order). */
export function sortRows(rows: readonly AppraisalRow[], column: Column, direction: 'ascending' | 'descending'): AppraisalRow[] {
  return rows
    .map((row, i) => ({ row, i, v: column.value(row) }))
    .sort((x, y) => compareCells(x.v, y.v, direction) || x.i - y.i)
    .map((x) => x.row);
}
