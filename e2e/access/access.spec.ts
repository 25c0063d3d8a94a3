import { test, expect, messages, expectNotFound } from '../fixtures';
import { db } from '../../server/db';

test('health answers 200 with the database reachable', async ({ request }) => {
  const res = await request.get('/api/health');
  expect(res.status()).toBe(200);
  expect(await res.json()).toMatchObject({ status: 'ok' });
});

test('a signed-out visitor is sent to sign in and comes back afterwards', async ({ page }) => {
  await page.goto('/en/coordinator/people');
  await expect(page).toHaveURL(/\/en\/signin\?callbackUrl=%2Fen%2Fcoordinator%2Fpeople/);
  await expect(page.getByRole('heading', { level: 1, name: messages.en.signIn.title })).toBeVisible();
});

test('an applicant cannot open coordinator pages', async ({ page, loginAs }) => {
  await loginAs('APPLICANT', { locale: 'uk' });
  for (const path of ['/uk/coordinator', '/uk/coordinator/people']) {
    const res = await page.goto(path);
    expect(res?.status()).toBe(404);
    await expectNotFound(page, 'uk');
  }
  await page.goto('/uk/dashboard');
  await expect(page.getByRole('link', { name: messages.uk.nav.coordinator })).toHaveCount(0);
});

test('a deployment without demo mode has no mailbox and no one-click sign-in', async ({ page }) => {
  const res = await page.goto('/en/dev/mailbox');
  expect(res?.status()).toBe(404);
  await page.goto('/en/signin');
  await expect(page.getByRole('heading', { name: messages.en.demo.title })).toHaveCount(0);
});

test('a coordinator verifies a city official on the people page', async ({ page, loginAs }) => {
  await loginAs('COORDINATOR', { locale: 'ru' });
  const official = await loginAs('CITY_OFFICIAL', { citySlug: 'minsk', verified: false, name: 'Официальное Лицо' });
  // loginAs sets the latest cookie; sign back in as a coordinator for this page.
  await loginAs('COORDINATOR', { locale: 'ru' });
  await page.goto('/ru/coordinator/people');
  const row = page.getByRole('row').filter({ hasText: official.email });
  await expect(row).toContainText(messages.ru.people.unverified);
  await row.getByRole('button', { name: messages.ru.people.verify }).click();
  await expect(page.getByText(messages.ru.people.verifiedDone)).toBeVisible();
  await expect(row).toContainText(messages.ru.people.verified);
  expect((await db.user.findUniqueOrThrow({ where: { id: official.id } })).officialVerifiedAt).not.toBeNull();
});
