import { defineConfig } from 'vitest/config';

// Two projects: pure code under Node (engine, models, content checks) and islands under jsdom.
export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'tests/engine/**/*.test.ts',
            'tests/content/**/*.test.ts',
            'tests/models/**/*.test.ts',
            'tests/lib/**/*.test.ts',
            'tests/quality/**/*.test.ts',
          ],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: [
            'tests/islands/**/*.test.{ts,tsx}',
            'tests/stores/**/*.test.ts',
            'tests/lms/**/*.test.ts',
          ],
        },
      },
    ],
  },
});
