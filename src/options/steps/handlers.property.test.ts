import fc from 'fast-check';
import { diffStructures } from '../../diff/index.ts';
import { STEP_OPS, type Step, type Structure } from '../../model/types.ts';
import { changeLines } from '../../words/changes.ts';
import { reasonsFor } from '../../words/reasons.ts';
import { arbPeopleStepsFor, arbStaffedStructure } from '../../../test/peopleArbitraries.ts';
import { applySteps, checkStep } from '../apply.ts';
import { Draft } from '../draft.ts';
import { checkOn, HANDLERS, needsOf, retargetStep, stepTouches } from './index.ts';

/** An update of unit, role or ref (set or removed) on one of `ids`. */
const arbImportedUpdate = (ids: readonly string[]): fc.Arbitrary<Step> =>
  fc.record({
    node: fc.constantFrom(...ids),
    field: fc.constantFrom('unit', 'role', 'ref'),
    value: fc.constantFrom(null, 'Finance', 'P-1'),
  }).map(({ node, field, value }): Step => ({ op: 'update', node, set: { [field]: value } }));

/** Random structures with staffing, and random steps (some failing) that touch every part of them. */
const arbCase = arbStaffedStructure({ maxNodes: 25 }).chain((structure) =>
  fc
    .tuple(arbPeopleStepsFor(structure, { maxSteps: 20 }), fc.array(fc.tuple(fc.nat(), arbImportedUpdate(structure.nodes.map((n) => n.id))), { maxLength: 4 }))
    .map(([steps, updates]) => {
      for (const [at, update] of updates) steps.splice(at % (steps.length + 1), 0, update);
      return { structure, steps };
    }),
);

/** Each step that applies, with the structure before and after it. */
function walk(structure: Structure, steps: readonly Step[]): { step: Step; before: Structure; after: Structure }[] {
  const out: { step: Step; before: Structure; after: Structure }[] = [];
  let before = structure;
  for (const step of steps) {
    if (checkStep(before, step) !== null) continue;
    const after = applySteps(before, [step], 'o').structure;
    out.push({ step, before, after });
    before = after;
  }
  return out;
}

describe('step handlers', () => {
  it('cover every op of the format, each with all it must say about its op', () => {
    expect(Object.keys(HANDLERS).sort()).toEqual([...STEP_OPS].sort());
    for (const handler of Object.values(HANDLERS)) {
      for (const part of ['check', 'apply', 'describe', 'touches', 'refs', 'needs', 'renamed'] as const) expect(typeof handler[part]).toBe('function');
    }
  });

  it('say what their step touches, so that every change it makes is put down to it', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(arbCase, ({ structure, steps }) => {
        for (const { step, before, after } of walk(structure, steps)) {
          const reasons = reasonsFor([{ ...step, why: 'this step' }]);
          for (const line of changeLines(diffStructures(before, after), before, after)) expect([line.category, line.text, reasons(line)]).toEqual([line.category, line.text, ['this step']]);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('touch by name only what the diff then shows (an add, removal, link or unlink always shows)', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(arbCase, ({ structure, steps }) => {
        for (const { step, before, after } of walk(structure, steps)) {
          const d = diffStructures(before, after);
          for (const t of stepTouches(step)) {
            if (t.what === 'added') expect(d.added).toContain(t.node);
            if (t.what === 'removed') expect(d.removed).toContain(t.node);
            if (t.what === 'link-added') expect(d.links.added).toContainEqual(t.link);
            if (t.what === 'link-removed') expect(d.links.removed).toContainEqual(t.link);
          }
        }
      }),
      { numRuns: 100 },
    );
  });

  it('check, say what a failing step needs and list its references without throwing, whatever a malformed step holds', () => {
    const anyValue = fc.oneof(fc.anything(), fc.constantFrom('dcs', 'ceo', null, undefined, [], {}, ['dcs', 7]));
    const arbJunk = fc.record(
      { op: fc.constantFrom(...STEP_OPS), node: anyValue, nodes: anyValue, into: anyValue, to: anyValue, from: anyValue, kind: anyValue, function: anyValue, set: anyValue },
      { requiredKeys: ['op'] },
    );
    const draft = new Draft({ id: 's', title: 'S', nodes: [{ id: 'ceo', kind: 'post', name: 'CEO' }, { id: 'dcs', kind: 'post', name: 'DCS', manager: 'ceo' }] });
    fc.assert(
      fc.property(arbJunk, (junk) => {
        const step = junk as unknown as Step;
        const refusal = checkOn(draft, step);
        if (refusal !== null) expect(needsOf(draft, step, refusal).length).toBeGreaterThan(0);
        expect(Array.isArray(HANDLERS[step.op].refs(step as never))).toBe(true);
      }),
      // Found by random runs: a kind or an end whose toString is not a function threw while the link was looked up.
      {
        numRuns: 500,
        examples: [
          [{ op: 'unlink', kind: { toString: [] } }],
          [{ op: 'unlink', from: { toString: false } }],
          [{ op: 'link', from: 'dcs', to: 'ceo', kind: { toString: false } }],
          [{ op: 'link', kind: 'dotted', from: { toString: [] }, to: 'dcs' }],
        ],
      },
    );
  });

  it('retarget every reference to a node, and nothing else, or hand back the very same step', () => {
    fc.assert(
      fc.property(arbCase, fc.nat(), ({ structure, steps }, pick) => {
        const ids = structure.nodes.map((n) => n.id);
        const from = ids[pick % ids.length]!;
        for (const step of steps) {
          const moved = retargetStep(step, from, 'elsewhere');
          const refs = HANDLERS[step.op].refs(step as never);
          if (!refs.some(([id]) => id === from)) {
            expect(moved).toBe(step);
            continue;
          }
          expect(HANDLERS[step.op].refs(moved as never)).toEqual(refs.map(([id, role]) => [id === from ? 'elsewhere' : id, role]));
          expect(moved.why).toBe(step.why);
          if (step.op === 'add' && moved.op === 'add') expect(moved.node.id).toBe(step.node.id);
        }
      }),
      { numRuns: 100 },
    );
  });
});
