import { LINK_KINDS } from '../model/types.ts';
import { NODE_HEIGHT, NODE_WIDTH } from './drawNode.ts';
import { LINK_STYLES } from './styles.ts';

export const markerId = (prefix: string, kind: string): string => `${prefix}-arrow-${kind}`;

/** Arrow-head markers, one per link kind; built from constants only (d3-org-chart sets this string as innerHTML). */
export function connectionDefs(prefix: string): string {
  const markers = LINK_KINDS.map((kind) => {
    const colour = LINK_STYLES[kind].colour;
    return `<marker id="${markerId(prefix, kind)}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${colour}"></path></marker>`;
  });
  return `<defs>${markers.join('')}</defs><style>g.node:focus:not(:focus-visible){outline:none}g.node:focus-visible{outline:2px solid #1d4f91}</style>`;
}

/**
 * A curve between two boxes of the top-down layout, given (as d3-org-chart does) the source's top centre and the
 * target's bottom centre: it leaves and enters on the facing sides, off-centre, where no line-management link or fold
 * button sits, so its arrow-head stays visible with the links drawn under the boxes.
 */
export function connectionPath(source: { x: number; y: number }, target: { x: number; y: number }): string {
  const s = { left: source.x - NODE_WIDTH / 2, right: source.x + NODE_WIDTH / 2, top: source.y, bottom: source.y + NODE_HEIGHT };
  const t = { left: target.x - NODE_WIDTH / 2, right: target.x + NODE_WIDTH / 2, top: target.y - NODE_HEIGHT, bottom: target.y };
  if (t.bottom <= s.top) return vertical(source.x - OFFSET, s.top, target.x + OFFSET, t.bottom);
  if (t.top >= s.bottom) return vertical(source.x + OFFSET, s.bottom, target.x - OFFSET, t.top);
  const y1 = s.top + NODE_HEIGHT * 0.7;
  const y2 = t.top + NODE_HEIGHT * 0.3;
  if (t.left >= s.right) return horizontal(s.right, y1, t.left, y2);
  if (t.right <= s.left) return horizontal(s.left, y1, t.right, y2);
  return vertical(source.x - OFFSET, s.top, target.x + OFFSET, t.top - 1);
}

const OFFSET = 32;

function vertical(x1: number, y1: number, x2: number, y2: number): string {
  const my = (y1 + y2) / 2;
  return `M${x1},${y1}C${x1},${my} ${x2},${my} ${x2},${y2}`;
}

function horizontal(x1: number, y1: number, x2: number, y2: number): string {
  const mx = (x1 + x2) / 2;
  return `M${x1},${y1}C${mx},${y1} ${mx},${y2} ${x2},${y2}`;
}
