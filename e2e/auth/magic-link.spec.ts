import { test, expect, messages, uniqueEmail, signOut } from '../fixtures';
import { firstLink, waitForMail } from '../support/mail';
import { db } from '../../server/db';

for (const locale of ['en', 'uk'] as const) {
  const m = messages[locale];

  test(`signs in by magic link through a real SMTP conversation (${locale})`, async ({ page }) => {
    const email = uniqueEmail(`magic-${locale}`);
    const startedAt = Date.now();
    await page.goto(`/${locale}/signin`);
    await page.getByLabel(m.signIn.email).fill(email);
    await page.getByRole('button', { name: m.signIn.send }).click();
    await expect(page.getByRole('heading', { name: m.signIn.checkTitle })).toBeVisible();

    const mail = await waitForMail(email, { after: startedAt - 1000 });
    expect(mail.subject).toBe(m.email.signIn.subject);
    // Asking for a link stores no person: the address is not confirmed yet.
    expect(await db.user.count({ where: { email } })).toBe(0);
    const link = firstLink(mail.text);
    expect(new URL(link).pathname).toBe(`/${locale}/signin/confirm`);

    // Opening the link spends nothing (mail scanners); the button does.
    await page.goto(link);
    await expect(page.getByRole('heading', { name: m.signIn.confirmTitle })).toBeVisible();
    await page.getByRole('button', { name: m.signIn.confirmButton }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/dashboard$`));
    await expect(page.getByRole('heading', { level: 1 })).toContainText(email);
    await expect(page.getByRole('button', { name: m.nav.signOut })).toBeVisible();
    expect((await db.user.findUniqueOrThrow({ where: { email } })).locale).toBe(locale);

    // The link works once.
    await signOut(page);
    await page.goto(link);
    await page.getByRole('button', { name: m.signIn.confirmButton }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/signin\\?error=`));
    await expect(page.getByText(m.signIn.linkExpired)).toBeVisible();
  });
}

test("shows a field error in the visitor's language for a bad address", async ({ page }) => {
  await page.goto('/uk/signin');
  await page.getByLabel(messages.uk.signIn.email).fill('not-an-address');
  await page.getByRole('button', { name: messages.uk.signIn.send }).click();
  await expect(page.getByText(messages.uk.validation.email)).toBeVisible();
  await expect(page.getByLabel(messages.uk.signIn.email)).toHaveAttribute('aria-invalid', 'true');
});

test('a new link can be requested from the check-your-inbox screen', async ({ page }) => {
  const email = uniqueEmail('resend');
  await page.goto('/en/signin');
  await page.getByLabel(messages.en.signIn.email).fill(email);
  await page.getByRole('button', { name: messages.en.signIn.send }).click();
  const first = await waitForMail(email);
  await page.getByRole('button', { name: messages.en.signIn.resend }).click();
  const second = await waitForMail(email, { after: first.receivedAt + 1 });
  expect(firstLink(second.text)).not.toBe(firstLink(first.text));
});
