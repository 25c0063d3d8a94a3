import { test, expect, messages, expectNotFound } from '../fixtures';

test.describe('languages', () => {
  test.use({ locale: 'uk-UA', extraHTTPHeaders: { 'Accept-Language': 'uk-UA,uk;q=0.9,en;q=0.5' } });

  test("sends / to the visitor's language", async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/uk$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(messages.uk.home.title);
  });
});

test('the language switcher keeps the current page', async ({ page }) => {
  await page.goto('/en/privacy');
  await page.getByRole('navigation', { name: messages.en.nav.language }).getByRole('link', { name: 'Deutsch' }).click();
  await expect(page).toHaveURL(/\/de\/privacy$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(messages.de.privacy.title);
  await page.getByRole('navigation', { name: messages.de.nav.language }).getByRole('link', { name: 'Русский' }).click();
  await expect(page).toHaveURL(/\/ru\/privacy$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(messages.ru.privacy.title);
});

test('unknown paths and unknown locales give the localized 404', async ({ page }) => {
  const res = await page.goto('/uk/no-such-page');
  expect(res?.status()).toBe(404);
  await expectNotFound(page, 'uk');
  const unknownLocale = await page.goto('/xx/privacy');
  expect(unknownLocale?.status()).toBe(404);
  await expectNotFound(page, 'en');
});

test('pages declare their other-language versions and a share preview', async ({ page }) => {
  await page.goto('/de/privacy');
  for (const l of ['en', 'de', 'ru', 'uk']) {
    await expect(page.locator(`link[rel="alternate"][hreflang="${l}"]`)).toHaveAttribute(
      'href',
      new RegExp(`/${l}/privacy$`),
    );
  }
  await expect(page).toHaveTitle(messages.de.privacy.title);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', messages.de.privacy.title);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', messages.de.privacy.intro);
});
