import { randomInt } from 'node:crypto';
import type { Page } from '@playwright/test';
import { test, expect, messages, uniqueEmail } from '../fixtures';
import { rawRequest, startAppServer, type AppServer } from '../support/app-server';

// The per-IP sign-in limit counts the address scripts/server.mjs decides, never one a client wrote.
// Each spec's server has the default SIGNIN_LIMIT_PER_IP (30); requests come from a loopback address
// of their own (127.x.y.z), so the count starts at zero whatever ran before.
const LIMIT = 30;

type SignInAction = { headers: Record<string, string>; body: string; email: string };

/** Sends the sign-in form once in a browser and keeps the server action request to replay it. */
async function captureSignInAction(page: Page, server: AppServer): Promise<SignInAction> {
  const email = uniqueEmail('ip-capture');
  await page.goto(`${server.url}/en/signin`);
  await page.getByLabel(messages.en.signIn.email).fill(email);
  const [request] = await Promise.all([
    page.waitForRequest((r) => r.method() === 'POST' && !!r.headers()['next-action']),
    page.getByRole('button', { name: messages.en.signIn.send }).click(),
  ]);
  const keep = ['next-action', 'next-router-state-tree', 'content-type', 'accept'];
  const headers = Object.fromEntries(keep.flatMap((k) => (request.headers()[k] ? [[k, request.headers()[k]]] : [])));
  return { headers: { ...headers, origin: server.url }, body: request.postData()!, email };
}

/** Replays the sign-in action for a fresh address; true when a link was sent, false when refused. */
async function signIn(server: AppServer, action: SignInAction, opts: { localAddress: string; forwardedFor?: string }) {
  const res = await rawRequest(server.port, {
    method: 'POST',
    path: '/en/signin',
    localAddress: opts.localAddress,
    headers: { ...action.headers, ...(opts.forwardedFor ? { 'x-forwarded-for': opts.forwardedFor } : {}) },
    body: action.body.replace(action.email, uniqueEmail('ip')),
  });
  expect(res.status).toBe(200);
  if (res.text.includes('RATE_LIMITED')) return false;
  expect(res.text).toContain('"ok":true');
  return true;
}

const randomLoopback = () => `127.${randomInt(1, 255)}.${randomInt(0, 256)}.${randomInt(1, 255)}`;
const randomAddress = () => `10.${randomInt(0, 256)}.${randomInt(0, 256)}.${randomInt(1, 255)}`;
const allowedThenRefused = (n: number) => Array.from({ length: n }, (_, i) => i < LIMIT);

test.describe('without a trusted proxy', () => {
  let server: AppServer;
  test.beforeAll(async () => {
    server = await startAppServer(2, { SIGNIN_LIMIT_PER_IP: undefined, SIGNIN_LIMIT_PER_EMAIL: '500' });
  });
  test.afterAll(async () => server?.stop());

  test('forged X-Forwarded-For values do not escape the per-IP limit', async ({ page }) => {
    const action = await captureSignInAction(page, server);
    const client = randomLoopback();
    const results: boolean[] = [];
    for (let i = 0; i < 40; i += 1) {
      results.push(
        await signIn(server, action, { localAddress: client, forwardedFor: `203.0.113.${i + 1}, ${randomAddress()}` }),
      );
    }
    expect(results).toEqual(allowedThenRefused(40));
  });
});

test.describe('behind one trusted proxy (TRUSTED_PROXY_COUNT=1)', () => {
  let server: AppServer;
  test.beforeAll(async () => {
    server = await startAppServer(3, {
      SIGNIN_LIMIT_PER_IP: undefined,
      SIGNIN_LIMIT_PER_EMAIL: '500',
      TRUSTED_PROXY_COUNT: '1',
    });
  });
  test.afterAll(async () => server?.stop());

  test('the right-most X-Forwarded-For address is the client', async ({ page }) => {
    const action = await captureSignInAction(page, server);
    // One proxy (one socket address) for everyone: 35 visitors the proxy names differently all pass,
    // whatever they wrote themselves.
    const proxy = randomLoopback();
    for (let i = 0; i < LIMIT + 5; i += 1) {
      expect(
        await signIn(server, action, { localAddress: proxy, forwardedFor: `198.51.100.7, ${randomAddress()}` }),
      ).toBe(true);
    }
    // One visitor the proxy names the same each time is refused from the 31st request, however it
    // varies what it writes in front.
    const visitor = randomAddress();
    const results: boolean[] = [];
    for (let i = 0; i < 40; i += 1) {
      results.push(
        await signIn(server, action, { localAddress: proxy, forwardedFor: `203.0.113.${i + 1}, ${visitor}` }),
      );
    }
    expect(results).toEqual(allowedThenRefused(40));
  });
});
