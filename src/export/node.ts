import type { NodeKind } from '../model/types.ts';
import { continuedOn } from '../words/print.ts';
import type { PlacedNode } from './layout.ts';
import { attrs, num, textLines } from './svg.ts';
import { textWidth } from './text.ts';
import { BOX, INK, KIND_STYLE, MARK_STYLE, MIN_FONT, MUTED, type Mark } from './theme.ts';

export interface NodeDecor {
  mark?: Mark | undefined;
  numbers?: readonly number[] | undefined;
  /** The page a collapsed node's reports continue on. */
  continuedOn?: number | undefined;
}

/** Badge text is the smallest on a chart: `MIN_FONT` (7 pt at scale 1). */
const BADGE = { height: 14, size: MIN_FONT, padX: 5 } as const;

/** The outline that tells the kinds apart: plain post, rounded unit, double-ruled body, cut-corner member. */
export function kindShape(kind: NodeKind, x: number, y: number, w: number, h: number): string {
  const st = KIND_STYLE[kind];
  const paint = { fill: st.fill, stroke: st.stroke, 'stroke-width': st.strokeWidth };
  switch (kind) {
    case 'post':
      return `<rect${attrs({ x, y, width: w, height: h, rx: 2, ...paint })}/>`;
    case 'unit':
      return `<rect${attrs({ x, y, width: w, height: h, rx: Math.min(12, h / 2), ...paint })}/>`;
    case 'body':
      return `<rect${attrs({ x, y, width: w, height: h, ...paint })}/>` +
        `<rect${attrs({ x: x + 3, y: y + 3, width: w - 6, height: h - 6, fill: 'none', stroke: st.stroke, 'stroke-width': 0.8 })}/>`;
    case 'member': {
      const c = Math.min(9, h / 3);
      const d = `M${num(x + c)},${num(y)}H${num(x + w - c)}L${num(x + w)},${num(y + c)}V${num(y + h - c)}L${num(x + w - c)},${num(y + h)}` +
        `H${num(x + c)}L${num(x)},${num(y + h - c)}V${num(y + c)}Z`;
      return `<path${attrs({ d, ...paint })}/>`;
    }
  }
}

export const pillWidth = (text: string): number => Math.max(BADGE.height, textWidth(text, BADGE.size, true) + 2 * BADGE.padX);

/** A filled label straddling a box edge; returns its markup and width. */
export function pill(
  text: string, x: number, cy: number, fill: string, anchor: 'start' | 'end' | 'middle', stroke = '#ffffff',
): { svg: string; width: number } {
  const width = pillWidth(text);
  const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  const rect = `<rect${attrs({ x: left, y: cy - BADGE.height / 2, width, height: BADGE.height, rx: BADGE.height / 2, fill, stroke, 'stroke-width': 1 })}/>`;
  const label = textLines([text], left + width / 2, cy + BADGE.size * 0.36, 0, {
    'font-size': BADGE.size, 'font-weight': 'bold', fill: fill === '#ffffff' ? INK : '#ffffff', 'text-anchor': 'middle',
  });
  return { svg: rect + label, width };
}

function markOutline(mark: Mark, p: PlacedNode): string {
  const st = MARK_STYLE[mark];
  return `<rect${attrs({
    x: p.x - 4, y: p.y - 4, width: p.w + 8, height: p.h + 8, rx: 5, fill: 'none', stroke: st.colour, 'stroke-width': 2.4,
    'stroke-dasharray': st.dash ?? undefined,
  })}/>`;
}

/** A collapsed node shows the cards it hides behind it and a "+N" count below. */
function collapsedDecor(p: PlacedNode, continuedOnPage: number | undefined): { behind: string; front: string } {
  const behind = [8, 4].map((o) => `<rect${attrs({ x: p.x + o, y: p.y + o, width: p.w, height: p.h, rx: 2, fill: '#ffffff', stroke: MUTED, 'stroke-width': 0.8 })}/>`).join('');
  const label = continuedOnPage === undefined ? `+${p.hidden}` : continuedOn(p.hidden, continuedOnPage);
  return { behind, front: pill(label, p.x + p.w / 2, p.y + p.h + 4, '#ffffff', 'middle', INK).svg };
}

export function renderNode(p: PlacedNode, decor: NodeDecor = {}): string {
  const parts: string[] = [];
  const collapsed = p.hidden > 0 ? collapsedDecor(p, decor.continuedOn) : null;
  if (collapsed) parts.push(collapsed.behind);
  if (decor.mark) parts.push(markOutline(decor.mark, p));
  parts.push(kindShape(p.node.kind, p.x, p.y, p.w, p.h));

  const { name, holder } = p.text;
  const content = name.length * BOX.nameLine + (holder.length > 0 ? BOX.holderGap + holder.length * BOX.holderLine : 0);
  const top = p.y + (p.h - content) / 2;
  const cx = p.x + p.w / 2;
  parts.push(textLines(name, cx, top + BOX.nameSize * 0.92, BOX.nameLine, { 'font-size': BOX.nameSize, 'font-weight': 'bold', 'text-anchor': 'middle', fill: INK }));
  if (holder.length > 0) {
    const hy = top + name.length * BOX.nameLine + BOX.holderGap + BOX.holderSize * 0.92;
    parts.push(textLines(holder, cx, hy, BOX.holderLine, { 'font-size': BOX.holderSize, 'text-anchor': 'middle', fill: MUTED }));
  }

  if (decor.mark) parts.push(pill(MARK_STYLE[decor.mark].badge, p.x + p.w - 6, p.y, MARK_STYLE[decor.mark].colour, 'end').svg);
  if (decor.numbers && decor.numbers.length > 0) parts.push(pill(decor.numbers.join(', '), p.x + 6, p.y, INK, 'start').svg);
  if (collapsed) parts.push(collapsed.front);
  return `<g${attrs({ 'data-node': p.node.id })}>${parts.join('')}</g>`;
}
