// Lint exists for two rules the compiler cannot enforce: no floating promises anywhere,
// and nothing non-deterministic (Node built-ins, infra, I/O packages) inside workflows/.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/**', '.data/**', 'dist/**', 'bin/**', 'eslint.config.js'] },
  {
    files: ['**/*.ts'],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
    },
  },
  {
    files: ['workflows/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['node:*'], message: 'Workflows must stay deterministic: no Node built-ins.' },
          { group: ['fs', 'path', 'crypto', 'os', 'http', 'https', 'net', 'child_process', 'timers', 'worker_threads'], message: 'Workflows must stay deterministic: no Node built-ins.' },
          { group: ['**/infra/**', '**/api/**', '**/worker/**'], message: 'Workflows may not import infra, api or worker code.' },
          { group: ['**/activities/**'], allowTypeImports: true, message: 'Workflows import activities as types only (import type).' },
          { group: ['postgres', 'pg', 'fastify', 'grammy', 'openai', '@temporalio/client', '@temporalio/worker', '@temporalio/activity', 'pino'], message: 'Workflows may not do I/O.' },
        ],
      }],
    },
  },
);
