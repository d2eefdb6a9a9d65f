// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Structure } from '../../model/types.ts';
import type { ChangeMark } from '../../diff/index.ts';
import { OutlineView } from './OutlineView.tsx';
import { outlineLabel } from '../../words/panes.ts';

const s: Structure = {
  id: 's', title: 'Option 5',
  nodes: [
    { id: 'org', kind: 'body', name: 'Council' },
    { id: 'dcs', kind: 'post', name: 'Director', holder: 'Ann', manager: 'org' },
    { id: 'dep', kind: 'post', name: 'Deputy', holder: null, manager: 'dcs' },
    { id: 'care', kind: 'unit', name: 'Care', manager: 'dep' },
    { id: 'other', kind: 'body', name: 'Partnership' },
  ],
};
const marks = new Map<string, ChangeMark>([['dep', 'added'], ['care', 'moved']]);

function setup(selected: string | null = null) {
  const onSelect = vi.fn();
  const user = userEvent.setup();
  render(<OutlineView structure={s} marks={marks} selected={selected} onSelect={onSelect} />);
  return { onSelect, user };
}

const item = (name: RegExp) => screen.getByRole('treeitem', { name });

describe('OutlineView', () => {
  it('is a tree whose items say name, holder, line manager and change mark in words, opened down to every change', () => {
    setup();
    const tree = screen.getByRole('tree', { name: outlineLabel('Option 5') });
    const names = [
      'Council, body, 1 report, no manager',
      'Director, Ann, post, 1 report, reports to Council',
      'Deputy, vacant, post, new (added), 1 report, reports to Director',
      'Care, unit, moved (new line manager), reports to Deputy',
      'Partnership, body, no manager',
    ];
    expect(within(tree).getAllByRole('treeitem')).toHaveLength(names.length);
    for (const name of names) expect(within(tree).getByRole('treeitem', { name })).toBeInTheDocument();
    expect(item(/^Deputy/)).toHaveAttribute('aria-level', '3');
    expect(item(/^Council/)).toHaveAttribute('aria-expanded', 'true');
    expect(item(/^Partnership/)).not.toHaveAttribute('aria-expanded');
    expect(item(/^Deputy/)).toHaveTextContent(/Deputy, vacant, post, new \(added\), 1 report, reports to Director$/);
  });

  it('has one tab stop, and moves, folds and unfolds with the arrow keys; Enter selects', async () => {
    const { user, onSelect } = setup();
    await user.tab();
    expect(item(/^Council/)).toHaveFocus();
    expect(screen.getAllByRole('treeitem').filter((li) => li.tabIndex === 0)).toHaveLength(1);
    await user.keyboard('{ArrowDown}');
    expect(item(/^Director/)).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(item(/^Director/)).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('treeitem', { name: /^Deputy/ })).toBeNull();
    await user.keyboard('{ArrowRight}');
    expect(item(/^Director/)).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{ArrowRight}');
    expect(item(/^Deputy/)).toHaveFocus();
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(item(/^Director/)).toHaveFocus();
    await user.keyboard('{End}');
    expect(item(/^Partnership/)).toHaveFocus();
    await user.keyboard('{Home}{Enter}');
    expect(onSelect).toHaveBeenCalledWith('org');
  }, 30_000);

  it('marks the selected node and opens the line down to it', () => {
    setup('care');
    expect(item(/^Care/)).toHaveAttribute('aria-selected', 'true');
    expect(item(/^Care/)).toHaveAttribute('tabindex', '0');
  });
});
