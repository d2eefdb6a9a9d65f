export type Measure = (text: string, fontSize: number, bold: boolean) => number;

const cache = new Map<string, number>();
const CACHE_LIMIT = 20_000;

/** Canvas measurement where there is a canvas, else an average-width estimate (jsdom, tests); widths are cached. */
export function createMeasure(font: string): Measure {
  const measure = uncachedMeasure(font);
  return (text, fontSize, bold) => {
    const key = `${font}|${fontSize}|${bold ? 'b' : ''}|${text}`;
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    if (cache.size >= CACHE_LIMIT) cache.clear();
    const width = measure(text, fontSize, bold);
    cache.set(key, width);
    return width;
  };
}

function uncachedMeasure(font: string): Measure {
  let ctx: CanvasRenderingContext2D | null = null;
  try {
    ctx = document.createElement('canvas').getContext('2d');
  } catch {
    ctx = null;
  }
  return (text, fontSize, bold) => {
    if (ctx && typeof ctx.measureText === 'function') {
      ctx.font = `${bold ? 'bold ' : ''}${fontSize}px ${font}`;
      const w = ctx.measureText(text).width;
      if (Number.isFinite(w) && w > 0) return w;
    }
    return text.length * fontSize * (bold ? 0.58 : 0.52);
  };
}

/** Greedy word wrap into at most `maxLines` lines; the last line ends in "…" when text is left over. */
export function wrapText(text: string, width: number, maxLines: number, fits: (line: string) => boolean): string[] {
  const words = text.trim().split(/\s+/).filter((w) => w.length > 0);
  const lines: string[] = [];
  let i = 0;
  while (i < words.length && lines.length < maxLines) {
    let line = words[i]!;
    i += 1;
    while (i < words.length && fits(`${line} ${words[i]!}`)) {
      line = `${line} ${words[i]!}`;
      i += 1;
    }
    lines.push(line);
  }
  const last = lines.length - 1;
  if (last >= 0 && (i < words.length || !fits(lines[last]!))) lines[last] = ellipsise(lines[last]!, fits, i < words.length);
  return lines;
}

function ellipsise(line: string, fits: (line: string) => boolean, more: boolean): string {
  if (!more && fits(line)) return line;
  let cut = line;
  while (cut.length > 1 && !fits(`${cut}…`)) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}
