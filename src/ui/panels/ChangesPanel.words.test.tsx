// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { group, openWorkspaceFile } from '../../../test/support/renderApp.tsx';

vi.mock('../chart/OrgChartView.tsx', async () => {
  const { MockOrgChartView } = await import('../../../test/support/mockChart.tsx');
  return { OrgChartView: MockOrgChartView };
});

const open = openWorkspaceFile;

const rows = (name: string) => within(group(name)).queryAllByRole('listitem').map((li) => li.textContent);

describe('Changes panel words (src/words, as the CLI and the export)', () => {
  it('tells same-titled posts apart (cases/same-titles.json) and counts what it lists', () => {
    open('test/cases/same-titles.json', 'now', 'rebalance');
    expect(rows('Reporting lines')).toEqual([
      'Caseworker (Dee Hart): Team Leader (Bea Lomax) → Team Leader (Cal Moreno)',
      'Caseworker (vacant): Team Leader (vacant) → Team Leader (Bea Lomax)',
    ]);
    expect(rows('Removed')).toEqual(['Team Leader (vacant)']);
    expect(rows('Changed')).toEqual(['Caseworker (Eko Sari): holder Eko Sari → vacant']);
    expect(within(group('Changed')).getByRole('heading')).toHaveTextContent('Changed (1 field changed on 1 post or unit)');
    const total = ['Reporting lines', 'Added', 'Removed', 'Changed', 'Accountability', 'Links added', 'Links removed'].reduce((n, g) => n + rows(g).length, 0);
    expect(screen.getByRole('tab', { name: `Changes (${total})` })).toBeInTheDocument();
  });

  it('reads a statutory tag apart from the name beside it, for screen readers too', () => {
    open('fixtures/leeds.json', 'leeds-2006', 'option-5');
    const row = within(group('Accountability')).getByRole('button', { name: /^School admissions and place planning/ });
    expect(row).toHaveAccessibleName('School admissions and place planning (statutory): Chief Executive, Education Leeds → Deputy Director, Education and Learning');
    expect(row.textContent).toContain('planning (statutory):');
  });

  it('never tells same-named posts apart with an empty "()" (cases/hostile/emoji-name-length.json)', () => {
    open('test/cases/hostile/emoji-name-length.json', 'base', 'opt-1');
    const [added] = rows('Added');
    expect(added).not.toContain('()');
    expect(added).toMatch(/ \(top level\), no manager \(top level\)$/);
  });

  it('isolates right-to-left names in <bdi dir="auto"> (cases/right-to-left-names.json)', () => {
    open('test/cases/right-to-left-names.json', 'now', 'merge');
    const changed = within(group('Changed')).getByRole('listitem');
    const isolated = [...changed.querySelectorAll('bdi')].map((b) => [b.getAttribute('dir'), b.textContent]);
    expect(isolated).toEqual([
      ['auto', 'ועדת תכנון ובנייה'],
      ['auto', 'ועדת תכנון ובנייה'],
      ['auto', 'التخطيط والمالية'],
    ]);
    expect(changed.textContent).not.toMatch(/[\u2066-\u2069]/);
  });

  it('shows a bidi override and terminal escapes in names rather than obeying them', () => {
    open('test/cases/hostile/terminal-escapes-in-names.json', 'base', 'opt-1');
    const text = screen.getByRole('region', { name: 'Changed' }).textContent ?? '';
    expect(text).toContain('Safe \\x1b[2J');
    expect(text).toContain('Bidi \\u202egnp.exe\\u202c end');
    // eslint-disable-next-line no-control-regex -- the test is that none of these reach the screen
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
  });
});
