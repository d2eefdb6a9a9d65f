import type { NodeId, OrgNode, Pay, Structure } from '../model/types.ts';
import { cutToLength, NAME_MAX } from '../options/index.ts';
import { parseCsv, type CsvProgress, type CsvRow } from './csv.ts';
import { cell, findColumn, normaliseHeader, type Column } from './headers.ts';
import { JUNIOR_HEADERS, JUNIOR_UNTITLED, SENIOR_HEADERS } from '../words/import.ts';
import { juniorId, postId } from './ids.ts';
import { poolRows, pooledPay, type SourceRow } from './pool.ts';
import type { CsvFile, ImportError, ImportResult, ImportWarning, Origin } from './types.ts';
import { holderOf, isEliminated, isNoManager, isNotDisclosed, parseAmount, titled, unquote } from './values.ts';
import { structureIdentity, type StructureLabels } from './identity.ts';

/** Each column's standard header, normalised as findColumn compares headers. */
function normalised<K extends string>(headers: Record<K, string>): Record<K, readonly string[]> {
  const out = {} as Record<K, readonly string[]>;
  for (const k of Object.keys(headers) as K[]) out[k] = [normaliseHeader(headers[k])];
  return out;
}

/** Columns of a senior return, by their normalised headers (people.md). */
const SENIOR = normalised(SENIOR_HEADERS);

/** Columns of a junior return. */
const JUNIOR = normalised(JUNIOR_HEADERS);

type Found<T> = { [K in keyof T]: Column | null };
const locate = <T extends Record<string, readonly string[]>>(headers: string[], wanted: T): Found<T> =>
  Object.fromEntries(Object.entries(wanted).map(([k, names]) => [k, findColumn(headers, names)])) as Found<T>;

/** The header a warning names: as written in the file, else the standard one. */
const headerOf = (c: Column | null, standard: string): string => c?.header ?? standard;

/**
 * A pay band from two cells (people.md): both numbers (thousands separators allowed) and the ceiling above 0,
 * floor ≤ ceiling. Otherwise absent, with a warning naming the cell unless the return says N/D.
 */
export function payOf(
  place: { file: string; row: number; title?: string },
  ref: string,
  cols: [Column | null, Column | null],
  cells: readonly string[],
  names: [string, string],
  warnings: ImportWarning[],
): Pay | null {
  const [lo, hi] = [cell(cells, cols[0]), cell(cells, cols[1])];
  const [min, max] = [parseAmount(lo), parseAmount(hi)];
  if (min !== null && max !== null && max > 0 && min <= max) return { min, max };
  if (isNotDisclosed(lo) && isNotDisclosed(hi)) return null;
  const bad = min === null && !isNotDisclosed(lo) ? 0 : 1;
  warnings.push({ kind: 'pay-unusable', ...place, column: headerOf(cols[bad], names[bad]), ref, value: bad === 0 ? lo : hi });
  return null;
}

function seniorRows(file: string, rows: readonly CsvRow[], c: Found<typeof SENIOR>, warnings: ImportWarning[]) {
  const kept: SourceRow[] = [];
  const eliminated = new Set<string>();
  const refHeader = headerOf(c.ref, SENIOR_HEADERS.ref);
  for (const { row, cells } of rows) {
    const ref = unquote(cell(cells, c.ref));
    const place = { file, row };
    if (ref === '' || ref === '0') {
      warnings.push({ kind: 'no-reference', ...place, column: refHeader, value: ref });
      continue;
    }
    const title = unquote(cell(cells, c.title));
    const named = titled(place, title);
    const holderCell = cell(cells, c.name);
    if (isEliminated(holderCell)) {
      warnings.push({ kind: 'eliminated', ...named, column: headerOf(c.name, SENIOR_HEADERS.name), ref });
      eliminated.add(ref.toLowerCase());
      continue;
    }
    const fteCell = cell(cells, c.fte);
    const fte = parseAmount(fteCell);
    if (fte === null) warnings.push({ kind: 'fte-not-number', ...named, column: headerOf(c.fte, SENIOR_HEADERS.fte), value: fteCell, ref });
    kept.push({
      row,
      ref,
      name: title,
      holder: holderOf(holderCell),
      grade: unquote(cell(cells, c.grade)),
      fte,
      pay: payOf(named, ref, [c.floor, c.ceiling], cells, [SENIOR_HEADERS.floor, SENIOR_HEADERS.ceiling], warnings),
      manager: unquote(cell(cells, c.manager)),
      unit: unquote(cell(cells, c.unit)),
      role: unquote(cell(cells, c.role)),
      kind: 'post',
    });
  }
  for (const r of kept) eliminated.delete(r.ref.toLowerCase());
  return { kept, eliminated };
}

interface JuniorGroup {
  id: NodeId;
  rows: { row: number; fte: number; pay: Pay | null }[];
  first: { row: number; manager: string; grade: string; title: string; unit: string; role: string };
}

function juniorGroups(file: string, rows: readonly CsvRow[], c: Found<typeof JUNIOR>, warnings: ImportWarning[]): Map<string, JuniorGroup> {
  const groups = new Map<string, JuniorGroup>();
  for (const { row, cells } of rows) {
    const manager = unquote(cell(cells, c.manager));
    const grade = unquote(cell(cells, c.grade));
    const title = unquote(cell(cells, c.title));
    const place = { file, row };
    const fteCell = cell(cells, c.fte);
    const given = parseAmount(fteCell);
    if (given === null) warnings.push({ kind: 'junior-fte-blank', ...place, column: headerOf(c.fte, JUNIOR_HEADERS.fte), value: fteCell, ref: manager });
    const pay = payOf(place, manager, [c.min, c.max], cells, [JUNIOR_HEADERS.min, JUNIOR_HEADERS.max], warnings);
    const key = [manager, grade, title].map((s) => s.toLowerCase()).join('\u0000');
    let g = groups.get(key);
    if (!g) {
      g = { id: juniorId(manager, grade, title), rows: [], first: { row, manager, grade, title, unit: unquote(cell(cells, c.unit)), role: unquote(cell(cells, c.role)) } };
      groups.set(key, g);
    }
    g.rows.push({ row, fte: given ?? 0, pay });
  }
  return groups;
}

/** A junior group's name (people.md): `Generic Job Title (Grade)`, cut to NAME_MAX. */
function juniorName(title: string, grade: string): string {
  const named = title || JUNIOR_UNTITLED;
  const name = grade === '' ? named : `${named} (${grade})`;
  return cutToLength(name, NAME_MAX);
}

export interface OrganogramInput {
  senior: CsvFile;
  /** The junior file of the same return; without it, only senior posts are made. */
  junior?: CsvFile;
}

/**
 * Imports a published organogram return (people.md, "Importing a published organogram"): one `post` per
 * distinct Post Unique Reference of the senior file, one `unit` per distinct (Reporting Senior Post, Grade,
 * Generic Job Title) of the junior file. Ids come from references (ids.ts) and are the same in every return of
 * the body. Warnings (typed, each naming file, row and column) never stop the import. Errors change nothing:
 * an unreadable file, no Post Unique Reference column (or no Reporting Senior Post column in the junior file),
 * two references or groups whose ids collide, a loop in Reports to Senior Post.
 * `labels` give the structure's id, title and date; by default they come from the Organisation column and a
 * YYYY-MM-DD in the senior file's name. `progress.onRows` hears how many records of both files have been read so far.
 */
export function importOrganogram(input: OrganogramInput, labels: StructureLabels = {}, progress: CsvProgress = {}): ImportResult {
  const warnings: ImportWarning[] = [];
  const senior = parseCsv(input.senior, progress);
  if (!senior.ok) return { ok: false, errors: [senior.error], warnings };
  const sc = locate(senior.headers, SENIOR);
  if (!sc.ref) return { ok: false, errors: [{ kind: 'missing-column', file: input.senior.name, column: SENIOR_HEADERS.ref, headers: senior.headers }], warnings };
  let junior: { rows: CsvRow[]; c: Found<typeof JUNIOR> } | null = null;
  if (input.junior) {
    const read = senior.rows.length + 1;
    const parsed = parseCsv(input.junior, { ...progress, onRows: progress.onRows && ((n) => progress.onRows?.(read + n)) });
    if (!parsed.ok) return { ok: false, errors: [parsed.error], warnings };
    const jc = locate(parsed.headers, JUNIOR);
    if (!jc.manager) return { ok: false, errors: [{ kind: 'missing-column', file: input.junior.name, column: JUNIOR_HEADERS.manager, headers: parsed.headers }], warnings };
    junior = { rows: parsed.rows, c: jc };
  }

  const { kept, eliminated } = seniorRows(input.senior.name, senior.rows, sc, warnings);
  const columns = { ref: headerOf(sc.ref, SENIOR_HEADERS.ref), name: headerOf(sc.title, SENIOR_HEADERS.title), manager: headerOf(sc.manager, SENIOR_HEADERS.manager) };
  const pooled = poolRows(input.senior.name, kept, columns, postId, eliminated, warnings);
  if (!pooled.ok) return { ok: false, errors: pooled.errors, warnings };
  const { nodes, origins, idOfKey } = pooled.pooled;

  if (junior && input.junior) {
    const made = juniorNodes(input.junior.name, junior.rows, junior.c, idOfKey, eliminated, origins, warnings);
    if (!made.ok) return { ok: false, errors: made.errors, warnings };
    for (const n of made.nodes) nodes.push(n);
  }
  const organisation = unquote(cell(senior.rows[0]?.cells ?? [], sc.organisation));
  const structure: Structure = { ...structureIdentity(labels, organisation, input.senior.name), nodes };
  return { ok: true, structure, warnings, origins, rows: senior.rows.length + (junior?.rows.length ?? 0) };
}

function juniorNodes(
  file: string,
  rows: readonly CsvRow[],
  c: Found<typeof JUNIOR>,
  idOfKey: ReadonlyMap<string, NodeId>,
  eliminated: ReadonlySet<string>,
  origins: Map<NodeId, Origin>,
  warnings: ImportWarning[],
): { ok: true; nodes: OrgNode[] } | { ok: false; errors: ImportError[] } {
  const groups = juniorGroups(file, rows, c, warnings);
  const errors: ImportError[] = [];
  const nodes: OrgNode[] = [];
  const managerHeader = headerOf(c.manager, JUNIOR_HEADERS.manager);
  const seen = new Map<NodeId, string>();
  for (const g of groups.values()) {
    const { first } = g;
    const key = [first.manager, first.grade, first.title].join(', ');
    const clash = origins.get(g.id);
    if (clash) {
      errors.push({ kind: 'id-collision', file, id: g.id, refs: [{ ref: seen.get(g.id) ?? g.id, row: clash.rows[0]! }, { ref: key, row: first.row }] });
      continue;
    }
    seen.set(g.id, key);
    origins.set(g.id, { file, rows: g.rows.map((r) => r.row) });
    let manager: NodeId | null = null;
    if (!isNoManager(first.manager)) {
      manager = idOfKey.get(first.manager.toLowerCase()) ?? null;
      if (manager === null) {
        warnings.push({ kind: 'unknown-manager', file, row: first.row, column: managerHeader, ref: first.manager, manager: first.manager, eliminated: eliminated.has(first.manager.toLowerCase()) });
      }
    }
    const node: OrgNode = { id: g.id, kind: 'unit', name: juniorName(first.title, first.grade), manager };
    if (first.grade !== '') node.grade = first.grade;
    node.fte = g.rows.reduce((t, r) => t + r.fte, 0);
    const pay = pooledPay(g.rows);
    if (pay !== null) node.pay = pay;
    if (first.unit !== '') node.unit = first.unit;
    if (first.role !== '') node.role = first.role;
    nodes.push(node);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, nodes };
}
