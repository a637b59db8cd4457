// ESLint 9 flat config, run by `npm run lint` (part of `npm test`).
// It lives in tests/, as the vitest config does, so the top level stays as documented.
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Files whose lines over 120 characters are not split yet; remove a file once it is (the list only shrinks). */
const LONG_LINES_PENDING = [
  'src/assess/risk-text.ts',
  'src/assess/risk.ts',
  'src/report/risk-view.ts',
  'src/assess/closed.ts',
  'src/assess/overdue-list.ts',
  'src/assess/risk-text.ts',
  'src/assess/risk.ts',
  'src/assess/score.ts',
  'src/i18n/zh.ts',
  'src/report/assess-text.ts',
  'src/report/monthly/build.ts',
  'src/report/monthly/corrections.ts',
  'src/report/monthly/nodes.ts',
  'src/report/monthly/problems.ts',
  'src/report/monthly/progress.ts',
  'src/report/monthly/recognise.ts',
  'src/report/monthly/record.ts',
  'src/report/monthly/render.ts',
  'src/report/monthly/text.ts',
  'src/report/overdue-view.ts',
  'src/report/risk-view.ts',
  'src/report/score-view.ts',
  'tests/integration/report/monthly/git-care.test.ts',
  'tests/integration/report/monthly/mermaid-inject.test.ts',
  'tests/integration/report/monthly/repo.ts',
  'tests/unit/assess/score.property.test.ts',
  'tests/unit/assess/score.test.ts',
  'tests/unit/load/fuzz.test.ts',
  'tests/unit/report/monthly/build.test.ts',
  'tests/unit/schema/contract.test.ts',
];

export default tseslint.config(
  { ignores: ['bin/dist/**', 'dist/**', 'coverage/**', 'examples/**', 'schemas/**', '.perf/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: globals.node, parserOptions: { tsconfigRootDir: root } },
    rules: {
      // `const { a: _a, ...rest } = x` drops `a` on purpose.
      '@typescript-eslint/no-unused-vars': ['error', {
        varsIgnorePattern: '^_', argsIgnorePattern: '^_', ignoreRestSiblings: true,
      }],
      // A line that carries a string, template or regular expression may run on: wording stays greppable in one piece.
      'max-len': ['error', {
        code: 120, ignoreUrls: true, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true,
      }],
    },
  },
  { files: LONG_LINES_PENDING, rules: { 'max-len': 'off' } },
);
