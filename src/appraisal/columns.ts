import { LINK_KINDS, type Criterion } from '../model/types.ts';
import { CRITERIA_IN_ORDER } from './criteria.ts';
import type { HeldOutside, Named } from './evidence.ts';
import type { AppraisalRow } from './table.ts';
import { fteNumber, money, NO_PAY, staffingChangeLine, staffingLine } from '../words/money.ts';
import { againstBaseline, COLUMN_HEADERS as H, criterionHeading, NO_ORGANISATION, YES } from '../words/appraisal.ts';
import { LINK_KIND_SHORT } from '../words/kinds.ts';

export type CellValue = string | number | null;

/** One column of the appraisal table: a sortable value and, for counts of things, which things. */
export interface Column {
  key: string;
  header: string;
  group: 'option' | 'evidence' | 'disruption' | 'criterion';
  numeric: boolean;
  value(row: AppraisalRow): CellValue;
  detail?(row: AppraisalRow): string;
  criterion?: Criterion;
  /** How an officer reads the value (FTE, money, a signed change), where it is not plain; CSV keeps the number. */
  shown?(row: AppraisalRow, currency: string): string;
  /** Evidence shown beside the officers' judgement: criterion (d) carries staffing and cost (people.md). */
  evidence?(row: AppraisalRow, currency: string): string;
}

/** A value as an officer reads it: the column's own wording, else the value; null as null. */
export function shownValue(c: Column, row: AppraisalRow, currency: string): string | null {
  const v = c.value(row);
  if (v === null || v === '') return null;
  return c.shown ? c.shown(row, currency) : String(v);
}

const names = (list: readonly Named[]): string => list.map((n) => n.name).join('; ');

/** "Education Leeds: School improvement, SEN; Company B: Audit" */
function byOrganisation(list: readonly HeldOutside[]): string {
  const groups = new Map<string, string[]>();
  for (const f of list) {
    const org = f.organisation?.name ?? NO_ORGANISATION;
    groups.set(org, [...(groups.get(org) ?? []), f.name]);
  }
  return [...groups].map(([org, fns]) => `${org}: ${fns.join(', ')}`).join('; ');
}

const OPTION_COLUMNS: readonly Column[] = [
  { key: 'id', header: H.id, group: 'option', numeric: false, value: (r) => r.evidence.id },
  { key: 'title', header: H.title, group: 'option', numeric: false, value: (r) => r.evidence.title },
  { key: 'preferred', header: H.preferred, group: 'option', numeric: false, value: (r) => (r.preferred ? YES : '') },
  { key: 'reconstructed', header: H.reconstructed, group: 'option', numeric: false, value: (r) => (r.evidence.reconstructed ? YES : '') },
  { key: 'asOf', header: H.asOf, group: 'option', numeric: false, value: (r) => r.evidence.asOf },
];

const EVIDENCE_COLUMNS: readonly Column[] = [
  { key: 'nodes', header: H.nodes, group: 'evidence', numeric: true, value: (r) => r.evidence.nodes },
  { key: 'layers', header: H.layers, group: 'evidence', numeric: true, value: (r) => r.evidence.layers },
  { key: 'lead', header: H.lead, group: 'evidence', numeric: false, value: (r) => r.evidence.lead?.name ?? null },
  { key: 'leadSpan', header: H.leadSpan, group: 'evidence', numeric: true, value: (r) => r.evidence.leadSpan },
  {
    key: 'leadReports', header: H.leadReports, group: 'evidence', numeric: true,
    value: (r) => (r.evidence.lead ? r.evidence.leadReports.length : null),
    detail: (r) => names(r.evidence.leadReports),
  },
  {
    key: 'largestSpan', header: H.largestSpan, group: 'evidence', numeric: true,
    value: (r) => r.evidence.largestSpan.span,
    detail: (r) => r.evidence.largestSpan.node?.name ?? '',
  },
  {
    key: 'organisations', header: H.organisations, group: 'evidence', numeric: true,
    value: (r) => r.evidence.organisations.length,
    detail: (r) => names(r.evidence.organisations),
  },
  {
    key: 'gaps', header: H.gaps, group: 'evidence', numeric: true,
    value: (r) => r.evidence.gaps.length,
    detail: (r) => names(r.evidence.gaps),
  },
  {
    key: 'outsideHome', header: H.outsideHome, group: 'evidence', numeric: true,
    value: (r) => r.evidence.outsideHome.length,
    detail: (r) => byOrganisation(r.evidence.outsideHome),
  },
  {
    key: 'links', header: H.links, group: 'evidence', numeric: true,
    value: (r) => r.evidence.links,
    detail: (r) => LINK_KINDS.filter((k) => r.evidence.linksByKind[k] > 0).map((k) => `${LINK_KIND_SHORT[k]} ${r.evidence.linksByKind[k]}`).join('; '),
  },
];

/** FTE to two places and money to the unit in the table's numbers, so sums do not show floating-point noise. */
const fte2 = (v: number): number => Math.round(v * 100) / 100 + 0;
const whole = (v: number): number => Math.round(v) + 0;

/** Whether any staff of the row's structure have pay recorded; where none have, its cost reads "no pay recorded", not £0. */
const priced = (r: AppraisalRow): boolean => r.evidence.fte - r.evidence.unpricedFte > 0 || r.evidence.costMax > 0;
const cost = (r: AppraisalRow, v: number, currency: string): string => (priced(r) ? money(v, currency) : NO_PAY);

/** Staffing and cost a year (people.md, Measures). */
const STAFFING_COLUMNS: readonly Column[] = [
  { key: 'fte', header: H.fte, group: 'evidence', numeric: true, value: (r) => fte2(r.evidence.fte), shown: (r) => fteNumber(r.evidence.fte) },
  { key: 'costMin', header: H.costMin, group: 'evidence', numeric: true, value: (r) => whole(r.evidence.costMin), shown: (r, cur) => cost(r, r.evidence.costMin, cur) },
  { key: 'costMax', header: H.costMax, group: 'evidence', numeric: true, value: (r) => whole(r.evidence.costMax), shown: (r, cur) => cost(r, r.evidence.costMax, cur) },
  { key: 'unpricedFte', header: H.unpricedFte, group: 'evidence', numeric: true, value: (r) => fte2(r.evidence.unpricedFte), shown: (r) => fteNumber(r.evidence.unpricedFte) },
];

const signedFte = (v: number): string => (v > 0 && fteNumber(v) !== '0' ? `+${fteNumber(v)}` : fteNumber(v));
const signedMoney = (v: number, currency: string): string => (Math.abs(v) < 0.5 ? money(0, currency) : v > 0 ? `+${money(v, currency)}` : money(v, currency));
/** A change in cost; where neither side has pay recorded (no change, nothing priced) there is no cost to compare. */
const costChange = (r: AppraisalRow, v: number, currency: string): string => (!priced(r) && Math.abs(v) < 0.5 ? NO_PAY : signedMoney(v, currency));

const STAFFING_CHANGE_COLUMNS: readonly Column[] = [
  { key: 'fteChange', header: H.fteChange, group: 'disruption', numeric: true, value: (r) => fte2(r.evidence.fteChange), shown: (r) => signedFte(r.evidence.fteChange) },
  { key: 'costMinChange', header: H.costMinChange, group: 'disruption', numeric: true, value: (r) => whole(r.evidence.costMinChange), shown: (r, cur) => costChange(r, r.evidence.costMinChange, cur) },
  { key: 'costMaxChange', header: H.costMaxChange, group: 'disruption', numeric: true, value: (r) => whole(r.evidence.costMaxChange), shown: (r, cur) => costChange(r, r.evidence.costMaxChange, cur) },
  { key: 'unpricedFteChange', header: H.unpricedFteChange, group: 'disruption', numeric: true, value: (r) => fte2(r.evidence.unpricedFteChange), shown: (r) => signedFte(r.evidence.unpricedFteChange) },
];

/** Criterion (d)'s evidence: "1,522 FTE · £45.1m–£63.7m a year; against the baseline −1,150 FTE · no change in cost". */
function valueForMoney(r: AppraisalRow, currency: string): string {
  const e = r.evidence;
  const here = staffingLine(e, currency);
  if (e.isBaseline) return here;
  const change = { fte: e.fteChange, costMin: e.costMinChange, costMax: e.costMaxChange, unpricedFte: e.unpricedFteChange };
  return againstBaseline(here, staffingChangeLine(change, currency));
}

const DISRUPTION_COLUMNS: readonly Column[] = [
  { key: 'added', header: H.added, group: 'disruption', numeric: true, value: (r) => r.evidence.disruption.added },
  { key: 'removed', header: H.removed, group: 'disruption', numeric: true, value: (r) => r.evidence.disruption.removed },
  { key: 'moved', header: H.moved, group: 'disruption', numeric: true, value: (r) => r.evidence.disruption.moved },
  { key: 'changed', header: H.changed, group: 'disruption', numeric: true, value: (r) => r.evidence.disruption.changed },
  {
    key: 'movedAcross', header: H.movedAcross, group: 'disruption', numeric: true,
    value: (r) => r.evidence.movedAcross.length,
    detail: (r) => names(r.evidence.movedAcross),
  },
  {
    key: 'linkChanges', header: H.linkChanges, group: 'disruption', numeric: true,
    value: (r) => r.evidence.disruption.linksAdded + r.evidence.disruption.linksRemoved,
  },
  { key: 'accountableChanges', header: H.accountableChanges, group: 'disruption', numeric: true, value: (r) => r.evidence.disruption.accountable },
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
  ...(c.id === 'value' ? { evidence: valueForMoney } : {}),
}));

export const COLUMNS: readonly Column[] = [
  ...OPTION_COLUMNS, ...EVIDENCE_COLUMNS, ...STAFFING_COLUMNS, ...DISRUPTION_COLUMNS, ...STAFFING_CHANGE_COLUMNS, ...CRITERION_COLUMNS,
];

const STAFFING_KEYS: ReadonlySet<string> = new Set([...STAFFING_COLUMNS, ...STAFFING_CHANGE_COLUMNS].map((c) => c.key));

/**
 * The columns an officer reads (Markdown, text, the app): staffing and cost, and criterion (d)'s evidence, only
 * where some structure has staff figures; CSV and JSON always carry them.
 */
export function readableColumns(rows: readonly AppraisalRow[]): readonly Column[] {
  if (rows.some((r) => r.evidence.fte > 0 || r.evidence.costMax > 0)) return COLUMNS;
  return COLUMNS.filter((c) => !STAFFING_KEYS.has(c.key)).map((c) => (c.evidence ? { ...c, evidence: undefined } : c));
}

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
