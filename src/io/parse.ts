import { jsonSyntaxError, lineAndColumn } from './json-position.ts';
import { validateWorkspace, type WorkspaceResult } from './validate.ts';

function syntaxMessage(text: string, e: unknown): string {
  let found: { offset: number; reason: string } | null = null;
  try {
    found = jsonSyntaxError(text);
  } catch {
    found = null;
  }
  const fallback = e instanceof Error ? e.message : String(e);
  if (!found) return `not valid JSON: ${fallback}`;
  const { line, column } = lineAndColumn(text, found.offset);
  return `not valid JSON: line ${line}, column ${column}: ${found.reason}`;
}

/** Reads workspace text. Pure: an invalid file gives errors and no workspace, so nothing loaded before it changes. */
export function parseWorkspace(text: string): WorkspaceResult {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, errors: ['the file is empty'] };
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (e) {
    return { ok: false, errors: [syntaxMessage(body, e)] };
  }
  return validateWorkspace(data);
}
