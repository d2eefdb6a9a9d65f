import fc from 'fast-check';
import type { Workspace } from '../model/types.ts';
import { arbWorkspace } from '../../test/arbitraries.ts';
import { resolveWorkspace } from '../options/index.ts';
import { parseWorkspace, serializeWorkspace } from './index.ts';

/** The same workspace without its failing steps: they change nothing, so every structure stays the same. */
function withoutFailingSteps(ws: Workspace): Workspace {
  const { stepErrors } = resolveWorkspace(ws);
  return {
    ...ws,
    options: ws.options.map((o) => {
      const failed = new Set((stepErrors.get(o.id) ?? []).map((e) => e.index));
      return { ...o, steps: o.steps.filter((_, i) => !failed.has(i + 1)) };
    }),
  };
}

describe('workspace files', { timeout: 60_000 }, () => {
  it('a valid workspace survives serialize → parse deep-equal, and resolves to the same structures', () => {
    fc.assert(
      fc.property(arbWorkspace().map(withoutFailingSteps), (ws) => {
        const r = parseWorkspace(serializeWorkspace(ws));
        if (!r.ok) throw new Error(r.errors.join('\n'));
        expect(r.workspace).toEqual(ws);
        const before = resolveWorkspace(ws).structures;
        const after = resolveWorkspace(r.workspace).structures;
        expect(JSON.parse(JSON.stringify([...after]))).toEqual(JSON.parse(JSON.stringify([...before])));
      }),
      { numRuns: 60 },
    );
  });

  it('a workspace is refused exactly when a step fails, each error naming the option and step', () => {
    fc.assert(
      fc.property(arbWorkspace(), (ws) => {
        const failures = [...resolveWorkspace(ws).stepErrors.values()].flat();
        const r = parseWorkspace(serializeWorkspace(ws));
        expect(r.ok).toBe(failures.length === 0);
        if (r.ok) return;
        expect(r.errors.length).toBeGreaterThan(0);
        for (const e of r.errors) expect(e).toMatch(/^(option-\d+ step \d+ \(\w+\): |options\[\d+\] "option-\d+" step \d+)/);
      }),
      { numRuns: 60 },
    );
  });
});
