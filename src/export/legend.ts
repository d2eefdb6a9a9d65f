import type { LinkKind, NodeKind } from '../model/types.ts';
import { CONTINUED_KEY, CONTINUED_SAMPLE, LINK_MARK_BADGE, LINK_MARK_KEY, OFF_PAGE_KEY, OFF_PAGE_SAMPLE } from '../words/print.ts';
import { KEY } from '../words/exports.ts';
import { LINK_KINDS, NODE_KINDS } from '../model/types.ts';
import { linkHalo, markerId } from './links.ts';
import { kindShape, pill, pillWidth } from './node.ts';
import { attrs, num, textLines } from './svg.ts';
import { textWidth } from './text.ts';
import { INK, KIND_STYLE, LINK_MARK_STYLE, LINK_STYLE, MARK_STYLE, MUTED, type LinkMark, type Mark } from './theme.ts';

export interface LegendInput {
  kinds: ReadonlySet<NodeKind>;
  linkKinds: ReadonlySet<LinkKind>;
  marks: ReadonlySet<Mark>;
  collapsed: boolean;
  numbered: boolean;
  /** Links added or removed are marked. */
  linkMarks?: ReadonlySet<LinkMark> | undefined;
  /** Some boxes carry a "continued on page N" mark. */
  continued?: boolean | undefined;
  /** Some boxes carry a mark for a link whose other end is on another page. */
  offPage?: boolean | undefined;
}

export interface Block {
  svg: string;
  width: number;
  height: number;
}

const SIZE = 10;
const ROW = 24;
const SAMPLE = 40;
const GAP = 7;
const ITEM_GAP = 20;

interface Item {
  sample: (x: number, cy: number) => string;
  label: string;
  /** Width of the sample when wider than the usual. */
  width?: number;
}

const MARK_ORDER: Mark[] = ['added', 'moved', 'changed', 'removed'];

function items(input: LegendInput): Item[] {
  const out: Item[] = [];
  for (const kind of NODE_KINDS) {
    if (input.kinds.has(kind)) out.push({ label: KIND_STYLE[kind].label, sample: (x, cy) => kindShape(kind, x + 4, cy - 8, SAMPLE - 8, 16) });
  }
  out.push({
    label: KEY.lineManagement,
    sample: (x, cy) => `<path${attrs({ d: `M${num(x + 6)},${num(cy - 9)}V${num(cy)}H${num(x + SAMPLE - 6)}V${num(cy + 9)}`, fill: 'none', stroke: INK, 'stroke-width': 1.2 })}/>`,
  });
  for (const kind of LINK_KINDS) {
    if (!input.linkKinds.has(kind)) continue;
    const st = LINK_STYLE[kind];
    out.push({
      label: st.label,
      sample: (x, cy) => `<path${attrs({
        d: `M${num(x)},${num(cy + 4)}Q${num(x + SAMPLE / 2)},${num(cy - 8)} ${num(x + SAMPLE)},${num(cy + 2)}`, fill: 'none', stroke: st.colour, 'stroke-width': 1.6,
        'stroke-dasharray': st.dash, 'stroke-linecap': st.cap, 'marker-end': `url(#${markerId(kind)})`,
      })}/>`,
    });
  }
  for (const mark of MARK_ORDER) {
    if (!input.marks.has(mark)) continue;
    const st = MARK_STYLE[mark];
    const width = Math.max(SAMPLE, pillWidth(st.badge) + 12);
    out.push({
      label: st.label,
      width,
      sample: (x, cy) => `<rect${attrs({ x: x + 1, y: cy - 9, width: width - 2, height: 18, rx: 4, fill: 'none', stroke: st.colour, 'stroke-width': 2.4, 'stroke-dasharray': st.dash ?? undefined })}/>` +
        pill(st.badge, x + width / 2, cy, st.colour, 'middle').svg,
    });
  }
  for (const mark of ['added', 'removed'] as const) {
    if (!input.linkMarks?.has(mark)) continue;
    const badge = LINK_MARK_BADGE[mark];
    const width = Math.max(SAMPLE, pillWidth(badge) + 12);
    out.push({
      label: LINK_MARK_KEY[mark],
      width,
      sample: (x, cy) => linkHalo(`M${num(x)},${num(cy)}H${num(x + width)}`, mark) + pill(badge, x + width / 2, cy, LINK_MARK_STYLE[mark].colour, 'middle').svg,
    });
  }
  if (input.numbered) out.push({ label: KEY.changeNumber, sample: (x, cy) => pill('1', x + SAMPLE / 2, cy, INK, 'middle').svg });
  if (input.collapsed) {
    out.push({ label: KEY.collapsed, sample: (x, cy) => pill(KEY.collapsedSample, x + SAMPLE / 2, cy, '#ffffff', 'middle', INK).svg });
  }
  if (input.continued) {
    const sample = pillWidth(CONTINUED_SAMPLE) + 4;
    out.push({ label: CONTINUED_KEY, width: sample, sample: (x, cy) => pill(CONTINUED_SAMPLE, x + sample / 2, cy, '#ffffff', 'middle', INK).svg });
  }
  if (input.offPage) {
    const sample = pillWidth(OFF_PAGE_SAMPLE) + 4;
    out.push({ label: OFF_PAGE_KEY, width: sample, sample: (x, cy) => pill(OFF_PAGE_SAMPLE, x + sample / 2, cy, MUTED, 'middle').svg });
  }
  return out;
}

/** The key, laid out in rows no wider than `maxWidth` page units. */
export function renderLegend(input: LegendInput, maxWidth: number): Block {
  const head = KEY.heading;
  const headWidth = textWidth(head, SIZE + 1, true) + ITEM_GAP;
  const parts: string[] = [textLines([head], 0, ROW / 2 + 4, 0, { 'font-size': SIZE + 1, 'font-weight': 'bold', fill: INK })];
  let x = headWidth;
  let row = 0;
  let widest = x;
  for (const item of items(input)) {
    const sample = item.width ?? SAMPLE;
    const w = sample + GAP + textWidth(item.label, SIZE);
    if (x > headWidth && x + w > maxWidth) {
      row++;
      x = headWidth;
    }
    const cy = row * ROW + ROW / 2;
    parts.push(item.sample(x, cy));
    parts.push(textLines([item.label], x + sample + GAP, cy + SIZE * 0.35, 0, { 'font-size': SIZE, fill: MUTED }));
    x += w;
    widest = Math.max(widest, x);
    x += ITEM_GAP;
  }
  return { svg: parts.join(''), width: widest, height: (row + 1) * ROW };
}
