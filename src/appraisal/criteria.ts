import { CRITERIA, type Criterion } from '../model/types.ts';
import { CRITERION_WORDS } from '../words/appraisal.ts';

export interface CriterionLabel {
  id: Criterion;
  letter: 'a' | 'b' | 'c' | 'd' | 'e';
  /** The criterion as the scoping paper (2.5) words it, shortened to a heading (src/words/appraisal.ts). */
  name: string;
}

/** Each criterion's id with its letter and name, in the paper's order: the `criteria` of `appraise --json`. */
export const CRITERIA_IN_ORDER: readonly CriterionLabel[] = CRITERIA.map((id) => ({ id, ...CRITERION_WORDS[id] }));
