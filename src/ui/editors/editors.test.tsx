// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { chartProps } from '../../../test/support/mockChart.tsx';
import { pane, renderApp } from '../../../test/support/renderApp.tsx';
import type { AppStore } from '../../store/index.ts';

vi.mock('../chart/OrgChartView.tsx', async () => {
  const { MockOrgChartView } = await import('../../../test/support/mockChart.tsx');
  return { OrgChartView: MockOrgChartView };
});

afterEach(() => {
  cleanup();
  chartProps.clear();
});

type User = ReturnType<typeof userEvent.setup>;
const details = () => screen.getByRole('region', { name: /^Details/ });
const option5 = (store: AppStore) => store.getState().workspace.options.find((o) => o.id === 'option-5')!;
const lastStep = (store: AppStore) => option5(store).steps.at(-1);

/** Selects a node in the right pane (Option 5) and opens the Details panel. */
async function pick(user: User, name: string) {
  await user.click(within(pane('right')).getByText(name, { exact: true }));
  await user.click(screen.getByRole('tab', { name: 'Details' }));
}

describe('Add post / Add unit', () => {
  it('adds a vacant post under the selected node with an id made from its name and a reason', async () => {
    const user = userEvent.setup();
    const store = renderApp();
    await pick(user, "Director of Children's Services");
    await user.click(within(details()).getByRole('button', { name: 'Add post' }));
    const dialog = screen.getByRole('dialog', { name: "Add post under Director of Children's Services" });
    expect(within(dialog).getByLabelText('Name')).toHaveFocus();
    await user.keyboard('Head of Safeguarding');
    expect(within(dialog).getByLabelText('Identifier')).toHaveValue('head-of-safeguarding');
    await user.click(within(dialog).getByLabelText('Vacant'));
    await user.type(within(dialog).getByLabelText('Why (optional)'), 'Covering 4.3');
    await user.click(within(dialog).getByRole('button', { name: 'Add' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(lastStep(store)).toEqual({ op: 'add', node: { id: 'head-of-safeguarding', kind: 'post', name: 'Head of Safeguarding', manager: 'dcs', holder: null }, why: 'Covering 4.3' });
  });

  it('refuses an identifier already used, saying why, with the button disabled', async () => {
    const user = userEvent.setup();
    const store = renderApp();
    const before = store.getState().workspace;
    await pick(user, "Director of Children's Services");
    await user.click(within(details()).getByRole('button', { name: 'Add unit' }));
    const dialog = screen.getByRole('dialog', { name: /^Add unit under/ });
    await user.keyboard('Early years');
    const id = within(dialog).getByLabelText('Identifier');
    await user.clear(id);
    await user.type(id, 'early-years{Enter}');
    expect(within(dialog).getByRole('alert')).toHaveTextContent(/Not allowed: the id "early-years" is already used by Early Years/);
    expect(within(dialog).getByRole('button', { name: 'Add' })).toBeDisabled();
    expect(store.getState().workspace).toBe(before);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(within(details()).getByRole('button', { name: 'Add unit' })).toHaveFocus();
  });
});
