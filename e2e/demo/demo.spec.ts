import { test, expect, messages, uniqueEmail, signOut } from '../fixtures';
import { firstLink, waitForMail } from '../support/mail';
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

test("in demo mode the mailbox shows a demo person's sign-in link (Russian)", async ({ page }) => {
  const m = messages.ru;
  await page.goto('/ru/signin');
  await page.getByLabel(m.signIn.email).fill('applicant@demo.twincity.example');
  await page.getByRole('button', { name: m.signIn.send }).click();
  await expect(page.getByRole('heading', { name: m.signIn.checkTitle })).toBeVisible();
  await page.goto('/ru/dev/mailbox');
  const mail = page
    .getByRole('article', { name: m.email.signIn.subject })
    .filter({ hasText: 'applicant@demo.twincity.example' });
  await expect(mail.first()).toBeVisible();
  // Its state reads in Russian, never as the database's word for it.
  await expect(mail.first()).toContainText(new RegExp(Object.values(m.status.outbox).join('|')));
  await expect(mail.first()).not.toContainText(/CAPTURED|PENDING|SENT|HELD/);
});

test("an anonymous visitor cannot read anyone else's sign-in link at the mailbox: it goes to their inbox (Ukrainian)", async ({
  page,
}) => {
  const m = messages.uk;
  const email = uniqueEmail('not-demo');
  const startedAt = Date.now();
  await page.goto('/uk/signin');
  await page.getByLabel(m.signIn.email).fill(email);
  await page.getByRole('button', { name: m.signIn.send }).click();
  await expect(page.getByRole('heading', { name: m.signIn.checkTitle })).toBeVisible();
  // The link reaches its addressee through SMTP...
  const sent = await waitForMail(email, { after: startedAt - 1000 });
  expect(sent.subject).toBe(m.email.signIn.subject);
  const link = firstLink(sent.text);
  // ...and the public mailbox neither lists the e-mail nor shows its link.
  await page.goto('/uk/dev/mailbox');
  await expect(page.getByRole('heading', { level: 1, name: m.mailbox.title })).toBeVisible();
  await expect(page.getByText(email)).toHaveCount(0);
  expect(await page.content()).not.toContain(new URL(link).searchParams.get('token')!);
  await expect(page.getByText(m.mailbox.onlyDemoPeople)).toBeVisible();
});

test('every demo person can sign in with one click', async ({ page }) => {
  await page.goto('/de/signin');
  const demo = page.getByRole('region', { name: messages.de.demo.title });
  const people = await demo.getByRole('button').allInnerTexts();
  expect(people.length).toBeGreaterThanOrEqual(6);
  for (let i = 0; i < people.length; i += 1) {
    await signOut(page);
    await page.goto('/de/signin');
    await page.getByRole('region', { name: messages.de.demo.title }).getByRole('button').nth(i).click();
    await expect(page).toHaveURL(/\/de\/dashboard$/);
    await expect(page.getByRole('button', { name: messages.de.nav.signOut })).toBeVisible();
  }
});
