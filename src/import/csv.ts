import Papa from 'papaparse';
import type { CsvFile, ImportError } from './types.ts';

/** One record of a CSV file: its row number (the header is row 1; a quoted line break does not start a row) and cells. */
export interface CsvRow {
  row: number;
  cells: string[];
}

export type CsvTable = { ok: true; headers: string[]; rows: CsvRow[] } | { ok: false; error: ImportError };

/**
 * Parses CSV text with papaparse (RFC 4180: quoted fields holding commas, quotes and line breaks; CRLF or LF).
 * A leading byte-order mark is dropped. Rows whose cells are all blank are skipped but keep their numbers, so
 * every later row is still named as a spreadsheet shows it. Cells are returned as written (not trimmed).
 * Errors: an empty file, a header row with no names, or a quote left open (naming the row where it opens).
 */
export function parseCsv(file: CsvFile): CsvTable {
  const text = file.text.startsWith('\uFEFF') ? file.text.slice(1) : file.text;
  if (text.trim() === '') return { ok: false, error: { kind: 'unreadable', file: file.name, reason: 'empty' } };
  const parsed = Papa.parse<string[]>(text, { delimiter: ',', header: false, skipEmptyLines: false });
  const open = parsed.errors.find((e) => e.code === 'MissingQuotes');
  if (open) return { ok: false, error: { kind: 'unreadable', file: file.name, reason: 'unclosed-quote', row: (open.row ?? 0) + 1 } };
  const [header, ...body] = parsed.data;
  if (!header || header.every((h) => h.trim() === '')) return { ok: false, error: { kind: 'unreadable', file: file.name, reason: 'no-header' } };
  const rows: CsvRow[] = [];
  body.forEach((cells, i) => {
    if (cells.some((c) => c.trim() !== '')) rows.push({ row: i + 2, cells });
  });
  return { ok: true, headers: header, rows };
}

/** The header row of a CSV file alone (for telling files apart), byte-order mark dropped; [] when there is none. */
export function readHeaders(text: string): string[] {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const first = Papa.parse<string[]>(body, { delimiter: ',', preview: 1 }).data[0];
  return first ?? [];
}
