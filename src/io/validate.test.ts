import { fileProblemWords } from '../words/fileProblems.ts';
import { stepErrorLine } from '../words/index.ts';
import type { Workspace } from '../model/types.ts';
import { sample } from '../../test/sampleStructure.ts';
import { parseWorkspace, serializeWorkspace, validateWorkspace } from './index.ts';

/** A valid workspace as plain JSON data, for breaking one rule at a time. */
function valid(): unknown {
  return JSON.parse(
    JSON.stringify({
      format: 'org-options/1',
      title: 'Test',
      baseline: { ...sample(), id: 'base', asOf: '2006-04-01' },
      options: [
        { id: 'option-1', title: 'One', steps: [{ op: 'move', node: 'early-years', to: 'ceo', why: 'closer to the top' }] },
        { id: 'option-2', title: 'Two', from: 'option-1', steps: [{ op: 'remove', node: 'finance' }] },
      ],
      appraisal: { preferred: 'option-2', scores: { 'option-1': { quality: { score: 3, note: 'fair' }, risk: { score: null } } } },
    }),
  );
}

type Edit = (data: unknown) => void;
/** The object or array holding the last key of a dotted path, and that key. */
function parentOf(data: unknown, path: string): [Record<string, unknown>, string] {
  const keys = path.split('.');
  const last = keys.pop()!;
  let cur = data;
  for (const k of keys) cur = (cur as Record<string, unknown>)[k];
  return [cur as Record<string, unknown>, last];
}
const set = (path: string, value: unknown): Edit => (d) => {
  const [obj, key] = parentOf(d, path);
  obj[key] = value;
};
const del = (path: string): Edit => (d) => {
  const [obj, key] = parentOf(d, path);
  delete obj[key];
};
const push = (path: string, value: unknown): Edit => (d) => {
  const [obj, key] = parentOf(d, path);
  (obj[key] as unknown[]).push(value);
};
const unshift = (path: string, value: unknown): Edit => (d) => {
  const [obj, key] = parentOf(d, path);
  (obj[key] as unknown[]).unshift(value);
};

const errorsOf = (data: unknown): string[] => {
  const r = validateWorkspace(data);
  return r.ok ? [] : r.errors.map(fileProblemWords);
};
const broken = (...edits: Edit[]): string[] => {
  const d = valid();
  for (const edit of edits) edit(d);
  return errorsOf(d);
};

it('accepts a valid workspace, keeping unknown fields', () => {
  const d = valid();
  set('extra', { app: 1 })(d);
  set('baseline.nodes.0.colour', 'red')(d);
  const r = validateWorkspace(d);
  expect(r.ok && JSON.parse(JSON.stringify(r.workspace))).toEqual(d);
});

it('accepts a file without an appraisal', () => {
  expect(broken(del('appraisal'))).toEqual([]);
});

describe('top level', () => {
  it('format', () => expect(broken(set('format', 'org-options/2'))).toEqual(['format: "org-options/2" is not "org-options/1"']));
  it('title missing', () => expect(broken(del('title'))).toEqual(['title: is missing (expected a string)']));
  it('options not a list', () => expect(broken(set('options', {}))).toEqual(['options: must be an array, not {}']));
  it('not an object', () => expect(errorsOf([1])).toEqual(['a workspace must be a JSON object, not an array']));
});

describe('structure and nodes', () => {
  it('slug', () =>
    expect(broken(set('baseline.nodes.3.id', 'Social Care'))).toContainEqual(
      'baseline.nodes[3] "Social Care".id: "Social Care" is not a slug (lower-case letters, digits and "-", starting with a letter or digit)',
    ));
  it('slug of at most 64 characters', () =>
    expect(broken(set('baseline.id', 'a'.repeat(65)))).toContainEqual('baseline.id: is longer than 64 characters'));
  it('node ids unique in the structure', () =>
    expect(broken(set('baseline.nodes.5.id', 'dcs'))).toContainEqual('baseline.nodes[5] "dcs": id "dcs" is already used by baseline.nodes[2]'));
  it('kind', () =>
    expect(broken(set('baseline.nodes.1.kind', 'boss'))).toEqual(['baseline.nodes[1] "ceo".kind: "boss" is not one of post, unit, body, member']));
  it('name empty', () => expect(broken(set('baseline.nodes.1.name', ''))).toEqual(['baseline.nodes[1] "ceo".name: is empty']));
  it('name too long', () =>
    expect(broken(set('baseline.nodes.1.name', 'x'.repeat(201)))).toEqual(['baseline.nodes[1] "ceo".name: is longer than 200 characters']));
  it('holder string or null', () =>
    expect(broken(set('baseline.nodes.1.holder', 7))).toEqual(['baseline.nodes[1] "ceo".holder: must be a string or null, not 7']));
  it('manager exists', () =>
    expect(broken(set('baseline.nodes.4.manager', 'nowhere'))).toEqual(['baseline.nodes[4] "early-years": manager "nowhere" does not exist']));
  it('forest: no loops', () =>
    expect(broken(set('baseline.nodes.0.manager', 'dcs'))).toEqual(['baseline: line management loops: ceo → council → dcs → ceo']));
  it('forest: no node manages itself', () =>
    expect(broken(set('baseline.nodes.6.manager', 'partnership'))).toEqual(['baseline: line management loops: partnership → partnership']));
  it('asOf a real date', () => {
    expect(broken(set('baseline.asOf', '2006-02-30'))).toEqual(['baseline.asOf: "2006-02-30" is not a real date (YYYY-MM-DD)']);
    expect(broken(set('baseline.asOf', '1/4/2006'))).toEqual(['baseline.asOf: "1/4/2006" is not a real date (YYYY-MM-DD)']);
  });
});

describe('links', () => {
  it('kind', () =>
    expect(broken(set('baseline.links.0.kind', 'friendship'))).toEqual([
      'baseline.links[0].kind: "friendship" is not one of strategic, political, contract, governance, partnership, dotted',
    ]));
  it('ends exist', () =>
    expect(broken(set('baseline.links.1.to', 'ghost'))).toEqual(['baseline.links[1]: to "ghost" does not exist']));
  it('no self-link', () => expect(broken(set('baseline.links.1.to', 'dcs'))).toEqual(['baseline.links[1]: links "dcs" to itself']));
  it('no duplicate', () =>
    expect(broken(push('baseline.links', { kind: 'strategic', from: 'dcs', to: 'finance' }))).toEqual([
      'baseline.links[3]: duplicates baseline.links[1] (strategic "dcs" → "finance")',
    ]));
});

describe('functions and accountability', () => {
  it('function ids unique', () =>
    expect(broken(set('baseline.functions.2.id', 'safeguarding'))).toEqual([
      'baseline.functions[2] "safeguarding": id "safeguarding" is already used by baseline.functions[0]',
    ]));
  it('accountable keys are functions', () =>
    expect(broken(set('baseline.accountable.payroll', 'finance'))).toEqual(['baseline.accountable.payroll: no function "payroll" in baseline.functions']));
  it('accountable values are nodes', () =>
    expect(broken(set('baseline.accountable.safeguarding', 'nobody'))).toEqual(['baseline.accountable.safeguarding: node "nobody" does not exist']));
});

describe('options', () => {
  it('ids unique across the baseline and options', () => {
    expect(broken(set('options.0.id', 'base'))).toContainEqual('options[0] "base": id "base" is already used by the baseline');
    expect(broken(set('options.1.id', 'option-1'))).toContainEqual('options[1] "option-1": id "option-1" is already used by options[0]');
  });
  it('from exists', () =>
    expect(broken(set('options.1.from', 'x'))).toEqual(['options[1] "option-2".from: no structure or option "x"']));
  it('derivation does not loop', () =>
    expect(broken(set('options.0.from', 'option-2'))).toEqual(['options[0] "option-1".from: derivation loops: option-1 → option-2 → option-1']));
  it('step op', () =>
    expect(broken(set('options.1.steps.0.op', 'jump'))).toEqual([
      'options[1] "option-2" step 1.op: "jump" is not one of add, remove, move, update, merge, link, unlink, assign',
    ]));
  it('step fields', () => {
    expect(broken(del('options.0.steps.0.to'))).toEqual(['options[0] "option-1" step 1 (move).to: is missing (expected a node id or null)']);
    expect(broken(set('options.0.steps.0', { op: 'update', node: 'dcs', set: {} }))).toEqual([
      'options[0] "option-1" step 1 (update).set: changes nothing (give some of name, holder, kind, note, grade, fte, pay, unit, role, ref)',
    ]);
    expect(broken(set('options.0.steps.0', { op: 'update', node: 'dcs', set: { manager: 'ceo' } }))).toEqual([
      'options[0] "option-1" step 1 (update).set: unknown field "manager"',
    ]);
    expect(broken(set('options.0.steps.0', { op: 'add', node: { id: 'x', kind: 'post', name: '' } }))).toEqual([
      'options[0] "option-1" step 1 (add).node.name: is empty',
    ]);
  });
  it('steps that no longer apply do not refuse the file: each is a conflict named by option, number and op, with what it needs', () => {
    const conflictsOf = (...edits: Edit[]) => {
      const d = valid();
      for (const edit of edits) edit(d);
      const r = validateWorkspace(d);
      if (!r.ok) throw new Error(r.errors.map(fileProblemWords).join('\n'));
      return r.conflicts;
    };
    const [moved] = conflictsOf(push('options.1.steps', { op: 'move', node: 'early-years', to: 'deputy-director-learning' }));
    expect(moved).toMatchObject({
      option: 'option-2',
      index: 2,
      op: 'move',
      refusal: { kind: 'no-node', role: 'to', id: 'deputy-director-learning' },
      needs: [{ kind: 'node', id: 'deputy-director-learning', role: 'to' }],
    });
    const [removed] = conflictsOf(unshift('options.1.steps', { op: 'remove', node: 'dcs' }));
    expect(removed && stepErrorLine(removed)).toBe('option-2 step 1 (remove): node "dcs" has 1 direct report');
    expect(removed?.needs).toEqual([{ kind: 'no-reports', node: 'dcs', reports: ['social-care'] }]);
  });
});

describe('appraisal', () => {
  it('keys are the baseline or option ids', () =>
    expect(broken(set('appraisal.scores.option-9', {}))).toEqual(['appraisal.scores["option-9"]: no structure or option "option-9"']));
  it('criteria', () =>
    expect(broken(set('appraisal.scores.base', { beauty: { score: 1 } }))).toEqual(['appraisal.scores.base: unknown field "beauty"']));
  it('score 1 to 5 or null', () =>
    expect(broken(set('appraisal.scores.option-1.quality.score', 6))).toEqual([
      'appraisal.scores["option-1"].quality.score: 6 is not a score (1 to 5, or null)',
    ]));
  it('note a string', () =>
    expect(broken(set('appraisal.scores.option-1.quality.note', 1))).toEqual(['appraisal.scores["option-1"].quality.note: must be a string, not 1']));
  it('preferred exists', () => expect(broken(set('appraisal.preferred', 'option-7'))).toEqual(['appraisal.preferred: no structure or option "option-7"']));
});

it('collects every error, not just the first', () => {
  const errors = broken(
    set('format', 'x'),
    set('baseline.nodes.1.kind', 'boss'),
    set('baseline.nodes.4.manager', 'nowhere'),
    set('baseline.links.1.to', 'dcs'),
    set('options.1.from', 'x'),
  );
  expect(errors).toHaveLength(5);
});

describe('parseWorkspace', () => {
  const parsedErrors = (text: string): string[] => {
    const r = parseWorkspace(text);
    return r.ok ? [] : r.errors.map(fileProblemWords);
  };
  it('gives the line and column of a JSON syntax error', () => {
    expect(parseWorkspace('{\n  "format": "org-options/1",\n  "title": tru\n}')).toEqual({
      ok: false,
      errors: [{ kind: 'json-syntax', at: { line: 3, column: 12 }, reason: { kind: 'expected-value', found: 'tru' } }],
    });
    expect(parsedErrors('{\n  "format": "org-options/1",\n  "title": tru\n}')).toEqual(['not valid JSON: line 3, column 12: expected a value, found "tru"']);
    expect(parsedErrors('{"a": 1,}')).toEqual(['not valid JSON: line 1, column 9: expected a property name in double quotes, found "}"']);
    expect(parsedErrors('{"a": [1, 2')).toEqual(['not valid JSON: line 1, column 12: expected "," or "]", found the end of the text']);
  });
  it('says so for an empty file', () => expect(parsedErrors('  \n')).toEqual(['the file is empty']));
  it('reads a file with a byte-order mark', () => expect(parseWorkspace(`\uFEFF${JSON.stringify(valid())}`).ok).toBe(true));
  it('is pure: an invalid file gives errors and no workspace, and the input is untouched', () => {
    const data = valid();
    set('format', 'x')(data);
    const text = JSON.stringify(data);
    const r = parseWorkspace(text);
    expect(r).toEqual({ ok: false, errors: [{ kind: 'wrong-format', place: [{ field: 'format' }], value: 'x', expected: 'org-options/1' }] });
    expect(parsedErrors(text)).toEqual(['format: "x" is not "org-options/1"']);
    expect('workspace' in r).toBe(false);
  });
  it('reads what serializeWorkspace writes', () => {
    const r = parseWorkspace(serializeWorkspace(valid() as Workspace));
    expect(r.ok && r.workspace).toEqual(valid());
  });
});

it('serializeWorkspace writes 2-space JSON and a final newline', () => {
  const ws = valid() as Workspace;
  const text = serializeWorkspace(ws);
  expect(text.endsWith('}\n')).toBe(true);
  expect(text.split('\n')[1]).toBe('  "format": "org-options/1",');
});
