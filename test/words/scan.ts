import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/**
 * Folders (and the two files at the top of src) whose code makes words an officer may read: the layers that show
 * them, the whole core that returns typed values (model, options, diff, io, import), and the entry points of the
 * command line and the app. Their words must come from src/words; src/words is the one folder left out.
 */
export const SCANNED = ['src/ui', 'src/export', 'src/cli', 'src/appraisal', 'src/store', 'src/chart', 'src/model', 'src/options', 'src/diff', 'src/io', 'src/import', 'src/cli.ts', 'src/main.tsx'];

/** Where each op's handler lives: issue 10 asks that a handler carry its own `describe` ("everything about an op in one file"). */
const HANDLERS = 'src/options/steps/';

/** JSX attributes whose value an officer sees or hears. */
const VISIBLE_ATTRS = new Set(['title', 'aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'label', 'placeholder', 'alt', 'confirmLabel', 'submitLabel', 'cancelLabel', 'body', 'heading', 'text', 'summary', 'caption']);

/** A literal worded like English for people: a letter-word, a space, another letter-word (ids, classes, paths and CSS are not). */
const WORDED = /[A-Za-z][a-z]+[,:;.!?'’]?\s+[A-Za-z(“"]/;

export interface Found {
  file: string;
  text: string;
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return files(path);
    return /\.(ts|tsx)$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The literal's text as written, template holes as `${…}`. */
function literalText(node: ts.Node, source: ts.SourceFile): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return node.getText(source).slice(1, -1).replace(/\$\{[^}]*\}/g, '${…}');
  return null;
}

/** Whether a literal is in a place no officer sees: an import, a type, a property name, a comparison, an index, a CSS class or a test id. */
function hidden(node: ts.Node): boolean {
  const p = node.parent;
  if (!p) return true;
  if (ts.isImportDeclaration(p) || ts.isExportDeclaration(p) || ts.isLiteralTypeNode(p) || ts.isExternalModuleReference(p)) return true;
  if ((ts.isPropertyAssignment(p) || ts.isPropertyDeclaration(p) || ts.isPropertySignature(p)) && p.name === node) return true;
  if (ts.isElementAccessExpression(p) && p.argumentExpression === node) return true;
  if (ts.isBinaryExpression(p) && [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken].includes(p.operatorToken.kind)) return true;
  if (ts.isCaseClause(p)) return true;
  const attr = jsxAttribute(node);
  return attr !== null && !VISIBLE_ATTRS.has(attr);
}

/** The JSX attribute whose value holds this literal (through conditionals, templates and parentheses), or null. */
function jsxAttribute(node: ts.Node): string | null {
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
    if (ts.isJsxAttribute(n)) return n.name.getText();
    if (!(ts.isJsxExpression(n) || ts.isConditionalExpression(n) || ts.isParenthesizedExpression(n) || ts.isTemplateSpan(n) || ts.isTemplateExpression(n) || ts.isBinaryExpression(n))) return null;
  }
  return null;
}

/**
 * The one place outside src/words allowed words: the `describe` method of an op's handler object in
 * src/options/steps (issue 10: "each op's handler carries its own description"). Any other literal there is scanned.
 */
function handlerDescribe(node: ts.Node, path: string): boolean {
  if (!path.startsWith(HANDLERS) || !node.parent || !ts.isObjectLiteralExpression(node.parent)) return false;
  if (ts.isMethodDeclaration(node)) return node.name.getText() === 'describe';
  return ts.isPropertyAssignment(node) && node.name.getText() === 'describe' && (ts.isFunctionExpression(node.initializer) || ts.isArrowFunction(node.initializer));
}

/** Markup, CSS and selectors written as strings (the SVG writer's tags, a style sheet, a font stack): not words. */
const CODE = /^\s*<|=["{]|\{[^}]*:[^}]*;|^[a-z-]+(, ?[a-z-]+)*\[|^([\w -]+, )+(sans-serif|serif|monospace)$/;

/** Every officer-facing literal in the scanned folders outside src/words: JSX text, visible attributes, and worded strings. */
export function scanWords(root = '.'): Found[] {
  const found: Found[] = [];
  for (const dir of SCANNED) {
    const at = join(root, dir);
    for (const file of statSync(at).isDirectory() ? files(at) : [at]) {
      const text = readFileSync(file, 'utf8');
      const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
      const path = relative(root, file).replace(/\\/g, '/');
      const visit = (node: ts.Node): void => {
        if (handlerDescribe(node, path)) return;
        if (ts.isJsxText(node)) {
          const t = node.text.replace(/\s+/g, ' ').trim();
          if (/[A-Za-z]{2}/.test(t)) found.push({ file, text: t });
        } else if (!hidden(node)) {
          const t = literalText(node, source);
          const inJsxAttr = jsxAttribute(node) !== null;
          if (t !== null && !CODE.test(t) && (WORDED.test(t) || (inJsxAttr && /[A-Za-z]{2}/.test(t)))) found.push({ file, text: t });
          if (t !== null) return;
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
  }
  return found;
}
