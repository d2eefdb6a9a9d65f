/**
 * Words of the exported Board pages (SVG): headings, pane labels, the line under the heading, notes, the key, the
 * change table's fixed words, the summary a screen reader hears, and the document titles. Pages that run to
 * several sheets take their page words from print.ts. Pure: titles, names and counts in, strings out. Titles and
 * names go through `userText`, so right-to-left text is isolated from the sentence around it.
 */
import type { LinkKind, NodeKind } from '../model/types.ts';
import { LINK_KINDS, NODE_KINDS } from '../model/types.ts';
import { counted } from './lists.ts';
import { userText } from './text.ts';
import { LINK_KIND_SHORT } from './kinds.ts';

/** The parts of the line under a page's heading, joined by a spaced middle dot; empty parts are left out. */
export function metaLine(parts: readonly (string | null | undefined | false)[]): string {
  return parts.filter((p): p is string => typeof p === 'string' && p !== '').join('  ·  ');
}

/** The parts the meta line may hold. */
export const META = {
  asOf: (date: string): string => `As of ${date}`,
  currentAsOf: (date: string): string => `Current as of ${date}`,
  proposedAsOf: (date: string): string => `Proposed as of ${date}`,
  exported: (date: string): string => `Exported ${date}`,
  namesHidden: 'Post holders’ names hidden',
  sameScale: 'Both charts at the same scale',
} as const;

/** A structure's page heading; with changes marked, which structure they are from. */
export const structureHeading = (title: string, changesFrom: string | null): string =>
  changesFrom === null ? userText(title) : `${userText(title)}, with changes from ${userText(changesFrom)} marked`;

/** The comparison page's heading and its two panes' labels. */
export const comparisonWords = {
  heading: (a: string, b: string): string => `Comparison: ${userText(a)} and ${userText(b)}`,
  current: (title: string): string => `Current: ${userText(title)}`,
  proposed: (title: string): string => `Proposed: ${userText(title)}`,
} as const;

/** The heading of the change table: "Changes (12)", or "Changes" when there are none. */
export const changesHeading = (count: number): string => (count === 0 ? 'Changes' : `Changes (${count})`);

/** The change table's fixed words. */
export const CHANGE_TABLE = {
  none: 'No differences.',
  why: (reason: string): string => `Why: ${reason}`,
  /** A reason already given for an earlier change: "Why: as for 3." */
  whyAsFor: (n: number): string => `Why: as for ${n}.`,
  /** "Moved:" in bold before the change's text. */
  label: (category: string): string => `${category}:`,
} as const;

/** One change of a comparison in its page's description: "3. Moved: X: A → B. Why: …" */
export const numberedChangeLine = (n: number, category: string, text: string, why: readonly string[]): string =>
  `${n}. ${category}: ${text}.${why.map((w) => ` ${CHANGE_TABLE.why(w)}`).join('')}`;

/**
 * The note naming nodes of a diff that this chart cannot show (removed since the other structure, or added in it);
 * `names` already worded (src/words/names.ts: told apart, shown safely).
 */
export function absentNote(side: 'from' | 'to', other: string, names: readonly string[]): string {
  const list = names.join('; ');
  return side === 'to' ? `Removed since ${userText(other)}: ${list}.` : `Added in ${userText(other)}, not shown: ${list}.`;
}

/** The staffing note of a one-structure page with `--people` (people.md, Measures). */
export const staffingNote = (staffing: string): string =>
  `Staffing: ${staffing}. The figures on each box are its whole line of management: FTE and cost a year.`;

/** The staffing notes of a comparison page: both structures, the change, and each organisation whose figures differ. */
export const staffingComparison = {
  totals: (a: string, aStaffing: string, b: string, bStaffing: string, change: string): string =>
    `Staffing: ${userText(a)}: ${aStaffing}. ${userText(b)}: ${bStaffing}. Change: ${change}.`,
  organisation: (name: string, from: string, to: string): string => `${userText(name)}: ${from} → ${to}`,
  byOrganisation: (lines: readonly string[]): string => `By organisation: ${lines.join('; ')}.`,
} as const;

/** The key's heading and its fixed entries (kinds, links and marks are worded in kinds.ts and print.ts). */
export const KEY = {
  heading: 'Key',
  lineManagement: 'Line management (reports to)',
  changeNumber: 'Change number, as in the change table',
  collapsed: 'Collapsed: N more below, not shown',
  collapsedSample: '+N',
} as const;

const KIND_COUNT: Record<NodeKind, [string, string]> = {
  post: ['post', 'posts'],
  unit: ['unit', 'units'],
  body: ['body', 'bodies'],
  member: ['elected member', 'elected members'],
};

/** What a chart holds, counted (see `structureSummary`). */
export interface ChartCounts {
  boxes: number;
  byKind: Record<NodeKind, number>;
  /** Line-management trees: the roots. */
  trees: number;
  links: number;
  linksByKind: Record<LinkKind, number>;
}

/** "27 boxes (12 posts, 8 units, …) in 3 line-management trees, with 9 other links (4 strategic, …)". */
export function chartCountsLine(c: ChartCounts): string {
  const kinds = NODE_KINDS.filter((k) => c.byKind[k] > 0).map((k) => counted(c.byKind[k], ...KIND_COUNT[k]));
  const links = c.links === 0 ? 'no other links'
    : `${counted(c.links, 'other link', 'other links')} (${LINK_KINDS.filter((k) => c.linksByKind[k] > 0).map((k) => `${c.linksByKind[k]} ${LINK_KIND_SHORT[k]}`).join(', ')})`;
  return `${counted(c.boxes, 'box', 'boxes')}${kinds.length > 0 ? ` (${kinds.join(', ')})` : ''} in ${counted(c.trees, 'line-management tree', 'line-management trees')}, with ${links}`;
}

/** What a screen reader hears of a structure's page: its counts, those hidden in collapsed groups, and the changes. */
export function structureSummary(title: string, counts: string, hiddenBoxes: number, changes: { from: string; counts: string } | null): string {
  return `Organisation chart of ${userText(title)}: ${counts}` +
    (hiddenBoxes > 0 ? `; ${hiddenBoxes} of them in collapsed groups` : '') +
    (changes ? `. Changes from ${userText(changes.from)}: ${changes.counts}` : '') + '.';
}

/** What a screen reader hears of a comparison page. */
export const comparisonSummary = (a: string, b: string, counts: string, numbered: number): string =>
  `Comparison of ${userText(a)} (left) and ${userText(b)} (right) at the same scale: ${counts}; ${numbered} numbered changes listed beside the charts.`;

/** The SVG document's title: "Review: Option 5", or "Review: Now compared with Option 5", with its page when one of several. */
export function documentTitle(workspace: string, what: { structure: string } | { from: string; to: string }, page: string | null): string {
  const subject = 'structure' in what ? userText(what.structure) : `${userText(what.from)} compared with ${userText(what.to)}`;
  return `${userText(workspace)}: ${subject}${page === null ? '' : `, ${page}`}`;
}

/** A page of several, with what it shows: "Page 2 of 9: Director and the posts below". */
export const pageLineWith = (page: string, what: string): string => `${page}: ${what}`;

/** The summary of one page of several: "Page 2 of 9. Organisation chart of …". */
export const pageSummary = (pageLine: string, summary: string): string => `${pageLine}. ${summary}`;

/** Asking the one-page renderer for a chart that needs several pages (a caller's mistake, not the officer's). */
export const needsPages = (what: 'chart' | 'comparison', pages: number): string =>
  what === 'chart'
    ? `the chart needs ${pages} pages at this size; use renderStructurePages`
    : `the comparison needs ${pages} pages at this size; use renderComparisonPages`;
