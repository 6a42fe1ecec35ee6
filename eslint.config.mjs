import nextPlugin from '@next/eslint-plugin-next';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** lib/ is plain TypeScript: usable from the CLI, tests and any runtime. */
const UI_MODULES = ['react', 'react/*', 'react-dom', 'react-dom/*', 'next', 'next/*', '@xyflow/react', '@xyflow/*', 'zustand/react', '@/components/*', '@/app/*'];
const DOM_GLOBALS = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'indexedDB', 'HTMLElement', 'location'];

export default tseslint.config(
  { ignores: ['node_modules/', '.next/', 'dist/', 'test-results/', 'playwright-report/', 'next-env.d.ts', 'public/', '.cache/'] },
  ...tseslint.configs.recommended,
  // The React Compiler-backed hook rules and Next's Core Web Vitals rules apply to the UI only.
  { files: ['components/**/*.{ts,tsx}', 'app/**/*.{ts,tsx}'], ...reactHooks.configs.flat.recommended },
  { files: ['components/**/*.{ts,tsx}', 'app/**/*.{ts,tsx}'], ...nextPlugin.configs['core-web-vitals'] },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['lib/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: UI_MODULES, message: 'lib/ stays free of React, Next, React Flow and components: move UI code to components/.' }],
          paths: UI_MODULES.filter((m) => !m.includes('*')).map((name) => ({ name, message: 'lib/ stays free of UI code.' })),
        },
      ],
      'no-restricted-globals': ['error', ...DOM_GLOBALS.map((name) => ({ name, message: 'lib/ runs without a DOM (CLI, tests, workers).' }))],
    },
  },
);
