import { fileProblemWords } from '../words/fileProblems.ts';
import { stepErrorLine } from '../words/index.ts';
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
        if (!r.ok) throw new Error(r.errors.map(fileProblemWords).join('\n'));
        expect(r.workspace).toEqual(ws);
        const before = resolveWorkspace(ws).structures;
        const after = resolveWorkspace(r.workspace).structures;
        expect(JSON.parse(JSON.stringify([...after]))).toEqual(JSON.parse(JSON.stringify([...before])));
      }),
      { numRuns: 60 },
    );
  });

  it('a workspace whose steps fail still loads and round-trips; each failure is a conflict naming option and step; only a step’s shape refuses it', () => {
    fc.assert(
      fc.property(arbWorkspace(), (ws) => {
        const failures = [...resolveWorkspace(ws).stepErrors.values()].flat();
        const text = serializeWorkspace(ws);
        const r = parseWorkspace(text);
        if (!r.ok) {
          // Refused only for a step's shape (e.g. an update that sets nothing), never for a step that fails to apply.
          for (const e of r.errors.map(fileProblemWords)) expect(e).toMatch(/^options\[\d+\] "option-\d+" step \d+/);
          return;
        }
        expect(r.workspace).toEqual(ws);
        expect(r.conflicts.map(stepErrorLine).sort()).toEqual(failures.map(stepErrorLine).sort());
        for (const c of r.conflicts) expect(stepErrorLine(c)).toMatch(/^option-\d+ step \d+ \(\w+\): /);
        const again = serializeWorkspace(r.workspace);
        const r2 = parseWorkspace(again);
        expect(r2.ok && serializeWorkspace(r2.workspace)).toBe(again);
      }),
      { numRuns: 60 },
    );
  });
});
