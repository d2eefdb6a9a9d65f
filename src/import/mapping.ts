import type { ImportError } from './types.ts';
import { normaliseHeader } from './headers.ts';
import { HR_HEADER_GUESSES } from '../words/import.ts';

/** The node fields an HR export's columns can fill (people.md, "Importing any HR export"). */
export const MAPPING_FIELDS = ['id', 'manager', 'name', 'holder', 'grade', 'fte', 'pay', 'payMin', 'payMax', 'kind', 'unit', 'role'] as const;
export type MappingField = (typeof MAPPING_FIELDS)[number];
/** Field → the header of the column that fills it, as written in the file (matched as organogram headers are). */
export type Mapping = Partial<Record<MappingField, string>>;

const isField = (k: string): k is MappingField => (MAPPING_FIELDS as readonly string[]).includes(k);

/**
 * Reads `id=Employee ID,manager=Manager ID,name=Job Title,…` (people.md). Spaces around names are ignored.
 * Errors (typed): a part without "=", an unknown field, no `id` or no `name`, `pay` together with `payMin`/`payMax`.
 */
export function parseMapping(text: string): { ok: true; mapping: Mapping } | { ok: false; error: ImportError } {
  const mapping: Mapping = {};
  for (const part of text.split(',')) {
    if (part.trim() === '') continue;
    const eq = part.indexOf('=');
    if (eq < 0) return { ok: false, error: { kind: 'bad-mapping', reason: 'syntax', text: part.trim() } };
    const field = part.slice(0, eq).trim();
    const column = part.slice(eq + 1).trim();
    if (!isField(field)) return { ok: false, error: { kind: 'bad-mapping', reason: 'unknown-field', field, text: part.trim() } };
    if (column === '') return { ok: false, error: { kind: 'bad-mapping', reason: 'syntax', field, text: part.trim() } };
    mapping[field] = column;
  }
  const problem = mappingProblem(mapping);
  return problem ? { ok: false, error: problem } : { ok: true, mapping };
}

/** Why a mapping cannot be used (no id or name; pay with a band), or null. */
export function mappingProblem(mapping: Mapping): ImportError | null {
  for (const field of ['id', 'name'] as const) if (!mapping[field]) return { kind: 'bad-mapping', reason: 'missing-field', field };
  if (mapping.pay && (mapping.payMin || mapping.payMax)) return { kind: 'bad-mapping', reason: 'pay-and-band', field: 'pay' };
  return null;
}

/** The mapping written back as `--map` text, fields in the standard order. */
export const formatMapping = (m: Mapping): string =>
  MAPPING_FIELDS.filter((f) => m[f])
    .map((f) => `${f}=${m[f]}`)
    .join(',');

/**
 * A mapping guessed from a file's headers, for the app's mapping dialog: each field takes the first header (as
 * written) that matches one of its usual names; a header fills one field at most; `pay` is left out when a
 * band (payMin and payMax) is found. The officer confirms or changes it before anything is imported.
 */
export function guessMapping(headers: readonly string[]): Mapping {
  const normal = headers.map(normaliseHeader);
  const used = new Set<number>();
  const out: Mapping = {};
  for (const field of MAPPING_FIELDS) {
    for (const name of HR_HEADER_GUESSES[field]) {
      const at = normal.findIndex((h, i) => h === name && !used.has(i));
      if (at >= 0) {
        out[field] = headers[at]!.trim();
        used.add(at);
        break;
      }
    }
  }
  if (out.payMin && out.payMax) delete out.pay;
  return out;
}
