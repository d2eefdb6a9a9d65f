export { applySteps, canMove, checkStep, explainMove, type StepError } from './apply.ts';
export { checkSteps, removalPlan, suggestNodeId, type RemovalPlan, type RemovalRefusal, type StepsRefusal } from './plan.ts';
export { resolveWorkspace, type ResolvedWorkspace } from './resolve.ts';
export { NAME_MAX, SLUG, SLUG_MAX, withinLength } from './values.ts';
export type { Need, NodeRole } from './conflicts.ts';
export { retargetStep, structureBeforeStep } from './retarget.ts';
