import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { test, expect, messages, expectNotFound, uniqueEmail } from '../fixtures';
import { db } from '../../server/db';
import { createApplication, createMaterial, createPair, createUser } from '../../prisma/factories';
import { isoDay, wallTime } from '../../prisma/timeline';
import { seededEdition } from '../support/editions';

const { ru, de, uk, en } = messages;

// Workshop days from the clock: the seeded decided edition's window runs from months ago to months ahead.
const now = new Date();
const day = (n: number) => isoDay(now, n);
/** Workshop A of a test pair, 10:00–16:00 Berlin in ten days. */
const firstWorkshop = () => ({
  startsAt: wallTime(now, 10, '10:00', 'Europe/Berlin'),
  endsAt: wallTime(now, 10, '16:00', 'Europe/Berlin'),
  timeZone: 'Europe/Berlin',
});
const icsStamp = (d: Date) =>
  d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
const MEET = 'https://meet.example.org/booster';
/** A day as German pages write it (DATE_STYLE.day): "14. Dezember 2026". */
const germanDate = (isoDate: string) =>
  new Intl.DateTimeFormat('de', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T12:00:00Z`));

/** A fresh pair of the seeded decided edition (Leipzig–Kyiv unless told), with the given applicant. */
async function makePair(applicantId: string, a = 'leipzig', b = 'kyiv') {
  const call = await seededEdition('decided');
  const [cityA, cityB] = await Promise.all([
    db.city.findUniqueOrThrow({ where: { slug: a } }),
    db.city.findUniqueOrThrow({ where: { slug: b } }),
  ]);
  const partner = await createUser(db, { email: uniqueEmail('partner'), name: 'Партнерка', locale: 'uk' });
  const application = await createApplication(db, {
    callId: call.id,
    applicantId,
    partnerUserId: partner.id,
    status: 'SELECTED',
    applicantCityId: cityA.id,
    partnerCityId: cityB.id,
  });
  const pair = await createPair(db, {
    callId: call.id,
    applicationId: application.id,
    cityAId: cityA.id,
    cityBId: cityB.id,
  });
  return { pair, cityA, cityB, ws: (stage: string) => pair.workshops.find((w) => w.stage === stage)! };
}

/** Opens a <details> disclosure by its summary, unless the page already opened it. */
async function disclose(region: Locator, summary: string) {
  const details = region.locator('details').filter({ has: region.page().getByText(summary, { exact: true }) });
  if ((await details.getAttribute('open')) === null) await details.getByText(summary, { exact: true }).click();
  return details;
}

const stageRegion = (page: Page, title: string) =>
  page.getByRole('region', { name: new RegExp(title.replace(/[&.]/g, '\\$&')) });

test('a coordinator schedules all four workshops of a pair in Russian, and is stopped from scheduling Match & Sprint first', async ({
  page,
  loginAs,
}) => {
  const applicant = await createUser(db, { email: uniqueEmail('applicant'), name: 'Jonas Beispiel', locale: 'de' });
  const { pair } = await makePair(applicant.id);
  // A name of their own: earlier runs leave facilitators behind in the e2e database.
  const facilitator = `Мария ${Date.now().toString(36)}`;
  await loginAs('COORDINATOR', { locale: 'ru', name: facilitator });
  await page.goto(`/ru/pairs/${pair.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Лейпциг');

  // Match & Sprint before the initiative workshops: refused, with the rule in Russian.
  const match = stageRegion(page, 'Match & Sprint');
  let form = await disclose(match, ru.scheduling.schedule);
  await form.getByLabel(ru.scheduling.startsAt).fill(`${day(45)}T10:00`);
  await form.getByLabel(ru.scheduling.endsAt).fill(`${day(45)}T16:00`);
  // Online (the joint stages' default) needs the link people join by.
  await form.getByRole('button', { name: ru.scheduling.save }).click();
  await expect(match.getByText(ru.scheduling.errors.onlineUrlRequired)).toBeVisible();
  await form.getByLabel(ru.scheduling.onlineUrl).fill(MEET);
  await form.getByRole('button', { name: ru.scheduling.save }).click();
  await expect(match.getByText(ru.scheduling.errors.needs.MATCH_SPRINT)).toBeVisible();
  expect((await db.workshop.findFirstOrThrow({ where: { pairId: pair.id, stage: 'MATCH_SPRINT' } })).status).toBe(
    'NOT_SCHEDULED',
  );

  const plan = [
    { title: ru.stages.INITIATIVE_A.title, start: `${day(10)}T10:00`, end: `${day(10)}T16:00`, venue: 'Neues Rathaus' },
    {
      title: ru.stages.INITIATIVE_B.title,
      start: `${day(17)}T10:00`,
      end: `${day(17)}T16:00`,
      venue: 'Київська міська рада',
    },
    { title: ru.stages.MATCH_SPRINT.title, start: `${day(45)}T10:00`, end: `${day(45)}T16:00` },
    { title: ru.stages.SPRINT_SUCCEED.title, start: `${day(80)}T10:00`, end: `${day(80)}T16:00` },
  ];
  // A day after the workshop period is refused, and the message says which period that is.
  const { windowStart, windowEnd } = await seededEdition('decided');
  const longDay = (d: Date) => new Intl.DateTimeFormat('ru', { dateStyle: 'long', timeZone: 'UTC' }).format(d);
  const first = stageRegion(page, plan[0]!.title);
  form = await disclose(first, ru.scheduling.schedule);
  const after = isoDay(windowEnd, 1);
  await form.getByLabel(ru.scheduling.startsAt).fill(`${after}T10:00`);
  await form.getByLabel(ru.scheduling.endsAt).fill(`${after}T16:00`);
  await form.getByRole('checkbox', { name: ru.workshops.language.RU }).check();
  await form.getByRole('button', { name: ru.scheduling.save }).click();
  const windowError = ru.scheduling.errors.outsideWindowDates
    .replace('{start}', longDay(windowStart))
    .replace('{end}', longDay(windowEnd));
  await expect(first.getByText(windowError).first()).toBeVisible();
  await form.getByRole('checkbox', { name: ru.workshops.language.RU }).uncheck();

  for (const step of plan) {
    const region = stageRegion(page, step.title);
    form = await disclose(region, ru.scheduling.schedule);
    await form.getByLabel(ru.scheduling.startsAt).fill(step.start);
    await form.getByLabel(ru.scheduling.endsAt).fill(step.end);
    if (step.venue) await form.getByLabel(ru.scheduling.venueName).fill(step.venue);
    else await form.getByLabel(ru.scheduling.onlineUrl).fill(MEET);
    await form.getByRole('checkbox', { name: ru.workshops.language.RU }).check();
    await form.getByRole('checkbox', { name: facilitator }).check();
    await form.getByRole('button', { name: ru.scheduling.save }).click();
    await expect(region.getByText(ru.status.workshop.SCHEDULED, { exact: true })).toBeVisible();
  }
  const saved = await db.workshop.findMany({ where: { pairId: pair.id }, orderBy: { stage: 'asc' } });
  expect(saved.map((w) => w.status)).toEqual(['SCHEDULED', 'SCHEDULED', 'SCHEDULED', 'SCHEDULED']);
  // Stage 2 was read in Kyiv time (the host city's), not in the coordinator's or Berlin's.
  expect(saved[1]!.startsAt!.toISOString()).toBe(wallTime(now, 17, '10:00', 'Europe/Kyiv').toISOString());
  expect(saved[0]!.startsAt!.toISOString()).toBe(wallTime(now, 10, '10:00', 'Europe/Berlin').toISOString());
  await expect(
    stageRegion(page, ru.stages.INITIATIVE_B.title).getByText('(Europe/Kyiv)', { exact: true }),
  ).toBeVisible();
});

test('a city official ticks their own city’s checklist, not the other city’s', async ({ page, loginAs }) => {
  const applicant = await createUser(db, { email: uniqueEmail('applicant'), locale: 'de' });
  const { pair, cityA, cityB, ws } = await makePair(applicant.id);
  const w = ws('INITIATIVE_A');
  await db.workshop.update({
    where: { id: w.id },
    data: { status: 'SCHEDULED', format: 'IN_PERSON', hostCityId: cityA.id, ...firstWorkshop(), languages: ['DE'] },
  });
  await db.logisticsItem.createMany({
    data: [
      { workshopId: w.id, cityId: cityA.id, kind: 'ROOMS', position: 0 },
      { workshopId: w.id, cityId: cityB.id, kind: 'CUSTOM', label: 'Dolmetscher aus Kyjiw', position: 1 },
    ],
  });
  await loginAs('CITY_OFFICIAL', { citySlug: 'leipzig', locale: 'de', name: 'Claudia Amtlich' });
  await page.goto(`/de/pairs/${pair.id}`);
  const region = stageRegion(page, de.stages.INITIATIVE_A.title);
  await expect(region.getByRole('checkbox', { name: 'Dolmetscher aus Kyjiw' })).toBeDisabled();
  await region.getByRole('checkbox', { name: de.workshops.checklist.kind.ROOMS }).check();
  await expect(page.getByText(`Abgehakt: ${de.workshops.checklist.kind.ROOMS}`)).toBeVisible();
  await expect(region.getByText(/Abgehakt von Claudia Amtlich/)).toBeVisible();
  expect(
    (await db.logisticsItem.findFirstOrThrow({ where: { workshopId: w.id, kind: 'ROOMS' } })).doneAt,
  ).not.toBeNull();
});

test('the pair’s applicant sees the timeline in Ukrainian and downloads the iCal file; others get a 404', async ({
  page,
  loginAs,
}) => {
  const me = await loginAs('APPLICANT', { locale: 'uk', name: 'Ірина Заявниця' });
  const { pair, cityA, ws } = await makePair(me.id);
  await db.workshop.update({
    where: { id: ws('INITIATIVE_A').id },
    data: {
      status: 'SCHEDULED',
      format: 'IN_PERSON',
      hostCityId: cityA.id,
      venueName: 'Neues Rathaus',
      ...firstWorkshop(),
      languages: ['DE', 'RU'],
    },
  });
  await page.goto(`/uk/pairs/${pair.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Лейпциг');
  const timeline = page.getByRole('list', { name: uk.stages.sequenceLabel });
  await expect(timeline.getByText(uk.status.workshop.SCHEDULED, { exact: true })).toHaveCount(1);
  await expect(timeline.getByText(uk.status.workshop.NOT_SCHEDULED, { exact: true })).toHaveCount(3);
  await expect(page.getByText(uk.pairs.next.title)).toBeVisible();
  // No zone in the profile yet: the browser's is remembered for pages and e-mails.
  await expect.poll(async () => (await db.user.findUniqueOrThrow({ where: { id: me.id } })).timeZone).not.toBeNull();
  const region = stageRegion(page, uk.stages.INITIATIVE_A.title);
  await expect(region.getByText('Neues Rathaus')).toBeVisible();
  const downloading = page.waitForEvent('download');
  await region.getByRole('link', { name: uk.workshops.addToCalendar }).click();
  const file = await readFile((await (await downloading).path())!, 'utf8');
  expect(file).toContain('BEGIN:VEVENT');
  expect(file).toContain(`DTSTART:${icsStamp(firstWorkshop().startsAt)}`);
  expect(file.replace(/\r\n /g, '')).toContain(`/uk/pairs/${pair.id}`);

  // Someone from another pair: the page and the file are both "not found".
  await loginAs('APPLICANT', { locale: 'en' });
  const res = await page.goto(`/en/pairs/${pair.id}`);
  expect(res?.status()).toBe(404);
  await expectNotFound(page, 'en');
  expect((await page.request.get(`/api/workshops/${ws('INITIATIVE_A').id}/ics`)).status()).toBe(404);
});

test('a coordinator links toolbox materials to an outcome by searching the library, and drops one later (uk)', async ({
  page,
  loginAs,
}) => {
  const applicant = await createUser(db, { email: uniqueEmail('applicant'), locale: 'uk' });
  const { pair, cityA, ws } = await makePair(applicant.id, 'bonn', 'minsk');
  await db.workshop.update({
    where: { id: ws('INITIATIVE_A').id },
    data: { status: 'SCHEDULED', format: 'IN_PERSON', hostCityId: cityA.id, ...firstWorkshop(), languages: ['RU'] },
  });
  // Words of this run's own: the e2e database keeps the materials of earlier runs.
  const tag = [...Date.now().toString(36)].map((c) => 'абвгдежзиклмнопрстуфхцчшщюяіїєґ'[parseInt(c, 36) % 31]);
  const word = `Зорепад${tag.join('')}`;
  const newest = await createMaterial(db, {
    kind: 'METHOD_CARD',
    stages: ['INITIATIVE_A'],
    topics: [],
    publishedAt: new Date(Date.now() + 60_000),
    versions: { uk: { title: `Найсвіжіша картка ${word}`, summary: 'Коротко', body: 'Текст' } },
  });
  const found = await createMaterial(db, {
    kind: 'GUIDE',
    stages: ['SPRINT_SUCCEED'],
    topics: [],
    versions: {
      en: { title: 'Hidden in English', summary: 'Short', body: 'Text' },
      uk: { title: `Посібник ${word}ний`, summary: 'Коротко', body: 'Текст' },
    },
  });
  await createMaterial(db, {
    kind: 'GUIDE',
    status: 'DRAFT',
    stages: ['INITIATIVE_A'],
    topics: [],
    versions: { uk: { title: `Чернетка ${word}`, summary: 'Коротко', body: 'Текст' } },
  });

  await loginAs('COORDINATOR', { locale: 'uk' });
  await page.goto(`/uk/pairs/${pair.id}`);
  const region = stageRegion(page, uk.stages.INITIATIVE_A.title);
  const t = uk.workshops.outcome;
  let outcome = await disclose(region, t.record);
  const picker = outcome.getByRole('group', { name: t.materials });
  // Opening the form lists the stage's newest materials, this run's first.
  await expect(picker.getByText(t.pickerSuggested)).toBeVisible();
  await expect(picker.getByRole('checkbox').first()).toHaveAccessibleName(`Найсвіжіша картка ${word}`);
  await picker.getByRole('checkbox', { name: `Найсвіжіша картка ${word}` }).check();
  // A search reaches the whole library, by the start of a word and in the reader's language; drafts stay out.
  await picker.getByLabel(t.pickerSearch).fill(word.slice(0, -2));
  await expect(picker.getByRole('status')).toHaveText(/Знайдено 2 матеріали\./);
  await expect(picker.getByRole('checkbox', { name: `Чернетка ${word}` })).toHaveCount(0);
  await picker.getByRole('checkbox', { name: `Посібник ${word}ний` }).check();
  await picker.getByLabel(t.pickerSearch).fill('щоневідомеслово');
  await expect(picker.getByRole('status')).toHaveText('Відповідних матеріалів немає.');
  // What was checked stays listed and checked while searching on.
  await expect(picker.getByRole('checkbox', { name: `Посібник ${word}ний` })).toBeChecked();
  await outcome.getByRole('button', { name: t.markDone }).click();
  await expect(region.getByText(uk.status.workshop.DONE, { exact: true })).toBeVisible();
  const used = region.getByRole('listitem').filter({ hasText: word });
  await expect(used).toHaveText([`Найсвіжіша картка ${word}`, `Посібник ${word}ний`]);

  // Correcting the outcome starts from what it links; unchecking one drops it.
  await page.reload();
  outcome = await disclose(stageRegion(page, uk.stages.INITIATIVE_A.title), t.edit);
  const again = outcome.getByRole('group', { name: t.materials });
  await expect(again.getByRole('checkbox', { name: `Посібник ${word}ний` })).toBeChecked();
  await expect(again.getByText(t.pickerSuggested)).toBeVisible();
  await again.getByRole('checkbox', { name: `Найсвіжіша картка ${word}` }).uncheck();
  await outcome.getByRole('button', { name: t.update }).click();
  await expect(page.getByText(t.saved).first()).toBeVisible();
  await expect
    .poll(async () =>
      (await db.workshopMaterial.findMany({ where: { workshopId: ws('INITIATIVE_A').id } })).map((m) => m.materialId),
    )
    .toEqual([found.id]);
  expect(newest.id).not.toBe(found.id);
});

test('a coordinator reschedules twice in a row and records the outcome with formatted, sanitised minutes (de)', async ({
  page,
  loginAs,
}) => {
  const applicant = await createUser(db, { email: uniqueEmail('applicant'), locale: 'de' });
  const { pair, cityA, ws } = await makePair(applicant.id, 'bonn', 'minsk');
  await db.workshop.update({
    where: { id: ws('INITIATIVE_A').id },
    data: { status: 'SCHEDULED', format: 'IN_PERSON', hostCityId: cityA.id, ...firstWorkshop(), languages: ['DE'] },
  });
  await loginAs('COORDINATOR', { locale: 'de' });
  await page.goto(`/de/pairs/${pair.id}`);
  const region = stageRegion(page, de.stages.INITIATIVE_A.title);
  const form = await disclose(region, de.scheduling.reschedule);
  for (const n of [11, 12]) {
    await form.getByLabel(de.scheduling.startsAt).fill(`${day(n)}T10:00`);
    await form.getByLabel(de.scheduling.endsAt).fill(`${day(n)}T16:00`);
    await form.getByRole('button', { name: de.scheduling.save }).click();
    await expect(page.getByText(de.scheduling.saved).first()).toBeVisible();
    await expect
      .poll(async () =>
        (await db.workshop.findUniqueOrThrow({ where: { id: ws('INITIATIVE_A').id } })).startsAt?.toISOString(),
      )
      .toBe(wallTime(now, n, '10:00', 'Europe/Berlin').toISOString());
    await expect(region.locator('dd time')).toContainText(germanDate(day(n)));
  }
  const outcome = await disclose(region, de.workshops.outcome.record);
  await outcome
    .getByLabel(de.workshops.outcome.minutes)
    .fill('**Starker Auftakt** <script>window.hacked = 1</script>\n\n- Jugendaustausch');
  await outcome
    .getByLabel(de.workshops.outcome.ideas.replace('{city}', 'Bonn'))
    .fill('Jugendaustausch\nGemeinsames Fest');
  await outcome.getByRole('button', { name: de.workshops.outcome.markDone }).click();
  await expect(region.getByText(de.status.workshop.DONE, { exact: true })).toBeVisible();
  await expect(region.locator('strong', { hasText: 'Starker Auftakt' })).toBeVisible();
  await expect(region.getByRole('listitem').filter({ hasText: 'Gemeinsames Fest' })).toBeVisible();
  expect(await region.locator('script').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();

  // The history names the workshop and the move, from when to when.
  await page.reload();
  const history = page.getByRole('region', { name: de.pairs.history.title });
  // Times in Bonn's zone, named when the browser's zone (which the page remembers) is another.
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const at = (n: number) => `${escape(`${germanDate(day(n))} um 10:00`)}(?: \\(Europe/Berlin\\))?`;
  const moved = (from: number, to: number) =>
    new RegExp(
      escape(de.pairs.history.actions.workshop_reschedule.replace('{stage}', de.stages.INITIATIVE_A.title))
        .replace(escape('{from}'), at(from))
        .replace(escape('{to}'), at(to)),
    );
  await expect(history.getByRole('listitem').filter({ hasText: moved(11, 12) })).toHaveCount(1);
  await expect(history.getByRole('listitem').filter({ hasText: moved(10, 11) })).toHaveCount(1);
});

test('the calendar feed works by its secret address until it is replaced', async ({ page, loginAs }) => {
  const me = await loginAs('APPLICANT', { locale: 'en' });
  const { pair } = await makePair(me.id, 'bonn', 'minsk');
  await page.goto(`/en/pairs/${pair.id}`);
  await page.getByRole('button', { name: en.pairs.feed.create }).click();
  const address = page.getByLabel(en.pairs.feed.url);
  await expect(address).toBeVisible();
  const first = (await address.textContent())!.trim();
  expect((await page.request.get(first)).status()).toBe(200);
  await page.getByRole('button', { name: en.pairs.feed.rotate }).click();
  await page.getByRole('dialog').getByRole('button', { name: en.pairs.feed.rotate }).click();
  await expect(address).not.toHaveText(first);
  expect((await page.request.get(first)).status()).toBe(404);
});

test('the booster overview shows a pair with a workshop long past but still planned, and filters to late pairs (uk)', async ({
  page,
  loginAs,
}) => {
  const applicant = await createUser(db, { email: uniqueEmail('applicant'), locale: 'uk' });
  const { pair, cityA, ws } = await makePair(applicant.id, 'bonn', 'kharkiv');
  // Held ten days ago, by the clock, and never recorded.
  await db.workshop.update({
    where: { id: ws('INITIATIVE_A').id },
    data: {
      status: 'SCHEDULED',
      format: 'IN_PERSON',
      hostCityId: cityA.id,
      startsAt: wallTime(now, -10, '10:00', 'Europe/Berlin'),
      endsAt: wallTime(now, -10, '16:00', 'Europe/Berlin'),
      timeZone: 'Europe/Berlin',
      languages: ['DE'],
    },
  });
  await loginAs('COORDINATOR', { locale: 'uk' });
  await page.goto('/uk/coordinator/booster');
  const filter = page.getByRole('form', { name: uk.scheduling.matrix.filter.label });
  const year = String((await seededEdition('decided')).year);
  await filter.getByLabel(uk.scheduling.matrix.filter.edition).selectOption(year);
  await filter.getByLabel(uk.scheduling.matrix.filter.late).check();
  await filter.getByRole('button', { name: uk.scheduling.matrix.filter.apply }).click();
  await expect(page).toHaveURL(new RegExp(`year=${year}.*late=1`));
  // This pair's own row: other tests leave pairs of Bonn behind, some of them late too.
  const link = page.getByRole('link', { name: 'Бонн – Харків' }).and(page.locator(`[href$="/pairs/${pair.id}"]`));
  const row = page.getByRole('row').filter({ has: link });
  await expect(row.filter({ hasText: uk.scheduling.risk['planned-in-past'] }).first()).toBeVisible();
  // Every row the filter keeps is of that edition and has something late.
  const body = page.locator('tbody tr');
  for (const text of await body.allInnerTexts()) {
    expect(text).toContain(year);
    expect(text).toContain('⚠');
  }

  // The pair page flags the same workshop, in its own section.
  await row.getByRole('link', { name: 'Бонн – Харків' }).click();
  await expect(page).toHaveURL(new RegExp(`/uk/pairs/${pair.id}$`));
  const section = page.getByRole('region', { name: /^1\./ });
  await expect(section.getByText(uk.scheduling.risk['planned-in-past'])).toBeVisible();
  await expect(page.getByRole('region', { name: /^2\./ }).getByText('⚠')).toHaveCount(0);

  // On a phone the overview fits the screen: each pair reads as a card, nothing runs off to the right.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/uk/coordinator/booster?year=${year}&late=1`);
  await expect(row.filter({ hasText: uk.scheduling.risk['planned-in-past'] }).first()).toBeVisible();
  const overflow = await page.evaluate(() => {
    const table = document.querySelector('table')!;
    return Math.max(document.documentElement.scrollWidth, table.getBoundingClientRect().right) - window.innerWidth;
  });
  expect(overflow).toBeLessThanOrEqual(0);
});

test('axe finds nothing on the pair page and the coordinators’ booster pages (uk)', async ({ page, loginAs }) => {
  const applicant = await createUser(db, { email: uniqueEmail('applicant'), locale: 'uk' });
  const { pair } = await makePair(applicant.id, 'nuernberg', 'kharkiv');
  await loginAs('COORDINATOR', { locale: 'uk' });
  for (const path of [
    `/uk/pairs/${pair.id}`,
    '/uk/coordinator/booster',
    '/uk/coordinator/booster/calendar?month=2020-03',
  ]) {
    await page.goto(path);
    const result = await new AxeBuilder({ page }).analyze();
    expect(
      result.violations.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  }
});
