import type { Page } from '@playwright/test';
import { test, expect, messages } from '../fixtures';
import { db } from '../../server/db';
import { seededEdition } from '../support/editions';
import CLIENT_MESSAGES from '../../i18n/client-messages.json';

type Tree = { [key: string]: string | Tree };
const catalogue = messages.en as unknown as Tree;
const NAMESPACES = Object.keys(catalogue);
const LAYOUT = 'app/[locale]/layout.tsx';
const listed = CLIENT_MESSAGES as Record<string, string[]>;

function isKey(key: string): boolean {
  let node: string | Tree | undefined = catalogue;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string';
}

/**
 * The namespaces whose messages the page's HTML carries to the browser (NextIntlClientProvider's serialized
 * messages): a namespace is found by its first message as the flight data writes it, key path and the start of
 * its text in the page's language, e.g. \"nav\":{\"brand\":\"Twin City… . A key of the same name deeper
 * in another namespace (call.editions) does not count.
 */
function sentNamespaces(html: string, locale: keyof typeof messages): string[] {
  const texts = messages[locale] as unknown as Tree;
  return NAMESPACES.filter((ns) => {
    let node: string | Tree = texts[ns]!;
    let signature = `\\"${ns}\\":`;
    while (typeof node === 'object') {
      const [first] = Object.keys(node);
      if (!first) return false;
      signature += `{\\"${first}\\":`;
      node = node[first]!;
    }
    const start = /^[\p{L}\p{N} ]{1,15}/u.exec(node)?.[0] ?? '';
    return html.includes(`${signature}\\"${start}`);
  });
}

/**
 * Each page sends the browser only the namespaces its client components translate (and the layout's), and
 * shows no message key as text where a message should be.
 */
async function expectOnlyItsMessages(page: Page, path: string, entry: string | null) {
  const locale = path.split('/')[1] as keyof typeof messages;
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
  const rawKeys = [...text.matchAll(/\b[a-zA-Z]+(?:\.[a-zA-Z0-9-]+)+\b/g)].map((m) => m[0]).filter(isKey);
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
