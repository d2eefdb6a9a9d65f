import type { FileProblem, JsonPlace } from '../io/index.ts';
import { parseWorkspace } from '../io/index.ts';
import { cutValue, fileProblemWords, jsonPlaceWords } from './fileProblems.ts';

const node: JsonPlace = [{ field: 'baseline' }, { field: 'nodes' }, { index: 4, id: 'youth-work' }];
const step: JsonPlace = [{ field: 'options' }, { index: 2, id: 'option-3' }, { step: 5, op: 'move' }, { field: 'to' }];

describe('jsonPlaceWords', () => {
  it('writes a place as check prints it: items by id, steps from 1 with their op, odd keys in brackets', () => {
    expect(jsonPlaceWords(node)).toBe('baseline.nodes[4] "youth-work"');
    expect(jsonPlaceWords(step)).toBe('options[2] "option-3" step 5 (move).to');
    expect(jsonPlaceWords([{ field: 'appraisal' }, { field: 'scores' }, { field: 'option-1' }])).toBe('appraisal.scores["option-1"]');
    expect(jsonPlaceWords([{ field: 'options' }, { index: 0 }, { step: 1 }])).toBe('options[0] step 1');
  });

  it('cuts a long id in a place, saying how long it was', () => {
    const id = 'x'.repeat(1_000_000);
    const words = jsonPlaceWords([{ field: 'baseline' }, { field: 'nodes' }, { index: 0, id }]);
    expect(words.length).toBeLessThan(130);
    expect(words).toContain('(1,000,002 characters)');
    expect(cutValue('short')).toBe('short');
  });
});

describe('fileProblemWords', () => {
  const at = { line: 3, column: 12 };
  it.each<[FileProblem, string]>([
    [{ kind: 'utf16', endian: 'little' }, 'not UTF-8: the file is UTF-16 (little-endian, byte-order mark at offset 0); save it as UTF-8'],
    [{ kind: 'utf16-no-bom', offset: 1 }, 'not UTF-8: the file looks like UTF-16 without a byte-order mark (NUL byte at offset 1); save it as UTF-8'],
    [{ kind: 'not-utf8', byte: 0xe9, offset: 13, line: 2 }, 'not UTF-8: byte 0xE9 at offset 13 (line 2) is not valid UTF-8 (Latin-1 or Windows-1252?); save the file as UTF-8'],
    [{ kind: 'empty-file' }, 'the file is empty'],
    [{ kind: 'json-syntax', at, reason: { kind: 'after-the-end', found: 'x' } }, 'not valid JSON: line 3, column 12: unexpected "x" after the end of the JSON value'],
    [{ kind: 'json-syntax', at, reason: { kind: 'bad-unicode-escape' } }, 'not valid JSON: line 3, column 12: bad \\u escape'],
    [{ kind: 'too-deep', at, max: 200, place: [] }, 'line 3, column 12: nested more than 200 levels deep at the top level…; a workspace never nests that deep'],
    [{ kind: 'duplicate-field', at, key: 'id', place: node }, 'line 3, column 12: field "id" appears twice in baseline.nodes[4] "youth-work"; JSON keeps only the last, so say it once'],
    [{ kind: 'number-too-large', at, literal: '9'.repeat(400), place: [{ field: 'n' }] }, `line 3, column 12: the number ${'9'.repeat(40)}… (400 digits) in n is too large (the largest is about 1.8e308)`],
    [{ kind: 'not-an-object', value: [] }, 'a workspace must be a JSON object, not an array'],
    [{ kind: 'missing', place: [{ field: 'title' }], expected: 'string' }, 'title: is missing (expected a string)'],
    [{ kind: 'wrong-type', place: [{ field: 'options' }], expected: 'array', value: {} }, 'options: must be an array, not {}'],
    [{ kind: 'not-string-or-null', place: step, of: 'node-id', value: undefined }, 'options[2] "option-3" step 5 (move).to: is missing (expected a node id or null)'],
    [{ kind: 'not-string-or-null', place: [...node, { field: 'holder' }], of: 'text', value: 5 }, 'baseline.nodes[4] "youth-work".holder: must be a string or null, not 5'],
    [{ kind: 'unknown-fields', place: [{ field: 'pay' }], keys: ['a', 'b'] }, 'pay: unknown fields "a", "b"'],
    [{ kind: 'too-long', place: [{ field: 'id' }], max: 64 }, 'id: is longer than 64 characters'],
    [{ kind: 'empty', place: [{ field: 'name' }] }, 'name: is empty'],
    [{ kind: 'not-slug', place: [{ field: 'id' }], value: 'A B' }, 'id: "A B" is not a slug (lower-case letters, digits and "-", starting with a letter or digit)'],
    [{ kind: 'not-one-of', place: [{ field: 'kind' }], value: 'team', values: ['post', 'unit'] }, 'kind: "team" is not one of post, unit'],
    [{ kind: 'not-a-date', place: [{ field: 'asOf' }], value: '2010-02-30' }, 'asOf: "2010-02-30" is not a real date (YYYY-MM-DD)'],
    [{ kind: 'not-a-number', place: [{ field: 'fte' }], value: undefined }, 'fte: must be a number, not nothing'],
    [{ kind: 'too-large', place: [{ field: 'fte' }], field: 'fte', value: null }, 'fte: fte null is too large'],
    [{ kind: 'negative', place: [{ field: 'pay' }, { field: 'min' }], field: 'pay.min', value: -1 }, 'pay.min: pay.min -1 is negative'],
    [{ kind: 'pay-band-inverted', place: [{ field: 'pay' }], min: 5, max: 4 }, 'pay: min 5 is above max 4'],
    [{ kind: 'not-a-currency', place: [{ field: 'currency' }], value: 'gbp' }, 'currency: "gbp" is not an ISO 4217 currency code (three capital letters, such as "GBP")'],
    [{ kind: 'not-a-currency', place: [{ field: 'currency' }], value: 5 }, 'currency: must be an ISO 4217 currency code such as "GBP", not 5'],
    [{ kind: 'changes-nothing', place: [{ field: 'set' }] }, 'set: changes nothing (give some of name, holder, kind, note, grade, fte, pay, unit, role, ref)'],
    [{ kind: 'merges-nothing', place: [{ field: 'nodes' }] }, 'nodes: lists no nodes'],
    [{ kind: 'not-a-score', place: [{ field: 'score' }], value: 6 }, 'score: 6 is not a score (1 to 5, or null)'],
    [{ kind: 'wrong-format', place: [{ field: 'format' }], value: 'x', expected: 'org-options/1' }, 'format: "x" is not "org-options/1"'],
    [{ kind: 'shape', place: [{ field: 'x' }], code: 'too_big', message: 'Too big' }, 'x: Too big'],
    [{ kind: 'duplicate-id', place: [{ field: 'options' }, { index: 2, id: 'base' }], id: 'base', usedBy: 'baseline' }, 'options[2] "base": id "base" is already used by the baseline'],
    [{ kind: 'unknown-manager', place: node, manager: 'nobody' }, 'baseline.nodes[4] "youth-work": manager "nobody" does not exist'],
    [{ kind: 'management-loop', place: [{ field: 'baseline' }], ids: ['a', 'b'] }, 'baseline: line management loops: a → b → a'],
    [{ kind: 'unknown-link-end', place: [{ field: 'links' }, { index: 0 }], end: 'to', id: 'z' }, 'links[0]: to "z" does not exist'],
    [{ kind: 'link-to-itself', place: [{ field: 'links' }, { index: 0 }], id: 'a' }, 'links[0]: links "a" to itself'],
    [{ kind: 'duplicate-link', place: [{ field: 'links' }, { index: 2 }], first: [{ field: 'links' }, { index: 1 }], link: { kind: 'dotted', from: 'a', to: 'b' } }, 'links[2]: duplicates links[1] (dotted "a" → "b")'],
    [{ kind: 'unknown-function', place: [{ field: 'accountable' }, { field: 'sen' }], fn: 'sen', functions: [{ field: 'functions' }] }, 'accountable.sen: no function "sen" in functions'],
    [{ kind: 'unknown-node', place: [{ field: 'accountable' }, { field: 'sen' }], id: 'x' }, 'accountable.sen: node "x" does not exist'],
    [{ kind: 'unknown-structure', place: [{ field: 'appraisal' }, { field: 'preferred' }], id: 'x' }, 'appraisal.preferred: no structure or option "x"'],
    [{ kind: 'unknown-from', option: { at: 0, id: 'a' }, from: 'x' }, 'options[0] "a".from: no structure or option "x"'],
    [{ kind: 'derivation-loop', option: { at: 1, id: 'a' }, ids: ['a', 'b'] }, 'options[1] "a".from: derivation loops: a → b → a'],
    [{ kind: 'unresolvable', option: { at: 0, id: 'c' }, from: 'a' }, 'options[0] "c".from: "a" cannot be resolved'],
  ])('words %j', (problem, line) => {
    expect(fileProblemWords(problem)).toBe(line);
  });

  it('quotes ids as JSON and cuts them, so a control character is shown and a 1 MB id stays one short line', () => {
    expect(fileProblemWords({ kind: 'unknown-manager', place: node, manager: 'boss\u001b[2J' })).toBe('baseline.nodes[4] "youth-work": manager "boss\\u001b[2J" does not exist');
    const line = fileProblemWords({ kind: 'unknown-structure', place: [{ field: 'appraisal' }, { field: 'preferred' }], id: 'x'.repeat(1_000_000) });
    expect(line.length).toBeLessThan(150);
    expect(line).toMatch(/… \(1,000,002 characters\)$/);
    expect(fileProblemWords({ kind: 'management-loop', place: [{ field: 'baseline' }], ids: ['y'.repeat(500), 'b'] })).toMatch(/^baseline: line management loops: y+… \(500 characters\) → b → y+… \(500 characters\)$/);
  });

  it('words what parseWorkspace finds, place by place, with the values quoted and cut', () => {
    const huge = 'A'.repeat(5_000);
    const r = parseWorkspace(JSON.stringify({ format: 'org-options/1', title: 'T', baseline: { id: huge, title: 'B', nodes: [] }, options: [] }));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors).toEqual([{ kind: 'too-long', place: [{ field: 'baseline' }, { field: 'id' }], max: 64 }, { kind: 'not-slug', place: [{ field: 'baseline' }, { field: 'id' }], value: huge }]);
      expect(r.errors.map(fileProblemWords)).toEqual([
        'baseline.id: is longer than 64 characters',
        `baseline.id: "${'A'.repeat(78)}… (5,002 characters) is not a slug (lower-case letters, digits and "-", starting with a letter or digit)`,
      ]);
    }
  });
});
