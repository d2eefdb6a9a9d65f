// @vitest-environment jsdom
import { act, cleanup, screen, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { chartProps } from '../../../test/support/mockChart.tsx';
import { pane, renderApp } from '../../../test/support/renderApp.tsx';
import { MEASURES } from '../../words/staffing.ts';

vi.mock('../chart/OrgChartView.tsx', async () => {
  const { MockOrgChartView } = await import('../../../test/support/mockChart.tsx');
  return { OrgChartView: MockOrgChartView };
});

afterEach(() => {
  cleanup();
  chartProps.clear();
});

describe('right-to-left titles and names in the panes (cases/right-to-left-names.json)', () => {
  it('are isolated on screen: the workspace and pane titles, the Measures columns and names, each in a <bdi dir="auto">', () => {
    const store = renderApp();
    act(() => void store.getState().importWorkspace(readFileSync('test/cases/right-to-left-names.json', 'utf8')));
    const isolated = (el: HTMLElement) => [...el.querySelectorAll('bdi[dir="auto"]')].map((b) => b.textContent);
    expect(isolated(screen.getByRole('heading', { level: 1 }))).toEqual(['مجلس المدينة — ועדת תכנון (bilingual Arabic/Hebrew structure)']);
    expect(isolated(within(pane('left')).getByRole('heading', { level: 2 }))).toEqual(['الهيكل الحالي']);
    expect(isolated(within(pane('right')).getByRole('heading', { level: 2 }))).toEqual(['دمج المالية في التخطيط']);
    const organisations = screen.getByRole('rowheader', { name: MEASURES.organisations }).closest('tr')!;
    expect(isolated(organisations)).toContain('رئيس البلدية');
  });
});
