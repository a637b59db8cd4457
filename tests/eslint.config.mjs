// ESLint 9 flat config, run by `npm run lint` (part of `npm test`).
// It lives in tests/, as the vitest config does, so the top level stays as documented.
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const root = fileURLToPath(new URL('..', import.meta.url));

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
);
