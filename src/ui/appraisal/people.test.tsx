// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { resolveWorkspace } from '../../options/index.ts';
import { staffedWorkspace } from '../../../test/people/staffed.ts';
import { sample } from '../../../test/sampleStructure.ts';
import { FORMAT, type Workspace } from '../../model/types.ts';
import { AppraisalView } from './AppraisalView.tsx';

function show(ws: Workspace) {
  render(<AppraisalView workspace={ws} structures={resolveWorkspace(ws).structures} onSelectOption={vi.fn()} onJudge={vi.fn()} onPreferred={vi.fn()} />);
}
const cell = (rowName: RegExp, column: string): HTMLElement => {
  const headers = screen.getAllByRole('columnheader').map((h) => h.textContent ?? '');
  const at = headers.findIndex((h) => h.startsWith(column));
  const row = screen.getAllByRole('row').find((r) => rowName.test(within(r).queryAllByRole('rowheader')[0]?.textContent ?? ''))!;
  return [...row.querySelectorAll<HTMLElement>(':scope > th, :scope > td')][at]!;
};

describe('AppraisalView: staffing and cost (people.md)', () => {
  it('shows FTE, cost and their change against the baseline, worded in the currency', () => {
    show(staffedWorkspace());
    expect(cell(/^Cut/, 'FTE')).toHaveTextContent('304');
    expect(cell(/^Cut/, 'Cost a year, min')).toHaveTextContent('£9.3m');
    expect(cell(/^Cut/, 'FTE vs baseline')).toHaveTextContent('−50.5');
    expect(cell(/^Grow/, 'Cost max vs baseline')).toHaveTextContent('+£100k');
  });

  it('shows the figures beside the judgement of criterion (d) value for money', () => {
    show(staffedWorkspace());
    expect(cell(/^Cut/, '(d)')).toHaveTextContent('304 FTE · £9.3m–£12.4m a year; against the baseline −50.5 FTE · −£60k to −£65k a year · unpriced −50 FTE');
  });

  it('leaves staffing out where no structure has staff figures', () => {
    show({ format: FORMAT, title: 'Bare', baseline: sample(), options: [] });
    expect(screen.queryByRole('columnheader', { name: /FTE/ })).toBeNull();
  });
});
