import { caseText, LATER_STEPS, STALE } from '../../test/support/cases.ts';
import type { Workspace } from '../model/types.ts';
import { parseWorkspace } from '../io/index.ts';
import { resolveWorkspace } from '../options/index.ts';
import { leedsWorkspace } from '../store/leeds.ts';
import { stepLine } from './index.ts';
import { conflictLine, stepNames } from './workspaceNames.ts';

const load = (name: string): Workspace => {
  const parsed = parseWorkspace(caseText(name));
  if (!parsed.ok) throw new Error(String(parsed.errors));
  return parsed.workspace;
};

describe('stepNames', () => {
  it('names a node that an earlier step of the option adds and a later one removes (in no resolved structure)', () => {
    const ws = leedsWorkspace();
    const option = ws.options.find((o) => o.id === 'option-5')!;
    const removing: Workspace = {
      ...ws,
      options: ws.options.map((o) =>
        o === option
          ? { ...o, steps: [...o.steps, ...['childrens-social-care', 'early-years', 'youth-services'].map((node) => ({ op: 'move' as const, node, to: 'dcs' })), { op: 'remove' as const, node: 'deputy-director-targeted' }] }
          : o,
      ),
    };
    expect(resolveWorkspace(removing).stepErrors.get('option-5')).toBeUndefined();
    const names = stepNames(removing, 'option-5');
    expect(stepLine({ op: 'remove', node: 'deputy-director-targeted' }, names)).toBe('Remove Deputy Director, Targeted and Specialist Services');
  });

  it('falls back to the id only where nothing in the workspace has the node', () => {
    const ws = load(STALE);
    expect(stepNames(ws, 'rebalance').node('cw-3')).toBe('"cw-3"');
  });
});

describe('conflictLine', () => {
  it('says a conflict in the Conflicts strip’s words and names, after the option’s title', () => {
    const ws = load(LATER_STEPS);
    const lines = [...resolveWorkspace(ws).stepErrors.values()].flat().map((c) => conflictLine(ws, c));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(line).toMatch(/^“[^”]+”: Step \d+ \(\w+\) no longer applies: it needs /);
      expect(line).not.toMatch(/^\S+ step \d/);
    }
  });
});
