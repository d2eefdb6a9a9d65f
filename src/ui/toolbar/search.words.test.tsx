// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { openWorkspaceFile } from '../../../test/support/renderApp.tsx';
import { FIND_LABEL } from '../../words/chart.ts';

vi.mock('../chart/OrgChartView.tsx', async () => {
  const { MockOrgChartView } = await import('../../../test/support/mockChart.tsx');
  return { OrgChartView: MockOrgChartView };
});

afterEach(cleanup);

const open = openWorkspaceFile;

const status = () => document.querySelector<HTMLElement>('output.search-status')!;

describe('Find’s status words', { timeout: 30_000 }, () => {
  it('tells same-titled posts apart as every change line does (cases/same-titles.json)', async () => {
    const user = userEvent.setup();
    open('test/cases/same-titles.json', 'now', 'rebalance');
    await user.type(screen.getByLabelText(FIND_LABEL), 'Team Leader{Enter}');
    expect(status()).toHaveTextContent(/^Team Leader \(Bea Lomax\) \(1 of 3\)$/);
    await user.keyboard('{Enter}');
    expect(status()).toHaveTextContent(/^Team Leader \(Cal Moreno\) \(2 of 3\)$/);
    await user.keyboard('{Enter}');
    expect(status()).toHaveTextContent(/^Team Leader \(vacant\) \(3 of 3\)$/);
  });

  it('shows control characters in a matched name or query rather than obeying them (cases/hostile/terminal-escapes-in-names.json)', async () => {
    const user = userEvent.setup();
    open('test/cases/hostile/terminal-escapes-in-names.json', 'base', 'opt-1');
    await user.type(screen.getByLabelText(FIND_LABEL), 'Safe{Enter}');
    // Option 1 (the right pane) renames that node: the name shown is the one that matched, the baseline's.
    expect(status()).toHaveTextContent('Safe \\x1b[2J\\x1b]0;PWNED\\x07\\x1b[31mRED\\x1b[0m');
    await user.clear(screen.getByLabelText(FIND_LABEL));
    await user.type(screen.getByLabelText(FIND_LABEL), 'Bidi');
    await user.keyboard('{Enter}');
    expect(status().textContent).toContain('Bidi \\u202egnp.exe\\u202c end');
    // eslint-disable-next-line no-control-regex -- the test is that none of these reach the screen
    expect(status().textContent).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  });
});
