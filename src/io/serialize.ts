import type { Workspace } from '../model/types.ts';

/** The workspace file: 2-space JSON and a final newline. */
export const serializeWorkspace = (ws: Workspace): string => `${JSON.stringify(ws, null, 2)}\n`;
