// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { resolveWorkspace } from '../../options/index.ts';
import { staffedWorkspace } from '../../../test/people/staffed.ts';
import { sample } from '../../../test/sampleStructure.ts';
import { StaffingDetails } from './StaffingDetails.tsx';
import { TotalsStrip } from './TotalsStrip.tsx';
import { StaffingChange } from './CostEffects.tsx';
import { STAFFING_CHANGE, STAFFING_DETAILS, TOTALS_STRIP } from '../../words/staffing.ts';

const ws = staffedWorkspace();
const structures = resolveWorkspace(ws).structures;
const base = structures.get('base')!;
const cut = structures.get('cut')!;
const node = (id: string) => base.nodes.find((n) => n.id === id)!;

describe('TotalsStrip', () => {
  it("states a structure's FTE, cost range and unpriced FTE", () => {
    render(<TotalsStrip structure={base} currency="GBP" />);
    expect(screen.getByRole('status', { name: TOTALS_STRIP.label('Sample') })).toHaveTextContent('355 FTE · £9.4m–£12.4m a year · 50 FTE unpriced');
  });

  it('beside the right pane, states the change from the left', () => {
    render(<TotalsStrip structure={cut} compareTo={base} currency="GBP" />);
    const strip = screen.getByRole('status');
    expect(strip).toHaveTextContent('304 FTE · £9.3m–£12.4m a year');
    expect(strip).toHaveTextContent('(−50.5 FTE · −£60k to −£65k a year · unpriced −50 FTE against Sample)');
  });

  it('shows nothing where neither structure has staff figures', () => {
    const { container } = render(<TotalsStrip structure={sample()} compareTo={sample()} currency="GBP" />);
    expect(container).toBeEmptyDOMElement();
  });

  it('formats money in the workspace currency', () => {
    render(<TotalsStrip structure={base} currency="EUR" />);
    expect(screen.getByRole('status')).toHaveTextContent('€9.4m–€12.4m a year');
  });
});

describe('StaffingDetails', () => {
  const details = () => within(screen.getByRole('region', { name: STAFFING_DETAILS.heading }));
  const value = (term: string) => details().getByText(term).nextElementSibling?.textContent;

  it("shows a post's grade, FTE, pay band, own cost and its line's figures", () => {
    render(<StaffingDetails structure={base} node={node('dcs')} currency="GBP" />);
    expect(value('Grade')).toBe('Director');
    expect(value('FTE')).toBe('1 FTE');
    expect(value('Pay')).toBe('£120,000–£130,000 a year for 1.0 FTE');
    expect(value('Cost')).toBe('£120k–£130k a year');
    expect(value('With its line')).toBe('351 FTE · £9.1m–£12.1m a year · 50 FTE unpriced');
  });

  it('says when a node with FTE has no pay', () => {
    render(<StaffingDetails structure={base} node={node('early-years')} currency="GBP" />);
    expect(value('Cost')).toBe('unpriced (no pay recorded)');
    expect(details().queryByText('With its line')).toBeNull();
  });

  it('shows nothing for a node whose line has no staffing', () => {
    const { container } = render(<StaffingDetails structure={base} node={node('finance')} currency="GBP" />);
    expect(container).toBeEmptyDOMElement();
  });
});

describe('StaffingChange (Changes panel total)', () => {
  it('states both totals, the total change and each organisation whose staff changed', () => {
    render(<StaffingChange a={base} b={cut} currency="GBP" name={(id) => (id === 'council' ? 'Council' : id)} />);
    const group = within(screen.getByRole('region', { name: STAFFING_CHANGE.heading }));
    expect(group.getByText(/^Total change:/).parentElement).toHaveTextContent('Total change: −50.5 FTE · −£60k to −£65k a year · unpriced −50 FTE');
    expect(group.getByText('Council').parentElement).toHaveTextContent('Council: 352 FTE · £9.3m–£12.3m a year · 50 FTE unpriced → 302 FTE · £9.2m–£12.3m a year');
  });
});
