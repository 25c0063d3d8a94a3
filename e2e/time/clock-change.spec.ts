import type { Page } from '@playwright/test';
import { test, expect, messages, uniqueEmail } from '../fixtures';
import { db } from '../../server/db';
import { createApplication, createCall, createPair, createUser } from '../../prisma/factories';
import { editionDates, isoDay } from '../../prisma/timeline';
import { parseLocal, resolveLocal } from '../../lib/time/zoned';

const uk = messages.uk;
const BERLIN = 'Europe/Berlin';
const now = new Date();

/**
 * The next night after today on which 02:30 in Berlin is skipped (`gap`) or happens twice (`overlap`): the
 * same kind of nights as 29 March and 25 October 2026 in the unit and integration tests, but found ahead of
 * the clock each run, so the suite holds in any year.
 */
function nextNight(kind: 'gap' | 'overlap'): string {
  for (let d = 1; d <= 400; d += 1) {
    const date = isoDay(now, d);
    if (resolveLocal(parseLocal(date, '02:30')!, BERLIN).kind === kind) return date;
  }
  throw new Error(`no ${kind} night in Berlin within 400 days`);
}
const spring = nextNight('gap');
const autumn = nextNight('overlap');
const overlapAt = (date: string) => {
  const r = resolveLocal(parseLocal(date, '02:30')!, BERLIN);
  if (r.kind !== 'overlap') throw new Error('not an overlap');
  return r;
};
/** The catalogue's ICU message with its values filled in, as next-intl renders it. */
const fill = (message: string, values: Record<string, string>) =>
  message.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? `{${k}}`);

const gapText = fill(uk.time.gap, { from: '02:00', to: '03:00', time: '02:30' });
const overlapText = fill(uk.time.overlap, { from: '03:00', to: '02:00', time: '02:30' });
const summer = fill(uk.time.summer, { time: '02:30', offset: 'UTC+2' });
const standard = fill(uk.time.standard, { time: '02:30', offset: 'UTC+1' });

test('a coordinator is told that 02:30 does not exist on the spring night, and chooses which autumn 02:30 is the deadline (Ukrainian)', async ({
  page,
  loginAs,
}) => {
  await loginAs('COORDINATOR', { locale: 'uk' });
  const slug = `e2e-dst-${Date.now().toString(36)}`;
  const f = uk.editions.form;
  await page.goto('/uk/coordinator/editions/new');
  await page.getByLabel(f.slug).fill(slug);
  // Selection and the workshop window after both nights; the deadline's zone stays the form's Berlin.
  await page.getByLabel(f.selectionDate).fill(isoDay(now, 500));
  await page.getByLabel(f.windowStart).fill(isoDay(now, 501));
  await page.getByLabel(f.windowEnd).fill(isoDay(now, 800));
  await expect(page.getByLabel(f.deadlineTimeZone)).toHaveValue(BERLIN);

  await page.getByLabel(f.deadlineDate).fill(spring);
  await page.getByLabel(f.deadlineTime).fill('02:30');
  await page.getByRole('button', { name: uk.editions.create }).click();
  await expect(page.getByText(gapText)).toBeVisible();
  expect(await db.call.count({ where: { slug } })).toBe(0);

  // The autumn night: the form asks which 02:30, and refuses to guess.
  await page.getByLabel(f.deadlineDate).fill(autumn);
  const choice = page.getByRole('group', { name: fill(uk.time.choice, { time: '02:30' }) });
  await expect(choice.getByRole('radio')).toHaveCount(2);
  await page.getByRole('button', { name: uk.editions.create }).click();
  await expect(page.getByText(overlapText)).toBeVisible();
  expect(await db.call.count({ where: { slug } })).toBe(0);

  await choice.getByRole('radio', { name: summer }).check();
  await expect(page.getByText(overlapText)).toBeHidden();
  await page.getByRole('button', { name: uk.editions.create }).click();
  await expect(page.getByText(uk.editions.created)).toBeVisible();
  const call = await db.call.findUniqueOrThrow({ where: { slug } });
  expect(call.applicationDeadline.toISOString()).toBe(overlapAt(autumn).earlier.instant.toISOString());

  // The edit form comes back with the choice made.
  await expect(page).toHaveURL(/\/edit$/);
  await page.reload();
  await expect(page.getByLabel(f.deadlineTime)).toHaveValue('02:30');
  await expect(page.getByRole('radio', { name: summer })).toBeChecked();
  await db.callText.deleteMany({ where: { callId: call.id } });
  await db.auditEvent.deleteMany({ where: { entityId: call.id } });
  await db.call.delete({ where: { id: call.id } });
});

/** A pair of an edition of its own, whose workshop window (from today, for 14 months) holds both nights. */
async function makePair() {
  const call = await createCall(db, {
    ...editionDates(now, 'decided'),
    windowStart: new Date(`${isoDay(now, 0)}T00:00:00.000Z`),
    windowEnd: new Date(`${isoDay(now, 420)}T00:00:00.000Z`),
  });
  const [cityA, cityB] = await Promise.all([
    db.city.findUniqueOrThrow({ where: { slug: 'leipzig' } }),
    db.city.findUniqueOrThrow({ where: { slug: 'kyiv' } }),
  ]);
  const applicant = await createUser(db, { email: uniqueEmail('applicant'), locale: 'de' });
  const partner = await createUser(db, { email: uniqueEmail('partner'), locale: 'uk' });
  const application = await createApplication(db, {
    callId: call.id,
    applicantId: applicant.id,
    partnerUserId: partner.id,
    status: 'SELECTED',
    applicantCityId: cityA.id,
    partnerCityId: cityB.id,
  });
  return createPair(db, { callId: call.id, applicationId: application.id, cityAId: cityA.id, cityBId: cityB.id });
}

const stageRegion = (page: Page, title: string) => page.getByRole('region', { name: new RegExp(title) });

test('a coordinator cannot schedule a workshop in the skipped spring hour, and picks standard time on the autumn night (Ukrainian)', async ({
  page,
  loginAs,
}) => {
  const pair = await makePair();
  await loginAs('COORDINATOR', { locale: 'uk' });
  await page.goto(`/uk/pairs/${pair.id}`);
  const region = stageRegion(page, uk.stages.INITIATIVE_A.title);
  const summary = region.getByText(uk.scheduling.schedule, { exact: true });
  if ((await region.locator('details').first().getAttribute('open')) === null) await summary.click();
  const form = region.locator('form').first();
  // Leipzig hosts the first workshop: its times are read in Berlin.
  await expect(form.getByLabel(uk.scheduling.timeZone)).toHaveValue(BERLIN);
  await form.getByRole('checkbox', { name: uk.workshops.language.RU }).check();

  await form.getByLabel(uk.scheduling.startsAt).fill(`${spring}T02:30`);
  await form.getByLabel(uk.scheduling.endsAt).fill(`${spring}T10:00`);
  await form.getByRole('button', { name: uk.scheduling.save }).click();
  await expect(form.getByText(gapText)).toBeVisible();

  await form.getByLabel(uk.scheduling.startsAt).fill(`${autumn}T02:30`);
  await form.getByLabel(uk.scheduling.endsAt).fill(`${autumn}T10:00`);
  await form.getByRole('button', { name: uk.scheduling.save }).click();
  await expect(form.getByText(overlapText)).toBeVisible();
  const workshop = () => db.workshop.findFirstOrThrow({ where: { pairId: pair.id, stage: 'INITIATIVE_A' } });
  expect((await workshop()).status).toBe('NOT_SCHEDULED');

  await form.getByRole('radio', { name: standard }).check();
  await expect(form.getByText(overlapText)).toBeHidden();
  await form.getByRole('button', { name: uk.scheduling.save }).click();
  await expect(region.getByText(uk.status.workshop.SCHEDULED, { exact: true })).toBeVisible();
  const saved = await workshop();
  expect(saved.startsAt!.toISOString()).toBe(overlapAt(autumn).later.instant.toISOString());
});
