import { connectionDefs, connectionPath } from './connections.ts';
import { NODE_HEIGHT, NODE_WIDTH } from './drawNode.ts';

const start = (d: string) => d.match(/^M(-?[\d.]+),(-?[\d.]+)/)!.slice(1).map(Number);
const end = (d: string) => d.match(/ (-?[\d.]+),(-?[\d.]+)$/)!.slice(1).map(Number);

describe('connectionPath', () => {
  it('runs from the top of a lower box to the bottom of a higher one', () => {
    const d = connectionPath({ x: 0, y: 500 }, { x: 300, y: 200 });
    expect(start(d)).toEqual([-32, 500]);
    expect(end(d)).toEqual([332, 200]);
  });

  it('runs from the bottom of a higher box to the top of a lower one', () => {
    const d = connectionPath({ x: 0, y: 0 }, { x: 300, y: 400 + NODE_HEIGHT });
    expect(start(d)).toEqual([32, NODE_HEIGHT]);
    expect(end(d)).toEqual([268, 400]);
  });

  it('joins the facing sides of boxes on one row', () => {
    const d = connectionPath({ x: 0, y: 0 }, { x: 400, y: NODE_HEIGHT });
    expect(start(d)[0]).toBe(NODE_WIDTH / 2);
    expect(end(d)[0]).toBe(400 - NODE_WIDTH / 2);
  });
});

describe('connectionDefs', () => {
  it('defines one arrow-head per link kind, under the chart prefix', () => {
    const defs = connectionDefs('p1');
    expect(defs.match(/<marker id="p1-arrow-/g)).toHaveLength(6);
  });
});
