import { test as base, expect, type Page, type Response } from '@playwright/test';
import { db } from '../server/db';
import { createSession, createUser, upsertCity } from '../prisma/factories';
import { SEED_CITIES } from '../prisma/seed-data/cities';
import en from '../messages/en.json';
import de from '../messages/de.json';
import ru from '../messages/ru.json';
import uk from '../messages/uk.json';

export const messages = { en, de, ru, uk };
export { expect };

type Role = 'APPLICANT' | 'CITY_OFFICIAL' | 'COORDINATOR';
type LoginOptions = { locale?: 'en' | 'de' | 'ru' | 'uk'; name?: string; citySlug?: string; verified?: boolean };

let n = 0;
export const uniqueEmail = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${(n += 1)}@e2e.twincity.example`;

/**
 * loginAs('coordinator') creates a person in the e2e database, gives the browser their
 * session cookie in place of any other (signInAs) (what next-auth sets after a magic link), and removes them afterwards.
 */
/**
 * Waits until React has hydrated the page (components/layout/providers.tsx marks it), as a person waits
 * for a page to finish loading before typing: on a busy machine a field typed into earlier is reset.
 */
export async function waitForHydration(page: Page) {
  await page.locator('html[data-hydrated="true"]').waitFor({ state: 'attached' });
}

async function hydratedIfHtml(page: Page, response: Response | null) {
  if (response && (response.headers()['content-type'] ?? '').includes('text/html')) await waitForHydration(page);
  return response;
}

/**
 * Signs the browser in as `userId`, in place of whoever was signed in. Leaves the page first: the previous
 * person's page asks next-auth for its session as it hydrates, and that answer sets their cookie again, so a
 * cookie swapped while it is in flight is swapped back (a coordinator then got an applicant's 404).
 */
export async function signInAs(page: Page, baseURL: string, userId: string) {
  await signOut(page);
  const token = await createSession(db, userId);
  await page
    .context()
    .addCookies([{ name: 'next-auth.session-token', value: token, url: baseURL, httpOnly: true, sameSite: 'Lax' }]);
}

/** Forgets who was signed in, after leaving the page so that none of its requests sets a cookie again. */
export async function signOut(page: Page) {
  // Leaving the page cancels its requests; a cookie set by an answer that came first is then cleared.
  if (page.url() !== 'about:blank') await page.goto('about:blank');
  await page.context().clearCookies();
}

export const test = base.extend<{
  loginAs: (role: Role, opts?: LoginOptions) => Promise<{ id: string; email: string }>;
}>({
  // Every page load in a spec waits for hydration, so no test types into a page that is not ready.
  // And no page may break the Content-Security-Policy or name a feature the browser does not know in the
  // Permissions-Policy (next.config.ts): the browser reports both on the console.
  page: async ({ page }, use) => {
    const goto = page.goto.bind(page);
    const reload = page.reload.bind(page);
    page.goto = async (url, options) => hydratedIfHtml(page, await goto(url, options));
    page.reload = async (options) => hydratedIfHtml(page, await reload(options));
    const policyErrors: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Permissions-Policy/i.test(message.text())) policyErrors.push(message.text());
    });
    await use(page);
    expect(policyErrors, 'the browser reported policy violations').toEqual([]);
  },
  loginAs: async ({ page, baseURL }, use) => {
    const created: string[] = [];
    await use(async (role, opts = {}) => {
      const city = opts.citySlug
        ? await upsertCity(
            db,
            SEED_CITIES.find((c) => c.slug === opts.citySlug)!,
          )
        : null;
      const user = await createUser(db, {
        email: uniqueEmail(role.toLowerCase()),
        name: opts.name ?? `E2E ${role.toLowerCase()}`,
        role,
        locale: opts.locale ?? 'en',
        officialCityId: city?.id,
        officialVerifiedAt: role === 'CITY_OFFICIAL' && opts.verified !== false ? new Date() : null,
      });
      created.push(user.id);
      await signInAs(page, baseURL!, user.id);
      return { id: user.id, email: user.email };
    });
    for (const id of created) {
      await db.auditEvent.deleteMany({ where: { actorId: id } });
      await db.user.delete({ where: { id } }).catch(() => {});
    }
  },
});

export async function expectNotFound(page: Page, locale: keyof typeof messages) {
  await expect(page.getByRole('heading', { level: 1, name: messages[locale].notFound.title })).toBeVisible();
}
