import { FSI, PDI } from './text.ts';
import { APPRAISAL_VIEW, JUDGEMENT_CELL } from './appraisalView.ts';
import { DELETE_OPTION, REASON_PROMPT, startsFromTitle, STEP_EDIT, STEPS_PANEL } from './stepsPanel.ts';
import { moveToHint, PANE_PICKER } from './toolbar.ts';

const hebrew = 'אפשרות ב';

describe('the Steps panel’s, toolbar’s and Appraisal view’s words', () => {
  it('count steps as one step or many (deleting a one-step option said "its 1 steps")', () => {
    expect(DELETE_OPTION.body('Option 6', 1)).toBe('Delete "Option 6" and its 1 step? Undo brings it back.');
    expect(DELETE_OPTION.body('Option 6', 1200)).toBe('Delete "Option 6" and its 1,200 steps? Undo brings it back.');
    expect(STEPS_PANEL.stepCount(1)).toBe('; 1 step.');
    expect(STEPS_PANEL.stepCount(0)).toBe('; 0 steps.');
  });

  it('name the structure an option starts from by its title, the baseline too when named by its id (an imported return)', () => {
    const ws = { baseline: { id: 'ofsted-2011-03-31', title: 'Ofsted, 2011-03-31' }, options: [{ id: 'a', title: 'Option A' }] };
    expect(startsFromTitle(ws, { from: 'ofsted-2011-03-31' })).toBe('Ofsted, 2011-03-31');
    expect(startsFromTitle(ws, {})).toBe('Ofsted, 2011-03-31');
    expect(startsFromTitle(ws, { from: 'a' })).toBe('Option A');
  });

  it('offer "no manager" and "no one" in the words every other place uses, as list entries', () => {
    expect(STEP_EDIT.noManager).toBe('No manager (top level)');
    expect(STEP_EDIT.noOne).toBe('No one (a gap)');
    expect(STEP_EDIT.title(4, 'move')).toBe('Edit step 4 (move)');
  });

  it('isolate right-to-left titles and show control characters in every sentence that holds a title', () => {
    expect(REASON_PROMPT.about(3, hebrew, 'X to report to Y')).toBe(`Step 3 of ${FSI}${hebrew}${PDI}: X to report to Y.`);
    expect(STEPS_PANEL.heading(hebrew)).toBe(`Steps: ${FSI}${hebrew}${PDI}`);
    expect(STEPS_PANEL.heading(null)).toBe('Steps');
    expect(APPRAISAL_VIEW.prefer('Flat\u202e')).toBe('Prefer Flat\\u202e');
    expect(JUDGEMENT_CELL.score(JUDGEMENT_CELL.label(hebrew, '(a) Quality'))).toBe(`${FSI}${hebrew}${PDI}: (a) Quality score`);
    expect(PANE_PICKER.choice('2006\u001b[2J', true)).toBe('2006\\x1b[2J (baseline)');
    expect(moveToHint('Option 5')).toBe('Move the selected unit in Option 5');
    expect(moveToHint(null)).toBe('Select a unit in the pane first');
  });
});
