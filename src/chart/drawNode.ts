import type { OrgChartHierarchyNode } from 'd3-org-chart';
import type { ChartDatum } from './data.ts';
import { MARK_STYLES, NODE_KIND_STYLES, SELECTION_COLOUR } from './styles.ts';
import { textWidth } from '../export/text.ts';
import { FONT_FAMILY } from '../export/theme.ts';
import { wrapText } from './text.ts';
import { holderLabel, visible } from '../words/index.ts';

export const NODE_WIDTH = 176;
export const NODE_HEIGHT = 90;
const PAD_X = 12;
const NAME_SIZE = 12.5;
const NAME_LINE = 14.5;
const NAME_LINES = 3;
const HOLDER_SIZE = 11;
const SVG_NS = 'http://www.w3.org/2000/svg';

export type HNode = OrgChartHierarchyNode<ChartDatum>;
type Attrs = Record<string, string | number | null>;

export interface DrawContext {
  selectedId: string | null;
}

/** An SVG element with attributes and, optionally, text (always as textContent, never parsed). */
function add(parent: Element, tag: string, attrs: Attrs, text?: string): SVGElement {
  const e = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) if (value !== null) e.setAttribute(name, String(value));
  if (text !== undefined) e.textContent = text;
  parent.appendChild(e);
  return e;
}

function setAttrs(e: Element, attrs: Attrs): void {
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null) e.removeAttribute(name);
    else e.setAttribute(name, String(value));
  }
}

/** Draws one node as native SVG (no foreignObject, no HTML); redrawn only when what it shows has changed. */
export function drawNode(el: SVGGElement, d: HNode, ctx: DrawContext): void {
  const n = d.data;
  if (n.synthetic) {
    setAttrs(el, { display: 'none', 'aria-hidden': 'true', 'data-synthetic-root': '' });
    return;
  }
  const selected = ctx.selectedId === n.id;
  const folded = d._children != null && d._children.length > 0;
  const reports = (d.children?.length ?? 0) + (d._children?.length ?? 0);
  setAttrs(el, {
    'data-node-id': n.id,
    'data-change': n.mark,
    'data-kind': n.kind,
    'data-selected': selected ? 'true' : null,
    tabindex: '0',
    role: 'button',
    'aria-label': `${n.name}${n.holder ? `, ${n.holder}` : ''}${n.mark === 'unchanged' ? '' : `, ${n.mark}`}`,
  });

  const key = JSON.stringify([n.name, n.holder, n.kind, n.mark, selected, folded, reports]);
  const host = el as SVGGElement & { __ooKey?: string };
  if (host.__ooKey === key) return;
  host.__ooKey = key;

  el.querySelector(':scope > .node-foreign-object')?.setAttribute('display', 'none');
  el.querySelector(':scope > g.oo-body')?.remove();
  const body = document.createElementNS(SVG_NS, 'g');
  setAttrs(body, { class: 'oo-body', 'font-family': FONT_FAMILY });
  drawBox(body, n, selected);
  drawText(body, n);
  drawBadge(body, n);
  el.insertBefore(body, el.querySelector(':scope > .node-button-g'));
  drawButton(el, folded, reports);
}

function drawBox(body: Element, n: ChartDatum, selected: boolean): void {
  const k = NODE_KIND_STYLES[n.kind];
  if (selected) {
    add(body, 'rect', {
      class: 'oo-select', x: -8, y: -8, width: NODE_WIDTH + 16, height: NODE_HEIGHT + 16, rx: k.rx + 6,
      fill: 'none', stroke: SELECTION_COLOUR, 'stroke-width': 4,
    });
  }
  if (n.mark !== 'unchanged') {
    const m = MARK_STYLES[n.mark];
    add(body, 'rect', {
      class: 'oo-mark', x: -3.5, y: -3.5, width: NODE_WIDTH + 7, height: NODE_HEIGHT + 7, rx: k.rx + 3,
      fill: 'none', stroke: m.colour, 'stroke-width': 3, 'stroke-dasharray': m.dash,
    });
  }
  add(body, 'rect', {
    class: 'oo-box', width: NODE_WIDTH, height: NODE_HEIGHT, rx: k.rx,
    fill: n.mark === 'removed' ? '#f7f7f7' : k.fill, stroke: k.stroke, 'stroke-width': 1.2,
    opacity: n.mark === 'removed' ? 0.75 : null,
  });
  if (n.kind === 'post' || n.kind === 'unit') {
    add(body, 'rect', { class: 'oo-accent', x: 0.6, y: 0.6, width: 5, height: NODE_HEIGHT - 1.2, fill: k.accent });
  }
}

function drawText(body: Element, n: ChartDatum): void {
  const k = NODE_KIND_STYLES[n.kind];
  const x = n.kind === 'member' ? 20 : PAD_X;
  const width = NODE_WIDTH - x - (n.kind === 'member' ? 16 : PAD_X);
  add(body, 'text', { class: 'oo-tag', x, y: 17, 'font-size': 9, 'letter-spacing': 0.8, fill: k.accent }, k.tag);
  const nameLines = wrapText(n.name, NAME_LINES, (s) => textWidth(s, NAME_SIZE, true) <= width);
  const name = add(body, 'text', {
    class: 'oo-name', 'font-size': NAME_SIZE, 'font-weight': 'bold', fill: '#1a1a1a',
    'text-decoration': n.mark === 'removed' ? 'line-through' : null,
  });
  nameLines.forEach((line, i) => add(name, 'tspan', { x, y: 33 + i * NAME_LINE }, line));
  add(body, 'title', {}, n.holder ? `${n.name} — ${n.holder}` : n.name);
  const holder = holderText(n);
  if (holder === null) return;
  const [line] = wrapText(holder.text, 1, (s) => textWidth(s, HOLDER_SIZE) <= width);
  add(body, 'text', {
    class: 'oo-holder', x, y: 33 + nameLines.length * NAME_LINE + 6, 'font-size': HOLDER_SIZE,
    'font-style': holder.vacant ? 'italic' : null, fill: holder.vacant ? '#8a5a00' : '#444',
  }, line ?? '');
}

/** The box's holder line, by the one rule the paper uses too (src/words holderLabel). */
function holderText(n: ChartDatum): { text: string; vacant: boolean } | null {
  const text = holderLabel(n);
  return text === null ? null : { text: visible(text), vacant: n.holder == null || n.holder.trim() === '' };
}

function drawBadge(body: Element, n: ChartDatum): void {
  if (n.mark === 'unchanged') return;
  const m = MARK_STYLES[n.mark];
  const w = m.badge.length * 6.4 + 12;
  const badge = add(body, 'g', { class: 'oo-badge', transform: `translate(${NODE_WIDTH - w - 6},-9)` });
  add(badge, 'rect', { width: w, height: 16, rx: 8, fill: m.colour });
  add(badge, 'text', {
    x: w / 2, y: 11.5, 'text-anchor': 'middle', 'font-size': 9, 'font-weight': 'bold', 'letter-spacing': 0.6, fill: '#fff',
  }, m.badge);
}

function drawButton(el: SVGGElement, folded: boolean, reports: number): void {
  const button = el.querySelector(':scope > .node-button-g');
  if (!button) return;
  button.querySelector(':scope > .node-button-foreign-object')?.setAttribute('display', 'none');
  button.querySelector(':scope > .oo-button')?.remove();
  if (reports === 0) return;
  const b = add(button, 'g', { class: 'oo-button', 'pointer-events': 'none', 'font-family': FONT_FAMILY });
  add(b, 'circle', { r: 11, fill: '#fff', stroke: '#7b8794', 'stroke-width': 1.2 });
  add(b, 'text', {
    'text-anchor': 'middle', y: 4, 'font-size': folded ? 10 : 14, 'font-weight': 'bold', fill: '#334',
  }, folded ? `+${reports}` : '−');
}
