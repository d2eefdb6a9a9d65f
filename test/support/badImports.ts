import type { Workspace } from '../../src/model/types.ts';

/**
 * A workspace file (about 20 MB for 200,000) whose baseline has `bad` posts reporting to a manager that does not exist: one
 * error each (issue 10: "200,000 errors"). Ten good posts first, so the file is otherwise well formed.
 */
export function brokenWorkspaceText(bad: number): string {
  const ws: Workspace = {
    format: 'org-options/1',
    title: 'Broken',
    baseline: { id: 'base', title: 'Base', nodes: [{ id: 'c0', kind: 'unit', name: 'Council', manager: null }] },
    options: [],
  } as Workspace;
  for (let i = 1; i < 10; i++) ws.baseline.nodes.push({ id: `c${i}`, kind: 'post', name: `Post ${i}`, holder: null, manager: 'c0' });
  for (let i = 0; i < bad; i++) ws.baseline.nodes.push({ id: `x${i}`, kind: 'post', name: 'X', holder: null, manager: 'nowhere' });
  return JSON.stringify(ws);
}

/** An HR export of `rows` rows, every one reporting to a manager not in the file: one warning each. */
export function hrExportWithBadManagers(rows: number): string {
  const lines = ['Employee ID,Manager ID,Job Title,Full Name,Grade,FTE,Salary'];
  for (let i = 0; i < rows; i++) lines.push(`E${i},M${i},Officer ${i},Person ${i},G7,1,"30,000"`);
  return `${lines.join('\n')}\n`;
}
