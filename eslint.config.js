// Lint holds the architecture: the pure core (graph model, extraction, formats)
// never reaches for React, sigma, the DOM or the file system.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const nodeOnly = ['node:*', 'fs', 'path', 'os', 'child_process'];
const uiOnly = ['react', 'react-dom', 'react-dom/*', 'sigma', 'sigma/*', '@react-sigma/*'];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'data', 'seeds'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': 'error',
      'no-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    files: ['src/graph/**', 'src/extract/**', 'src/io/**', 'src/view/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: uiOnly, message: 'The pure core must not depend on the UI.' },
            { group: nodeOnly, message: 'The pure core must not touch the file system.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/app/**'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: nodeOnly, message: 'The app runs in the browser.' }] },
      ],
    },
  },
  {
    files: ['scripts/**', 'test/**'],
    rules: { 'no-console': 'off' },
  },
);
