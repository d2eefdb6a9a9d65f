// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { pane, renderApp } from '../../../test/support/renderApp.tsx';
import { parseWorkspace } from '../../io/index.ts';
import { createAppStore } from '../../store/index.ts';
import { DETAILS, NODE_ACTIONS } from '../../words/details.ts';
import { ASSIGN_DIALOG, MOVE_DIALOG, PICKER } from '../../words/editors.ts';
import { FIELD_LABEL } from '../../words/fields.ts';
import { VACANT } from '../../words/index.ts';

vi.mock('../chart/OrgChartView.tsx', async () => {
  const { MockOrgChartView } = await import('../../../test/support/mockChart.tsx');
  return { OrgChartView: MockOrgChartView };
});

afterEach(cleanup);

/** The case's workspace in the app, `structure` in the right pane, `node` selected and the Details tab open. */
async function details(path: string, structure: string, node: string) {
  const parsed = parseWorkspace(readFileSync(path, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const store = renderApp(createAppStore({ storage: null, initial: parsed.workspace }));
  act(() => store.getState().setPane('right', structure));
  const user = userEvent.setup();
  await user.click(pane('right').querySelector<HTMLElement>(`[data-node-id="${node}"]`)!);
  await user.click(screen.getByRole('tab', { name: DETAILS.heading }));
  return { user, panel: screen.getByRole('region', { name: /^Details/ }) };
}

/** The value beside a term of the details list, or null when the term is not there. */
const field = (panel: HTMLElement, term: string): string | null => {
  const dt = [...panel.querySelectorAll('dl.details > dt')].find((d) => d.textContent === term);
  return dt?.nextElementSibling?.textContent ?? null;
};

describe('Details and node editors: words from src/words', { timeout: 30_000 }, () => {
  it('tells same-titled posts apart in the heading, the manager and the pickers (cases/same-titles.json)', async () => {
    const { user, panel } = await details('test/cases/same-titles.json', 'now', 'cw-2');
    expect(within(panel).getByRole('heading', { level: 2 })).toHaveTextContent('Details: Caseworker (Eko Sari)');
    expect(field(panel, FIELD_LABEL.manager)).toBe('Team Leader (Cal Moreno)');
    await user.click(within(panel).getByRole('button', { name: NODE_ACTIONS.move }));
    const dialog = screen.getByRole('dialog', { name: MOVE_DIALOG.title('Caseworker (Eko Sari)') });
    const options = within(within(dialog).getByLabelText(MOVE_DIALOG.picker)).getAllByRole('option').map((o) => o.textContent);
    expect(options).toEqual([
      MOVE_DIALOG.noManager,
      'Caseworker (Dee Hart)',
      'Caseworker (vacant)',
      'Head of Service (Iris Vance)',
      'Team Leader (Bea Lomax)',
      PICKER.refused('Team Leader (Cal Moreno)', MOVE_DIALOG.current),
      'Team Leader (vacant)',
    ]);
  });

  it('says a post with no holder recorded is vacant, as the chart and the paper do (format.md: null or absent is vacant)', async () => {
    const { panel } = await details('test/cases/same-titles.json', 'now', 'cw-3');
    expect(field(panel, FIELD_LABEL.holder)).toBe(VACANT);
  });

  it('names who is accountable now, told apart from same-titled posts', async () => {
    const { user, panel } = await details('test/cases/same-titles.json', 'rebalance', 'head');
    await user.click(within(panel).getByRole('button', { name: /^Assign function/ }));
    const dialog = screen.getByRole('dialog', { name: ASSIGN_DIALOG.title('Head of Service') });
    expect(within(within(dialog).getByLabelText(ASSIGN_DIALOG.function)).getAllByRole('option').map((o) => o.textContent)).toEqual([ASSIGN_DIALOG.choice('Duty desk', 'Team Leader (Bea Lomax)')]);
  });

  it('isolates right-to-left names and titles in <bdi dir="auto"> (cases/right-to-left-names.json)', async () => {
    const { panel } = await details('test/cases/right-to-left-names.json', 'now', 'eng');
    const isolated = (el: Element) => [...el.querySelectorAll('bdi')].map((b) => [b.getAttribute('dir'), b.textContent]);
    expect(isolated(within(panel).getByRole('heading', { level: 2 }))).toEqual([['auto', 'מהנדס העיר (Chief Engineer)']]);
    expect(isolated(panel.querySelector('.panel-sub')!)).toEqual([['auto', 'الهيكل الحالي']]);
    expect(panel.textContent).not.toMatch(/[\u2066-\u2069]/);
  });

  it('shows a bidi override and control characters in a name, holder and note rather than obeying them (cases/hostile)', async () => {
    const { user, panel } = await details('test/cases/hostile/terminal-escapes-in-names.json', 'base', 'evil-4');
    expect(within(panel).getByRole('heading', { level: 2 })).toHaveTextContent('Details: Bidi \\u202egnp.exe\\u202c end');
    expect(field(panel, FIELD_LABEL.holder)).toBe('Bidi \\u202egnp.exe\\u202c end');
    expect(field(panel, FIELD_LABEL.note)).toBe('Bidi \\u202egnp.exe\\u202c end');
    await user.click(within(panel).getByRole('button', { name: NODE_ACTIONS.merge }));
    const dialog = screen.getByRole('dialog');
    expect(dialog).toHaveAccessibleName('Merge Bidi \\u202egnp.exe\\u202c end into…');
    const options = within(dialog).getAllByRole('option').map((o) => o.textContent ?? '');
    expect(options).toContain('Safe \\x1b[2J\\x1b]0;PWNED\\x07\\x1b[31mRED\\x1b[0m');
    // eslint-disable-next-line no-control-regex -- the test is that none of these reach the screen
    expect(`${panel.textContent}${dialog.textContent}`).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
  });
});
