// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { chartProps } from '../../../test/support/mockChart.tsx';
import { drop, openWorkspaceFile } from '../../../test/support/renderApp.tsx';
import { REASON_PROMPT, STEP_EDIT, STEP_TOOLS } from '../../words/stepsPanel.ts';

vi.mock('../chart/OrgChartView.tsx', async () => {
  const { MockOrgChartView } = await import('../../../test/support/mockChart.tsx');
  return { OrgChartView: MockOrgChartView };
});

afterEach(() => {
  cleanup();
  chartProps.clear();
});

const open = openWorkspaceFile;

const isolated = (el: HTMLElement) => [...el.querySelectorAll('bdi')].map((b) => [b.getAttribute('dir'), b.textContent]);
const stepsPanel = () => screen.getByRole('region', { name: /^Steps/ });

describe('Steps panel words (src/words/stepsPanel.ts)', { timeout: 30_000 }, () => {
  it('isolates right-to-left option and baseline titles in <bdi dir="auto"> (cases/right-to-left-names.json)', async () => {
    const user = userEvent.setup();
    open('test/cases/right-to-left-names.json', 'now', 'merge');
    await user.click(screen.getByRole('tab', { name: /^Steps/ }));
    expect(isolated(within(stepsPanel()).getByRole('heading'))).toEqual([['auto', 'دمج المالية في التخطيط']]);
    const summary = within(stepsPanel()).getByText(/^Starts from/);
    expect(isolated(summary)).toEqual([['auto', 'الهيكل الحالي']]);
    expect(summary).toHaveTextContent('Starts from الهيكل الحالي; 2 steps.');
    expect(stepsPanel().textContent).not.toMatch(/[\u2066-\u2069]/);
  });

  it('asks for a reason naming the option isolated, the step after it in order', async () => {
    open('test/cases/right-to-left-names.json', 'now', 'merge');
    drop('right', 'eng', 'mayor');
    const prompt = await screen.findByRole('region', { name: REASON_PROMPT.region });
    const line = prompt.querySelector('p')!;
    expect(isolated(line)[0]).toEqual(['auto', 'دمج المالية في التخطيط']);
    expect(line.textContent).toMatch(/^Step 3 of دمج المالية في التخطيط: .+ to report to .+\.$/);
  });

  it('shows control characters in an option title rather than obeying them (cases/hostile/terminal-escapes-in-names.json)', async () => {
    const user = userEvent.setup();
    open('test/cases/hostile/terminal-escapes-in-names.json', 'base', 'opt-1');
    await user.click(screen.getByRole('tab', { name: /^Steps/ }));
    const heading = within(stepsPanel()).getByRole('heading');
    expect(heading).toHaveTextContent('Steps: Ctl \\x01\\x02\\x08\\x0b\\x0c\\x1f end');
    expect(within(stepsPanel()).getByText(/^Starts from/)).toHaveTextContent('Starts from <img src=x onerror=alert(1)>; 26 steps.');
    // eslint-disable-next-line no-control-regex -- the test is that none of these reach the screen
    expect(stepsPanel().textContent).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
  });

  it('tells same-titled posts apart in step lines and in the step editor’s lists (cases/same-titles.json)', async () => {
    const user = userEvent.setup();
    open('test/cases/same-titles.json', 'now', 'rebalance');
    await user.click(screen.getByRole('tab', { name: /^Steps/ }));
    const line = (n: number) => within(stepsPanel()).getByRole('listitem', { name: STEP_TOOLS.step(n) }).querySelector('.step-summary');
    expect(line(1)).toHaveTextContent('Caseworker (Dee Hart) to report to Team Leader (Cal Moreno)');
    expect(line(2)).toHaveTextContent('Caseworker (vacant) to report to Team Leader (Bea Lomax)');
    await user.click(within(stepsPanel()).getByRole('button', { name: STEP_TOOLS.editStep(1) }));
    const dialog = screen.getByRole('dialog', { name: STEP_EDIT.title(1, 'move') });
    const choices = within(within(dialog).getByLabelText(STEP_EDIT.target.move)).getAllByRole('option').map((o) => o.textContent);
    expect(choices).toEqual(expect.arrayContaining([
      expect.stringMatching(/^Team Leader \(Bea Lomax\)/),
      expect.stringMatching(/^Team Leader \(Cal Moreno\)/),
      expect.stringMatching(/^Team Leader \(vacant\)/),
    ]));
  });
});
