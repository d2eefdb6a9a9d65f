import { caseText, STALE } from '../../test/support/cases.ts';
import { parseWorkspace } from '../io/index.ts';
import { conflictNotices } from '../words/conflicts.ts';
import { createAppStore } from './createAppStore.ts';

describe('retargeting a conflict', () => {
  it('says why a retargeted step still fails in names, not ids', () => {
    const parsed = parseWorkspace(caseText(STALE));
    if (!parsed.ok) throw new Error('case does not load');
    const store = createAppStore({ storage: null, initial: parsed.workspace });
    // Step 2 moves cw-3 (gone) to tl-1; pointing it at tl-1 itself still fails: tl-1 cannot report to itself.
    expect(store.getState().retargetStep('rebalance', 1, 'cw-3', 'tl-1')).toBe(true);
    expect(store.getState().notices.at(-1)?.text).toBe(conflictNotices.stillFails(2, 'Team Leader (Bea Lomax) cannot report to itself'));
  });
});
