import type { NodeId, Structure } from '../model/types.ts';
import type { CsvEncoding } from './decode.ts';

/** A cell of a CSV file: the file's name, its row (the header is row 1) and its column as headed in the file. */
export interface Place {
  file: string;
  row: number;
  column: string;
}

/**
 * Something an import left out or changed, never a stop (people.md, "Importing a published organogram"). Each names
 * its cell; `value` is the cell as it stood in the file (trimmed).
 */
export type ImportWarning = Place & {
  /** The post's job title as its row gives it, when it has one: warnings name a post by title and reference. */
  title?: string;
} & (
    | { kind: 'no-reference'; value: string }
    | { kind: 'eliminated'; ref: string }
    | { kind: 'fte-not-number'; value: string; ref: string }
    | { kind: 'junior-fte-blank'; value: string; ref: string }
    | { kind: 'pay-unusable'; value: string; ref: string }
    | { kind: 'unknown-manager'; ref: string; manager: string; eliminated: boolean }
    | { kind: 'reports-to-itself'; ref: string }
    | { kind: 'no-name'; ref: string }
    | { kind: 'name-too-long'; ref: string; length: number }
    | { kind: 'unknown-kind'; ref: string; value: string }
  );

/** Something that stops an import: nothing is made and nothing changes (people.md). */
export type ImportError =
  | { kind: 'unreadable'; file: string; reason: 'empty' | 'unclosed-quote' | 'no-header' | 'cannot-open'; row?: number; detail?: string }
  | { kind: 'missing-column'; file: string; column: string; headers: string[] }
  | { kind: 'id-collision'; file: string; id: NodeId; refs: { ref: string; row: number }[] }
  | { kind: 'management-loop'; file: string; column: string; rows: number[]; refs: string[] }
  | { kind: 'bad-mapping'; reason: 'syntax' | 'unknown-field' | 'missing-field' | 'pay-and-band'; field?: string; text?: string }
  | { kind: 'id-in-use'; id: string }
  | { kind: 'bad-option-id'; id: string }
  | { kind: 'no-structure'; id: string };

/** The rows of the source files each node was made from, for the `why` of derived steps. */
export interface Origin {
  file: string;
  rows: number[];
}

export type ImportResult =
  | { ok: true; structure: Structure; warnings: ImportWarning[]; origins: Map<NodeId, Origin>; rows: number }
  | { ok: false; errors: ImportError[]; warnings: ImportWarning[] };

/** A CSV file given to an importer: its name (for messages) and its text. */
export interface CsvFile {
  name: string;
  text: string;
  /** How the bytes were read, where the caller decoded them (decode.ts); UTF-8 when absent. */
  encoding?: CsvEncoding;
}
