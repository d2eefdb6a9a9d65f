import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { fileProblemWords } from '../words/fileProblems.ts';
import { parseWorkspace } from './index.ts';

const LEEDS = JSON.parse(readFileSync('fixtures/leeds.json', 'utf8')) as unknown;

/** Every path to a value in `data`, outermost first. */
function pathsOf(data: unknown): (string | number)[][] {
  const out: (string | number)[][] = [];
  const stack: [unknown, (string | number)[]][] = [[data, []]];
  while (stack.length > 0) {
    const [v, path] = stack.pop()!;
    if (path.length > 0) out.push(path);
    if (Array.isArray(v)) v.forEach((x, i) => stack.push([x, [...path, i]]));
    else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) stack.push([x, [...path, k]]);
  }
  return out;
}
const PATHS = pathsOf(LEEDS);

/** Leeds with the value at each chosen path replaced (or, for undefined, deleted). */
function broken(edits: [number, unknown][]): unknown {
  const ws = structuredClone(LEEDS);
  for (const [at, value] of edits) {
    const path = PATHS[at % PATHS.length]!;
    let parent = ws as Record<string | number, unknown>;
    for (const k of path.slice(0, -1)) {
      const next = parent[k];
      if (next === null || typeof next !== 'object') return ws;
      parent = next as Record<string | number, unknown>;
    }
    const last = path[path.length - 1]!;
    if (value === undefined) delete parent[last];
    else parent[last] = value;
  }
  return ws;
}

const value = fc.oneof(fc.constant(undefined), fc.jsonValue({ maxDepth: 2 }), fc.string(), fc.constantFrom('', 'X Y', 'post', 'move', null, -1, 0, 6, 1.5, [], {}));

describe('file problems', () => {
  it('every shape issue of a broken Leeds maps to a kind of our own, never to zod\'s wording, and every problem has its line', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), value), { minLength: 1, maxLength: 4 }), (edits) => {
        const r = parseWorkspace(JSON.stringify(broken(edits)));
        if (r.ok) return;
        for (const p of r.errors) {
          expect(p.kind).not.toBe('shape');
          expect(fileProblemWords(p)).toMatch(/\S/);
        }
      }),
      { numRuns: 300 },
    );
  });
});
