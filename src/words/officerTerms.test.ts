import { readdirSync, readFileSync } from 'node:fs';
import { validLine } from './cli.ts';
import { importSummary, previewSummary } from './import.ts';
import { importPreview } from './importDialog.ts';
import { directReports, postsAndUnits } from './officerTerms.ts';

describe('officers read the field\'s terms, counted plural-correct', () => {
  it('counts posts and units, options and direct reports as one or many', () => {
    expect(validLine('ws.json', 'Review', 200, 1, null)).toBe('ws.json: valid — "Review", 200 posts and units, 1 option');
    expect(validLine('ws.json', 'Review', 1, 5, null)).toBe('ws.json: valid — "Review", 1 post or unit, 5 options');
    expect(postsAndUnits(24)).toBe('24 posts and units');
    expect(directReports(1)).toBe('1 direct report');
    expect(importSummary(['s.csv'], 208, 192, 4)).toContain('192 posts and units');
    expect(previewSummary(3, 1, 0)).toBe('1 post or unit from 3 rows; no warnings');
    expect(importPreview.firstNodes(1)).toBe('The first 1 post or unit');
  });

  /**
   * Every literal in src/words that says "node" is one the command line prints in the format's own terms (format.md
   * fixes `no node "x"` and names JSON places such as `baseline.nodes[4]`); an officer never reads the word elsewhere.
 * Words are literals with a space in them (identifiers such as 'no-node' are kinds, not words).
   */
  it('says "node" only where the format fixes the wording', () => {
    const formatVoice = new Set(['fileProblems.ts']);
    // A column heading an HR export may use (import.ts), which is the file's word, not ours.
    const allowed = [/^node type$/, /^no node $/, /^node id must be a string, not $/, /^node $/, /^ already exists$/, /^must be a node id or null$/];
    const found: string[] = [];
    for (const file of readdirSync('src/words').filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !formatVoice.has(f))) {
      const code = readFileSync(`src/words/${file}`, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
      for (const m of code.matchAll(/'((?:[^'\\\n]|\\.)*)'|`((?:[^`\\]|\\.)*)`/g)) {
        for (const piece of (m[1] ?? m[2] ?? '').split(/\$\{[^}]*\}/)) {
          if (/\s/.test(piece) && /\bnodes?\b/i.test(piece) && !allowed.some((a) => a.test(piece))) found.push(`${file}: ${piece}`);
        }
      }
    }
    expect(found).toEqual([]);
  });
});
