// Layer boundaries are enforced here, not by discipline (architecture.md "Layers, as folders").
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = [
  'node:*',
  'fs',
  'path',
  'os',
  'crypto',
  'child_process',
  'worker_threads',
  'http',
  'url',
  'stream',
];
const heavyLibraries = ['electron', 'better-sqlite3', 'exceljs', 'pdfmake', 'pdfmake/*', 'docx'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-artifacts/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: "CallExpression[callee.name='eval']", message: 'eval 禁止使用' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: nodeBuiltins, message: 'shared/ 是纯 TypeScript：不得引用 Node 模块' },
            { group: heavyLibraries, message: 'shared/ 不得引用 electron、数据库、Excel 或 PDF 库' },
            { group: ['react', 'react-dom', 'react/*', 'antd', 'antd/*'], message: 'shared/ 不得引用界面库' },
            { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ 不得引用其他层' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: nodeBuiltins, message: '界面层不得引用 Node 模块' },
            { group: heavyLibraries, message: '界面层只能通过 API 客户端访问后端' },
            { group: ['**/electron/**'], message: '界面层只能通过 API 客户端访问后端' },
          ],
        },
      ],
    },
  },
  {
    files: [
      'electron/services/**/*.ts',
      'electron/db/**/*.ts',
      'electron/api/**/*.ts',
      'electron/cli/**/*.ts',
      'electron/web/**/*.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['electron'], message: '服务层和数据库层不得引用 electron（须能在纯 Node 中测试）' }] },
      ],
    },
  },
);
