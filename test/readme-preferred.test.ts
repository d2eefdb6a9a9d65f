import { readFileSync } from 'node:fs';
import { appraisalTable, toMarkdown, toText } from '../src/appraisal/index.ts';
import { parseWorkspace } from '../src/io/index.ts';
import { resolveWorkspace } from '../src/options/index.ts';
import { APPRAISAL_VIEW } from '../src/words/appraisalView.ts';
import { PREFERRED_AFTER_TITLE, PREFERRED_MARK } from '../src/words/appraisal.ts';

/** The README's row for `preferred` says how each output marks the preferred option; each must be what that output prints. */
describe('README and outputs agree on how the preferred option is marked', () => {
  const readme = readFileSync('README.md', 'utf8');
  const row = readme.split('\n').find((l) => l.startsWith('| `preferred` |'))!;
  const parsed = parseWorkspace(readFileSync('fixtures/leeds.json', 'utf8'));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const table = appraisalTable(parsed.workspace, resolveWorkspace(parsed.workspace).structures);

  it('`appraise` (text) marks it with the sign the README gives for it', () => {
    expect(toText(table)).toContain(`option-5 ${PREFERRED_MARK}`);
    expect(row).toContain(`\`${PREFERRED_MARK}\` in \`appraise\`'s text table`);
  });

  it('`appraise --md` and the app mark it as the README says', () => {
    expect(toMarkdown(table)).toContain(PREFERRED_AFTER_TITLE);
    expect(row).toContain(`"${PREFERRED_AFTER_TITLE}" after its title in \`--md\``);
    expect(row).toContain(`${APPRAISAL_VIEW.preferredStar} in the app's Appraisal view`);
  });
});
