import { PICTURE_FAILED } from '../words/chart.ts';

/**
 * How long a download's object URL is kept: the browser fetches it after the click, and on a busy machine, with many
 * pages offered one after another, that can be seconds later (a URL revoked at 1 s lost a third of 16 A4 pages).
 */
const KEEP_URL_MS = 60_000;

/** The pause between downloads offered one after another (several pages of an export), in ms. */
export const DOWNLOAD_GAP_MS = 200;

/** Offers `blob` to the user as a file called `name`. */
export function downloadBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), KEEP_URL_MS);
}

/** A file name from a title: lower case, words joined by hyphens. */
export function fileStem(title: string): string {
  return (
    title
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'org-options'
  );
}

/** Browsers refuse canvases much past 16,384 px a side or about 268 million pixels (Chrome); keep well inside both. */
const MAX_CANVAS_SIDE = 16_000;
const MAX_CANVAS_AREA = 120_000_000;

/**
 * The scale a `width` × `height` (CSS px) drawing is rasterised at: `wanted` (2: 192 dpi, for print) unless the
 * canvas would be too large for the browser, then as large as it may be.
 */
export function pngScale(width: number, height: number, wanted = 2): number {
  return Math.min(wanted, MAX_CANVAS_SIDE / width, MAX_CANVAS_SIDE / height, Math.sqrt(MAX_CANVAS_AREA / (width * height)));
}

/** Draws an SVG document on a canvas (scaled down, if it must be, to fit the browser's canvas limits) and resolves to a PNG. */
export async function svgToPng(svg: string, wanted = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.decoding = 'sync';
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error(PICTURE_FAILED.svg));
      img.src = url;
    });
    const scale = pngScale(img.naturalWidth, img.naturalHeight, wanted);
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.floor(img.naturalWidth * scale));
    canvas.height = Math.max(1, Math.floor(img.naturalHeight * scale));
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error(PICTURE_FAILED.canvas);
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error(PICTURE_FAILED.png))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
