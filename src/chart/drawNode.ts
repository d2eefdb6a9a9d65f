import { select } from 'd3-selection';
import type { Selection } from 'd3-selection';
import type { OrgChartHierarchyNode } from 'd3-org-chart';
import type { ChartDatum } from './data.ts';
import { MARK_STYLES, NODE_KIND_STYLES, SELECTION_COLOUR } from './styles.ts';
import { wrapText } from './text.ts';
import type { Measure } from './text.ts';

export const NODE_WIDTH = 176;
export const NODE_HEIGHT = 90;
const PAD_X = 12;
const NAME_SIZE = 12.5;
const NAME_LINE = 14.5;
const NAME_LINES = 3;
const HOLDER_SIZE = 11;
const FONT = 'Arial, Helvetica, sans-serif';

export type HNode = OrgChartHierarchyNode<ChartDatum>;
type G = Selection<SVGGElement, unknown, null, undefined>;

export interface DrawContext {
  selectedId: string | null;
  measure: Measure;
}

/** Draws one node as native SVG (no foreignObject, no HTML); all text from data goes through textContent. */
export function drawNode(el: SVGGElement, d: HNode, ctx: DrawContext): void {
  const g = select(el);
  const n = d.data;
  if (n.synthetic) {
    g.attr('display', 'none').attr('aria-hidden', 'true').attr('data-synthetic-root', '');
    return;
  }
  const selected = ctx.selectedId === n.id;
  const folded = d._children != null && d._children.length > 0;
  const reports = (d.children?.length ?? 0) + (d._children?.length ?? 0);
  g.attr('data-node-id', n.id)
    .attr('data-change', n.mark)
    .attr('data-kind', n.kind)
    .attr('data-selected', selected ? 'true' : null)
    .attr('tabindex', '0')
    .attr('role', 'button')
    .attr('aria-label', `${n.name}${n.holder ? `, ${n.holder}` : ''}${n.mark === 'unchanged' ? '' : `, ${n.mark}`}`);
  g.select('.node-foreign-object').attr('display', 'none');

  const key = JSON.stringify([n.name, n.holder, n.kind, n.mark, selected, folded, reports]);
  const host = el as SVGGElement & { __ooKey?: string };
  if (host.__ooKey === key) return;
  host.__ooKey = key;

  const body = layer(g, 'oo-body');
  body.selectAll('*').remove();
  drawBox(body, n, selected);
  drawText(body, n, ctx.measure);
  drawBadge(body, n);
  drawButton(g, folded, reports);
}

function layer(g: G, cls: string): G {
  const found = g.select<SVGGElement>(`g.${cls}`);
  if (!found.empty()) return found as unknown as G;
  return g.insert('g', '.node-button-g').attr('class', cls) as unknown as G;
}

function drawBox(body: G, n: ChartDatum, selected: boolean): void {
  const k = NODE_KIND_STYLES[n.kind];
  if (selected) {
    body.append('rect').attr('class', 'oo-select').attr('x', -8).attr('y', -8)
      .attr('width', NODE_WIDTH + 16).attr('height', NODE_HEIGHT + 16).attr('rx', k.rx + 6)
      .attr('fill', 'none').attr('stroke', SELECTION_COLOUR).attr('stroke-width', 4);
  }
  if (n.mark !== 'unchanged') {
    const m = MARK_STYLES[n.mark];
    body.append('rect').attr('class', 'oo-mark').attr('x', -3.5).attr('y', -3.5)
      .attr('width', NODE_WIDTH + 7).attr('height', NODE_HEIGHT + 7).attr('rx', k.rx + 3)
      .attr('fill', 'none').attr('stroke', m.colour).attr('stroke-width', 3)
      .attr('stroke-dasharray', m.dash);
  }
  body.append('rect').attr('class', 'oo-box').attr('width', NODE_WIDTH).attr('height', NODE_HEIGHT).attr('rx', k.rx)
    .attr('fill', n.mark === 'removed' ? '#f7f7f7' : k.fill).attr('stroke', k.stroke).attr('stroke-width', 1.2)
    .attr('opacity', n.mark === 'removed' ? 0.75 : 1);
  if (n.kind === 'post' || n.kind === 'unit') {
    body.append('rect').attr('class', 'oo-accent').attr('x', 0.6).attr('y', 0.6).attr('width', 5)
      .attr('height', NODE_HEIGHT - 1.2).attr('fill', k.accent);
  }
}

function drawText(body: G, n: ChartDatum, measure: Measure): void {
  const k = NODE_KIND_STYLES[n.kind];
  const x = n.kind === 'member' ? 20 : PAD_X;
  const width = NODE_WIDTH - x - (n.kind === 'member' ? 16 : PAD_X);
  body.append('text').attr('class', 'oo-tag').attr('x', x).attr('y', 17)
    .attr('font-family', FONT).attr('font-size', 9).attr('letter-spacing', 0.8).attr('fill', k.accent)
    .text(k.tag);
  const nameLines = wrapText(n.name, width, NAME_LINES, (s) => measure(s, NAME_SIZE, true) <= width);
  const name = body.append('text').attr('class', 'oo-name').attr('font-family', FONT)
    .attr('font-size', NAME_SIZE).attr('font-weight', 'bold').attr('fill', '#1a1a1a')
    .attr('text-decoration', n.mark === 'removed' ? 'line-through' : null);
  nameLines.forEach((line, i) => {
    name.append('tspan').attr('x', x).attr('y', 33 + i * NAME_LINE).text(line);
  });
  body.append('title').text(n.holder ? `${n.name} — ${n.holder}` : n.name);
  const holder = holderText(n);
  if (holder === null) return;
  const [line] = wrapText(holder.text, width, 1, (s) => measure(s, HOLDER_SIZE, false) <= width);
  body.append('text').attr('class', 'oo-holder').attr('x', x).attr('y', 33 + nameLines.length * NAME_LINE + 6)
    .attr('font-family', FONT).attr('font-size', HOLDER_SIZE)
    .attr('font-style', holder.vacant ? 'italic' : null).attr('fill', holder.vacant ? '#8a5a00' : '#444')
    .text(line ?? '');
}

function holderText(n: ChartDatum): { text: string; vacant: boolean } | null {
  if (n.holder != null && n.holder.trim() !== '') return { text: n.holder, vacant: false };
  return n.kind === 'post' || n.kind === 'member' ? { text: 'Vacant', vacant: true } : null;
}

function drawBadge(body: G, n: ChartDatum): void {
  if (n.mark === 'unchanged') return;
  const m = MARK_STYLES[n.mark];
  const w = m.badge.length * 6.4 + 12;
  const badge = body.append('g').attr('class', 'oo-badge').attr('transform', `translate(${NODE_WIDTH - w - 6},-9)`);
  badge.append('rect').attr('width', w).attr('height', 16).attr('rx', 8).attr('fill', m.colour);
  badge.append('text').attr('x', w / 2).attr('y', 11.5).attr('text-anchor', 'middle').attr('font-family', FONT)
    .attr('font-size', 9).attr('font-weight', 'bold').attr('letter-spacing', 0.6).attr('fill', '#fff').text(m.badge);
}

function drawButton(g: G, folded: boolean, reports: number): void {
  const button = g.select<SVGGElement>('.node-button-g');
  if (button.empty()) return;
  button.select('.node-button-foreign-object').attr('display', 'none');
  button.selectAll('.oo-button').remove();
  if (reports === 0) return;
  const b = button.append('g').attr('class', 'oo-button').attr('pointer-events', 'none');
  b.append('circle').attr('r', 11).attr('fill', '#fff').attr('stroke', '#7b8794').attr('stroke-width', 1.2);
  b.append('text').attr('text-anchor', 'middle').attr('y', 4).attr('font-family', FONT).attr('font-size', folded ? 10 : 14)
    .attr('font-weight', 'bold').attr('fill', '#334').text(folded ? `+${reports}` : '−');
}
