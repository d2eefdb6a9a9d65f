// @vitest-environment jsdom
import '../../../test/setup-dom.ts';
import { render, cleanup, fireEvent } from '@testing-library/react';
import type { ChangeMark } from '../../chart/index.ts';
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
    expect(unit.querySelector('title')?.textContent).toBe(HOSTILE);
    expect(unit.querySelector('.oo-name')?.textContent).toContain('<img');
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('hides the synthetic root and the links from it', () => {
    const { container } = render(<OrgChartView {...props()} />);
    const root = container.querySelector('g.node[data-synthetic-root]');
    expect(root).not.toBeNull();
    expect(root!.getAttribute('display')).toBe('none');
    expect(root!.hasAttribute('data-node-id')).toBe(false);
    const links = [...container.querySelectorAll('path.link')];
    expect(links).toHaveLength(5);
    expect(links.filter((l) => l.getAttribute('display') === 'none')).toHaveLength(2);
  });

  it('draws non-line links as styled connections', () => {
    const { container } = render(<OrgChartView {...props()} />);
    const conn = container.querySelector('path.connection');
    expect(conn?.getAttribute('data-link-kind')).toBe('political');
    expect(conn?.getAttribute('stroke-dasharray')).toBe('10 3 2 3');
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
