import type { Structure } from '../model/types.ts';
import { removalPlan } from '../options/plan.ts';
import { derivedBreakText, explainStep, explainSteps, removalPlanText, removalRefusalText } from './editing.ts';

const s: Structure = {
  id: 's',
  title: 'S',
  nodes: [
    { id: 'top', kind: 'body', name: 'Council' },
    { id: 'dcs', kind: 'post', name: 'Director', manager: 'top' },
    { id: 'a', kind: 'unit', name: 'Unit A', manager: 'dcs' },
    { id: 'b', kind: 'unit', name: 'Unit B', manager: 'dcs' },
  ],
};

describe('editor words', () => {
  it('explain a refused step, and the first refused step of a list, in names', () => {
    expect(explainStep(s, { op: 'remove', node: 'a' })).toBeNull();
    expect(explainStep(s, { op: 'move', node: 'dcs', to: 'a' })).toBe('would make line management loop: Director → Unit A → Director');
    expect(explainSteps(s, [{ op: 'remove', node: 'a' }, { op: 'move', node: 'b', to: 'a' }])).toBe('step 2 of 2 would fail: Unit A is no longer there (an earlier step took it away)');
    expect(explainSteps(s, [{ op: 'remove', node: 'dcs' }])).toBe('Director has 2 direct reports');
  });

  it('say what a removal will do, and why one is refused', () => {
    const plan = removalPlan(s, 'dcs');
    if (!plan.ok) throw new Error('expected a plan');
    expect(removalPlanText(s, 'dcs', plan)).toBe('Director has 2 direct reports (Unit A and Unit B). They will first move to report to Council, then Director is removed: 3 steps.');
    const refused = removalPlan(s, 'top');
    if (refused.ok) throw new Error('expected a refusal');
    expect(removalRefusalText(s, refused.refusal)).toBe('Council is at the top level and has 1 direct report (Director), so there is no manager to take them: move them first, or merge it into another post or unit.');
  });

  it('name the options an edit would break', () => {
    expect(derivedBreakText('Option 1', ['Option 2', 'Option 3'], 3)).toBe('3 steps of “Option 2” and “Option 3”, which start from “Option 1”, would then fail.');
    expect(derivedBreakText('Option 1', ['Option 2'], 1)).toBe('1 step of “Option 2”, which starts from “Option 1”, would then fail.');
  });
});

describe('removal words name nodes as Names does', () => {
  it('tell same-titled reports apart and show control characters (cases/same-titles.json)', () => {
    const same: Structure = {
      id: 's',
      title: 'S',
      nodes: [
        { id: 'head', kind: 'post', name: 'Head\u001b[2J', holder: 'Iris' },
        { id: 'tl-1', kind: 'post', name: 'Team Leader', holder: 'Bea', manager: 'head' },
        { id: 'tl-2', kind: 'post', name: 'Team Leader', manager: 'head' },
      ],
    };
    const plan = removalPlan(same, 'head');
    if (plan.ok) throw new Error('expected a refusal');
    expect(removalRefusalText(same, plan.refusal)).toBe(
      'Head\\x1b[2J is at the top level and has 2 direct reports (Team Leader (Bea) and Team Leader (vacant)), so there is no manager to take them: move them first, or merge it into another post or unit.',
    );
  });
});
