import AxeBuilder from '@axe-core/playwright';
import { test, expect, messages, expectNotFound } from '../fixtures';
import { editionTitle, seededEdition } from '../support/editions';

const uk = messages.uk.call;
const de = messages.de.call;

/** The deadline as the call page words it: the date in the edition's zone, then the time. */
const deadlineDay = (deadline: Date, locale: string, timeZone = 'Europe/Berlin') =>
  new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone }).format(deadline);

test('the current call in Ukrainian: programme, workshops, costs, questions, timeline and Apply', async ({ page }) => {
  const open = await seededEdition('open');
  await page.goto('/uk/call');
  await expect(page.getByRole('heading', { level: 1, name: editionTitle(open, 'uk'), exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: uk.countdown.heading })).toBeVisible();
  await expect(page.getByRole('timer', { name: uk.countdown.label })).toContainText(/\d+/);
  await expect(page.getByRole('link', { name: uk.apply })).toHaveAttribute('href', '/uk/apply');

  const workshops = page.getByRole('list', { name: messages.uk.stages.sequenceLabel });
  await expect(workshops.getByRole('listitem')).toHaveCount(4);
  await expect(workshops.getByRole('listitem').nth(2)).toContainText(messages.uk.stages.MATCH_SPRINT.title);
  await expect(page.getByText(uk.workshops.languages)).toBeVisible();

  for (const heading of [
    uk.programme.heading,
    uk.costs.heading,
    uk.who.heading,
    uk.questions.heading,
    uk.timeline.heading,
    uk.contactHeading,
  ]) {
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  }
  await expect(page.getByText(uk.costs.hostItems.lodging)).toBeVisible();
  await expect(page.getByText(uk.costs.notCoveredItems.travel)).toBeVisible();
  for (const q of ['who', 'hopes', 'motivation', 'other'] as const)
    await expect(page.getByText(uk.questions[q])).toBeVisible();
  await expect(
    page.getByText(`${deadlineDay(open.applicationDeadline, 'uk')} о 23:59`, { exact: false }).first(),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'booster@twincity.example' })).toHaveAttribute(
    'href',
    'mailto:booster@twincity.example',
  );
});

test('a past edition stays readable, says it is closed and points to the open one', async ({ page }) => {
  const open = await seededEdition('open');
  await page.goto('/uk/call');
  await page
    .getByRole('navigation', { name: uk.editions.heading })
    .getByRole('link', { name: 'Twin City Booster 2020' })
    .click();
  await expect(page).toHaveURL(/\/uk\/call\/2020$/);
  await expect(page.getByRole('heading', { level: 2, name: uk.closed.heading })).toBeVisible();
  await expect(page.getByRole('link', { name: uk.apply })).toHaveCount(0);
  await expect(page.getByText('31 грудня 2019 р.', { exact: false }).first()).toBeVisible();
  await page.getByRole('link', { name: uk.closed.nextLink }).click();
  await expect(page).toHaveURL(new RegExp(`/uk/call/${open.slug}$`));
  await expect(page.getByRole('link', { name: uk.apply })).toBeVisible();
});

test('at the deadline the German call page turns to closed without a reload', async ({ page }) => {
  // The browser's clock five seconds before the seeded open edition's deadline (23:59 Berlin).
  const open = await seededEdition('open');
  await page.clock.install({ time: new Date(open.applicationDeadline.getTime() - 5_000) });
  await page.goto('/de/call');
  await expect(page.getByRole('link', { name: de.apply })).toBeVisible();
  await expect(page.getByRole('timer', { name: de.countdown.label })).toContainText('0 Tage');
  await page.clock.fastForward(10_000);
  await expect(page.getByRole('heading', { level: 2, name: de.closed.heading })).toBeVisible();
  await expect(page.getByRole('link', { name: de.apply })).toHaveCount(0);
  await expect(page.getByText(de.closed.noNext)).toBeVisible();
});

test('unknown editions are the localized 404', async ({ page }) => {
  const res = await page.goto('/ru/call/no-such-edition');
  expect(res?.status()).toBe(404);
  await expectNotFound(page, 'ru');
});

test('axe finds nothing on the call pages', async ({ page }) => {
  for (const path of ['/uk/call', '/de/call/2020']) {
    await page.goto(path);
    const result = await new AxeBuilder({ page }).analyze();
    expect(
      result.violations.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  }
});
