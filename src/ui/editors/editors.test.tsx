// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { chartProps } from '../../../test/support/mockChart.tsx';
import { pane, renderApp } from '../../../test/support/renderApp.tsx';
import type { AppStore } from '../../store/index.ts';
import { NODE_FORM } from '../../words/editors.ts';
import { GAP } from '../../words/index.ts';

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

describe('Add post / Add unit', { timeout: 30_000 }, () => {
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

describe('Edit details', { timeout: 30_000 }, () => {
  it('makes one update step of what changed, and waits while nothing has', async () => {
    const user = userEvent.setup();
    const store = renderApp();
    await pick(user, 'Youth Services');
    await user.click(within(details()).getByRole('button', { name: 'Edit details' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit details of Youth Services' });
    expect(within(dialog).getByRole('button', { name: 'Save details' })).toBeDisabled();
    expect(within(dialog).getByText('Nothing changed yet.')).toBeInTheDocument();
    await user.clear(within(dialog).getByLabelText('Name'));
    await user.type(within(dialog).getByLabelText('Name'), 'Integrated Youth Service');
    await user.type(within(dialog).getByLabelText('Grade'), 'JNC');
    await user.type(within(dialog).getByLabelText('FTE'), '120.5');
    await user.type(within(dialog).getByLabelText('Pay from (a year, for 1.0 FTE)'), '£24,000');
    await user.click(within(dialog).getByRole('button', { name: 'Save details' }));
    expect(lastStep(store)).toEqual({ op: 'update', node: 'youth-services', set: { name: 'Integrated Youth Service', grade: 'JNC', fte: 120.5, pay: { min: 24000, max: 24000 } } });
  });

  it('says when a figure is not a number', async () => {
    const user = userEvent.setup();
    renderApp();
    await pick(user, 'Youth Services');
    await user.click(within(details()).getByRole('button', { name: 'Edit details' }));
    const dialog = screen.getByRole('dialog');
    await user.type(within(dialog).getByLabelText('FTE'), 'many');
    expect(within(dialog).getByText('FTE “many” is not a number.')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Save details' })).toBeDisabled();
  });

  it('refuses a decimal comma beside the field, naming what was typed, and saves nothing it cannot read', async () => {
    const user = userEvent.setup();
    const store = renderApp();
    const before = store.getState().workspace;
    await pick(user, 'Youth Services');
    await user.click(within(details()).getByRole('button', { name: 'Edit details' }));
    const dialog = screen.getByRole('dialog');
    const fte = within(dialog).getByLabelText('FTE');
    await user.type(fte, '1,5');
    expect(fte).toHaveAccessibleDescription(NODE_FORM.figureProblem('fte', '1,5', 'ambiguous'));
    expect(fte).toHaveAttribute('aria-invalid', 'true');
    await user.type(within(dialog).getByLabelText('Pay to (blank for an exact figure)'), '1.2.3');
    expect(within(dialog).getByText(NODE_FORM.figureProblem('pay', '1.2.3', 'malformed'))).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Save details' })).toBeDisabled();
    await user.keyboard('{Enter}');
    expect(store.getState().workspace).toBe(before);
  });

  it('reads thousands separators and a pound sign as the officer meant them', async () => {
    const user = userEvent.setup();
    const store = renderApp();
    await pick(user, 'Youth Services');
    await user.click(within(details()).getByRole('button', { name: 'Edit details' }));
    const dialog = screen.getByRole('dialog');
    await user.type(within(dialog).getByLabelText('FTE'), '1,150');
    await user.type(within(dialog).getByLabelText('Pay from (a year, for 1.0 FTE)'), '£50,000');
    await user.type(within(dialog).getByLabelText('Pay to (blank for an exact figure)'), '55000.50');
    await user.click(within(dialog).getByRole('button', { name: 'Save details' }));
    expect(lastStep(store)).toEqual({ op: 'update', node: 'youth-services', set: { fte: 1150, pay: { min: 50000, max: 55000.5 } } });
  });
});

describe('Remove', { timeout: 30_000 }, () => {
  it('offers to move the reports to the node’s manager first, as steps the officer sees', async () => {
    const user = userEvent.setup();
    const store = renderApp();
    const n = option5(store).steps.length;
    await pick(user, 'Deputy Director, Targeted and Specialist Services');
    await user.click(within(details()).getByRole('button', { name: 'Remove' }));
    const dialog = screen.getByRole('dialog', { name: 'Remove Deputy Director, Targeted and Specialist Services?' });
    expect(dialog).toHaveTextContent(
      "has 3 direct reports (Children's Social Care, Early Years and Youth Services). They will first move to report to Director of Children's Services, then Deputy Director, Targeted and Specialist Services is removed: 4 steps.",
    );
    await user.type(within(dialog).getByLabelText('Why (optional)'), 'test');
    await user.click(within(dialog).getByRole('button', { name: 'Move 3 and remove' }));
    expect(option5(store).steps.slice(n)).toEqual([
      { op: 'move', node: 'childrens-social-care', to: 'dcs', why: 'test' },
      { op: 'move', node: 'early-years', to: 'dcs', why: 'test' },
      { op: 'move', node: 'youth-services', to: 'dcs', why: 'test' },
      { op: 'remove', node: 'deputy-director-targeted', why: 'test' },
    ]);
    expect(store.getState().history.past).toHaveLength(1);
    // The node is gone from the option now, but the step list still names it (from the structure the step meets).
    await user.click(screen.getByRole('tab', { name: /^Steps/ }));
    const steps = screen.getByRole('region', { name: /^Steps/ });
    expect(steps).toHaveTextContent('Remove Deputy Director, Targeted and Specialist Services');
    expect(steps).not.toHaveTextContent('deputy-director-targeted');
  });

  it('refuses a top-level node that manages others, saying why in names', async () => {
    const user = userEvent.setup();
    renderApp();
    await pick(user, 'Leeds Initiative');
    await user.click(within(details()).getByRole('button', { name: 'Remove' }));
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Not allowed: Leeds Initiative is at the top level and has 1 direct report (Children Leeds partnership), so there is no manager to take them');
    expect(within(dialog).getByRole('button', { name: /remove/i })).toBeDisabled();
  });
});

describe('Merge into…', { timeout: 30_000 }, () => {
  it('greys out nodes that would make line management loop, with the reason, and merges into the one picked', async () => {
    const user = userEvent.setup();
    const store = renderApp();
    await pick(user, "Director of Children's Services");
    await user.click(within(details()).getByRole('button', { name: 'Merge into…' }));
    const dialog = screen.getByRole('dialog', { name: "Merge Director of Children's Services into…" });
    const list = within(dialog).getByLabelText('Absorbed by');
    expect(within(list).getByRole('option', { name: /^DCS Unit: not allowed, would make line management loop/ })).toBeDisabled();
    await user.type(within(dialog).getByLabelText('Filter posts and units'), 'chief executive (');
    await user.click(within(dialog).getByRole('button', { name: 'Merge' }));
    expect(lastStep(store)).toEqual({ op: 'merge', nodes: ['dcs'], into: 'chief-executive' });
  });
});

describe('Links', { timeout: 30_000 }, () => {
  it('lists the node’s links, removes one with a reason, and adds one; a link that exists is greyed', async () => {
    const user = userEvent.setup();
    const store = renderApp();
    await pick(user, 'Executive Member for Learning');
    const links = within(details()).getByRole('region', { name: 'Links' });
    // The kind is worded as the legend words it, not shown as the format's id.
    expect(within(links).getAllByText('Political oversight').length).toBeGreaterThan(0);
    expect(within(links).queryByText('political')).toBeNull();
    await user.click(within(links).getByRole('button', { name: 'Remove political link to Deputy Director, Education and Learning' }));
    let dialog = screen.getByRole('dialog', { name: 'Remove this link?' });
    await user.type(within(dialog).getByLabelText('Why (optional)'), 'no longer');
    await user.click(within(dialog).getByRole('button', { name: 'Remove link' }));
    expect(lastStep(store)).toEqual({ op: 'unlink', kind: 'political', from: 'exec-member-learning', to: 'deputy-director-learning', why: 'no longer' });

    await user.click(within(links).getByRole('button', { name: 'Add link…' }));
    dialog = screen.getByRole('dialog', { name: 'Add a link for Executive Member for Learning' });
    await user.selectOptions(within(dialog).getByLabelText('Link kind'), 'political');
    await user.selectOptions(within(dialog).getByLabelText('Direction'), 'from');
    await user.type(within(dialog).getByLabelText('Filter posts and units'), 'Deputy Director, Targeted');
    await user.click(within(dialog).getByRole('button', { name: 'Add link' }));
    expect(lastStep(store)).toEqual({ op: 'link', kind: 'political', from: 'exec-member-learning', to: 'deputy-director-targeted' });
  });

  it('greys out a link that already exists', async () => {
    const user = userEvent.setup();
    renderApp();
    await pick(user, "Director of Children's Services");
    await user.click(within(details()).getByRole('button', { name: 'Add link…' }));
    const dialog = screen.getByRole('dialog');
    await user.selectOptions(within(dialog).getByLabelText('Link kind'), 'partnership');
    const other = within(dialog).getByLabelText('Other post or unit');
    expect(within(other).getByRole('option', { name: /^Children Leeds partnership: not allowed, partnership link .* already exists$/ })).toBeDisabled();
  });
});

describe('Accountability', { timeout: 30_000 }, () => {
  it('lists what the node is accountable for, clears one and assigns one, each with a reason', async () => {
    const user = userEvent.setup();
    const store = renderApp();
    await pick(user, 'Deputy Director, Targeted and Specialist Services');
    const region = within(details()).getByRole('region', { name: 'Accountability' });
    await user.click(within(region).getByRole('button', { name: /^Clear accountability for Safeguarding/ }));
    let dialog = screen.getByRole('dialog', { name: 'Clear this accountability?' });
    await user.click(within(dialog).getByRole('button', { name: 'Clear' }));
    expect(lastStep(store)).toEqual({ op: 'assign', function: 'safeguarding', to: null });

    await user.click(within(region).getByRole('button', { name: 'Assign function…' }));
    dialog = screen.getByRole('dialog', { name: /^Make Deputy Director, Targeted and Specialist Services accountable for/ });
    const fn = within(dialog).getByLabelText('Function');
    expect(within(fn).getByRole('option', { name: `Safeguarding children: now ${GAP}` })).toBeInTheDocument();
    await user.selectOptions(fn, 'safeguarding');
    await user.type(within(dialog).getByLabelText('Why (optional)'), 'back');
    await user.click(within(dialog).getByRole('button', { name: 'Assign' }));
    expect(lastStep(store)).toEqual({ op: 'assign', function: 'safeguarding', to: 'deputy-director-targeted', why: 'back' });
  });
});

describe('dialogs', { timeout: 30_000 }, () => {
  it('keep focus inside (Tab wraps), close on Escape and return focus to the button that opened them', async () => {
    const user = userEvent.setup();
    renderApp();
    await pick(user, 'Youth Services');
    const opener = within(details()).getByRole('button', { name: 'Merge into…' });
    await user.click(opener);
    const dialog = screen.getByRole('dialog');
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(dialog).toHaveAccessibleName('Merge Youth Services into…');
    const cancel = within(dialog).getByRole('button', { name: 'Cancel' });
    cancel.focus();
    await user.tab();
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
    await user.tab({ shift: true });
    expect(cancel).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(opener).toHaveFocus();
  });
});

describe('on the baseline', { timeout: 30_000 }, () => {
  it('a change asks to start a new option, whose first step it is', async () => {
    const user = userEvent.setup();
    const store = renderApp();
    const n = store.getState().workspace.options.length;
    await user.click(within(pane('left')).getByText('Youth Services', { exact: true }));
    await user.click(screen.getByRole('tab', { name: 'Details' }));
    expect(details()).toHaveTextContent('the baseline is not changed, so a change here starts a new option');
    await user.click(within(details()).getByRole('button', { name: 'Remove' }));
    await user.click(within(screen.getByRole('dialog', { name: 'Remove Youth Services?' })).getByRole('button', { name: 'Remove' }));
    const ask = await screen.findByRole('dialog', { name: 'Start a new option?' });
    expect(ask).toHaveTextContent('“Remove Youth Services” as its first change');
    await user.click(within(ask).getByRole('button', { name: 'Start new option' }));
    await vi.waitFor(() => expect(store.getState().workspace.options).toHaveLength(n + 1));
    expect(store.getState().workspace.options.at(-1)!.steps).toEqual([{ op: 'remove', node: 'youth-services' }]);
    expect(store.getState().workspace.baseline.nodes.some((x) => x.id === 'youth-services')).toBe(true);
  });
});
