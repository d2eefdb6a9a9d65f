// Polyfills for rendering the SVG chart in jsdom. Import from component tests that draw charts
// (with `// @vitest-environment jsdom` at the top of the test file).

type Stub = Pick<CanvasRenderingContext2D, 'measureText'> & { font: string };

if (typeof window !== 'undefined') {
  const canvas = HTMLCanvasElement.prototype as unknown as { getContext: (kind: string) => Stub | null };
  canvas.getContext = function getContext(kind: string): Stub | null {
    if (kind !== '2d') return null;
    return {
      font: '10px sans-serif',
      measureText(text: string) {
        const size = Number(/(\d+(?:\.\d+)?)px/.exec(this.font)?.[1] ?? 10);
        return { width: text.length * size * 0.55 } as TextMetrics;
      },
    };
  };

  const svg = SVGElement.prototype as unknown as Record<string, unknown>;
  if (!('transform' in svg)) {
    Object.defineProperty(SVGElement.prototype, 'transform', {
      configurable: true,
      get: () => ({ baseVal: { consolidate: () => null, numberOfItems: 0 } }),
    });
  }
  if (!('getBBox' in svg)) {
    svg.getBBox = function getBBox(this: SVGElement) {
      const text = this.textContent ?? '';
      return { x: 0, y: 0, width: text.length * 6, height: 14 };
    };
  }
  if (!('getComputedTextLength' in svg)) {
    svg.getComputedTextLength = function getComputedTextLength(this: SVGElement) {
      return (this.textContent ?? '').length * 6;
    };
  }

  if (typeof globalThis.ResizeObserver === 'undefined') {
    globalThis.ResizeObserver = class {
      observe(): void {}
      unobserve(): void {}
      disconnect(): void {}
    };
  }
}
