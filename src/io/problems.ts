import type { StepOp } from '../model/types.ts';
import type { ResolveProblem } from '../options/index.ts';
import type { JsonSyntaxReason } from './jsonScan.ts';

/**
 * What is wrong with a workspace file, as typed values: a `kind`, the place in the file and the values involved.
 * src/words/fileProblems.ts words them (one line each, as format.md's `check` prints them); the core says no word.
 */

/**
 * One step of a place in the file. `field`: an object's field; `index`: an array item (from 0, as in the file's own
 * JSON), with its `id` where the item has one; `step`: a step of an option, counted from 1 as format.md counts
 * steps, with its op where it is a known one.
 */
export type PlaceStep = { field: string } | { index: number; id?: string } | { step: number; op?: StepOp };

/** A place in the file, outermost first; empty for the file as a whole. */
export type JsonPlace = readonly PlaceStep[];

/** Line and column of a character in the file, both counted from 1. */
export interface LineColumn {
  line: number;
  column: number;
}

/** Why the bytes of a file are not the UTF-8 text a workspace must be (format.md: "a JSON file"). */
export type DecodeProblem =
  | { kind: 'utf16'; endian: 'little' | 'big' }
  | { kind: 'utf16-no-bom'; offset: number }
  /** `byte` is the value of the first invalid byte, at `offset` (from 0) on `line` (from 1). */
  | { kind: 'not-utf8'; byte: number; offset: number; line: number };

/** The text is not JSON, or is JSON that JSON.parse would read wrongly in silence (parse.ts). */
export type TextProblem =
  | { kind: 'empty-file' }
  | { kind: 'json-syntax'; at: LineColumn; reason: JsonSyntaxReason }
  /** JSON.parse refused text the scan accepted: its own message, as a last resort (never seen so far). */
  | { kind: 'json-engine'; message: string }
  | { kind: 'too-deep'; at: LineColumn; max: number; place: JsonPlace }
  | { kind: 'duplicate-field'; at: LineColumn; key: string; place: JsonPlace }
  /** `literal` is the number as written (it may be megabytes long: words cut it). */
  | { kind: 'number-too-large'; at: LineColumn; literal: string; place: JsonPlace }
  | { kind: 'not-an-object'; value: unknown };

/** A type a field must have, as the schema names it (zod's names: `string`, `object`, `record` …). */
export type Expected = string;

/** A field of the wrong shape (schema.ts); `value` is what the file holds there (undefined: nothing). */
export type ShapeProblem = { place: JsonPlace } & (
  | { kind: 'missing'; expected: Expected }
  | { kind: 'wrong-type'; expected: Expected; value: unknown }
  /** A holder or grade (`text`), or a manager or target (`node-id`): a string or null is wanted. */
  | { kind: 'not-string-or-null'; of: 'text' | 'node-id'; value: unknown }
  | { kind: 'unknown-fields'; keys: string[] }
  /** `max` in characters (code points for names: options/limits). */
  | { kind: 'too-long'; max: number }
  | { kind: 'empty' }
  | { kind: 'not-slug'; value: unknown }
  | { kind: 'not-one-of'; value: unknown; values: readonly string[] }
  | { kind: 'not-a-date'; value: unknown }
  | { kind: 'not-a-number'; value: unknown }
  /** An FTE or pay figure (people.md, Fields): too large for a double (JSON's 1e400), or below 0. */
  | { kind: 'too-large' | 'negative'; field: AmountField; value: unknown }
  | { kind: 'pay-band-inverted'; min: number; max: number }
  | { kind: 'not-a-currency'; value: unknown }
  | { kind: 'changes-nothing' }
  | { kind: 'merges-nothing' }
  | { kind: 'not-a-score'; value: unknown }
  | { kind: 'wrong-format'; value: unknown; expected: string }
  /** A shape rule the mapping in issues.ts does not know: zod's own code and message, kept rather than lost. */
  | { kind: 'shape'; code: string; message: string }
);

/** The figures `too-large` and `negative` name. */
export type AmountField = 'fte' | 'pay.min' | 'pay.max';

/** A rule between ids (references.ts): every id the file names must name something, once. */
export type ReferenceProblem = { place: JsonPlace } & (
  /** `usedBy`: the place of the first with this id, or the baseline. */
  | { kind: 'duplicate-id'; id: string; usedBy: JsonPlace | 'baseline' }
  | { kind: 'unknown-manager'; manager: string }
  /** The node ids round the loop, each once. */
  | { kind: 'management-loop'; ids: string[] }
  | { kind: 'unknown-link-end'; end: 'from' | 'to'; id: string }
  | { kind: 'link-to-itself'; id: string }
  /** `link` as the file gives it (its kind may be one the schema refuses too: references are read defensively). */
  | { kind: 'duplicate-link'; first: JsonPlace; link: { kind: string; from: string; to: string } }
  | { kind: 'unknown-function'; fn: string; functions: JsonPlace }
  | { kind: 'unknown-node'; id: string }
  | { kind: 'unknown-structure'; id: string }
);

/** Everything that keeps a workspace file from loading, in the order `check` lists it. */
export type FileProblem = DecodeProblem | TextProblem | ShapeProblem | ReferenceProblem | ResolveProblem;
