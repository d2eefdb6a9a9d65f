import { linkKey } from '../model/queries.ts';
import type { Structure } from '../model/types.ts';
import { textWidth } from '../export/text.ts';
import { badgeSpot } from './badgeSpot.ts';
import { FONT_FAMILY } from '../export/theme.ts';
import { LINK_BADGE } from '../words/chart.ts';
import type { LinkMark } from '../words/chart.ts';
import { connectionPath, markerId } from './connections.ts';
import { SMALL_SIZE } from './drawNode.ts';
import type { LaidNode, Layout } from './layout.ts';
import type { ChangeMark } from './styles.ts';
import { LINE_COLOUR, LINK_STYLES, MARK_STYLES } from './styles.ts';
import type { NodeId } from '../model/types.ts';
import { overlaps } from './chartParts.ts';
import type { Rect } from './chartParts.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
type LinkElement = SVGGElement & { __ooKey?: string };

/**
 * Draws the line-management connectors of the managers whose connectors meet `region`, one path each, kept in `paths`
 * by manager between calls; a path is rewritten only when it changed.
 */
export function drawEdges(container: SVGGElement, paths: Map<NodeId, SVGPathElement>, layout: Layout, region: Rect): void {
  const kept = new Set<NodeId>();
  for (const e of layout.edges) {
    if (!overlaps(region, e.x0, e.y0, e.x1, e.y1)) continue;
    kept.add(e.parent);
    let p = paths.get(e.parent);
    if (!p) {
      p = document.createElementNS(SVG_NS, 'path');
      p.setAttribute('class', 'link');
      p.setAttribute('fill', 'none');
      p.setAttribute('stroke', LINE_COLOUR);
      p.setAttribute('stroke-width', '1.5');
      paths.set(e.parent, p);
      container.appendChild(p);
    }
    const d = e.d(region);
    if (p.getAttribute('d') !== d) p.setAttribute('d', d);
  }
  for (const [id, p] of paths) {
    if (kept.has(id)) continue;
    p.remove();
    paths.delete(id);
  }
}

/**
 * The boxes of a far zoomed-out chart as a few paths (one per change mark, in the mark's colour; unchanged in grey),
 * so that thousands of boxes cost a few elements; empty `nodes` clears it.
 */
export function drawOverview(container: SVGGElement, nodes: readonly LaidNode[]): void {
  container.replaceChildren();
  if (nodes.length === 0) return;
  const byMark = new Map<string, string[]>();
  for (const n of nodes) {
    const parts = byMark.get(n.mark) ?? [];
    parts.push(`M${n.x - n.width / 2},${n.y}h${n.width}v${n.height}h${-n.width}z`);
    byMark.set(n.mark, parts);
  }
  for (const [mark, parts] of byMark) {
    const m = mark === 'unchanged' ? null : MARK_STYLES[mark as Exclude<ChangeMark, 'unchanged'>];
    add(container, 'path', { d: parts.join(''), fill: m ? '#ffffff' : '#eef3f8', stroke: m?.colour ?? '#7b8fa6', 'stroke-width': m ? 10 : 3, 'data-overview': mark });
  }
}

/**
 * Draws the typed links whose two ends are drawn boxes and whose span meets `region`, under the boxes so they never
 * cross a name. A link added or removed against the other pane gets a halo in the mark's colour and a badge at its
 * middle, or as near it as covers no box ("NEW LINK", "LINK REMOVED": badgeSpot), drawn over the boxes so a short link
 * between neighbours still shows it; so the change is on the chart, and not in colour alone.
 */
export function drawConnections(layers: { links: SVGGElement; badges: SVGGElement }, s: Structure, layout: Layout, marks: ReadonlyMap<string, LinkMark> | undefined, region: Rect, prefix: string): void {
  const container = layers.links;
  const existing = new Map<string, LinkElement>();
  for (const el of container.children) existing.set(el.getAttribute('data-link') ?? '', el as LinkElement);
  const badges = new Map<string, Element>();
  for (const el of layers.badges.children) badges.set(el.getAttribute('data-link') ?? '', el);
  const keep = new Set<string>();
  for (const l of s.links ?? []) {
    if (l.from === l.to) continue;
    const a = layout.byId.get(l.from);
    const b = layout.byId.get(l.to);
    if (!a || !b) continue;
    const x0 = Math.min(a.x, b.x) - a.width;
    const x1 = Math.max(a.x, b.x) + a.width;
    const y0 = Math.min(a.y, b.y);
    const y1 = Math.max(a.y, b.y) + a.height;
    if (x1 < region.x0 || x0 > region.x1 || y1 < region.y0 || y0 > region.y1) continue;
    const key = linkKey(l);
    keep.add(key);
    const mark = marks?.get(key) ?? null;
    const path = connectionPath(a, b);
    const badgeText = mark ? LINK_BADGE[mark] : '';
    const badgeWidth = mark ? textWidth(badgeText, SMALL_SIZE, true) + badgeText.length * 0.6 + 14 : 0;
    // Where the badge sits depends on the boxes around the link too (folding moves them), so it is part of the key.
    const spot = mark ? badgeSpot(path, badgeWidth, 16, layout) : null;
    const drawKey = `${path.d}|${mark ?? ''}|${spot ? `${spot.x},${spot.y}` : ''}`;
    let g = existing.get(key);
    if (!g) {
      g = document.createElementNS(SVG_NS, 'g') as LinkElement;
      g.setAttribute('class', 'connection');
      g.setAttribute('data-link', key);
      g.setAttribute('pointer-events', 'none');
      container.appendChild(g);
    }
    if (g.__ooKey === drawKey) continue;
    g.__ooKey = drawKey;
    g.replaceChildren();
    badges.get(key)?.remove();
    g.setAttribute('data-link-kind', l.kind);
    if (mark) g.setAttribute('data-link-change', mark);
    else g.removeAttribute('data-link-change');
    const style = LINK_STYLES[l.kind];
    const m = mark ? MARK_STYLES[mark] : null;
    const length = Math.hypot(a.x - b.x, a.y - b.y) + a.height;
    if (m) add(g, 'path', { class: 'oo-link-halo', d: path.d, fill: 'none', stroke: m.colour, 'stroke-width': 8, 'stroke-opacity': 0.3, 'stroke-dasharray': boundedDash(m.dash, length) });
    add(g, 'path', {
      class: 'oo-link', d: path.d, fill: 'none', stroke: style.colour, 'stroke-width': style.width, 'stroke-dasharray': boundedDash(style.dash, length),
      'stroke-linecap': 'round', 'marker-end': `url(#${markerId(prefix, l.kind)})`,
    });
    if (mark && m && spot) {
      const badge = add(layers.badges, 'g', { class: 'oo-link-badge', 'data-link': key, 'data-link-change': mark, transform: `translate(${spot.x - badgeWidth / 2},${spot.y - 8})`, 'font-family': FONT_FAMILY });
      add(badge, 'rect', { width: badgeWidth, height: 16, rx: 8, fill: m.colour });
      const t = add(badge, 'text', { x: badgeWidth / 2, y: 11.5, 'text-anchor': 'middle', 'font-size': SMALL_SIZE, 'font-weight': 'bold', 'letter-spacing': 0.6, fill: '#fff' });
      t.textContent = badgeText;
    }
  }
  for (const [key, el] of existing) if (!keep.has(key)) el.remove();
  for (const [key, el] of badges) if (!keep.has(key)) el.remove();
}

/** Most dashes along one link: the browser paints every dash of a path, so a dashed link across thousands of boxes froze the page. */
export const MAX_DASHES = 300;

/**
 * The dash pattern for a link about `length` chart units long: as given, or stretched so the link has at most
 * MAX_DASHES repeats of it (the same rhythm of dashes and gaps, longer); null or empty for a solid line.
 */
export function boundedDash(dash: string | null | undefined, length: number): string | null {
  if (!dash) return dash ?? null;
  const parts = dash.split(/[ ,]+/).map(Number).filter((x) => Number.isFinite(x));
  const period = parts.reduce((sum, x) => sum + x, 0);
  if (period <= 0 || length / period <= MAX_DASHES) return dash;
  const factor = length / (period * MAX_DASHES);
  return parts.map((x) => +(x * factor).toFixed(2)).join(' ');
}

function add(parent: Element, tag: string, attrs: Record<string, string | number | null>): SVGElement {
  const e = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== null) e.setAttribute(k, String(v));
  parent.appendChild(e);
  return e;
}
