// @vitest-environment jsdom
import '../../../test/setup-dom.ts';
import { render, cleanup, fireEvent } from '@testing-library/react';
import type { ChangeMark } from '../../chart/index.ts';
import { linkKey } from '../../model/queries.ts';
import type { Structure } from '../../model/types.ts';
import { OrgChartView } from './OrgChartView.tsx';
import type { OrgChartViewProps } from './OrgChartView.tsx';

const HOSTILE = '<img src=x onerror="window.__pwned=1">Bad & "unit"';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

const base: Structure = deepFreeze({
  id: 'base',
  title: 'Base',
  nodes: [
    { id: 'council', kind: 'body', name: 'Leeds City Council' },
    { id: 'chief-executive', kind: 'post', name: 'Chief Executive', holder: 'Paul Rogerson', manager: 'council' },
    { id: 'dcs', kind: 'post', name: "Director of Children's Services", manager: 'chief-executive' },
    { id: 'youth-services', kind: 'unit', name: HOSTILE, manager: 'dcs' },
    { id: 'exec-member', kind: 'member', name: "Executive Member, Children's Services", holder: 'Cllr Example' },
  ],
  links: [{ kind: 'political', from: 'exec-member', to: 'dcs' }],
});

const marks: ReadonlyMap<string, ChangeMark> = new Map([['dcs', 'changed'], ['youth-services', 'moved']]);

function props(over: Partial<OrgChartViewProps> = {}): OrgChartViewProps {
  return {
    structure: base,
    marks,
    selectedId: null,
    editable: true,
    canDrop: () => null,
    onDrop: vi.fn(),
    onSelect: vi.fn(),
    ...over,
  };
}

const drawn = (container: HTMLElement) =>
  [...container.querySelectorAll<SVGGElement>('g.node[data-node-id]')].map((g) => [g.dataset.nodeId, g.dataset.change]);

afterEach(cleanup);

describe('OrgChartView', () => {
  it('draws every node with its id and change mark, as native SVG', () => {
    const { container } = render(<OrgChartView {...props()} />);
    expect(Object.fromEntries(drawn(container))).toEqual({
      council: 'unchanged',
      'chief-executive': 'unchanged',
      dcs: 'changed',
      'youth-services': 'moved',
      'exec-member': 'unchanged',
    });
    const dcs = container.querySelector('g.node[data-node-id="dcs"]')!;
    const lines = [...dcs.querySelectorAll('.oo-name tspan')].map((t) => t.textContent);
    expect(lines.join(' ')).toBe("Director of Children's Services");
    expect(dcs.querySelector('.oo-holder')?.textContent).toBe('Vacant');
    expect(dcs.querySelector('.oo-badge')?.textContent).toBe('CHANGED');
    expect(container.querySelector('g.node[data-node-id="chief-executive"] .oo-holder')?.textContent).toBe('Paul Rogerson');
    expect(container.querySelector('g.node[data-node-id="council"] .oo-badge')).toBeNull();
    expect(container.querySelector('foreignObject')).toBeNull();
  });

  it('sets names as text, never as HTML', () => {
    const { container } = render(<OrgChartView {...props()} />);
    const unit = container.querySelector('g.node[data-node-id="youth-services"]')!;
    expect(container.querySelector('img')).toBeNull();
    expect(unit.getAttribute('aria-label')).toContain(HOSTILE);
    expect(unit.querySelector('.oo-name')?.textContent).toContain('<img');
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('draws line management as one connector per manager, none above the roots', () => {
    const { container } = render(<OrgChartView {...props()} />);
    expect(container.querySelectorAll('path.link')).toHaveLength(3);
  });

  it('draws non-line links as styled connections, and marks one added against the other pane', () => {
    const { container, rerender } = render(<OrgChartView {...props()} />);
    const conn = container.querySelector('g.connection');
    expect(conn?.getAttribute('data-link-kind')).toBe('political');
    expect(conn?.querySelector('path.oo-link')?.getAttribute('stroke-dasharray')).toBe('10 3 2 3');
    expect(conn?.hasAttribute('data-link-change')).toBe(false);
    rerender(<OrgChartView {...props({ linkMarks: new Map([[linkKey(base.links![0]!), 'added']]) })} />);
    const marked = container.querySelector('g.connection')!;
    expect(marked.getAttribute('data-link-change')).toBe('added');
    expect(container.querySelector('.oo-link-badge[data-link-change="added"]')?.textContent).toBe('NEW LINK');
    expect(container.querySelector('g.node[data-node-id="dcs"]')?.getAttribute('aria-label')).toMatch(/political .* from Executive Member, Children's Services added/i);
  });

  it('names each box with its name, kind, holder, manager and change mark, as a tree item', () => {
    const { container } = render(<OrgChartView {...props()} />);
    const tree = container.querySelector('svg[role="tree"]')!;
    expect(tree.getAttribute('aria-label')).toBe('Base');
    const dcs = tree.querySelector('g.node[data-node-id="dcs"]')!;
    expect(dcs.getAttribute('role')).toBe('treeitem');
    expect(dcs.getAttribute('aria-label')).toBe("Director of Children's Services, vacant, post, changed (name, holder or other details), 1 report, reports to Chief Executive");
    expect(dcs.getAttribute('aria-level')).toBe('3');
    expect(dcs.getAttribute('aria-expanded')).toBe('true');
    expect(container.querySelector('g.node[data-node-id="council"]')?.getAttribute('aria-label')).toMatch(/^Leeds City Council, body, 1 report, no manager$/);
  });

  it('keeps one box in the tab order and moves through the tree with the arrow keys', () => {
    const onSelect = vi.fn();
    const { container } = render(<OrgChartView {...props({ onSelect })} />);
    const box = (id: string) => container.querySelector<SVGGElement>(`g.node[data-node-id="${id}"]`)!;
    const tabbable = () => [...container.querySelectorAll('g.node[tabindex="0"]')].map((g) => g.getAttribute('data-node-id'));
    expect(tabbable()).toEqual(['council']);
    box('council').focus();
    fireEvent.keyDown(box('council'), { key: 'ArrowDown' });
    expect(document.activeElement).toBe(box('chief-executive'));
    expect(tabbable()).toEqual(['chief-executive']);
    fireEvent.keyDown(box('chief-executive'), { key: 'ArrowRight' });
    expect(document.activeElement).toBe(box('dcs'));
    fireEvent.keyDown(box('dcs'), { key: 'ArrowLeft' });
    expect(box('dcs').getAttribute('aria-expanded')).toBe('false');
    expect(container.querySelector('g.node[data-node-id="youth-services"]')).toBeNull();
    fireEvent.keyDown(box('dcs'), { key: 'ArrowRight' });
    expect(box('dcs').getAttribute('aria-expanded')).toBe('true');
    fireEvent.keyDown(box('dcs'), { key: 'ArrowLeft' });
    fireEvent.keyDown(box('dcs'), { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(box('chief-executive'));
    fireEvent.keyDown(box('chief-executive'), { key: 'End' });
    expect(document.activeElement).toBe(box('exec-member'));
    fireEvent.keyDown(box('exec-member'), { key: 'Enter' });
    expect(onSelect).toHaveBeenCalledWith('exec-member');
  });

  it('zooms with its buttons and resets to the first view', () => {
    const { container, getByRole } = render(<OrgChartView {...props()} />);
    const scale = () => Number(/scale\(([\d.]+)\)/.exec(container.querySelector('g.chart')!.getAttribute('transform') ?? '')?.[1]);
    const first = scale();
    expect(first).toBeGreaterThanOrEqual(0.9);
    fireEvent.click(getByRole('button', { name: 'Zoom in' }));
    expect(scale()).toBeCloseTo(first * 1.25);
    fireEvent.click(getByRole('button', { name: 'Zoom out' }));
    fireEvent.click(getByRole('button', { name: 'Zoom out' }));
    expect(scale()).toBeCloseTo(first / 1.25);
    fireEvent.click(getByRole('button', { name: 'Reset view' }));
    expect(scale()).toBeCloseTo(first);
  });

  it('reports a click on a node as a selection and shows the selection', () => {
    const onSelect = vi.fn();
    const { container, rerender } = render(<OrgChartView {...props({ onSelect })} />);
    fireEvent.click(container.querySelector('g.node[data-node-id="dcs"] .oo-box')!);
    expect(onSelect).toHaveBeenCalledWith('dcs');
    rerender(<OrgChartView {...props({ onSelect, selectedId: 'dcs' })} />);
    expect(container.querySelector('g.node[data-selected="true"]')?.getAttribute('data-node-id')).toBe('dcs');
    expect(container.querySelectorAll('.oo-select')).toHaveLength(1);
  });

  it('redraws when given a new structure', () => {
    const { container, rerender } = render(<OrgChartView {...props()} />);
    const next: Structure = deepFreeze({
      ...base,
      nodes: [
        ...base.nodes.filter((n) => n.id !== 'youth-services'),
        { id: 'deputy-director-learning', kind: 'post', name: 'Deputy Director, Learning', manager: 'dcs' },
      ],
    });
    rerender(<OrgChartView {...props({ structure: next, marks: new Map([['deputy-director-learning', 'added']]) })} />);
    const now = Object.fromEntries(drawn(container));
    expect(now['deputy-director-learning']).toBe('added');
    expect(now['youth-services']).toBeUndefined();
    expect(now.dcs).toBe('unchanged');
  });

  it('removes its drawing on unmount', () => {
    const { container, unmount } = render(<OrgChartView {...props()} />);
    const host = container.querySelector('.org-chart-view')!;
    expect(host.querySelector('svg')).not.toBeNull();
    unmount();
    expect(container.querySelector('svg')).toBeNull();
  });
});
