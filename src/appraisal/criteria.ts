import { CRITERIA, type Criterion } from '../model/types.ts';

export interface CriterionLabel {
  id: Criterion;
  letter: 'a' | 'b' | 'c' | 'd' | 'e';
  /** The criterion as the scoping paper (2.5) words it, shortened to a heading. */
  name: string;
}

export const CRITERION_LABELS: Record<Criterion, CriterionLabel> = {
  quality: { id: 'quality', letter: 'a', name: 'Improving quality and adding value' },
  pace: { id: 'pace', letter: 'b', name: 'Pace of transformation' },
  leadership: { id: 'leadership', letter: 'c', name: 'Clear and effective leadership and accountability' },
  value: { id: 'value', letter: 'd', name: 'Value for money and efficiencies' },
  risk: { id: 'risk', letter: 'e', name: 'Risks, benefits and corporate implications' },
};

/** "(a) Improving quality and adding value" */
export const criterionHeading = (c: Criterion): string => `(${CRITERION_LABELS[c].letter}) ${CRITERION_LABELS[c].name}`;

export const CRITERIA_IN_ORDER: readonly CriterionLabel[] = CRITERIA.map((c) => CRITERION_LABELS[c]);
