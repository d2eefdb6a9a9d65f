import { fileProblemWords } from '../src/words/fileProblems.ts';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { appraisalTable, toCsv, toMarkdown, toText } from '../src/appraisal/index.ts';
import { diffStructures } from '../src/diff/index.ts';
import { changeSummary } from '../src/words/changes.ts';
import { renderComparisonSvg, renderStructureSvg } from '../src/export/index.ts';
import { parseWorkspace, serializeWorkspace } from '../src/io/index.ts';
import { measure } from '../src/model/measures.ts';
import type { Workspace } from '../src/model/types.ts';
import { resolveWorkspace } from '../src/options/index.ts';
import { createAppStore } from '../src/store/createAppStore.ts';

/** Names that an object inherits from Object.prototype, in the spellings a file may carry; slugs are lower case, so some are refused on load. */
const HOSTILE = ['constructor', '__proto__', 'tostring', 'toString', 'hasownproperty', 'hasOwnProperty', 'valueof', 'prototype', 'isprototypeof', '__definegetter__'];
const SLUG = /^[a-z0-9][a-z0-9-]*$/;
/** Mostly ids a file may carry (slugs), now and then one it may not. */
const id = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...HOSTILE.filter((x) => SLUG.test(x)), 'a', 'dcs') }, { weight: 1, arbitrary: fc.constantFrom(...HOSTILE) });

const globalNames = () => [Object.prototype, Object, Function.prototype, Array.prototype].map((o) => Object.getOwnPropertyNames(o).sort());
const before = globalNames();
const opts = { workspaceTitle: 'Safe', exportedOn: '2026-01-01', page: 'fit' as const, hideNames: false };

/** A workspace whose node, function and option ids are drawn from `ids`, as JSON text (own `__proto__` keys kept). */
function workspaceText(nodeIds: string[], fnIds: string[], optionIds: string[]): string {
  const nodes = nodeIds.map((n, i) => ({ id: n, kind: 'post', name: `Post ${n}`, holder: null, manager: i === 0 ? null : nodeIds[i - 1]! }));
  const functions = fnIds.map((f) => ({ id: f, name: `Function ${f}`, statutory: true }));
  const accountable = Object.fromEntries(fnIds.map((f, i) => [f, nodeIds[i % nodeIds.length]!]));
  const options = optionIds.map((o, i) => ({
    id: o,
    title: `Option ${o}`,
    ...(i > 0 ? { from: optionIds[i - 1] } : {}),
    steps: [
      { op: 'update', node: nodeIds[0]!, set: { holder: `Holder ${o}` } },
      ...(fnIds[0] !== undefined ? [{ op: 'assign', function: fnIds[0], to: nodeIds.at(-1)! }] : []),
    ],
  }));
  // Scores for every other option only, so that scoring in the store both adds rows and changes them.
  const scores = Object.fromEntries(optionIds.filter((_, i) => i % 2 === 1).map((o) => [o, { quality: { score: 3 } }]));
  return JSON.stringify({ format: 'org-options/1', title: 'Safe ids', baseline: { id: 'base', title: 'Base', nodes, functions, accountable }, options, appraisal: { scores } });
}

function untouched(): void {
  expect(globalNames()).toEqual(before);
}

describe('ids named like Object.prototype members', () => {
  it('go through validate, resolve, diff, appraise, export and store scoring like any other id, and touch nothing global', () => {
    const unique = fc.uniqueArray(id, { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(unique, fc.uniqueArray(id, { maxLength: 4 }), fc.uniqueArray(id.filter((o) => o !== 'base'), { maxLength: 4 }), (nodeIds, fnIds, optionIds) => {
        const parsed = parseWorkspace(workspaceText(nodeIds, fnIds, optionIds));
        untouched();
        if (!parsed.ok) {
          // Refused only for ids that are not slugs (upper case or "_"), each named in an error line.
          const bad = [...nodeIds, ...fnIds, ...optionIds].filter((x) => !SLUG.test(x));
          expect(bad.length).toBeGreaterThan(0);
          for (const e of parsed.errors) expect(typeof fileProblemWords(e)).toBe('string');
          return;
        }
        const ws = parsed.workspace;
        const { structures, errors, stepErrors } = resolveWorkspace(ws);
        expect(errors).toEqual([]);
        expect(stepErrors.size).toBe(0);
        const base = structures.get('base')!;
        const m = measure(base);
        expect(m.chains.map((c) => c.accountable)).toEqual(fnIds.map((_, i) => nodeIds[i % nodeIds.length]));
        for (const o of optionIds) {
          const s = structures.get(o)!;
          const d = diffStructures(base, s);
          expect(d.changed.some((c) => c.node === nodeIds[0] && c.field === 'holder')).toBe(true);
          changeSummary(d, base, s);
          expect(renderComparisonSvg(base, s, d, { ...opts, steps: ws.options.find((x) => x.id === o)!.steps })).toContain('</svg>');
        }
        expect(renderStructureSvg(base, opts)).toContain('</svg>');
        const table = appraisalTable(ws, structures);
        optionIds.forEach((o, i) => expect(table.rows.find((r) => r.evidence.id === o)?.judgements.quality?.score ?? null).toBe(i % 2 === 1 ? 3 : null));
        toText(table);
        toCsv(table);
        toMarkdown(table);
        expect(parseWorkspace(serializeWorkspace(ws)).ok).toBe(true);

        const store = createAppStore({ storage: null, initial: ws });
        for (const o of optionIds) store.getState().setScore(o, 'risk', 4);
        const scores = store.getState().workspace.appraisal!.scores;
        for (const o of optionIds) expect(Object.hasOwn(scores, o) && scores[o]!.risk?.score).toBe(4);
        untouched();
      }),
      { numRuns: 150 },
    );
  }, 120_000);

  it('option-id-constructor.json: the option "constructor" is scored like any other', () => {
    const parsed = parseWorkspace(readFileSync('test/cases/hostile/option-id-constructor.json', 'utf8'));
    expect(parsed.ok).toBe(true);
    const ws = (parsed as { workspace: Workspace }).workspace;
    const store = createAppStore({ storage: null, initial: ws });
    store.getState().setScore('constructor', 'quality', 5);
    expect(store.getState().workspace.appraisal?.scores.constructor).toEqual({ quality: { score: 5 } });
    const { structures } = resolveWorkspace(store.getState().workspace);
    expect(appraisalTable(store.getState().workspace, structures).rows.find((r) => r.evidence.id === 'constructor')?.judgements.quality?.score).toBe(5);
    untouched();
  });
});
