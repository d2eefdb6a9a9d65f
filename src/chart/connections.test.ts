// @vitest-environment jsdom
import { connectionDefs, connectionPath } from './connections.ts';
import { NODE_HEIGHT, NODE_WIDTH } from './layout.ts';
import { boundedDash, MAX_DASHES } from './drawLinks.ts';

const start = (d: string) => d.match(/^M(-?[\d.]+),(-?[\d.]+)/)!.slice(1).map(Number);
const end = (d: string) => d.match(/ (-?[\d.]+),(-?[\d.]+)$/)!.slice(1).map(Number);

describe('connectionPath', () => {
  it('runs from the top of a lower box to the bottom of a higher one', () => {
    const { d } = connectionPath({ x: 0, y: 500 }, { x: 300, y: 200 });
    expect(start(d)).toEqual([-34, 500]);
    expect(end(d)).toEqual([266, 200 + NODE_HEIGHT]);
  });

  it('runs from the bottom of a higher box to the top of a lower one', () => {
    const { d } = connectionPath({ x: 0, y: 0 }, { x: 300, y: 400 });
    expect(start(d)).toEqual([34, NODE_HEIGHT]);
    expect(end(d)).toEqual([334, 400]);
  });

  it('joins the facing sides of boxes on one row', () => {
    const { d } = connectionPath({ x: 0, y: 0 }, { x: 400, y: 0 });
    expect(start(d)[0]).toBe(NODE_WIDTH / 2);
    expect(end(d)[0]).toBe(400 - NODE_WIDTH / 2);
  });

  it('keeps two opposite links between neighbours apart, side by side or one above the other', () => {
    const a = { x: 0, y: 0 };
    const beside = { x: 400, y: 0 };
    const below = { x: 100, y: 300 };
    for (const b of [beside, below]) {
      const there = connectionPath(a, b);
      const back = connectionPath(b, a);
      expect(there.d).not.toBe(back.d);
      const gap = Math.hypot(there.mid.x - back.mid.x, there.mid.y - back.mid.y);
      expect(gap).toBeGreaterThanOrEqual(30);
    }
  });
});

describe('connectionDefs', () => {
  it('defines one arrow-head per link kind, under the chart prefix', () => {
    const defs = connectionDefs('p1');
    expect([...defs.querySelectorAll('marker')].map((m) => m.id).filter((id) => id.startsWith('p1-arrow-'))).toHaveLength(6);
  });
});

describe('boundedDash', () => {
  it('keeps a short link’s pattern and stretches a long one’s to a bounded number of dashes', () => {
    expect(boundedDash('1 4', 500)).toBe('1 4');
    expect(boundedDash(null, 1e6)).toBeNull();
    const long = boundedDash('1 4', 1e6)!.split(' ').map(Number);
    expect(long[1]! / long[0]!).toBeCloseTo(4);
    expect(1e6 / (long[0]! + long[1]!)).toBeCloseTo(MAX_DASHES);
  });
});
