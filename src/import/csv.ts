import Papa from 'papaparse';
import type { CsvFile, ImportError } from './types.ts';

/** One record of a CSV file: its row number (the header is row 1; a quoted line break does not start a row) and cells. */
export interface CsvRow {
  row: number;
  cells: string[];
}

export type CsvTable = { ok: true; headers: string[]; rows: CsvRow[] } | { ok: false; error: ImportError };

/** Characters papaparse reads per chunk, between two reports of rows read so far. */
const CHUNK = 1 << 20;

/** How parseCsv reports its progress: `onRows(n)` after each chunk, n the records read so far. `chunkSize` for tests. */
export interface CsvProgress {
  onRows?: (rows: number) => void;
  chunkSize?: number;
}

/**
 * Parses CSV text with papaparse (RFC 4180: quoted fields holding commas, quotes and line breaks; CRLF or LF).
 * A leading byte-order mark is dropped. Rows whose cells are all blank are skipped but keep their numbers, so
 * every later row is still named as a spreadsheet shows it. Cells are returned as written (not trimmed).
 * Read in chunks of about 1 MB (papaparse carries a row split across two chunks), so a large file can say how
 * far it has got (`progress.onRows`). Errors: an empty file, a header row with no names, or a quote left open
 * (naming the row where it opens).
 */
export function parseCsv(file: CsvFile, progress: CsvProgress = {}): CsvTable {
  const text = file.text.startsWith('\uFEFF') ? file.text.slice(1) : file.text;
  if (text.trim() === '') return { ok: false, error: { kind: 'unreadable', file: file.name, reason: 'empty' } };
  const data: string[][] = [];
  let openRow: number | null = null;
  const chunked = {
    delimiter: ',',
    header: false,
    skipEmptyLines: false,
    chunkSize: progress.chunkSize ?? CHUNK,
    chunk: (results: Papa.ParseResult<string[]>) => {
      // papaparse counts an error's row within its chunk: add the records of the chunks before it.
      const before = data.length;
      const open = results.errors.find((e) => e.code === 'MissingQuotes');
      if (open && openRow === null) openRow = before + (open.row ?? 0) + 1;
      for (const cells of results.data) data.push(cells);
      progress.onRows?.(data.length);
    },
  };
  // papaparse streams a string chunk by chunk synchronously (its StringStreamer): every chunk has been handed over when
  // parse returns. Its types offer `chunk` for files only, hence the cast.
  Papa.parse<string[]>(text, chunked as Papa.ParseConfig<string[]>);
  if (openRow !== null) return { ok: false, error: { kind: 'unreadable', file: file.name, reason: 'unclosed-quote', row: openRow } };
  const [header] = data;
  if (!header || header.every((h) => h.trim() === '')) return { ok: false, error: { kind: 'unreadable', file: file.name, reason: 'no-header' } };
  const rows: CsvRow[] = [];
  for (let i = 1; i < data.length; i++) {
    const cells = data[i]!;
    if (cells.some((c) => c.trim() !== '')) rows.push({ row: i + 1, cells });
  }
  return { ok: true, headers: header, rows };
}

/** The header row of a CSV file alone (for telling files apart), byte-order mark dropped; [] when there is none. */
export function readHeaders(text: string): string[] {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const first = Papa.parse<string[]>(body, { delimiter: ',', preview: 1 }).data[0];
  return first ?? [];
}
