/**
 * Words of the app's staffing and measures views: a node's staffing details, the Measures table, the Changes
 * panel's staffing and cost, and the totals strip over each pane (people.md, Fields and Measures). Money and FTE
 * are formatted by money.ts; this file words what is around them.
 */
import type { Pay } from '../model/types.ts';
import { FIELD_LABEL, NOT_RECORDED, STAFFING_HEADING } from './fields.ts';
import { costEffect, fteChange, fteText, moneyRange, payBand } from './money.ts';
import { userText } from './text.ts';
import { COLUMN_HEADERS } from './appraisal.ts';

/** The Details panel's staffing section for one node (its field labels the one set in fields.ts). */
export const STAFFING_DETAILS = {
  heading: STAFFING_HEADING,
  grade: FIELD_LABEL.grade,
  fte: FIELD_LABEL.fte,
  pay: FIELD_LABEL.pay,
  cost: FIELD_LABEL.cost,
  withLine: 'With its line',
} as const;

/** A node's FTE: "0.8 FTE", or "not recorded". */
export const ownFte = (fte: number | undefined): string => (fte === undefined ? NOT_RECORDED : fteText(fte));

/** A node's pay band for 1.0 FTE: "£45,000–£52,000 a year for 1.0 FTE", or "not recorded". */
export const ownPay = (pay: Pay | undefined, currency: string): string => (pay ? `${payBand(pay, currency)} for 1.0 FTE` : NOT_RECORDED);

/**
 * A node's own cost a year (its FTE times its pay band): "£36k–£42k a year"; "not counted (no FTE)" without FTE,
 * "unpriced (no pay recorded)" with FTE but no pay (people.md, Measures).
 */
export function ownCost(fte: number | undefined, pay: Pay | undefined, cost: { costMin: number; costMax: number }, currency: string): string {
  if (fte === undefined) return 'not counted (no FTE)';
  return pay ? `${moneyRange(cost.costMin, cost.costMax, currency)} a year` : 'unpriced (no pay recorded)';
}

/** The Changes panel's staffing and cost section. */
export const STAFFING_CHANGE = {
  heading: 'Staffing and cost',
  total: 'Total change:',
} as const;

/** A change row's own effect on staffing and cost, after its text: "(−0.5 FTE, −£60k to −£65k a year)". */
export const rowCostEffect = (e: { fte: number; costMin: number; costMax: number }, currency: string): string =>
  `(${fteChange(e.fte)}, ${costEffect(e.costMin, e.costMax, currency)})`;

/** The totals strip over a pane: its accessible name, and its change against the other pane's structure. */
export const TOTALS_STRIP = {
  label: (title: string): string => `Staffing and cost of ${userText(title)}`,
  /** "(−1,150 FTE · no change in cost against Option 5)"; `change` is money.ts staffingChangeLine. */
  against: (change: string, otherTitle: string): string => `(${change} against ${userText(otherTitle)})`,
} as const;

/**
 * The Measures table under the Changes panel: one row per measure of each structure. Each measure the appraisal
 * also shows has the appraisal's own header (COLUMN_HEADERS), so one measure reads the same everywhere.
 */
export const MEASURES = {
  heading: 'Measures',
  column: 'Measure',
  nodes: COLUMN_HEADERS.nodes,
  layers: COLUMN_HEADERS.layers,
  organisations: COLUMN_HEADERS.organisations,
  largestSpan: COLUMN_HEADERS.largestSpan,
  medianSpan: 'Median span',
  gaps: COLUMN_HEADERS.gaps,
  outsideHome: COLUMN_HEADERS.outsideHome,
} as const;

/** Names in a measure's cell: "none", or the names joined by commas (already worded by names.ts). */
export const namesOrNone = (names: readonly string[]): string => (names.length === 0 ? 'none' : names.join(', '));

/** A count and what it counts in a measure's cell: "2: Leeds City Council, Education Leeds", or "none". */
export const countedNames = (names: readonly string[]): string => (names.length === 0 ? 'none' : `${names.length}: ${names.join(', ')}`);

/** The largest span and whose it is: "12 (Director of Children's Services)", or "0" where no node manages anyone. */
export const largestSpan = (max: number, name: string | null): string => (name === null ? '0' : `${max} (${name})`);
