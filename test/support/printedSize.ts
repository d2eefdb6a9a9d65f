/**
 * The printed size of an exported page's text, read from the SVG alone: each text element's font-size, times the
 * scale of every `<g transform="… scale(s)">` it sits in, times the page's own scale (its width in millimetres
 * over its viewBox width), in points (72 to the inch). Font sizes inherit from enclosing elements as in SVG.
 */
export interface PrintedText {
  /** Smallest size of any text on the page, in pt. */
  minPt: number;
  /** The text drawn at that size. */
  smallest: string;
  /** Page size in millimetres. */
  widthMm: number;
  heightMm: number;
}

const MM_PER_PT = 25.4 / 72;

function attr(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

function scaleOf(tag: string): number {
  const t = attr(tag, 'transform');
  if (!t) return 1;
  let s = 1;
  for (const m of t.matchAll(/scale\(\s*([-\d.e]+)(?:[\s,]+([-\d.e]+))?\s*\)/g)) {
    const sx = Number(m[1]);
    const sy = m[2] === undefined ? sx : Number(m[2]);
    s *= Math.min(Math.abs(sx), Math.abs(sy));
  }
  if (/matrix|rotate|skew/.test(t)) throw new Error(`unsupported transform: ${t}`);
  return s;
}

export function printedText(svg: string): PrintedText {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0];
  if (!root) throw new Error('no <svg> element');
  const widthMm = Number(/^([\d.]+)mm$/.exec(attr(root, 'width') ?? '')?.[1]);
  const heightMm = Number(/^([\d.]+)mm$/.exec(attr(root, 'height') ?? '')?.[1]);
  const viewBox = (attr(root, 'viewBox') ?? '').split(/\s+/).map(Number);
  if (!Number.isFinite(widthMm) || !Number.isFinite(heightMm) || viewBox.length !== 4) throw new Error('the page has no size in mm or no viewBox');
  const mmPerUnit = Math.min(widthMm / viewBox[2]!, heightMm / viewBox[3]!);
  const stack: { scale: number; size: number | undefined }[] = [{ scale: 1, size: undefined }];
  let minPt = Infinity;
  let smallest = '';
  const body = svg.slice(svg.indexOf(root) + root.length);
  const tags = /<(\/?)([a-zA-Z]+)\b([^>]*?)(\/?)>([^<]*)/g;
  for (const m of body.matchAll(tags)) {
    const [, closing, name, rest, selfClosing, after] = m;
    if (closing) {
      stack.pop();
      continue;
    }
    const parent = stack[stack.length - 1]!;
    const tag = ` ${rest}`;
    const size = attr(tag, 'font-size');
    const frame = { scale: parent.scale * scaleOf(tag), size: size === undefined ? parent.size : Number(size) };
    if ((name === 'text' || name === 'tspan') && after!.trim() !== '') {
      if (frame.size === undefined) throw new Error(`text without a font size: ${after}`);
      const pt = (frame.size * frame.scale * mmPerUnit) / MM_PER_PT;
      if (pt < minPt) {
        minPt = pt;
        smallest = after!.trim();
      }
    }
    if (!selfClosing) stack.push(frame);
  }
  return { minPt, smallest, widthMm, heightMm };
}
