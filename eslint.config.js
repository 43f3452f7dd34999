import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'bench/out/**', 'catalog/**'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // Rules are pure functions of the loaded catalog: no file system, no colours, no clock.
    files: ['src/rules/**/*.ts', 'src/cost/**/*.ts', 'src/text/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: ['fs', 'node:fs', 'fs/promises', 'node:fs/promises', 'chalk', 'child_process', 'node:child_process', 'process', 'node:process'],
      }],
      'no-restricted-globals': ['error', 'process'],
      'no-restricted-syntax': ['error', { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Rules take the date from the context (as_of), not the clock.' }, { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Rules take the date from the context (as_of), not the clock.' }],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/bin.ts'],
    rules: {
      'no-restricted-properties': ['error', { object: 'process', property: 'exit', message: 'Return an exit code; only src/bin.ts ends the process.' }, { object: 'process', property: 'exitCode', message: 'Return an exit code; only src/bin.ts sets it.' }],
    },
  },
);
