import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const uiOnly = ['react', 'react-dom', 'react-dom/*', 'd3-org-chart', 'zustand', 'zustand/*', 'immer', 'd3', 'd3-*'];
const layersAbove = ['**/store/**', '**/chart/**', '**/ui/**', '**/cli/**', '**/cli'];

export default tseslint.config(
  { ignores: ['dist', 'build', 'node_modules', 'coverage', 'test-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}', 'src/store/**/*.{ts,tsx}', 'src/chart/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    // The pure core runs in Node and the browser: no UI libraries, no DOM, no layers above it.
    // Type-only imports are banned too (allowTypeImports is off), so the core never depends on UI types.
    files: ['src/model/**', 'src/options/**', 'src/diff/**', 'src/io/**', 'src/import/**', 'src/words/**', 'src/export/**', 'src/appraisal/**'],
    ignores: ['**/*.test.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [
          { group: uiOnly, message: 'The core must not depend on React, d3, d3-org-chart, zustand or immer.', allowTypeImports: false },
          { group: layersAbove, message: 'The core must not import the layers above it (store, chart, ui, cli).', allowTypeImports: false },
        ],
      }],
      'no-restricted-globals': ['error',
        { name: 'window', message: 'The core has no DOM.' },
        { name: 'document', message: 'The core has no DOM.' },
        { name: 'localStorage', message: 'The core has no DOM.' },
        { name: 'indexedDB', message: 'The core has no DOM.' },
        { name: 'navigator', message: 'The core has no DOM.' },
        { name: 'HTMLElement', message: 'The core has no DOM.' },
        { name: 'DOMParser', message: 'The core has no DOM.' },
      ],
    },
  },
  // Direction inside the core (design.md's layout; code-review.md §3.5: "diff must not import export" was held by
  // habit, not by the tool). Each folder lists the core folders it must not import, types included. src/words turns
  // every core value into words, so it may read any core folder; only model must not import it.
  ...Object.entries({
    model: ['options', 'diff', 'io', 'import', 'export', 'appraisal', 'words'],
    options: ['diff', 'io', 'import', 'export', 'appraisal'],
    diff: ['options', 'io', 'import', 'export', 'appraisal'],
    io: ['diff', 'import', 'export', 'appraisal'],
    import: ['diff', 'export', 'appraisal'],
    export: ['options', 'io', 'import', 'appraisal'],
    appraisal: ['options', 'io', 'import', 'export'],
  }).map(([folder, banned]) => ({
    files: [`src/${folder}/**`],
    ignores: ['**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [
          { group: folder === 'export' ? uiOnly.filter((p) => p !== 'd3-*') : uiOnly, message: 'The core must not depend on React, d3, d3-org-chart, zustand or immer.', allowTypeImports: false },
          // d3-hierarchy is pure layout maths (no DOM): the SVG writer may use it.
          ...(folder === 'export' ? [{ group: ['d3-*', '!d3-hierarchy'], message: 'Only d3-hierarchy (pure layout) is allowed in the export core.', allowTypeImports: false }] : []),
          { group: layersAbove, message: 'The core must not import the layers above it (store, chart, ui, cli).', allowTypeImports: false },
          { group: banned.map((f) => `**/${f}/**`), message: `src/${folder} must not import ${banned.join(', ')} (design.md: the core's direction).`, allowTypeImports: false },
        ],
      }],
    },
  })),
);
