export { parseWorkspace } from './parse.ts';
export { validateWorkspace, type WorkspaceResult } from './validate.ts';
export { serializeWorkspace } from './serialize.ts';
export type { DecodeProblem, FileProblem, JsonPlace, PlaceStep } from './problems.ts';
