// @vitest-environment jsdom
import '../../test/setup-dom.ts';
import { readFileSync } from 'node:fs';
import type { Structure, Workspace } from '../model/types.ts';
import { createOrgChart } from './createOrgChart.ts';
import type { OrgChartCallbacks, OrgChartController } from './createOrgChart.ts';

const s: Structure = {
  id: 's',
  title: 'S',
  nodes: [
    { id: 'top', kind: 'body', name: 'Top' },
    { id: 'mid', kind: 'post', name: 'Middle', manager: 'top' },
    { id: 'low', kind: 'unit', name: 'Low', manager: 'mid' },
    { id: 'other', kind: 'member', name: 'Other' },
  ],
};

let el: HTMLElement;
let chart: OrgChartController;
let callbacks: OrgChartCallbacks;

beforeEach(() => {
  el = document.createElement('div');
  el.style.position = 'relative';
  document.body.appendChild(el);
  callbacks = { onSelect: vi.fn(), canDrop: vi.fn(() => null), onDrop: vi.fn() };
  chart = createOrgChart(el, callbacks);
  chart.update({ structure: s, marks: new Map(), selectedId: null, editable: true });
});

afterEach(() => {
  chart.destroy();
  el.remove();
});

const drawn = () => [...el.querySelectorAll('g.node[data-node-id]')].map((g) => g.getAttribute('data-node-id')).sort();

describe('createOrgChart', () => {
  it('folds to the roots, unfolds all, and reports what is folded', () => {
    expect(drawn()).toEqual(['low', 'mid', 'other', 'top']);
    chart.collapseAll();
    expect(chart.getCollapsed()).toEqual(new Set(['top', 'mid']));
    expect(drawn()).toEqual(['other', 'top']);
    chart.expandAll();
    expect(chart.getCollapsed()).toEqual(new Set());
    expect(drawn()).toEqual(['low', 'mid', 'other', 'top']);
  });

  it('unfolds the line of a node it is asked to centre', () => {
    chart.collapseAll();
    chart.center('low');
    expect(drawn()).toContain('low');
    expect(chart.getCollapsed()).toEqual(new Set());
  });

  it('selects with Enter on a focused node instead of folding it', () => {
    const mid = el.querySelector<SVGGElement>('g.node[data-node-id="mid"]')!;
    mid.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(callbacks.onSelect).toHaveBeenCalledWith('mid');
    expect(drawn()).toContain('low');
  });

  it('keeps folds across a new version of the same structure', () => {
    chart.collapseAll();
    chart.update({ structure: { ...s, nodes: [...s.nodes, { id: 'new', kind: 'unit', name: 'New', manager: 'top' }] }, marks: new Map(), selectedId: null, editable: true });
    expect(drawn()).toEqual(['other', 'top']);
  });

  it('applies a transform given for Sync without echoing it back', () => {
    const onZoom = vi.fn();
    chart.destroy();
    chart = createOrgChart(el, { ...callbacks, onZoom });
    chart.update({ structure: s, marks: new Map(), selectedId: null, editable: true });
    onZoom.mockClear();
    chart.setTransform({ x: 12, y: 34, k: 0.5 });
    expect(chart.getTransform()).toEqual({ x: 12, y: 34, k: 0.5 });
    expect(onZoom).not.toHaveBeenCalled();
  });
});

describe('createOrgChart at scale', () => {
  it('draws thousands of boxes in view at a far zoom as outlines, keeping the focused box an element', () => {
    const big: Structure = {
      id: 'big',
      title: 'Big',
      nodes: [{ id: 'r', kind: 'post', name: 'R' }, ...Array.from({ length: 3000 }, (_, i) => ({ id: `n${i}`, kind: 'unit' as const, name: `N${i}`, manager: 'r' }))],
    };
    chart.update({ structure: big, marks: new Map([['n5', 'moved']]), selectedId: null, editable: true });
    chart.expandAll();
    chart.fit();
    expect(el.querySelectorAll('g.node[data-node-id]').length).toBeLessThanOrEqual(1);
    expect(el.querySelector('path[data-overview="moved"]')).not.toBeNull();
    chart.center('n5');
    expect(el.querySelector('g.node[data-node-id="n5"]')).not.toBeNull();
    expect(el.querySelector('path[data-overview]')).toBeNull();
  });
});

describe('createOrgChart words on and for its boxes', () => {
  const baselineOf = (file: string): Structure => (JSON.parse(readFileSync(file, 'utf8')) as Workspace).baseline;
  const label = (id: string) => el.querySelector(`g.node[data-node-id="${id}"]`)!.getAttribute('aria-label');

  it('shows a bidi override in a name instead of obeying it, on the box and in its accessible name (cases/hostile)', () => {
    chart.update({ structure: baselineOf('test/cases/hostile/bidi-override-in-a-name.json'), marks: new Map(), selectedId: null, editable: true });
    const text = el.querySelector('g.node[data-node-id="fin"] .oo-name')!.textContent!;
    expect(text).not.toContain('\u202e');
    expect(text).toContain('\\u202e');
    expect(label('fin')).toMatch(/^Head of Finance \\u202e000,01£ :tegduB, vacant, post/);
  });

  it("tells apart same-titled line managers in a box's accessible name (cases/same-titles.json)", () => {
    chart.update({ structure: baselineOf('test/cases/same-titles.json'), marks: new Map(), selectedId: null, editable: true });
    chart.expandAll();
    expect(label('cw-1')).toMatch(/reports to Team Leader \(Bea Lomax\)$/);
    expect(label('cw-3')).toMatch(/reports to Team Leader \(vacant\)$/);
  });
});
