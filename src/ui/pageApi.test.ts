import { FORMAT, type Workspace } from '../model/types.ts';
import { createAppStore } from '../store/index.ts';
import { installPageApi } from './pageApi.ts';

const tiny: Workspace = { format: FORMAT, title: 'Tiny', baseline: { id: 'base', title: 'Base', nodes: [{ id: 'a', kind: 'unit', name: 'A' }] }, options: [{ id: 'opt', title: 'Opt', steps: [] }] };

describe('window.__orgOptions', () => {
  it('loads workspace text as Import does, and returns the errors of invalid text without loading it', () => {
    const store = createAppStore({ storage: null, initial: tiny });
    const win = {} as Window;
    installPageApi(win, store);
    expect(win.__orgOptions?.loadWorkspaceText('{"format": "org-options/1"}')).toMatchObject({ ok: false, errors: expect.arrayContaining([expect.stringContaining('title')]) });
    expect(store.getState().workspace).toBe(tiny);
    const next = JSON.stringify({ ...tiny, title: 'Next', options: [...tiny.options, { id: 'gen', title: 'Generated', steps: [] }] });
    expect(win.__orgOptions?.loadWorkspaceText(next)).toEqual({ ok: true });
    expect(store.getState().workspace.title).toBe('Next');
    expect(store.getState().view.right).toBe('gen');
  });
});
