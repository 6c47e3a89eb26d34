// ESLint: typescript-eslint with type-aware rules on TS/TSX, the Astro plugin on .astro,
// and a hard wall around the engine and the teaching models: they stay pure.
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

const pureImports = {
  patterns: [
    { group: ['preact', 'preact/*', '@preact/*'], message: 'The engine and models are pure: no Preact.' },
    { group: ['astro', 'astro:*', 'astro/*'], message: 'The engine and models are pure: no Astro.' },
    { group: ['nanostores', '@nanostores/*'], message: 'The engine and models are pure: no stores.' },
    {
      group: ['node:*', 'fs', 'path'],
      message: 'The engine and models run in the browser: no Node built-ins.',
    },
  ],
};

export default tseslint.config(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'public/', '.ci-reports/', 'test-results/'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [...tseslint.configs.strictTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unnecessary-condition': 'off',
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
  {
    files: ['src/engine/**/*.ts', 'src/models/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', pureImports] },
  },
  ...astro.configs.recommended,
);
