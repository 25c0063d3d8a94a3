import type { Page } from '@playwright/test';
import { test, expect } from '../fixtures';
import { db } from '../../server/db';
import { seededEdition } from '../support/editions';
import CLIENT_MESSAGES from '../../i18n/client-messages.json';
import { isMessageKey, sentNamespaces } from '../../i18n/client-namespaces';

const LAYOUT = 'app/[locale]/layout.tsx';
const listed = CLIENT_MESSAGES as Record<string, string[]>;

/**
 * Each page sends the browser only the namespaces its client components translate (and the layout's), and
 * shows no message key as text where a message should be.
 */
async function expectOnlyItsMessages(page: Page, path: string, entry: string | null) {
  const locale = path.split('/')[1]!;
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  const html = await response!.text();
  const allowed = new Set(
    [...(listed[LAYOUT] ?? []), ...(entry ? (listed[entry] ?? []) : [])].map((p) => p.split('.')[0]),
  );
  expect(
    sentNamespaces(html, locale).filter((ns) => !allowed.has(ns)),
    path,
  ).toEqual([]);
  const text = await page.locator('body').innerText();
  const rawKeys = [...text.matchAll(/\b[a-zA-Z]+(?:\.[a-zA-Z0-9-]+)+\b/g)].map((m) => m[0]).filter(isMessageKey);
  expect(rawKeys, path).toEqual([]);
}

test('public pages send only their client components’ messages and show no raw key (uk, de)', async ({ page }) => {
  const past = await seededEdition('history');
  for (const [path, entry] of [
    ['/uk', null],
    ['/uk/call', 'app/[locale]/(public)/call/page.tsx'],
    [`/de/call/${past.slug}`, 'app/[locale]/(public)/call/[slug]/page.tsx'],
    ['/uk/toolbox', 'app/[locale]/(public)/toolbox/page.tsx'],
    ['/de/signin', 'app/[locale]/(auth)/signin/page.tsx'],
  ] as const) {
    await expectOnlyItsMessages(page, path, entry);
  }
  // The home page has no client component of its own: only the header's navigation reaches the browser.
  const html = await (await page.request.get('/uk')).text();
  expect(sentNamespaces(html, 'uk')).toEqual(['nav']);
});

test('signed-in pages send only their client components’ messages and show no raw key (uk)', async ({
  page,
  loginAs,
}) => {
  await loginAs('COORDINATOR', { locale: 'uk' });
  const review = await seededEdition('review');
  const pair = await db.boosterPair.findFirstOrThrow({ orderBy: { createdAt: 'asc' } });
  for (const [path, entry] of [
    ['/uk/dashboard', null],
    ['/uk/coordinator/booster', 'app/[locale]/(app)/coordinator/booster/page.tsx'],
    [`/uk/pairs/${pair.id}`, 'app/[locale]/(app)/pairs/[id]/page.tsx'],
    [`/uk/coordinator/editions/${review.id}`, 'app/[locale]/(app)/coordinator/editions/[id]/page.tsx'],
    [
      `/uk/coordinator/editions/${review.id}/applications`,
      'app/[locale]/(app)/coordinator/editions/[id]/applications/page.tsx',
    ],
    ['/uk/profile', 'app/[locale]/(app)/profile/page.tsx'],
  ] as const) {
    await expectOnlyItsMessages(page, path, entry);
  }
});
