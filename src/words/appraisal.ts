/**
 * Words of the option appraisal: the criteria, the table's column headers, the judgements and the notes around the
 * table. Shared by the command line's `appraise` (text, Markdown, CSV, JSON criteria names), the app's Appraisal
 * view and the exports. Pure: typed values in, strings out.
 */
import type { Criterion } from '../model/types.ts';

/**
 * The Leeds scoping paper's criteria (2.5), lettered as the paper letters them and shortened to headings. The
 * name is also the `criteria[].name` field of `appraise --json` (format.md).
 */
export const CRITERION_WORDS: Record<Criterion, { letter: 'a' | 'b' | 'c' | 'd' | 'e'; name: string }> = {
  quality: { letter: 'a', name: 'Improving quality and adding value' },
  pace: { letter: 'b', name: 'Pace of transformation' },
  leadership: { letter: 'c', name: 'Clear and effective leadership and accountability' },
  value: { letter: 'd', name: 'Value for money and efficiencies' },
  risk: { letter: 'e', name: 'Risks, benefits and corporate implications' },
};

/** "(a) Improving quality and adding value" */
export const criterionHeading = (c: Criterion): string => `(${CRITERION_WORDS[c].letter}) ${CRITERION_WORDS[c].name}`;

/**
 * The header of each column of the appraisal table, by the column's key (the keys of `appraise --json` rows and
 * CSV order are fixed in src/appraisal/columns.ts; criteria columns are headed by `criterionHeading`).
 */
export const COLUMN_HEADERS = {
  id: 'ID',
  title: 'Option',
  preferred: 'Preferred',
  reconstructed: 'Reconstructed',
  asOf: 'Takes effect',
  nodes: 'Posts and units',
  layers: 'Layers',
  lead: 'Statutory lead',
  leadSpan: 'Span of the lead',
  leadReports: 'Posts reporting to the lead',
  largestSpan: 'Largest span',
  organisations: 'Separate organisations',
  gaps: 'Functions with no one accountable',
  outsideHome: "Statutory functions delivered outside the home organisation's line (e.g. under contract)",
  links: 'Links',
  fte: 'FTE',
  costMin: 'Cost a year, min',
  costMax: 'Cost a year, max',
  unpricedFte: 'Unpriced FTE (no pay recorded)',
  added: 'Added vs baseline',
  removed: 'Removed vs baseline',
  moved: 'Moved vs baseline',
  changed: 'Changed vs baseline',
  movedAcross: 'Moved between organisations',
  linkChanges: 'Link changes vs baseline',
  accountableChanges: 'Accountability changes vs baseline',
  fteChange: 'FTE vs baseline',
  costMinChange: 'Cost min vs baseline',
  costMaxChange: 'Cost max vs baseline',
  unpricedFteChange: 'Unpriced FTE vs baseline',
} as const;

/** The value of a yes/no column (Preferred, Reconstructed) when it holds; empty when not. */
export const YES = 'yes';

/** A function held outside its home line by no organisation at all (the head of its line is not an organisation). */
export const NO_ORGANISATION = 'no organisation';

/** The mark and footnote for an option that is a reconstruction, not the source papers' own (leeds-fidelity.md A8). */
export const RECONSTRUCTED_MARK = '†';
export const RECONSTRUCTED_NOTE = `${RECONSTRUCTED_MARK} reconstructed: not an option of the source papers; built from their wording to compare against.`;

/** Criterion (d)'s evidence: "1,522 FTE · £45.1m–£63.7m a year; against the baseline −1,150 FTE · no change in cost". */
export const againstBaseline = (here: string, change: string): string => `${here}; against the baseline ${change}`;

/** A criterion with no score recorded. */
export const NOT_SCORED = 'not scored';

/** An empty cell of a printed table. */
export const EMPTY_CELL = '—';

/** The heading of the printed table: "Appraisal: Leeds children's services review, 2009-10". */
export const appraisalHeading = (title: string): string => `Appraisal: ${title}`;

/** Beside a preferred option's title: "Option 5 (preferred)". */
export const PREFERRED_AFTER_TITLE = '(preferred)';

/** The mark after a preferred option's id in a text table's head, and its key under the table. */
export const PREFERRED_MARK = '*';
export const PREFERRED_KEY = `${PREFERRED_MARK} preferred option`;
export const NO_PREFERRED = 'No preferred option recorded.';

/** "Statutory lead: Director of Children's Services (inferred)": the lead found from accountabilities, not given. */
export const leadLine = (name: string, inferred: boolean): string => `${COLUMN_HEADERS.lead}: ${name}${inferred ? ' (inferred)' : ''}`;

/** "(d) Value for money and efficiencies, evidence: 1,150 FTE, no pay recorded" */
export const evidenceLine = (header: string, evidence: string): string => `${header}, evidence: ${evidence}`;

/** The CSV column after a counted or scored one: "(a) …: note" for a criterion, "Largest span: which" for a count. */
export const detailHeader = (header: string, criterion: boolean): string => `${header}: ${criterion ? 'note' : 'which'}`;
