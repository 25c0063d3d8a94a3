import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));
// The integration SMTP sink's port; scripts/test.mjs picks a free one.
const testSmtpPort = process.env.TEST_SMTP_PORT ?? '2599';
const testDatabaseUrl = process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/twincity_test';

const resolve = {
  alias: {
    '@/': `${root}/`,
    // server/ modules guard against the browser bundle; tests run them in Node.
    'server-only': `${root}/node_modules/server-only/empty.js`,
  },
};

export default defineConfig({
  test: {
    projects: [
      {
        resolve,
        test: {
          name: 'unit',
          include: ['lib/**/*.test.ts', 'i18n/**/*.test.ts', 'scripts/**/*.test.ts'],
          environment: 'node',
          // next-intl's middleware imports 'next/server' without an extension, which only a bundler resolves
          // (proxy.ts is tested in lib/toolbox/search-address.test.ts).
          server: { deps: { inline: ['next-intl'] } },
        },
      },
      {
        resolve,
        test: {
          name: 'integration',
          include: ['server/**/*.int.test.ts', 'app/**/*.int.test.ts', 'prisma/**/*.int.test.ts'],
          environment: 'node',
          globalSetup: ['server/test/global-setup.ts'],
          // One database, so files run one after another.
          fileParallelism: false,
          testTimeout: 20_000,
          hookTimeout: 60_000,
          env: {
            DATABASE_URL: testDatabaseUrl,
            NEXTAUTH_URL: 'http://localhost:3999',
            NEXTAUTH_SECRET: 'integration-test-secret-0123456789',
            SMTP_URL: `smtp://127.0.0.1:${testSmtpPort}`,
            DEMO_MODE: '',
            SIGNIN_LIMIT_PER_EMAIL: '3',
            SIGNIN_LIMIT_PER_IP: '5',
            DB_POOL_MAX: '4',
          },
        },
      },
    ],
  },
});
