import { test, expect, messages } from '../fixtures';
import { E2E_DEMO_PORT } from '../../playwright.config';

test.use({ baseURL: `http://localhost:${E2E_DEMO_PORT}` });

test('in demo mode each demo person signs in with one click (Ukrainian)', async ({ page }) => {
  const m = messages.uk;
  await page.goto('/uk/signin');
  await expect(page.getByRole('heading', { name: m.demo.title })).toBeVisible();
  await page.getByRole('button', { name: /Anna Becker/ }).click();
  await expect(page).toHaveURL(/\/uk\/dashboard$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Anna Becker');
  await expect(page.getByRole('heading', { name: m.dashboard.coordinatorTodo })).toBeVisible();
  await page.getByRole('link', { name: m.nav.people }).click();
  await expect(page.getByRole('heading', { level: 1, name: m.people.title })).toBeVisible();
});

test('in demo mode the mailbox page lists the e-mails', async ({ page }) => {
  await page.goto('/en/signin');
  await page.getByLabel(messages.en.signIn.email).fill('mailbox-reader@e2e.twincity.example');
  await page.getByRole('button', { name: messages.en.signIn.send }).click();
  await expect(page.getByRole('heading', { name: messages.en.signIn.checkTitle })).toBeVisible();
  await page.goto('/en/dev/mailbox');
  await expect(page.getByRole('article', { name: messages.en.email.signIn.subject }).first()).toBeVisible();
});

test('every demo person can sign in with one click', async ({ page }) => {
  await page.goto('/de/signin');
  const demo = page.getByRole('region', { name: messages.de.demo.title });
  const people = await demo.getByRole('button').allInnerTexts();
  expect(people.length).toBeGreaterThanOrEqual(6);
  for (let i = 0; i < people.length; i += 1) {
    await page.context().clearCookies();
    await page.goto('/de/signin');
    await page.getByRole('region', { name: messages.de.demo.title }).getByRole('button').nth(i).click();
    await expect(page).toHaveURL(/\/de\/dashboard$/);
    await expect(page.getByRole('button', { name: messages.de.nav.signOut })).toBeVisible();
  }
});
