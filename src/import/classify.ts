import { readHeaders } from './csv.ts';
import { findColumn, normaliseHeader } from './headers.ts';
import { JUNIOR_HEADERS, SENIOR_HEADERS } from '../words/import.ts';
import type { CsvFile } from './types.ts';

/** What a set of chosen files is, so the app knows which import to offer (people.md: organogram pair, HR export, workspace). */
export type FilePlan =
  | { kind: 'workspace'; file: CsvFile }
  | { kind: 'organogram'; senior: CsvFile; junior?: CsvFile }
  | { kind: 'hr'; file: CsvFile; headers: string[] }
  | { kind: 'refused'; reason: 'none' | 'junior-alone' | 'too-many' | 'mixed'; files: string[] };

/** The columns that tell a return's senior file (Post Unique Reference) and junior file (Reporting Senior Post) apart. */
const SENIOR_REF = [normaliseHeader(SENIOR_HEADERS.ref)];
const JUNIOR_MANAGER = [normaliseHeader(JUNIOR_HEADERS.manager)];

const isJson = (f: CsvFile): boolean => /\.json$/i.test(f.name) || /^\uFEFF?\s*[{[]/.test(f.text);

/**
 * Tells chosen files apart by name and headers: one `.json` file is a workspace; a file with a Post Unique
 * Reference column is an organogram's senior file, one with Reporting Senior Post its junior file (in either
 * order); any other single CSV is an HR export (its headers returned for the mapping). Anything else is refused.
 */
export function planImport(files: readonly CsvFile[]): FilePlan {
  const names = files.map((f) => f.name);
  if (files.length === 0) return { kind: 'refused', reason: 'none', files: names };
  const json = files.filter(isJson);
  if (json.length > 0) return files.length === 1 ? { kind: 'workspace', file: json[0]! } : { kind: 'refused', reason: 'mixed', files: names };
  if (files.length > 2) return { kind: 'refused', reason: 'too-many', files: names };
  const headed = files.map((f) => ({ f, headers: readHeaders(f.text) }));
  const senior = headed.filter((h) => findColumn(h.headers, SENIOR_REF));
  const junior = headed.filter((h) => !findColumn(h.headers, SENIOR_REF) && findColumn(h.headers, JUNIOR_MANAGER));
  if (senior.length === 1 && junior.length === files.length - 1) return { kind: 'organogram', senior: senior[0]!.f, junior: junior[0]?.f };
  if (files.length === 1 && junior.length === 1) return { kind: 'refused', reason: 'junior-alone', files: names };
  if (files.length === 1) return { kind: 'hr', file: files[0]!, headers: headed[0]!.headers };
  return { kind: 'refused', reason: 'mixed', files: names };
}
