import fc from 'fast-check';
import type { Structure } from '../model/types.ts';
import { findLoops, linkKey } from '../model/queries.ts';
import { arbStructureWithSteps } from '../../test/arbitraries.ts';
import { applySteps, checkStep } from './index.ts';

/** Every rule a structure must keep; the list of broken ones (empty when sound). */
function brokenRules(s: Structure): string[] {
  const broken: string[] = [];
  const ids = new Set(s.nodes.map((n) => n.id));
  if (ids.size !== s.nodes.length) broken.push('duplicate node id');
  for (const n of s.nodes) if (n.manager != null && !ids.has(n.manager)) broken.push(`dangling manager ${n.id} → ${n.manager}`);
  if (findLoops(s.nodes).length > 0) broken.push('loop');
  const keys = new Set<string>();
  for (const l of s.links ?? []) {
    if (!ids.has(l.from) || !ids.has(l.to)) broken.push(`dangling link ${linkKey(l)}`);
    if (l.from === l.to) broken.push('self-link');
    if (keys.has(linkKey(l))) broken.push('duplicate link');
    keys.add(linkKey(l));
  }
  const functions = new Set((s.functions ?? []).map((f) => f.id));
  for (const [fn, node] of Object.entries(s.accountable ?? {})) {
    if (!functions.has(fn)) broken.push(`accountable for unknown function ${fn}`);
    if (!ids.has(node)) broken.push(`accountable node ${node} missing`);
  }
  return broken;
}

describe('applySteps on random structures and steps', { timeout: 60_000 }, () => {
  it('never yields a loop or a dangling reference', () => {
    fc.assert(
      fc.property(arbStructureWithSteps(), ({ structure, steps }) => {
        expect(brokenRules(structure)).toEqual([]);
        expect(brokenRules(applySteps(structure, steps, 'o').structure)).toEqual([]);
      }),
    );
  });

  it('never mutates its input', () => {
    fc.assert(
      fc.property(arbStructureWithSteps(), ({ structure, steps }) => {
        const before = JSON.stringify({ structure, steps });
        applySteps(structure, steps, 'o');
        expect(JSON.stringify({ structure, steps })).toBe(before);
      }),
      { numRuns: 50 },
    );
  });

  it('gives the same result step by step as all at once (the working copy’s indexes stay true)', () => {
    fc.assert(
      fc.property(arbStructureWithSteps(), ({ structure, steps }) => {
        const all = applySteps(structure, steps, 'o');
        let s = structure;
        const failed: number[] = [];
        steps.forEach((step, i) => {
          const reason = checkStep(s, step);
          const one = applySteps(s, [step], 'o');
          expect(one.errors.map((e) => e.refusal)).toEqual(reason === null ? [] : [reason]);
          if (reason !== null) failed.push(i + 1);
          s = one.structure;
        });
        expect(all.errors.map((e) => e.index)).toEqual(failed);
        expect(all.structure).toEqual(s);
      }),
    );
  });

  it('replays the same result after a JSON round trip of the structure and steps', () => {
    fc.assert(
      fc.property(arbStructureWithSteps(), ({ structure, steps }) => {
        const direct = applySteps(structure, steps, 'o');
        const replay = applySteps(JSON.parse(JSON.stringify(structure)) as Structure, JSON.parse(JSON.stringify(steps)) as typeof steps, 'o');
        expect(JSON.parse(JSON.stringify(replay))).toEqual(JSON.parse(JSON.stringify(direct)));
      }),
      { numRuns: 50 },
    );
  });

  it('applies most generated steps, and fails some (the generator exercises both paths)', () => {
    let applied = 0;
    let failed = 0;
    fc.assert(
      fc.property(arbStructureWithSteps(), ({ structure, steps }) => {
        const { errors } = applySteps(structure, steps, 'o');
        failed += errors.length;
        applied += steps.length - errors.length;
      }),
      { numRuns: 100, seed: 42 },
    );
    expect(applied).toBeGreaterThan(3 * failed);
    expect(failed).toBeGreaterThan(0);
  });
});
