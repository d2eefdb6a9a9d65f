import type { FilePlan } from '../import/classify.ts';
import type { MappingField } from '../import/mapping.ts';
import type { CsvPlanInfo } from '../import/session.ts';
import type { ImportError, ImportWarning, Origin, Place } from '../import/types.ts';
import { POST_OR_UNIT, POSTS_AND_UNITS, postsAndUnits } from './officerTerms.ts';
import { cut, quoted, userText } from './text.ts';

/**
 * Every word an officer reads about an import: the default title of an imported return, each warning and error
 * (naming file, row and column), and the `why` of steps derived between two returns.
 */

/** `Ofsted, 2011-03-31`: the default title of a structure imported from a return. */
export const returnTitle = (body: string, asOf: string | undefined): string => (asOf ? `${body}, ${asOf}` : body);

/** A value from a file (a cell, a header, a reference, a file name) in a sentence: quoted, cut if long, shown safely (text.ts). */
const q = (s: string): string => quoted(cut(s));
/** `ofsted-2011-03-31-senior.csv row 12, column "FTE"` */
export const placeWords = (p: Place): string => `${userText(p.file)} row ${p.row}, column ${q(p.column)}`;

/** A post a warning is about: `Head of Finance (ref "5")` by its job title and reference, or `"5"` when the row gives no title. */
const postOf = (w: { ref: string; title?: string }): string => (w.title === undefined ? q(w.ref) : `${userText(cut(w.title, 80))} (ref ${q(w.ref)})`);

/** One line for a warning: where, what was found, and what the import did about it. */
export function warningWords(w: ImportWarning): string {
  const at = placeWords(w);
  switch (w.kind) {
    case 'no-reference':
      return `${at}: ${w.value === '' ? 'no reference' : `reference ${q(w.value)} (not a post)`}; row left out`;
    case 'eliminated':
      return `${at}: post ${postOf(w)} is eliminated; left out`;
    case 'fte-not-number':
      return `${at}: FTE ${w.value === '' ? 'is blank' : `${q(w.value)} is not a number`}; post ${postOf(w)} has no FTE`;
    case 'junior-fte-blank':
      return `${at}: number of posts ${w.value === '' ? 'is blank' : `${q(w.value)} is not a number`}; counted as 0 FTE`;
    case 'pay-unusable':
      return `${at}: ${w.value === '' ? 'pay is blank' : parseFloat(w.value) === 0 ? 'pay given as 0' : `pay ${q(w.value)} is not a usable figure`}; ${postOf(w)} left unpriced`;
    case 'unknown-manager':
      return `${at}: reports to ${q(w.manager)}, ${w.eliminated ? 'an eliminated post' : 'which is not in the file'}; ${postOf(w)} made a root`;
    case 'reports-to-itself':
      return `${at}: ${postOf(w)} reports to itself; made a root`;
    case 'no-name':
      return `${at}: no job title; ${q(w.ref)} named by its reference`;
    case 'name-too-long':
      return `${at}: job title of ${q(w.ref)} is ${w.length} characters; cut to 200`;
    case 'unknown-kind':
      return `${at}: kind ${q(w.value)} is not post, unit, body or member; ${postOf(w)} made a post`;
  }
}

/** One line for an error that stopped an import. */
export function errorWords(e: ImportError): string {
  switch (e.kind) {
    case 'unreadable':
      switch (e.reason) {
        case 'empty':
          return `${e.file}: the file is empty`;
        case 'no-header':
          return `${e.file}: row 1 has no column headers`;
        case 'unclosed-quote':
          return `${e.file} row ${e.row ?? '?'}: a quoted field is never closed`;
        case 'cannot-open':
          return `${e.file}: cannot read: ${e.detail ?? 'unknown reason'}`;
      }
      break;
    case 'missing-column':
      return `${e.file}: no ${q(e.column)} column (the columns are: ${e.headers.filter((h) => h.trim() !== '').map((h) => userText(cut(h))).join(', ')})`;
    case 'id-collision':
      return `${e.file}: ${e.refs.map((r) => `${q(r.ref)} (row ${r.row})`).join(' and ')} would both have the id ${q(e.id)}`;
    case 'management-loop':
      return `${e.file}, column ${q(e.column)}: the managers go round in a loop (${e.refs.map(q).join(' → ')} → ${q(e.refs[0] ?? '')}), rows ${e.rows.join(', ')}`;
    case 'bad-mapping':
      if (e.reason === 'missing-field') return `the column mapping does not say which column is the ${e.field}`;
      if (e.reason === 'unknown-field') return `the column mapping names ${q(e.field ?? '')}, which is not a field (id, manager, name, holder, grade, fte, pay, payMin, payMax, kind, unit, role)`;
      return `the column mapping cannot be read at ${q(e.reason === 'pay-and-band' ? 'pay with payMin/payMax' : (e.text ?? ''))} (write field=Column header, separated by commas)`;
    case 'bad-option-id':
      return `the option id ${q(e.id)} is not a slug (lower-case letters, digits and "-", at most 64 characters)`;
    case 'id-in-use':
      return `the workspace already has a structure or option ${q(e.id)}`;
    case 'no-structure':
      return `the workspace has no structure or option ${q(e.id)}`;
  }
}

/** `ofsted-2011-09-30-senior.csv row 12` (rows 12, 13 for a job share): where a derived step's node comes from. */
export const originWords = (o: Origin): string => `${o.file} ${o.rows.length === 1 ? 'row' : 'rows'} ${o.rows.join(', ')}`;

/**
 * The `why` of a step derived from a later return (people.md, "Returns over time"). A switch on op that stays out of
 * the handlers: it words why an import made the step (what the later return says), not what the op does.
 */
export function derivedWhy(op: 'add' | 'remove' | 'move' | 'update', where: Origin | { file: string }): string {
  const at = 'rows' in where ? originWords(where) : where.file;
  switch (op) {
    case 'add':
      return `new in ${at}`;
    case 'remove':
      return `not in ${at}`;
    case 'move':
      return `reports elsewhere in ${at}`;
    case 'update':
      return `changed in ${at}`;
  }
}

/** The CLI's line after an import: `ofsted-2011-03-31-senior.csv, ofsted-2011-03-31-junior.csv: 208 rows → 192 nodes, 3 warnings`. */
export function importSummary(files: readonly string[], rows: number, nodes: number, warnings: number, steps?: number): string {
  const made = steps === undefined ? postsAndUnits(nodes) : `${postsAndUnits(nodes)}, an option of ${steps} step${steps === 1 ? '' : 's'}`;
  return `${files.join(', ')}: ${rows} rows → ${made}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
}

/** The CLI's line when --strict refuses an import with warnings. */
export const strictRefusal = (warnings: number): string => `--strict: ${warnings} warning${warnings === 1 ? '' : 's'}, nothing written`;

/** Why the app will not import the chosen files. */
export function planRefusalWords(plan: Extract<FilePlan, { kind: 'refused' }>): string {
  const files = plan.files.map(q).join(', ');
  switch (plan.reason) {
    case 'none':
      return 'No file was chosen.';
    case 'junior-alone':
      return `${files} is a junior-staff file: choose it together with its senior file (the one with Post Unique Reference).`;
    case 'too-many':
      return `${files}: choose one workspace, one HR export, or one return's senior and junior files.`;
    case 'mixed':
      return `${files} cannot be imported together: choose one workspace, one HR export, or one return's senior file with its junior file.`;
  }
}

/** The import dialog's heading for what was chosen. */
export function importHeading(plan: CsvPlanInfo): string {
  return plan.kind === 'hr' ? `Import HR export ${q(plan.file.name)}` : `Import organogram return ${q(plan.senior.name)}${plan.junior ? ` with ${q(plan.junior.name)}` : ''}`;
}

/** What each field of an HR mapping means, as the mapping dialog labels it. */
export const MAPPING_FIELD_LABELS: Record<MappingField, string> = {
  id: 'Id of the row (post or person)',
  manager: "Manager's id",
  name: 'Post title',
  holder: 'Holder (person)',
  grade: 'Grade',
  fte: 'FTE',
  pay: 'Pay (one figure)',
  payMin: 'Pay band: floor',
  payMax: 'Pay band: ceiling',
  kind: 'Kind (post, unit, body, member)',
  unit: 'Unit',
  role: 'Function',
};

/** Before the mapping as `--map` text in the dialog, so the same import can be run from the command line. */
export const mappingOnCommandLine = 'The same mapping on the command line:';

/** The choice in a mapping dialog's lists that leaves a field unmapped. */
export const NOT_MAPPED = '(not in this file)';

/** `192 nodes from 208 rows; 4 warnings` — the import dialog's summary line. */
export const previewSummary = (rows: number, nodes: number, warnings: number): string =>
  `${nodes.toLocaleString('en-GB')} ${nodes === 1 ? POST_OR_UNIT : POSTS_AND_UNITS} from ${rows.toLocaleString('en-GB')} rows; ${warnings === 0 ? 'no warnings' : `${warnings.toLocaleString('en-GB')} warning${warnings === 1 ? '' : 's'}`}`;

/** The notice after an import into a new workspace or as an option. */
export function importedNotice(title: string, asOption: boolean, warnings: number): string {
  const what = asOption ? `Added "${title}" as an option, its steps derived from the difference.` : `Imported "${title}" as a new workspace.`;
  return warnings === 0 ? what : `${what} ${warnings.toLocaleString('en-GB')} warning${warnings === 1 ? '' : 's'}: listed below.`;
}

/** Said in the import dialog when a file was not UTF-8: how it was read, so an officer can check the £ signs and names. */
export const encodingNote = (file: string, encoding: string): string =>
  `${q(file)} is not UTF-8: read as ${encoding === 'windows-1252' ? 'Windows-1252 (as Excel saves CSV)' : encoding.toUpperCase()}. Check that names and £ signs look right.`;

/**
 * The column headers of a published organogram return as the standard writes them (people.md, "Importing a
 * published organogram"). The importer finds each column by its header as normaliseHeader compares them (case,
 * `(£)` and spacing aside), and names the standard header in a message when the file has no such column.
 */
export const SENIOR_HEADERS = {
  ref: 'Post Unique Reference',
  name: 'Name',
  grade: 'Grade',
  title: 'Job Title',
  role: 'Job/Team Function',
  unit: 'Unit',
  organisation: 'Organisation',
  manager: 'Reports to Senior Post',
  fte: 'FTE',
  floor: 'Actual Pay Floor (£)',
  ceiling: 'Actual Pay Ceiling (£)',
} as const;

/** The column headers of a return's junior file (people.md). */
export const JUNIOR_HEADERS = {
  manager: 'Reporting Senior Post',
  grade: 'Grade',
  title: 'Generic Job Title',
  min: 'Payscale Minimum (£)',
  max: 'Payscale Maximum (£)',
  fte: 'Number of Posts in FTE',
  unit: 'Unit',
  role: 'Professional/Occupational Group',
} as const;

/**
 * Headers HR systems commonly give each field's column, most telling first, as normaliseHeader compares them: the
 * words the mapping dialog looks for in an HR export to guess its mapping (people.md, "Importing any HR export").
 */
export const HR_HEADER_GUESSES: Record<MappingField, readonly string[]> = {
  id: ['employee id', 'employee number', 'staff id', 'staff number', 'person id', 'position id', 'post id', 'post number', 'post unique reference', 'reference', 'id'],
  manager: ['manager id', 'line manager id', 'manager employee id', 'manager number', 'reports to id', 'reports to senior post', 'reports to', 'line manager', 'manager', 'parent id'],
  name: ['job title', 'post title', 'position title', 'position', 'title', 'job', 'role title'],
  holder: ['full name', 'employee name', 'staff name', 'holder', 'name', 'person'],
  grade: ['grade', 'pay grade', 'band', 'pay band', 'grade code'],
  fte: ['fte', 'full time equivalent', 'fte %', 'contracted fte'],
  pay: ['salary', 'annual salary', 'base salary', 'pay', 'annual pay'],
  payMin: ['pay floor', 'actual pay floor', 'salary min', 'salary minimum', 'pay min', 'payscale minimum', 'band minimum'],
  payMax: ['pay ceiling', 'actual pay ceiling', 'salary max', 'salary maximum', 'pay max', 'payscale maximum', 'band maximum'],
  kind: ['kind', 'type', 'node type'],
  unit: ['unit', 'team', 'department', 'directorate', 'division', 'service'],
  role: ['job/team function', 'function', 'job function', 'professional/occupational group', 'profession'],
};

/** The name of a junior group whose Generic Job Title is blank (before its grade, as `Staff (Band 4)`). */
export const JUNIOR_UNTITLED = 'Staff';

/** The holder of a post whose return declines to name them (`N/D`, people.md): written into the structure as is. */
export const NOT_DISCLOSED = 'Not disclosed';
