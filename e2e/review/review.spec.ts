import { test, expect, messages, expectNotFound, signInAs } from '../fixtures';
import { waitForMail } from '../support/mail';
import { db } from '../../server/db';
import { reviewableEdition } from './support';

const ru = messages.ru;
const en = messages.en;
const uk = messages.uk;

test('two coordinators review, a conflicted one is refused, decisions are published and reach people after outbox review', async ({
  page,
  baseURL,
  loginAs,
}) => {
  const { call, app, applicant, partner, officialB } = await reviewableEdition();
  const anna = await loginAs('COORDINATOR', { locale: 'ru', name: 'Анна Координатор' });
  const maria = await loginAs('COORDINATOR', { locale: 'en', name: 'Maria Reviewer' });
  const olga = await loginAs('COORDINATOR', { locale: 'en', name: 'Olga Conflicted' });

  // Anna opens the review phase of the edition (in Russian).
  await signInAs(page, baseURL!, anna.id);
  await page.goto(`/ru/coordinator/editions/${call.id}`);
  await page.getByRole('button', { name: ru.review.edition.open }).click();
  await page.getByRole('dialog').getByRole('button', { name: ru.review.edition.open }).click();
  await expect(page.getByText(ru.review.edition.opened)).toBeVisible();

  // Olga declares a tie to the partner city, in English, with the city search.
  await signInAs(page, baseURL!, olga.id);
  await page.goto('/en/coordinator/conflicts');
  await page.getByRole('combobox', { name: en.review.conflicts.city }).fill('Volgograd');
  await page.getByRole('option', { name: /Volgograd/ }).click();
  await page.getByRole('button', { name: en.review.conflicts.declare }).click();
  await expect(page.getByText(en.review.conflicts.declared)).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Volgograd' })).toBeVisible();
  // ... and is refused on the application: no scores, no score form, no decision.
  await page.goto(`/en/applications/${app.id}/review`);
  await expect(page.getByRole('alert').filter({ hasText: en.review.conflicts.youAreConflicted })).toBeVisible();
  await expect(page.getByRole('button', { name: en.review.scores.submit })).toHaveCount(0);
  await expect(page.getByText(en.review.conflicts.leftOut)).toBeVisible();

  // Anna cannot assign Olga, assigns Maria, and scores.
  await signInAs(page, baseURL!, anna.id);
  await page.goto(`/ru/applications/${app.id}/review`);
  const reviewer = page.getByLabel(ru.review.assign.reviewer);
  await reviewer.selectOption({ label: ru.review.assign.conflictedOption.replace('{name}', 'Olga Conflicted') });
  await page.getByRole('button', { name: ru.review.assign.submit, exact: true }).click();
  await expect(page.getByText(ru.review.errors.conflicted).first()).toBeVisible();
  await reviewer.selectOption({ label: 'Maria Reviewer' });
  await page.getByRole('button', { name: ru.review.assign.submit, exact: true }).click();
  await expect(page.getByText(`Maria Reviewer · ${ru.review.assign.pending}`)).toBeVisible();
  await expect(page.getByText(ru.review.scores.hiddenUntilOwn)).toBeVisible();
  for (const [criterion, score] of [
    ['Мотивация', '5'],
    ['Потенциал партнёрства', '4'],
    ['Поддержка на местах', '4'],
    ['Реализуемость', '3'],
  ]) {
    await page.getByLabel(ru.review.scores.score.replace('{criterion}', criterion!)).selectOption(score!);
  }
  await page.getByLabel(ru.review.scores.comment.replace('{criterion}', 'Мотивация')).fill('Очень убедительно');
  await page.getByRole('button', { name: ru.review.scores.submit }).click();
  await expect(page.getByText(ru.review.scores.submitted)).toBeVisible();
  await expect(page.getByText(ru.review.scores.noOthers)).toBeVisible();

  // Maria sees nothing of Anna's scores until her own review is in.
  await signInAs(page, baseURL!, maria.id);
  await page.goto(`/en/applications/${app.id}/review`);
  await expect(page.getByText(en.review.scores.hiddenUntilOwn)).toBeVisible();
  await expect(page.getByText('Очень убедительно')).toHaveCount(0);
  for (const criterion of ['Motivation', 'Partnership potential', 'Local support', 'Feasibility']) {
    await page.getByLabel(en.review.scores.score.replace('{criterion}', criterion)).selectOption('3');
  }
  await page.getByRole('button', { name: en.review.scores.submit }).click();
  await expect(page.getByText(en.review.scores.submitted)).toBeVisible();
  const others = page.getByRole('table', { name: en.review.scores.others });
  await expect(others.getByRole('row', { name: /Анна Координатор/ })).toContainText('Очень убедительно');

  // Anna decides (a missing note is a field error in Russian), then publishes.
  await signInAs(page, baseURL!, anna.id);
  await page.goto(`/ru/applications/${app.id}/review`);
  await page
    .getByRole('combobox', { name: ru.decisions.outcome, exact: true })
    .selectOption({ label: ru.decisions.outcomes.SELECTED });
  await page.getByRole('button', { name: ru.decisions.save }).click();
  await expect(page.getByText(ru.validation.required)).toBeVisible();
  await page.getByRole('textbox', { name: ru.decisions.note }).fill('Сильная пара с поддержкой города');
  await page.getByRole('button', { name: ru.decisions.save }).click();
  await expect(page.getByText(ru.decisions.saved)).toBeVisible();

  // Not published yet: the applicant sees no decision.
  await signInAs(page, baseURL!, applicant.id);
  await page.goto('/ru/dashboard');
  await expect(page.getByRole('heading', { name: ru.decisions.dashboard.title })).toHaveCount(0);

  await signInAs(page, baseURL!, anna.id);
  await page.goto(`/ru/coordinator/editions/${call.id}`);
  await expect(page.getByText('Выбрано 1 из 1 пар')).toBeVisible();
  await page.getByRole('button', { name: ru.decisions.publish }).click();
  await page.getByRole('dialog').getByRole('button', { name: ru.decisions.publish }).click();
  await expect(page.getByText(ru.decisions.publishedDone)).toBeVisible();

  // The decision e-mails wait in the outbox, each in its person's language, until released.
  const held = await db.outboxEmail.findMany({
    where: { kind: 'decision', toEmail: { in: [applicant.email, partner.email] } },
  });
  expect(held.map((m) => m.status)).toEqual(['HELD', 'HELD']);
  await page.goto('/ru/coordinator/outbox');
  const toApplicant = page.getByRole('article').filter({ hasText: applicant.email });
  await expect(toApplicant.getByRole('heading')).toContainText('ваши города выбраны');
  await expect(page.getByRole('article').filter({ hasText: partner.email }).getByRole('heading')).toContainText(
    'your cities are selected',
  );
  const after = Date.now();
  await toApplicant.getByRole('button', { name: ru.review.outbox.release.replace('{email}', applicant.email) }).click();
  await expect(page.getByText(ru.review.outbox.released)).toBeVisible();
  await page
    .getByRole('article')
    .filter({ hasText: partner.email })
    .getByRole('button', { name: ru.review.outbox.release.replace('{email}', partner.email) })
    .click();

  const ruMail = await waitForMail(applicant.email, { subject: /ваши города выбраны/, after: after - 1000 });
  expect(ruMail.text).toContain('Здравствуйте, Дмитрий Заявитель!');
  expect(ruMail.text).toContain('Хемниц');
  const enMail = await waitForMail(partner.email, { subject: /your cities are selected/, after: after - 1000 });
  expect(enMail.text).toContain('Hello Paula Partner');
  expect(enMail.text).toContain('Chemnitz');

  // The applicant sees the decision and the pair; the partner city's official sees the pair too.
  await signInAs(page, baseURL!, applicant.id);
  await page.goto('/ru/dashboard');
  await expect(page.getByRole('heading', { name: ru.decisions.dashboard.title })).toBeVisible();
  await expect(page.getByText(ru.decisions.dashboard.SELECTED)).toBeVisible();
  await expect(
    page.getByRole('region', { name: ru.dashboard.pairs }).or(page.locator('section[aria-labelledby="pairs-heading"]')),
  ).toContainText('Хемниц ⇄ Волгоград');
  await signInAs(page, baseURL!, officialB.id);
  await page.goto('/uk/dashboard');
  await expect(page.locator('section[aria-labelledby="pairs-heading"]')).toContainText('Хемніц ⇄ Волгоград');

  // Publishing again sends nothing twice.
  await signInAs(page, baseURL!, anna.id);
  await page.goto(`/ru/coordinator/editions/${call.id}`);
  await expect(page.getByRole('button', { name: ru.decisions.publish })).toHaveCount(0);
  expect(await db.outboxEmail.count({ where: { kind: 'decision', toEmail: applicant.email } })).toBe(1);
  await page.goto(`/ru/applications/${app.id}/review`);
  await expect(
    page.getByRole('listitem').filter({ hasText: ru.review.history.actions.decision.published }),
  ).toBeVisible();
});

test('applicants and officials never reach review pages, exports or unpublished decisions', async ({
  page,
  baseURL,
  loginAs,
}) => {
  const { call, app, applicant, officialA } = await reviewableEdition('kiel', 'kaliningrad');
  const coordinator = await loginAs('COORDINATOR', { locale: 'uk' });
  await signInAs(page, baseURL!, coordinator.id);
  await page.goto(`/uk/coordinator/editions/${call.id}`);
  await page.getByRole('button', { name: uk.review.edition.open }).click();
  await page.getByRole('dialog').getByRole('button', { name: uk.review.edition.open }).click();
  await expect(page.getByText(uk.review.edition.opened)).toBeVisible();
  await db.decision.create({
    data: { applicationId: app.id, outcome: 'DECLINED', note: 'внутрішня примітка', decidedById: coordinator.id },
  });

  for (const person of [applicant, officialA]) {
    await signInAs(page, baseURL!, person.id);
    for (const path of [
      `/uk/applications/${app.id}/review`,
      `/uk/coordinator/editions/${call.id}`,
      `/uk/coordinator/editions/${call.id}/applications`,
      `/uk/coordinator/editions/${call.id}/ranking`,
      '/uk/coordinator/outbox',
      '/uk/coordinator/conflicts',
    ]) {
      const res = await page.goto(path);
      expect(res?.status(), path).toBe(404);
      await expectNotFound(page, 'uk');
    }
    for (const path of [
      `/api/coordinator/editions/${call.id}/reviews.csv`,
      `/api/coordinator/editions/${call.id}/applications.csv`,
    ]) {
      expect((await page.request.get(path)).status(), path).toBe(404);
    }
    expect((await page.request.post(`/api/coordinator/editions/${call.id}/pdfs`)).status()).toBe(404);
    await page.goto('/uk/dashboard');
    await expect(page.getByText('внутрішня примітка')).toHaveCount(0);
    await expect(page.getByRole('heading', { name: uk.decisions.dashboard.title })).toHaveCount(0);
  }
});

test('a coordinator filters the list by city in another script, exports CSV and the ZIP of all PDFs', async ({
  page,
  baseURL,
  loginAs,
}) => {
  const { call } = await reviewableEdition('kharkiv', 'nuernberg');
  await reviewableEdition('minsk', 'bonn').then(async (other) =>
    db.application.update({ where: { id: other.app.id }, data: { callId: call.id } }),
  );
  const coordinator = await loginAs('COORDINATOR', { locale: 'uk' });
  await signInAs(page, baseURL!, coordinator.id);
  await page.goto(`/uk/coordinator/editions/${call.id}/applications`);
  await expect(page.getByText('2 заявки')).toBeVisible();
  await page.getByRole('textbox', { name: uk.review.list.search, exact: true }).fill('Charkiw');
  await page.getByRole('button', { name: uk.review.list.apply }).click();
  await expect(page.getByText('1 заявка')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Харків ⇄ Нюрнберг' })).toBeVisible();

  const csv = await page.request.get(`/api/coordinator/editions/${call.id}/applications.csv`);
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toContain('Kharkiv');

  await page.goto(`/uk/coordinator/editions/${call.id}`);
  await page.getByRole('button', { name: uk.review.exports.zipStart }).click();
  const link = page.getByRole('link', { name: uk.review.exports.zipDownload.replace('{total}', '2') });
  await expect(link).toBeVisible({ timeout: 30_000 });
  const download = page.waitForEvent('download');
  await link.click();
  const file = await (await download).path();
  const { readFileSync } = await import('node:fs');
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 4).toString('hex')).toBe('504b0304');
  expect(bytes.toString('latin1').match(/\.pdf/g)?.length).toBe(4);
});

test('after a selected pair withdraws, a waitlisted application is promoted and announced (de)', async ({
  page,
  baseURL,
  loginAs,
}) => {
  const de = messages.de;
  const first = await reviewableEdition('leipzig', 'kyiv');
  const second = await reviewableEdition('freiburg-im-breisgau', 'lviv');
  await db.application.update({ where: { id: second.app.id }, data: { callId: first.call.id } });
  const coordinator = await loginAs('COORDINATOR', { locale: 'de', name: 'Klara Koordination' });
  const now = new Date();
  await db.call.update({
    where: { id: first.call.id },
    data: { status: 'DECIDED', reviewOpenedAt: now, decisionsPublishedAt: now },
  });
  await db.application.update({ where: { id: first.app.id }, data: { status: 'SELECTED' } });
  await db.application.update({ where: { id: second.app.id }, data: { status: 'WAITLISTED' } });
  await db.decision.create({
    data: {
      applicationId: first.app.id,
      outcome: 'SELECTED',
      note: 'erste Wahl',
      decidedById: coordinator.id,
      publishedAt: now,
    },
  });
  await db.decision.create({
    data: {
      applicationId: second.app.id,
      outcome: 'WAITLISTED',
      note: 'Nachrücker',
      decidedById: coordinator.id,
      publishedAt: now,
    },
  });
  await db.boosterPair.create({
    data: {
      callId: first.call.id,
      applicationId: first.app.id,
      cityAId: first.app.applicantCityId!,
      cityBId: first.app.partnerCityId!,
      status: 'WITHDRAWN',
      withdrawnAt: now,
    },
  });

  await signInAs(page, baseURL!, coordinator.id);
  await page.goto(`/de/applications/${second.app.id}/review`);
  await page.getByRole('button', { name: de.decisions.promote }).click();
  await page.getByRole('dialog').getByRole('button', { name: de.decisions.promote }).click();
  await expect(page.getByText(de.decisions.promoted)).toBeVisible();

  await page.goto(`/de/coordinator/editions/${first.call.id}`);
  await page.getByRole('button', { name: de.decisions.publish }).click();
  await page.getByRole('dialog').getByRole('button', { name: de.decisions.publish }).click();
  await expect(page.getByText(de.decisions.publishedDone)).toBeVisible();
  await page.goto('/de/coordinator/outbox');
  await expect(
    page.getByRole('article').filter({ hasText: second.applicant.email }).getByRole('heading'),
  ).toContainText('ваши города выбраны');
  const pair = await db.boosterPair.findUniqueOrThrow({
    where: { applicationId: second.app.id },
    include: { workshops: true },
  });
  expect(pair.workshops).toHaveLength(4);
  await page.goto(`/de/applications/${second.app.id}/review`);
  await expect(
    page.getByRole('listitem').filter({ hasText: de.review.history.actions.decision.promoted }),
  ).toBeVisible();
});
