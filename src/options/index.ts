export { applySteps, canMove, checkStep, moveRefusal } from './apply.ts';
export type { Refusal, RefusalKind, RefRole, StepError, ValueRule } from './refusal.ts';
export { describeStep, retargetStep, stepTouches, type StepWords, type Touch } from './steps/index.ts';
export { UPDATABLE_FIELDS } from './steps/update.ts';
export { checkSteps, removalPlan, suggestNodeId, type RemovalPlan, type RemovalRefusal, type StepsRefusal } from './plan.ts';
export { resolveWorkspace, type OptionAt, type ResolvedWorkspace, type ResolveProblem } from './resolve.ts';
export { codePointLength, cutToLength, NAME_MAX, SLUG, SLUG_MAX, withinLength } from './values.ts';
export type { Need, NodeRole } from './conflicts.ts';
export { structureBeforeStep } from './retarget.ts';
