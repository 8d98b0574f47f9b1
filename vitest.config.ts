import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    projects: [
      // Speed is measured by `npm run bench`, not here: these limits only catch a hang. Some tests do real work
      // (ESLint on fixtures, dozens of SQLite imports, property runs) that takes seconds on a loaded 2-core machine.
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', testTimeout: 30_000 } },
      { test: { name: 'security', include: ['tests/security/**/*.test.ts'], environment: 'node', testTimeout: 30_000 } },
      {
        plugins: [vue()],
        test: { name: 'component', include: ['tests/component/**/*.test.ts'], environment: 'happy-dom' },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One Chromium at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
})
