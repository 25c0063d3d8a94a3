import { beforeAll, describe, expect, it } from 'vitest';
import { db, expectAppError, makeActor, seedCities } from '../test/helpers';
import {
  addLogisticsItem,
  cancelWorkshop,
  recordOutcome,
  rotateFacilitatorCalendar,
  rotatePairCalendar,
  scheduleWorkshop,
  tickLogistics,
  withdrawPair,
} from './workshops';
import { getPairForViewer } from '../queries/pairs';
import { workshopEvent } from '../calendar';
import { sendWorkshopReminders } from '../scheduled/workshop-reminders';
import { rememberTimeZone } from './profile';
import { GET as pairFeedRoute } from '@/app/api/calendar/pairs/[token]/route';
import { GET as facilitatorFeedRoute } from '@/app/api/calendar/facilitators/[token]/route';
import { createApplication, createCall, createPair } from '@/prisma/factories';
import { daysFrom, editionDates, isoDay, wallTime } from '@/prisma/timeline';
import { utcToDateOnly } from '@/lib/time/zoned';

// Every date below is made from this clock, so the suite holds on any day. The edition is the one
// 'decided' would give 152 days from now: pairs selected weeks ago, the workshop window opening the
// day after tomorrow and running for eleven months, so every slot here lies ahead of the clock.
const now = new Date();
const edition = editionDates(daysFrom(now, 152), 'decided');
const HOUR = 3_600_000;
/** A datetime-local value, as a coordinator types it, on the day `days` from now. */
const local = (days: number, time: string) => `${isoDay(now, days)}T${time}`;
/** An instant as iCalendar writes it in UTC (20260305T090000Z). */
const icalUtc = (instant: Date) =>
  instant
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

let cities: Awaited<ReturnType<typeof seedCities>>;
let callId: string;
beforeAll(async () => {
  cities = await seedCities();
  const call = await createCall(db, edition);
  callId = call.id;
});

/** A pair Berlin-side (Leipzig) and Kyiv with its applicant, partner contact and verified officials. */
async function makePair(a = 'leipzig', b = 'kyiv', inCall = () => callId) {
  const applicant = await makeActor({ locale: 'de', timeZone: 'Europe/Berlin' });
  const partner = await makeActor({ locale: 'uk', timeZone: 'Europe/Kyiv' });
  const officialA = await makeActor({
    role: 'CITY_OFFICIAL',
    officialCityId: cities[a]!.id,
    officialVerifiedAt: new Date(),
    locale: 'de',
  });
  const officialB = await makeActor({
    role: 'CITY_OFFICIAL',
    officialCityId: cities[b]!.id,
    officialVerifiedAt: new Date(),
    locale: 'uk',
  });
  const application = await createApplication(db, {
    callId: inCall(),
    applicantId: applicant.id,
    partnerUserId: partner.id,
    status: 'SELECTED',
    applicantCityId: cities[a]!.id,
    partnerCityId: cities[b]!.id,
  });
  const pair = await createPair(db, {
    callId: inCall(),
    applicationId: application.id,
    cityAId: cities[a]!.id,
    cityBId: cities[b]!.id,
  });
  const ws = Object.fromEntries(pair.workshops.map((w) => [w.stage, w])) as Record<
    string,
    (typeof pair.workshops)[number]
  >;
  return { pair, ws, applicant, partner, officialA, officialB };
}

const coordinatorP = () => makeActor({ role: 'COORDINATOR', locale: 'ru', timeZone: 'Europe/Moscow' });

const MEET = 'https://meet.example.org/match-sprint';

function slot(workshopId: string, startsAt: string, endsAt: string, extra: Record<string, unknown> = {}) {
  return {
    workshopId,
    version: 1,
    startsAt,
    endsAt,
    timeZone: 'Europe/Berlin',
    format: 'IN_PERSON',
    hostCityId: '',
    languages: ['DE', 'RU'],
    facilitatorIds: [],
    ...extra,
  };
}

describe('scheduling the four workshops', () => {
  it('schedules in stage order, refuses Match & Sprint too early, and e-mails everyone in their language', async () => {
    const coordinator = await coordinatorP();
    const { pair, ws, applicant, partner } = await makePair();
    await expectAppError(
      scheduleWorkshop(
        coordinator,
        slot(ws.MATCH_SPRINT!.id, local(29, '10:00'), local(29, '16:00'), { format: 'ONLINE', onlineUrl: MEET }),
      ),
      'VALIDATION',
      { startsAt: 'scheduling.errors.needs.MATCH_SPRINT' },
    );
    await scheduleWorkshop(
      coordinator,
      slot(ws.INITIATIVE_A!.id, local(14, '10:00'), local(14, '16:00'), {
        hostCityId: pair.cityAId,
        facilitatorIds: [coordinator.id],
      }),
    );
    await scheduleWorkshop(
      coordinator,
      slot(ws.INITIATIVE_B!.id, local(21, '10:00'), local(21, '16:00'), {
        hostCityId: pair.cityBId,
        timeZone: 'Europe/Kyiv',
      }),
    );
    const saved = await scheduleWorkshop(
      coordinator,
      slot(ws.MATCH_SPRINT!.id, local(49, '10:00'), local(49, '16:00'), { format: 'ONLINE', onlineUrl: MEET }),
    );
    expect(saved.version).toBe(2);
    const b = await db.workshop.findUniqueOrThrow({ where: { id: ws.INITIATIVE_B!.id } });
    // 10:00 on the Kyiv wall clock: 08:00 UTC in winter (UTC+2), 07:00 UTC in summer (UTC+3).
    expect(b.startsAt!.toISOString()).toBe(wallTime(now, 21, '10:00', 'Europe/Kyiv').toISOString());
    expect([2 * HOUR, 3 * HOUR]).toContain(Date.parse(`${isoDay(now, 21)}T10:00:00Z`) - b.startsAt!.getTime());
    expect(await db.logisticsItem.count({ where: { workshopId: b.id, cityId: pair.cityBId } })).toBe(3);
    const mails = await db.outboxEmail.findMany({
      where: { kind: 'workshop-scheduled', toEmail: { in: [applicant.email, partner.email] } },
    });
    expect(mails).toHaveLength(6);
    expect(mails.find((m) => m.toEmail === partner.email && m.subject.includes('Ініціативний'))?.locale).toBe('uk');
    expect(await db.auditEvent.count({ where: { entityId: ws.MATCH_SPRINT!.id, action: 'workshop.schedule' } })).toBe(
      1,
    );
  });

  it('refuses a stale version: the second of two coordinators is told, the first one’s changes stay', async () => {
    const [first, second] = [await coordinatorP(), await coordinatorP()];
    const { pair, ws } = await makePair('bonn', 'minsk');
    await scheduleWorkshop(
      first,
      slot(ws.INITIATIVE_A!.id, local(63, '10:00'), local(63, '16:00'), {
        hostCityId: pair.cityAId,
        venueName: 'First',
      }),
    );
    await expectAppError(
      scheduleWorkshop(
        second,
        slot(ws.INITIATIVE_A!.id, local(64, '10:00'), local(64, '16:00'), {
          hostCityId: pair.cityAId,
          venueName: 'Second',
        }),
      ),
      'CONFLICT',
      { _form: 'scheduling.errors.conflict' },
    );
    const w = await db.workshop.findUniqueOrThrow({ where: { id: ws.INITIATIVE_A!.id } });
    expect(w.venueName).toBe('First');
    expect(w.version).toBe(2);
  });

  it('reads the window in venue-local time and refuses a workshop outside it', async () => {
    const coordinator = await coordinatorP();
    const { pair, ws } = await makePair('nuernberg', 'kharkiv');
    const [firstDay, lastDay] = [utcToDateOnly(edition.windowStart), utcToDateOnly(edition.windowEnd)];
    const dayAfter = utcToDateOnly(daysFrom(edition.windowEnd, 1));
    await expectAppError(
      scheduleWorkshop(
        coordinator,
        slot(ws.INITIATIVE_A!.id, `${lastDay}T20:00`, `${dayAfter}T10:00`, { hostCityId: pair.cityAId }),
      ),
      'VALIDATION',
      { endsAt: 'scheduling.errors.outsideWindow' },
    );
    await scheduleWorkshop(
      coordinator,
      slot(ws.INITIATIVE_A!.id, `${firstDay}T00:00`, `${firstDay}T10:00`, { hostCityId: pair.cityAId }),
    );
  });

  it('asks an online workshop for its link and a hybrid one for its venue, and e-mails the link, not the city', async () => {
    const coordinator = await coordinatorP();
    const { pair, ws, applicant } = await makePair('bonn', 'kharkiv');
    const a = (extra: Record<string, unknown>) =>
      slot(ws.INITIATIVE_A!.id, local(14, '10:00'), local(14, '16:00'), { hostCityId: pair.cityAId, ...extra });
    await expectAppError(scheduleWorkshop(coordinator, a({ format: 'ONLINE' })), 'VALIDATION', {
      onlineUrl: 'scheduling.errors.onlineUrlRequired',
    });
    await expectAppError(scheduleWorkshop(coordinator, a({ format: 'HYBRID', onlineUrl: MEET })), 'VALIDATION', {
      venueName: 'scheduling.errors.venueRequired',
    });
    expect((await db.workshop.findUniqueOrThrow({ where: { id: ws.INITIATIVE_A!.id } })).status).toBe('NOT_SCHEDULED');
    // Stage 1 stays Bonn's workshop, but held online it has no place in Bonn to go to.
    await scheduleWorkshop(coordinator, a({ format: 'ONLINE', onlineUrl: MEET, venueName: 'Rathaus' }));
    const mail = await db.outboxEmail.findFirstOrThrow({
      where: { kind: 'workshop-scheduled', toEmail: applicant.email },
    });
    const where = mail.text.split('\n').find((line) => line.includes(MEET));
    expect(where).toBe(`Wo: Online: ${MEET}`);
    expect(mail.text).not.toContain('Rathaus');
  });

  it('cancels with a reason, records it, and marks done only in stage order', async () => {
    const coordinator = await coordinatorP();
    const { pair, ws } = await makePair('leipzig', 'minsk');
    await scheduleWorkshop(
      coordinator,
      slot(ws.INITIATIVE_A!.id, local(14, '10:00'), local(14, '16:00'), { hostCityId: pair.cityAId }),
    );
    await scheduleWorkshop(
      coordinator,
      slot(ws.INITIATIVE_B!.id, local(21, '10:00'), local(21, '16:00'), {
        hostCityId: pair.cityBId,
        timeZone: 'Europe/Minsk',
      }),
    );
    await scheduleWorkshop(
      coordinator,
      slot(ws.MATCH_SPRINT!.id, local(49, '10:00'), local(49, '16:00'), { format: 'ONLINE', onlineUrl: MEET }),
    );
    // Stage 2 cannot be cancelled while Match & Sprint is planned on top of it.
    await expectAppError(
      cancelWorkshop(coordinator, { workshopId: ws.INITIATIVE_B!.id, version: 2, reason: 'Travel' }),
      'VALIDATION',
    );
    await expectAppError(recordOutcome(coordinator, { workshopId: ws.MATCH_SPRINT!.id, version: 2 }), 'VALIDATION', {
      _form: 'scheduling.errors.doneNeeds.MATCH_SPRINT',
    });
    await recordOutcome(coordinator, {
      workshopId: ws.INITIATIVE_A!.id,
      version: 2,
      minutes: '**Gut** <script>alert(1)</script>',
      attendanceA: '17',
      ideasA: 'Jugendaustausch\n\nGemeinsames Fest',
    });
    const a = await db.workshop.findUniqueOrThrow({ where: { id: ws.INITIATIVE_A!.id } });
    expect(a.status).toBe('DONE');
    expect(a.ideasA).toEqual(['Jugendaustausch', 'Gemeinsames Fest']);
    expect(a.attendanceA).toBe(17);
    await cancelWorkshop(coordinator, { workshopId: ws.MATCH_SPRINT!.id, version: 2, reason: 'Grenzen geschlossen' });
    const ms = await db.workshop.findUniqueOrThrow({ where: { id: ws.MATCH_SPRINT!.id } });
    expect(ms.status).toBe('CANCELLED');
    expect(await db.auditEvent.count({ where: { entityId: ms.id, action: 'workshop.cancel' } })).toBe(1);
    expect(
      await db.outboxEmail.count({
        where: { kind: 'workshop-cancelled', dedupeKey: { startsWith: `workshop-cancelled:${ms.id}:` } },
      }),
    ).toBeGreaterThan(0);
  });
});

describe('who sees and ticks what', () => {
  it('gives people of another pair a 404 for the page, the checklist and the calendar event', async () => {
    const coordinator = await coordinatorP();
    const mine = await makePair('leipzig', 'kyiv');
    const other = await makePair('bonn', 'minsk');
    await scheduleWorkshop(
      coordinator,
      slot(mine.ws.INITIATIVE_A!.id, local(14, '10:00'), local(14, '16:00'), { hostCityId: mine.pair.cityAId }),
    );
    const item = await db.logisticsItem.findFirstOrThrow({ where: { workshopId: mine.ws.INITIATIVE_A!.id } });
    for (const stranger of [other.applicant, other.partner, other.officialA, other.officialB]) {
      expect(await getPairForViewer(stranger, mine.pair.id)).toBeNull();
      expect(await workshopEvent(stranger, mine.ws.INITIATIVE_A!.id, 'en')).toBeNull();
      await expectAppError(tickLogistics(stranger, { itemId: item.id, done: true }), 'NOT_FOUND');
      await expectAppError(rotatePairCalendar(stranger, { pairId: mine.pair.id }), 'NOT_FOUND');
    }
    expect(await getPairForViewer(mine.partner, mine.pair.id)).not.toBeNull();
    expect(await workshopEvent(mine.applicant, mine.ws.INITIATIVE_A!.id, 'de')).toContain('BEGIN:VEVENT');
  });

  it('lets the host city tick its items, but not an official of the other city', async () => {
    const coordinator = await coordinatorP();
    const { pair, ws, applicant, partner, officialA, officialB } = await makePair('nuernberg', 'kyiv');
    await scheduleWorkshop(
      coordinator,
      slot(ws.INITIATIVE_A!.id, local(14, '10:00'), local(14, '16:00'), { hostCityId: pair.cityAId }),
    );
    const [rooms, lodging] = await db.logisticsItem.findMany({
      where: { workshopId: ws.INITIATIVE_A!.id },
      orderBy: { position: 'asc' },
    });
    await expectAppError(tickLogistics(officialB, { itemId: rooms!.id, done: true }), 'FORBIDDEN');
    await expectAppError(tickLogistics(partner, { itemId: rooms!.id, done: true }), 'FORBIDDEN');
    await tickLogistics(officialA, { itemId: rooms!.id, done: true });
    await tickLogistics(applicant, { itemId: lodging!.id, done: true });
    const ticked = await db.logisticsItem.findUniqueOrThrow({ where: { id: rooms!.id } });
    expect(ticked.doneById).toBe(officialA.id);
    expect(ticked.doneAt).not.toBeNull();
    // Custom items are coordinators' to add.
    await expectAppError(
      addLogisticsItem(officialA, { workshopId: ws.INITIATIVE_A!.id, cityId: pair.cityAId, label: 'Beamer' }),
      'NOT_FOUND',
    );
    await addLogisticsItem(coordinator, { workshopId: ws.INITIATIVE_A!.id, cityId: pair.cityAId, label: 'Beamer' });
  });

  it('stops a revoked feed URL from working', async () => {
    const { pair, applicant } = await makePair('leipzig', 'kharkiv');
    await rotatePairCalendar(applicant, { pairId: pair.id });
    const first = (await db.boosterPair.findUniqueOrThrow({ where: { id: pair.id } })).calendarToken!;
    const call = (token: string) =>
      pairFeedRoute(new Request(`http://localhost/api/calendar/pairs/${token}?lang=ru`), {
        params: Promise.resolve({ token }),
      });
    const ok = await call(first);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toContain('text/calendar');
    expect(await ok.text()).toContain('BEGIN:VCALENDAR');
    await rotatePairCalendar(applicant, { pairId: pair.id });
    expect((await call(first)).status).toBe(404);
    expect((await call('nonsense')).status).toBe(404);
  });

  it('gives each facilitator a feed of their workshops, revocable, and only coordinators get one', async () => {
    const coordinator = await coordinatorP();
    const { pair, ws, applicant } = await makePair('bonn', 'kharkiv');
    await scheduleWorkshop(
      coordinator,
      slot(ws.INITIATIVE_A!.id, local(14, '10:00'), local(14, '16:00'), {
        hostCityId: pair.cityAId,
        facilitatorIds: [coordinator.id],
      }),
    );
    await expectAppError(rotateFacilitatorCalendar(applicant), 'NOT_FOUND');
    await rotateFacilitatorCalendar(coordinator);
    const first = (await db.facilitatorCalendar.findUniqueOrThrow({ where: { userId: coordinator.id } })).token;
    const call = (token: string) =>
      facilitatorFeedRoute(new Request(`http://localhost/api/calendar/facilitators/${token}?lang=uk`), {
        params: Promise.resolve({ token }),
      });
    const body = await (await call(first)).text();
    // 10:00 in Berlin, in UTC as the feed writes it.
    expect(body).toContain(`DTSTART:${icalUtc(wallTime(now, 14, '10:00', 'Europe/Berlin'))}`);
    expect(body.replace(/\r\n /g, '')).toContain(`/uk/pairs/${pair.id}#workshop-INITIATIVE_A`);
    await rotateFacilitatorCalendar(coordinator);
    expect((await call(first)).status).toBe(404);
  });

  it('e-mails "moved" when a scheduled workshop changes time, and nothing when nothing changed', async () => {
    const coordinator = await coordinatorP();
    const { pair, ws, partner } = await makePair('leipzig', 'minsk');
    const a = ws.INITIATIVE_A!.id;
    await scheduleWorkshop(coordinator, slot(a, local(14, '10:00'), local(14, '16:00'), { hostCityId: pair.cityAId }));
    await scheduleWorkshop(
      coordinator,
      slot(a, local(14, '10:00'), local(14, '16:00'), { hostCityId: pair.cityAId, version: 2 }),
    );
    expect(await db.outboxEmail.count({ where: { kind: 'workshop-moved', toEmail: partner.email } })).toBe(0);
    await scheduleWorkshop(
      coordinator,
      slot(a, local(15, '10:00'), local(15, '16:00'), { hostCityId: pair.cityAId, version: 3 }),
    );
    const moved = await db.outboxEmail.findFirstOrThrow({ where: { kind: 'workshop-moved', toEmail: partner.email } });
    expect(moved.subject).toMatch(/^Семінар перенесено/);
    expect(await db.auditEvent.count({ where: { entityId: a, action: 'workshop.reschedule' } })).toBe(2);
  });

  it('records a withdrawal and refuses further scheduling', async () => {
    const coordinator = await coordinatorP();
    const { pair, ws, partner, officialA } = await makePair('bonn', 'kyiv');
    await scheduleWorkshop(
      coordinator,
      slot(ws.INITIATIVE_A!.id, local(14, '10:00'), local(14, '16:00'), { hostCityId: pair.cityAId }),
    );
    const item = await db.logisticsItem.findFirstOrThrow({ where: { workshopId: ws.INITIATIVE_A!.id } });
    await expectAppError(withdrawPair(officialA, { pairId: pair.id, reason: 'x' }), 'NOT_FOUND');
    await withdrawPair(partner, { pairId: pair.id, reason: 'Keine Zeit' });
    const after = await db.boosterPair.findUniqueOrThrow({ where: { id: pair.id } });
    expect(after.status).toBe('WITHDRAWN');
    expect(after.withdrawReason).toBe('Keine Zeit');
    await expectAppError(
      scheduleWorkshop(
        coordinator,
        slot(ws.INITIATIVE_A!.id, local(15, '10:00'), local(15, '16:00'), { hostCityId: pair.cityAId, version: 2 }),
      ),
      'VALIDATION',
      { _form: 'scheduling.errors.pairNotActive' },
    );
    await expectAppError(tickLogistics(officialA, { itemId: item.id, done: true }), 'VALIDATION');
    expect(
      await db.auditEvent.count({ where: { entityId: pair.id, action: 'pair.withdraw', actorId: partner.id } }),
    ).toBe(1);
  });
});

describe('reminders', () => {
  it('reminds the pair’s people and facilitators once, a week before', async () => {
    const coordinator = await coordinatorP();
    const { pair, ws, applicant, partner, officialA, officialB } = await makePair('nuernberg', 'minsk');
    await scheduleWorkshop(
      coordinator,
      slot(ws.INITIATIVE_A!.id, local(98, '10:00'), local(98, '16:00'), {
        hostCityId: pair.cityAId,
        facilitatorIds: [coordinator.id],
      }),
    );
    const sixDaysBefore = daysFrom(wallTime(now, 98, '10:00', 'Europe/Berlin'), -6);
    await sendWorkshopReminders(sixDaysBefore);
    await sendWorkshopReminders(sixDaysBefore);
    const people = [applicant, partner, officialA, officialB, coordinator].map((p) => p.email);
    const reminders = await db.outboxEmail.findMany({
      where: {
        kind: 'workshop-reminder',
        toEmail: { in: people },
        dedupeKey: { startsWith: `workshop-reminder:${ws.INITIATIVE_A!.id}:` },
      },
    });
    // Applicant, partner, both cities' officials, the facilitator: one each, despite two runs.
    expect(reminders.map((m) => m.toEmail).sort()).toEqual([...people].sort());
    expect(reminders.find((m) => m.toEmail === officialB.email)?.subject).toMatch(/^За тиждень/);
    expect(reminders.find((m) => m.toEmail === coordinator.email)?.subject).toMatch(/^Через неделю/);
  });
});

describe('the viewer\u2019s time zone', () => {
  it('is taken from the browser once, and never replaces a zone the person chose', async () => {
    const fresh = await makeActor({ timeZone: null });
    await rememberTimeZone(fresh, { timeZone: 'Europe/Minsk' });
    await rememberTimeZone(fresh, { timeZone: 'Europe/Berlin' });
    expect((await db.user.findUniqueOrThrow({ where: { id: fresh.id } })).timeZone).toBe('Europe/Minsk');
    await expectAppError(rememberTimeZone(fresh, { timeZone: 'Mars/Olympus' }), 'VALIDATION', {
      timeZone: 'validation.timeZone',
    });
  });
});

/**
 * The nights the clocks changed in 2026, as fixed past dates on purpose (they are about the zones' rules; the
 * service takes any time inside the edition's window, so this edition's window is 2026's). Berlin skipped
 * 02:00–03:00 on 29 March and ran through 02:00–03:00 twice on 25 October; Kyiv did both an hour later.
 */
describe('workshop times on the nights the clocks change', () => {
  let call2026: string;
  beforeAll(async () => {
    const call = await createCall(db, {
      ...edition,
      year: 2026,
      windowStart: new Date('2026-02-01T00:00:00Z'),
      windowEnd: new Date('2026-11-30T00:00:00Z'),
    });
    call2026 = call.id;
  });

  it('refuses a start or an end in the hour the venue’s clock skips, in Berlin and in Kyiv', async () => {
    const coordinator = await coordinatorP();
    const { pair, ws } = await makePair('leipzig', 'kyiv', () => call2026);
    const a = (startsAt: string, endsAt: string) =>
      slot(ws.INITIATIVE_A!.id, startsAt, endsAt, { hostCityId: pair.cityAId });
    await expectAppError(scheduleWorkshop(coordinator, a('2026-03-29T02:30', '2026-03-29T10:00')), 'VALIDATION', {
      startsAt: 'time.gap',
    });
    await expectAppError(scheduleWorkshop(coordinator, a('2026-03-28T22:00', '2026-03-29T02:15')), 'VALIDATION', {
      endsAt: 'time.gap',
    });
    const b = (startsAt: string) =>
      slot(ws.INITIATIVE_B!.id, startsAt, '2026-03-29T12:00', { hostCityId: pair.cityBId, timeZone: 'Europe/Kyiv' });
    await expectAppError(scheduleWorkshop(coordinator, b('2026-03-29T03:30')), 'VALIDATION', { startsAt: 'time.gap' });
    // Nothing was saved, and 02:30 in Kyiv (it exists there that night) is 00:30 UTC.
    expect((await db.workshop.findUniqueOrThrow({ where: { id: ws.INITIATIVE_A!.id } })).status).toBe('NOT_SCHEDULED');
    await scheduleWorkshop(coordinator, b('2026-03-29T02:30'));
    const kyiv = await db.workshop.findUniqueOrThrow({ where: { id: ws.INITIATIVE_B!.id } });
    expect(kyiv.startsAt!.toISOString()).toBe('2026-03-29T00:30:00.000Z');
  });

  it('asks which 02:30 on 25 October 2026 is meant and saves the one chosen', async () => {
    const coordinator = await coordinatorP();
    const { pair, ws } = await makePair('leipzig', 'kyiv', () => call2026);
    const id = ws.INITIATIVE_A!.id;
    const input = slot(id, '2026-10-25T02:30', '2026-10-25T10:00', { hostCityId: pair.cityAId });
    await expectAppError(scheduleWorkshop(coordinator, input), 'VALIDATION', { startsAt: 'time.overlap' });

    await scheduleWorkshop(coordinator, { ...input, startsOffset: '60' });
    const standard = await db.workshop.findUniqueOrThrow({ where: { id } });
    expect(standard.startsAt!.toISOString()).toBe('2026-10-25T01:30:00.000Z');
    // 10:00 happens once; its instant is in standard time.
    expect(standard.endsAt!.toISOString()).toBe('2026-10-25T09:00:00.000Z');

    await scheduleWorkshop(coordinator, { ...input, version: 2, startsOffset: '120' });
    const summer = await db.workshop.findUniqueOrThrow({ where: { id } });
    expect(summer.startsAt!.toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(summer.version).toBe(3);
  });
});
