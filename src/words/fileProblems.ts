import type { DecodeProblem, FileProblem, JsonPlace } from '../io/index.ts';
import type { JsonSyntaxReason } from '../io/jsonScan.ts';
import type { LineColumn } from '../io/problems.ts';
import { UPDATABLE_FIELDS, type OptionAt } from '../options/index.ts';

/**
 * Every word an officer reads about a workspace file that cannot be read or does not follow the format: one line
 * per problem, `place: what is wrong`, as `check` prints them (format.md, "Command line") and the app lists them.
 */

/** Longest quoted value in a line: one bad 1 MB id must not make megabytes of errors. */
const SHOWN_MAX = 80;

/** `text` cut to `max` characters (whole code points), saying how long it was. */
export function cutValue(text: string, max = SHOWN_MAX): string {
  if (text.length <= max) return text;
  const head = Array.from(text.slice(0, max)).slice(0, -1).join('');
  return `${head}… (${text.length.toLocaleString('en-GB')} characters)`;
}

/** A value as a line quotes it: JSON, cut to SHOWN_MAX characters; `nothing` where there is none. */
const fileValue = (v: unknown): string => (v === undefined ? 'nothing' : cutValue(JSON.stringify(v) ?? String(v)));

/** An id in a line: quoted as JSON (control characters escaped, not obeyed) and cut to SHOWN_MAX characters. */
const quoted = (id: string): string => cutValue(JSON.stringify(id));
const article = (t: string): string => (/^[aeiou]/.test(t) ? `an ${t}` : `a ${t}`);

/** `baseline.nodes[4] "youth-work".kind`, `options[2] "option-3" step 5 (move).to`: a place in the file. */
export function jsonPlaceWords(place: JsonPlace): string {
  let out = '';
  for (const p of place) {
    if ('step' in p) out += ` step ${p.step}${p.op ? ` (${p.op})` : ''}`;
    else if ('index' in p) out += `[${p.index}]${p.id === undefined ? '' : ` ${quoted(p.id)}`}`;
    else out += out === '' ? cutValue(p.field) : /^[A-Za-z_$][\w$]*$/.test(p.field) ? `.${cutValue(p.field)}` : `[${quoted(p.field)}]`;
  }
  return out;
}

/** `place: message`, or the message alone at the top of the file. */
const at = (place: JsonPlace, message: string): string => (place.length === 0 ? message : `${jsonPlaceWords(place)}: ${message}`);
const within = (place: JsonPlace): string => (place.length === 0 ? 'at the top level' : `in ${jsonPlaceWords(place)}`);
const lineColumn = (p: LineColumn): string => `line ${p.line}, column ${p.column}`;
const optionFrom = (o: OptionAt): JsonPlace => [{ field: 'options' }, { index: o.at, id: o.id }, { field: 'from' }];
/** A loop of ids, back to the first, each cut to SHOWN_MAX characters. */
const loop = (ids: readonly string[]): string => [...ids, ids[0] ?? ''].map((id) => cutValue(id)).join(' → ');

/** Why the bytes are not UTF-8 text, and what to do about it. */
export function decodeWords(p: DecodeProblem): string {
  switch (p.kind) {
    case 'utf16':
      return `not UTF-8: the file is UTF-16 (${p.endian}-endian, byte-order mark at offset 0); save it as UTF-8`;
    case 'utf16-no-bom':
      return `not UTF-8: the file looks like UTF-16 without a byte-order mark (NUL byte at offset ${p.offset}); save it as UTF-8`;
    case 'not-utf8': {
      const hex = p.byte.toString(16).toUpperCase().padStart(2, '0');
      return `not UTF-8: byte 0x${hex} at offset ${p.offset} (line ${p.line}) is not valid UTF-8 (Latin-1 or Windows-1252?); save the file as UTF-8`;
    }
  }
}

const found = (f: string | null): string => (f === null ? 'the end of the text' : JSON.stringify(f));

/** Why the text stops being JSON. */
function syntaxWords(r: JsonSyntaxReason): string {
  switch (r.kind) {
    case 'expected-value':
      return `expected a value, found ${found(r.found)}`;
    case 'expected-property-name':
      return `expected a property name in double quotes, found ${found(r.found)}`;
    case 'expected-colon':
      return `expected ":" after a property name, found ${found(r.found)}`;
    case 'expected-comma-or-brace':
      return `expected "," or "}", found ${found(r.found)}`;
    case 'expected-comma-or-bracket':
      return `expected "," or "]", found ${found(r.found)}`;
    case 'after-the-end':
      return `unexpected ${found(r.found)} after the end of the JSON value`;
    case 'unterminated-string':
      return 'unterminated string';
    case 'control-character':
      return 'control character in a string';
    case 'bad-unicode-escape':
      return 'bad \\u escape';
    case 'bad-escape':
      return 'bad escape in a string';
  }
}

/** The largest number a double holds, as a line names it. */
const LARGEST = 'about 1.8e308';

/** One line for a problem that keeps a workspace file from loading, naming its place in the file. */
export function fileProblemWords(p: FileProblem): string {
  switch (p.kind) {
    case 'utf16':
    case 'utf16-no-bom':
    case 'not-utf8':
      return decodeWords(p);
    case 'empty-file':
      return 'the file is empty';
    case 'json-syntax':
      return `not valid JSON: ${lineColumn(p.at)}: ${syntaxWords(p.reason)}`;
    case 'json-engine':
      return `not valid JSON: ${p.message}`;
    case 'too-deep':
      return `${lineColumn(p.at)}: nested more than ${p.max} levels deep ${within(p.place)}…; a workspace never nests that deep`;
    case 'duplicate-field':
      return `${lineColumn(p.at)}: field ${JSON.stringify(p.key)} appears twice ${within(p.place)}; JSON keeps only the last, so say it once`;
    case 'number-too-large': {
      const n = p.literal;
      const lit = n.length > 40 ? `${n.slice(0, 40)}… (${n.length} digits)` : n;
      return `${lineColumn(p.at)}: the number ${lit} ${within(p.place)} is too large (the largest is ${LARGEST})`;
    }
    case 'not-an-object':
      return `a workspace must be a JSON object, not ${Array.isArray(p.value) ? 'an array' : JSON.stringify(p.value)}`;

    case 'missing':
      return at(p.place, `is missing (expected ${article(p.expected)})`);
    case 'wrong-type':
      return at(p.place, `must be ${article(p.expected)}, not ${fileValue(p.value)}`);
    case 'not-string-or-null': {
      const what = p.of === 'node-id' ? 'a node id' : 'a string';
      return at(p.place, p.value === undefined ? `is missing (expected ${what} or null)` : `must be ${what} or null, not ${fileValue(p.value)}`);
    }
    case 'unknown-fields':
      return at(p.place, `unknown field${p.keys.length === 1 ? '' : 's'} ${p.keys.map(quoted).join(', ')}`);
    case 'too-long':
      return at(p.place, `is longer than ${p.max} characters`);
    case 'empty':
      return at(p.place, 'is empty');
    case 'not-slug':
      return at(p.place, `${fileValue(p.value)} is not a slug (lower-case letters, digits and "-", starting with a letter or digit)`);
    case 'not-one-of':
      return at(p.place, `${fileValue(p.value)} is not one of ${p.values.join(', ')}`);
    case 'not-a-date':
      return at(p.place, `${fileValue(p.value)} is not a real date (YYYY-MM-DD)`);
    case 'not-a-number':
      return at(p.place, `must be a number, not ${fileValue(p.value)}`);
    case 'too-large':
      return at(p.place, `${p.field} ${fileValue(p.value)} is too large`);
    case 'negative':
      return at(p.place, `${p.field} ${fileValue(p.value)} is negative`);
    case 'pay-band-inverted':
      return at(p.place, `min ${p.min} is above max ${p.max}`);
    case 'not-a-currency':
      return at(
        p.place,
        typeof p.value === 'string'
          ? `${fileValue(p.value)} is not an ISO 4217 currency code (three capital letters, such as "GBP")`
          : `must be an ISO 4217 currency code such as "GBP", not ${fileValue(p.value)}`,
      );
    case 'changes-nothing':
      return at(p.place, `changes nothing (give some of ${UPDATABLE_FIELDS.join(', ')})`);
    case 'merges-nothing':
      return at(p.place, 'lists no nodes');
    case 'not-a-score':
      return at(p.place, `${fileValue(p.value)} is not a score (1 to 5, or null)`);
    case 'wrong-format':
      return at(p.place, `${fileValue(p.value)} is not "${p.expected}"`);
    case 'shape':
      return at(p.place, p.message);

    case 'duplicate-id':
      return at(p.place, `id ${quoted(p.id)} is already used by ${p.usedBy === 'baseline' ? 'the baseline' : jsonPlaceWords(p.usedBy)}`);
    case 'unknown-manager':
      return at(p.place, `manager ${quoted(p.manager)} does not exist`);
    case 'management-loop':
      return at(p.place, `line management loops: ${loop(p.ids)}`);
    case 'unknown-link-end':
      return at(p.place, `${p.end} ${quoted(p.id)} does not exist`);
    case 'link-to-itself':
      return at(p.place, `links ${quoted(p.id)} to itself`);
    case 'duplicate-link':
      return at(p.place, `duplicates ${jsonPlaceWords(p.first)} (${p.link.kind} ${quoted(p.link.from)} → ${quoted(p.link.to)})`);
    case 'unknown-function':
      return at(p.place, `no function ${quoted(p.fn)} in ${jsonPlaceWords(p.functions)}`);
    case 'unknown-node':
      return at(p.place, `node ${quoted(p.id)} does not exist`);
    case 'unknown-structure':
      return at(p.place, `no structure or option ${quoted(p.id)}`);

    case 'unknown-from':
      return at(optionFrom(p.option), `no structure or option ${quoted(p.from)}`);
    case 'derivation-loop':
      return at(optionFrom(p.option), `derivation loops: ${loop(p.ids)}`);
    case 'unresolvable':
      return at(optionFrom(p.option), `${quoted(p.from)} cannot be resolved`);
  }
}
