export { parseWorkspace } from './parse.ts';
export { validateWorkspace, type WorkspaceResult } from './validate.ts';
export { serializeWorkspace } from './serialize.ts';
