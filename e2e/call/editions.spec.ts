import AxeBuilder from '@axe-core/playwright';
import { test, expect, messages, expectNotFound, uniqueEmail, waitForHydration } from '../fixtures';
import { daysFrom, editionDates, isoDay } from '../../prisma/timeline';
import { createApplication, createCall } from '../../prisma/factories';
import { db } from '../../server/db';
import { editionTitle, seededEdition } from '../support/editions';

const uk = messages.uk;
const de = messages.de;

test('a coordinator creates, edits and deletes an edition, in Ukrainian, with field errors in Ukrainian', async ({
  page,
  loginAs,
}) => {
  await loginAs('COORDINATOR', { locale: 'uk' });
  const slug = `e2e-${Date.now().toString(36)}`;

  await page.goto('/uk/coordinator');
  await page.getByRole('link', { name: uk.coordinator.manageEditions }).click();
  await expect(page.getByRole('heading', { level: 1, name: uk.editions.title })).toBeVisible();
  await page.getByRole('link', { name: uk.editions.new }).click();
  await expect(page.getByRole('heading', { level: 1, name: uk.editions.newTitle })).toBeVisible();

  // The form comes filled in with the usual dates and the default texts; break two fields first.
  const ukTitle = page.getByLabel('Заголовок (Українська)');
  await expect(ukTitle).not.toHaveValue('');
  await page.getByLabel(uk.editions.form.slug).fill(slug);
  await ukTitle.fill('');
  const f = uk.editions.form;
  // Dates from the clock, about a year ahead; the window's end typed before its start.
  const now = new Date();
  await page.getByLabel(f.deadlineDate).fill(isoDay(now, 400));
  await page.getByLabel(f.selectionDate).fill(isoDay(now, 430));
  await page.getByLabel(f.windowStart).fill(isoDay(now, 431));
  await page.getByLabel(uk.editions.form.windowEnd).fill(isoDay(now, 420));
  await page.getByRole('button', { name: uk.editions.create }).click();
  await expect(page.getByText(uk.validation.required)).toBeVisible();
  await expect(page.getByText(uk.editions.validation.windowEnd)).toBeVisible();

  await ukTitle.fill('Twin City Booster: тестовий випуск');
  await page.getByLabel(uk.editions.form.windowEnd).fill(isoDay(now, 700));
  await page.getByLabel(uk.editions.form.deadlineTime).fill('18:00');
  await page.getByLabel(uk.editions.form.deadlineTimeZone).selectOption('Europe/Kyiv');
  await page.getByRole('button', { name: uk.editions.create }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Конкурс: Twin City Booster: тестовий випуск' }),
  ).toBeVisible();
  await expect(page.getByText(uk.editions.created)).toBeVisible();

  // Coordinators preview the draft as the public will see it once it is open.
  const editUrl = page.url();
  await page.getByRole('link', { name: uk.editions.preview }).click();
  await expect(page.getByRole('note')).toContainText(uk.editions.previewBanner);
  await expect(page.getByRole('heading', { level: 1, name: 'Twin City Booster: тестовий випуск' })).toBeVisible();
  await expect(page.getByText('о 18:00', { exact: false }).first()).toBeVisible();

  // A draft is not public.
  const res = await page.goto(`/uk/call/${slug}`);
  expect(res?.status()).toBe(404);
  await expectNotFound(page, 'uk');
  await page.goto(editUrl);

  // What was typed comes back: the deadline stays 18:00 in Kyiv.
  await expect(page.getByLabel(uk.editions.form.deadlineTime)).toHaveValue('18:00');
  await expect(page.getByLabel(uk.editions.form.deadlineTimeZone)).toHaveValue('Europe/Kyiv');

  // Only one edition accepts applications at a time: the seeded open edition is.
  await page.getByRole('button', { name: uk.editions.status.open }).click();
  await page.getByRole('dialog').getByRole('button', { name: uk.editions.status.open }).click();
  await expect(page.getByRole('alert').filter({ hasText: uk.editions.anotherOpen })).toBeVisible();

  await page.getByLabel(uk.editions.form.pairs).fill('3');
  await page.getByRole('button', { name: uk.common.save }).click();
  await expect(page.getByText(uk.editions.saved)).toBeVisible();
  await page.reload();
  await expect(page.getByLabel(uk.editions.form.pairs)).toHaveValue('3');

  await page.getByRole('button', { name: uk.editions.status.delete }).click();
  await page.getByRole('dialog').getByRole('button', { name: uk.editions.status.delete }).click();
  await expect(page).toHaveURL(/\/uk\/coordinator\/editions$/);
  await expect(page.getByRole('link', { name: 'Twin City Booster: тестовий випуск' })).toHaveCount(0);
});

test('a stale form does not overwrite a newer save (German)', async ({ page, context, loginAs }) => {
  await loginAs('COORDINATOR', { locale: 'de' });
  await page.goto('/de/coordinator/editions/new');
  // Type only into a hydrated form, as a person would once the page has loaded (the fixture waits).
  const slug = `e2e-stale-${Date.now().toString(36)}`;
  await page.getByLabel(de.editions.form.slug).fill(slug);
  await page.getByRole('button', { name: de.editions.create }).click();
  await expect(page.getByText(de.editions.created)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Runde:');

  const other = await context.newPage();
  await other.goto(page.url());
  await waitForHydration(other);
  await other.getByLabel(de.editions.form.pairs).fill('4');
  await other.getByRole('button', { name: de.common.save }).click();
  await expect(other.getByText(de.editions.saved)).toBeVisible();

  await page.getByLabel(de.editions.form.pairs).fill('5');
  await page.getByRole('button', { name: de.common.save }).click();
  await expect(page.getByRole('alert').filter({ hasText: de.editions.conflict })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel(de.editions.form.pairs)).toHaveValue('4');

  await page.getByRole('button', { name: de.editions.status.delete }).click();
  await page.getByRole('dialog').getByRole('button', { name: de.editions.status.delete }).click();
  await expect(page).toHaveURL(/\/de\/coordinator\/editions$/);
});

test('editions pages are a 404 for applicants and pass axe for coordinators', async ({ page, loginAs }) => {
  await loginAs('APPLICANT', { locale: 'ru' });
  await page.goto('/ru/coordinator/editions/new');
  await expectNotFound(page, 'ru');
  await loginAs('COORDINATOR', { locale: 'uk' });
  await page.goto('/uk/coordinator/editions');
  const editLink = page.getByRole('link', { name: editionTitle(await seededEdition('open'), 'uk'), exact: true });
  for (const path of [
    '/uk/coordinator/editions',
    '/uk/coordinator/editions/new',
    await editLink.getAttribute('href'),
  ]) {
    await page.goto(path!);
    const result = await new AxeBuilder({ page }).analyze();
    expect(
      result.violations.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  }
});

test('a coordinator sees the phases and closes an edition early, which opens its review (German)', async ({
  page,
  loginAs,
}) => {
  // An open edition of its own, with its deadline after the seeded one's, so the seeded call stays current.
  const now = new Date();
  const applicant = await db.user.create({ data: { email: uniqueEmail('early'), name: 'Eva Früh' } });
  const call = await createCall(db, {
    ...editionDates(daysFrom(now, 60), 'open'),
    openedAt: daysFrom(now, -3),
    texts: Object.fromEntries(
      ['en', 'de', 'ru', 'uk'].map((l) => [l, { title: 'Frühschluss-Runde', summary: 'S', body: 'B' }]),
    ) as never,
  });
  const app = await createApplication(db, {
    callId: call.id,
    applicantId: applicant.id,
    status: 'SUBMITTED',
    submittedAt: daysFrom(now, -1),
  });
  await loginAs('COORDINATOR', { locale: 'de' });
  await page.goto(`/de/coordinator/editions/${call.id}`);
  const phases = page.getByRole('list', { name: de.editions.phases.label });
  await expect(phases.getByRole('listitem')).toHaveText(
    ['DRAFT', 'OPEN', 'CLOSED', 'REVIEW', 'DECIDED', 'ARCHIVED'].map(
      (p) => new RegExp(de.status.call[p as keyof typeof de.status.call]),
    ),
  );
  await expect(phases.locator('[aria-current="step"]')).toContainText(de.status.call.OPEN);

  // The confirmation says what closing does before anything happens.
  await page.getByRole('button', { name: de.editions.status.close }).click();
  await expect(page.getByRole('dialog')).toContainText(de.editions.status.closeConfirm);
  await page.getByRole('dialog').getByRole('button', { name: de.editions.status.close }).click();
  await expect(page.getByText(de.editions.status.closeDone)).toBeVisible();
  await expect(phases.locator('[aria-current="step"]')).toContainText(de.status.call.REVIEW);
  await expect(page.getByRole('button', { name: de.editions.status.close })).toHaveCount(0);
  expect((await db.application.findUniqueOrThrow({ where: { id: app.id } })).status).toBe('UNDER_REVIEW');

  // Every text now speaks of the past and names the day it closed, not the deadline it no longer waits for.
  const dayOf = (d: Date) =>
    new Intl.DateTimeFormat('de', { day: 'numeric', month: 'long', year: 'numeric', timeZone: call.deadlineTimeZone })
      .format(d)
      .replace(/\s/g, ' ');
  const closedDay = new Date();
  await expect(page.locator('main header')).toContainText(
    de.review.edition.closedOn.replace('{date}', dayOf(closedDay)),
  );
  await page.goto(`/de/call/${call.slug}`);
  const closed = page.getByRole('region', { name: de.call.closed.heading });
  await expect(closed).toContainText(dayOf(closedDay));
  await expect(closed).not.toContainText(dayOf(call.applicationDeadline));
  await expect(page.getByRole('region', { name: de.call.countdown.heading })).toHaveCount(0);
  await expect(page.getByRole('region', { name: de.call.timeline.heading })).toContainText(de.call.timeline.closed);
  await expect(page.getByRole('region', { name: de.call.timeline.heading })).not.toContainText(
    dayOf(call.applicationDeadline),
  );
});

test('the criteria editor shows a long criterion whole in each language and names it in the reader’s (German)', async ({
  page,
  loginAs,
}) => {
  const call = await createCall(db, { ...editionDates(daysFrom(new Date(), 40), 'open') });
  await loginAs('COORDINATOR', { locale: 'de' });
  await page.goto(`/de/coordinator/editions/${call.id}`);
  await waitForHydration(page);
  const labels = {
    English: 'Potential of the partnership',
    Deutsch: 'Potenzial der Partnerschaft',
    Русский: 'Потенциал партнёрства городов',
    Українська: 'Потенціал партнерства міст',
  };
  const add = page.getByRole('form', { name: de.review.criteria.formLabel.replace('{name}', de.review.criteria.new) });
  for (const [language, text] of Object.entries(labels)) {
    await add.getByLabel(de.review.criteria.label.replace('{language}', language)).fill(text);
  }
  await add.getByLabel(de.review.criteria.weight).fill('2');
  await add.getByRole('button', { name: de.review.criteria.add }).click();
  await expect(page.getByText(de.review.criteria.saved)).toBeVisible();

  const saved = page.getByRole('form', { name: de.review.criteria.formLabel.replace('{name}', labels.Deutsch) });
  for (const [language, text] of Object.entries(labels)) {
    const input = saved.getByLabel(de.review.criteria.label.replace('{language}', language));
    await expect(input).toHaveValue(text);
    // The whole label is in view: the field is not narrower than its text.
    expect(await input.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
  }
});
