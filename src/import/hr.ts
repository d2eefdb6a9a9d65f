import { NODE_KINDS, type NodeKind, type Pay, type Structure } from '../model/types.ts';
import { parseCsv, type CsvProgress } from './csv.ts';
import { cell, findColumn, normaliseHeader, type Column } from './headers.ts';
import { postId } from './ids.ts';
import { mappingProblem, MAPPING_FIELDS, type Mapping, type MappingField } from './mapping.ts';
import { payOf } from './organogram.ts';
import { poolRows, type SourceRow } from './pool.ts';
import { structureIdentity, type StructureLabels } from './identity.ts';
import type { CsvFile, ImportResult, ImportWarning } from './types.ts';
import { holderOf, isEliminated, parseAmount, titled, unquote } from './values.ts';

const isKind = (v: string): v is NodeKind => (NODE_KINDS as readonly string[]).includes(v);

/**
 * Imports an HR export with a column mapping (people.md, "Importing any HR export"): one node per distinct id
 * (case-insensitive; repeated ids pool as job shares do), ids derived from the id column as organogram
 * references are, `kind` from its column (post, unit, body, member; default post, unknown values warned),
 * `pay` a single figure (min = max) or `payMin`/`payMax` a band. Roots, unknown managers, warnings and errors
 * follow the organogram rules; a loop in the managers is an error naming every row in it.
 * Errors: unreadable file, a mapped column not in the file, a mapping without id or name, ids that collide.
 * `progress.onRows` hears how many records have been read, as the file is parsed (csv.ts).
 */
export function importHr(file: CsvFile, mapping: Mapping, labels: StructureLabels = {}, progress: CsvProgress = {}): ImportResult {
  const warnings: ImportWarning[] = [];
  const problem = mappingProblem(mapping);
  if (problem) return { ok: false, errors: [problem], warnings };
  const table = parseCsv(file, progress);
  if (!table.ok) return { ok: false, errors: [table.error], warnings };
  const cols: Partial<Record<MappingField, Column>> = {};
  for (const field of MAPPING_FIELDS) {
    const header = mapping[field];
    if (!header) continue;
    const found = findColumn(table.headers, [normaliseHeader(header)]);
    if (!found) return { ok: false, errors: [{ kind: 'missing-column', file: file.name, column: header, headers: table.headers }], warnings };
    cols[field] = found;
  }
  const idCol = cols.id!;
  const kept: SourceRow[] = [];
  const gone = new Set<string>();
  for (const { row, cells } of table.rows) {
    const place = { file: file.name, row };
    const ref = unquote(cell(cells, idCol));
    if (ref === '') {
      warnings.push({ kind: 'no-reference', ...place, column: idCol.header, value: ref });
      continue;
    }
    const title = unquote(cell(cells, cols.name!));
    const named = titled(place, title);
    const holderCell = cell(cells, cols.holder ?? null);
    if (cols.holder && isEliminated(holderCell)) {
      warnings.push({ kind: 'eliminated', ...named, column: cols.holder.header, ref });
      gone.add(ref.toLowerCase());
      continue;
    }
    let fte: number | null = null;
    if (cols.fte) {
      const v = cell(cells, cols.fte);
      fte = parseAmount(v);
      if (fte === null) warnings.push({ kind: 'fte-not-number', ...named, column: cols.fte.header, value: v, ref });
    }
    let pay: Pay | null = null;
    if (cols.pay) pay = payOf(named, ref, [cols.pay, cols.pay], cells, [cols.pay.header, cols.pay.header], warnings);
    else if (cols.payMin || cols.payMax) {
      pay = payOf(named, ref, [cols.payMin ?? cols.payMax!, cols.payMax ?? cols.payMin!], cells, [mapping.payMin ?? '', mapping.payMax ?? ''], warnings);
    }
    let kind: NodeKind = 'post';
    if (cols.kind) {
      const v = unquote(cell(cells, cols.kind)).toLowerCase();
      if (isKind(v)) kind = v;
      else if (v !== '') warnings.push({ kind: 'unknown-kind', ...named, column: cols.kind.header, ref, value: v });
    }
    kept.push({
      row,
      ref,
      name: title,
      holder: kind === 'post' ? holderOf(holderCell) : null,
      grade: unquote(cell(cells, cols.grade ?? null)),
      fte,
      pay,
      manager: unquote(cell(cells, cols.manager ?? null)),
      unit: unquote(cell(cells, cols.unit ?? null)),
      role: unquote(cell(cells, cols.role ?? null)),
      kind,
    });
  }
  for (const r of kept) gone.delete(r.ref.toLowerCase());
  const columns = { ref: idCol.header, name: cols.name!.header, manager: cols.manager?.header ?? mapping.manager ?? 'manager' };
  const pooled = poolRows(file.name, kept, columns, postId, gone, warnings);
  if (!pooled.ok) return { ok: false, errors: pooled.errors, warnings };
  const structure: Structure = { ...structureIdentity(labels, '', file.name), nodes: pooled.pooled.nodes };
  return { ok: true, structure, warnings, origins: pooled.pooled.origins, rows: table.rows.length };
}
