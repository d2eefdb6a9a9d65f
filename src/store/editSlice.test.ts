import { createAppStore } from './createAppStore.ts';
import { leedsWorkspace } from './leeds.ts';
import { resolveWorkspace } from '../options/index.ts';

const fresh = () => createAppStore({ storage: null, initial: leedsWorkspace() });
const steps = (store: ReturnType<typeof fresh>, id = 'option-5') => store.getState().workspace.options.find((o) => o.id === id)!.steps;
const lastNotice = (store: ReturnType<typeof fresh>) => store.getState().notices.at(-1)?.text;

describe('addSteps', () => {
  it('appends checked steps as one undo entry', () => {
    const store = fresh();
    const n = steps(store).length;
    const ok = store.getState().addSteps(
      'option-5',
      [
        { op: 'add', node: { id: 'new-unit', kind: 'unit', name: 'New Unit', manager: 'dcs' } },
        { op: 'move', node: 'dcs-unit', to: 'new-unit' },
      ],
      'Add New Unit',
    );
    expect(ok).toBe(true);
    expect(steps(store)).toHaveLength(n + 2);
    expect(store.getState().history.past).toHaveLength(1);
  });

  it('refuses, naming the failing step in names, and changes nothing', () => {
    const store = fresh();
    const before = store.getState().workspace;
    expect(store.getState().addSteps('option-5', [{ op: 'remove', node: 'dcs' }], 'Remove Director')).toBe(false);
    expect(store.getState().workspace).toBe(before);
    expect(lastNotice(store)).toBe("Remove Director refused: Director of Children's Services has 3 direct reports");
    expect(store.getState().addSteps('option-5', [{ op: 'remove', node: 'scrutiny-board' }, { op: 'move', node: 'dcs-unit', to: 'scrutiny-board' }], 'Two')).toBe(false);
    expect(lastNotice(store)).toMatch(/^Two refused: step 2 of 2 would fail: Scrutiny Board.* is no longer there/);
  });

  it('refuses a step that would make options derived from this one fail, naming them', () => {
    const store = fresh();
    const before = store.getState().workspace;
    // Options 2-4 start from Option 1 and change the Chief Officers' lines.
    expect(store.getState().addSteps('option-1', [{ op: 'merge', nodes: ['chief-officer-early-years'], into: 'dcs' }], 'Merge')).toBe(false);
    expect(lastNotice(store)).toMatch(/^Merge refused: \d+ steps? of “Option \d.*”.*which starts? from “Option 1.*”, would then fail\.$/);
    expect(store.getState().workspace).toBe(before);
  });

  it('does not edit the baseline', () => {
    const store = fresh();
    expect(store.getState().addSteps('leeds-2006', [{ op: 'remove', node: 'iscb' }], 'Remove')).toBe(false);
    expect(lastNotice(store)).toMatch(/is the baseline and is not edited/);
  });
});

describe('replaceStep', () => {
  it('replaces a step that still applies, and keeps later steps working', () => {
    const store = fresh();
    const old = steps(store)[3]!;
    expect(old).toMatchObject({ op: 'move', node: 'el-school-improvement' });
    expect(store.getState().replaceStep('option-5', 3, { ...old, why: 'edited' })).toBe(true);
    expect(steps(store)[3]).toEqual({ ...old, why: 'edited' });
  });

  it('refuses a step that would fail where it stands, or that makes later steps fail', () => {
    const store = fresh();
    const before = store.getState().workspace;
    expect(store.getState().replaceStep('option-5', 3, { op: 'move', node: 'el-school-improvement', to: 'el-school-improvement' })).toBe(false);
    expect(lastNotice(store)).toMatch(/^Step 4 was not changed: it would fail: .*School Improvement and Standards.* cannot report to itself/);
    // Step 2 adds the learning deputy, which later steps move units under.
    expect(store.getState().replaceStep('option-5', 1, { op: 'remove', node: 'iscb' })).toBe(false);
    expect(lastNotice(store)).toMatch(/^Step 2 was not changed: \d+ later steps would then fail\.$/);
    expect(store.getState().workspace).toBe(before);
  });
});

describe('moveStep', () => {
  it('reorders steps where no more steps then fail', () => {
    const store = fresh();
    const [a, b] = [steps(store)[3], steps(store)[4]];
    expect(store.getState().moveStep('option-5', 4, 3)).toBe(true);
    expect(steps(store).slice(3, 5)).toEqual([b, a]);
    expect(resolveWorkspace(store.getState().workspace).stepErrors.get('option-5')).toBeUndefined();
  });

  it('refuses a move that makes steps fail, saying how many', () => {
    const store = fresh();
    const before = store.getState().workspace;
    expect(store.getState().moveStep('option-5', 3, 0)).toBe(false);
    expect(lastNotice(store)).toBe('Step 4 was not moved to place 1: 1 step would then fail.');
    expect(store.getState().workspace).toBe(before);
  });
});

describe('reasons', () => {
  it('setStepWhy sets and clears a reason and answers the prompt for that step', () => {
    const store = fresh();
    expect(store.getState().moveNode('option-5', 'scrutiny-board', 'dcs')).toBe(true);
    const at = steps(store).length - 1;
    store.getState().askReason('option-5', at);
    expect(store.getState().reasonPrompt).toMatchObject({ optionId: 'option-5', index: at, step: steps(store)[at] });
    expect(store.getState().setStepWhy('option-5', at, '  Scoping 2.3e ')).toBe(true);
    expect(steps(store)[at]).toEqual({ op: 'move', node: 'scrutiny-board', to: 'dcs', why: 'Scoping 2.3e' });
    expect(store.getState().reasonPrompt).toBeNull();
    expect(store.getState().setStepWhy('option-5', at, ' ')).toBe(true);
    expect(steps(store)[at]).not.toHaveProperty('why');
  });
});
