import { defineConfig } from '@playwright/test';

// Ports can be moved (E2E_PORT_BASE) so that two checkouts can run their suites side by side.
const base = Number(process.env.E2E_PORT_BASE ?? 3100);
export const E2E_PORT = base;
export const E2E_DEMO_PORT = base + 1;
export const E2E_SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? 2525 + (base - 3100));
const databaseUrl = process.env.E2E_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/twincity_e2e';
// Fixtures create people and sessions in the same database the servers use.
process.env.DATABASE_URL = databaseUrl;

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The environment of an app server in the suite (also for the servers some specs start themselves). */
export function serverEnv(port: number, extra: Record<string, string>): Record<string, string> {
  return {
    NODE_ENV: 'production',
    PORT: String(port),
    // The test runner resolves server-only with react-server; the app server must not.
    NODE_OPTIONS: '',
    NEXT_TELEMETRY_DISABLED: '1',
    DATABASE_URL: databaseUrl,
    NEXTAUTH_URL: `http://localhost:${port}`,
    NEXTAUTH_SECRET: 'e2e-secret-0123456789abcdef',
    SMTP_URL: `smtp://127.0.0.1:${E2E_SMTP_PORT}`,
    OUTBOX_INTERVAL_MS: '300',
    SIGNIN_LIMIT_PER_EMAIL: '50',
    SIGNIN_LIMIT_PER_IP: '500',
    DB_POOL_MAX: '5',
    ...extra,
  };
}

/** The suite runs against a production build (scripts/test.mjs builds it first). */
export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  workers: 1,
  // No retries, on CI least of all: a test that passes only on its second try is a failure to fix.
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  expect: { timeout: 15_000 },
  globalSetup: './e2e/global-setup.ts',
  use: {
    baseURL: `http://localhost:${E2E_PORT}`,
    trace: 'retain-on-failure',
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS },
  },
  webServer: [
    {
      // A deployment without demo mode: no mailbox page, no one-click sign-in.
      // Served as `npm start` serves (scripts/server.mjs, which decides the client address), not by `next start`.
      command: `node scripts/server.mjs`,
      url: `http://localhost:${E2E_PORT}/api/health`,
      env: serverEnv(E2E_PORT, { DEMO_MODE: '' }),
      reuseExistingServer: false,
      timeout: 120_000,
    },
    {
      command: `node scripts/server.mjs`,
      url: `http://localhost:${E2E_DEMO_PORT}/api/health`,
      env: serverEnv(E2E_DEMO_PORT, { DEMO_MODE: '1' }),
      reuseExistingServer: false,
      timeout: 120_000,
    },
  ],
});
