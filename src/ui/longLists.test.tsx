// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Structure, Workspace } from '../model/types.ts';
import { resolveWorkspace } from '../options/index.ts';
import { createAppStore } from '../store/createAppStore.ts';
import { StoreProvider } from '../store/index.ts';
import { AppraisalView, ROWS_PAGE } from './appraisal/AppraisalView.tsx';
import { DETAILS_PAGE, Notices } from './Notices.tsx';

const base: Structure = {
  id: 'base',
  title: 'Today',
  nodes: [
    { id: 'org', kind: 'body', name: 'Council' },
    { id: 'dcs', kind: 'post', name: 'Director', manager: 'org' },
    { id: 'care', kind: 'unit', name: 'Care', manager: 'dcs' },
  ],
};

/** Long lists in the app are drawn a page at a time (issue 10); how long they take is for the browser bench. */
describe('long lists in the app', () => {
  it('the Appraisal view of 10,000 options draws 100 rows, says how many there are, and shows more on request', async () => {
    const options = Array.from({ length: 10_000 }, (_, i) => ({ id: `o${i}`, title: `Option ${i}`, steps: [{ op: 'update' as const, node: 'care', set: { name: `Care ${i}` } }] }));
    const workspace: Workspace = { format: 'org-options/1', title: 'Many', baseline: base, options };
    const { structures } = resolveWorkspace(workspace);
    render(<AppraisalView workspace={workspace} structures={structures} onSelectOption={vi.fn()} onJudge={vi.fn()} onPreferred={vi.fn()} />);
    const body = () => screen.getByRole('table').querySelector('tbody')!;
    expect(within(body()).getAllByRole('row')).toHaveLength(ROWS_PAGE);
    expect(screen.getByText(/Showing 100 of 10,001 structures\./)).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Show 100 more' }));
    expect(within(body()).getAllByRole('row')).toHaveLength(2 * ROWS_PAGE);
  }, 120_000);

  it('a notice with 200,000 errors lists the first 100 and counts the rest', async () => {
    const store = createAppStore({ storage: null });
    const errors = Array.from({ length: 200_000 }, (_, i) => `baseline.nodes[${i}]: manager "x" does not exist`);
    store.getState().notify('error', 'The file was not imported.', errors);
    render(
      <StoreProvider store={store}>
        <Notices />
      </StoreProvider>,
    );
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(DETAILS_PAGE + 1);
    expect(items.at(-1)).toHaveTextContent('… and 199,900 more details');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Show 100 more' }));
    expect(screen.getAllByRole('listitem')).toHaveLength(2 * DETAILS_PAGE + 1);
  }, 120_000);
});
