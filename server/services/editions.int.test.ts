import { beforeAll, describe, expect, it } from 'vitest';
import { db, expectAppError, makeActor } from '../test/helpers';
import {
  archiveEdition,
  closeEdition,
  createEdition,
  deleteDraftEdition,
  openEdition,
  updateEdition,
} from './editions';
import {
  getCallForPreview,
  getCurrentCall,
  getEditionForEditing,
  getNewEditionDefaults,
  getNextCall,
  getOpenCallForApplying,
  getPublishedCall,
  listPublishedCalls,
} from '../queries/calls';
import { ZCreateEditionSchema } from '@/lib/validation/editions';
import { chosenInstant, parseLocal, resolveLocal } from '@/lib/time/zoned';
import { createApplication } from '@/prisma/factories';
import { daysFrom, isoDay } from '@/prisma/timeline';
import type { SessionUser } from '../auth';

// The form's dates are typed relative to this clock, so the suite holds on any day.
const now = new Date();
const HOUR = 3_600_000;

/**
 * The dates a coordinator types for an edition whose deadline is `deadline` days from now: selection a
 * month later, the workshop window the day after for eleven months. Its year is the window's.
 */
function formDates(deadline: number) {
  const windowStart = isoDay(now, deadline + 32);
  return {
    year: Number(windowStart.slice(0, 4)),
    deadlineDate: isoDay(now, deadline),
    selectionDate: isoDay(now, deadline + 31),
    windowStart,
    windowEnd: isoDay(now, deadline + 334),
  };
}
const DEADLINE_IN = 60;
const YEAR = formDates(DEADLINE_IN).year;

/** The instant on a Berlin wall clock as `YYYY-MM-DD HH:MM`, read with Intl itself, not with the service's lib/time. */
const berlinClock = (instant: Date) =>
  new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Berlin',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).format(instant);

/** A Berlin wall time that happens once, as its instant. */
const inBerlin = (date: string, time: string) => chosenInstant(resolveLocal(parseLocal(date, time)!, 'Europe/Berlin'))!;

let n = 0;
const slug = () => `t-${Date.now().toString(36)}-${(n += 1)}`;
const texts = {
  en: { title: `Booster ${YEAR}`, summary: 'Apply with your twin city.', body: 'Four workshops.' },
  de: { title: `Booster ${YEAR}`, summary: 'Bewerben Sie sich mit Ihrer Partnerstadt.', body: 'Vier Workshops.' },
  ru: { title: `Бустер ${YEAR}`, summary: 'Подайте заявку вместе с городом-побратимом.', body: 'Четыре воркшопа.' },
  uk: { title: `Бустер ${YEAR}`, summary: 'Подайте заявку разом із містом-побратимом.', body: 'Чотири воркшопи.' },
};
const good = (over: Record<string, unknown> = {}) => ({
  slug: slug(),
  ...formDates(DEADLINE_IN),
  deadlineTime: '23:59',
  deadlineTimeZone: 'Europe/Berlin',
  pairsToSelect: 2,
  contactEmail: 'Booster@Example.org',
  texts,
  ...over,
});

let coordinator: SessionUser;
beforeAll(async () => {
  coordinator = await makeActor({ role: 'COORDINATOR' });
  // Other files may leave editions open; this file decides which one accepts applications.
  await db.call.updateMany({ where: { status: 'OPEN' }, data: { status: 'CLOSED' } });
});

describe('editions', () => {
  it('creates a draft edition with texts in four languages, the deadline in its zone, and an audit event', async () => {
    const input = good();
    const { id } = await createEdition(coordinator, input);
    const call = await db.call.findUniqueOrThrow({ where: { id }, include: { texts: true } });
    expect(call.status).toBe('DRAFT');
    // 23:59 on the Berlin wall clock (22:59 UTC in winter, 21:59 UTC in summer), not 23:59 UTC.
    expect(call.applicationDeadline.toISOString()).toBe(inBerlin(input.deadlineDate, '23:59').toISOString());
    expect(berlinClock(call.applicationDeadline)).toBe(`${input.deadlineDate} 23:59`);
    expect([HOUR, 2 * HOUR]).toContain(
      Date.parse(`${input.deadlineDate}T23:59:00Z`) - call.applicationDeadline.getTime(),
    );
    expect(call.deadlineTimeZone).toBe('Europe/Berlin');
    expect(call.windowStart.toISOString().slice(0, 10)).toBe(input.windowStart);
    expect(call.contactEmail).toBe('booster@example.org');
    expect(call.texts.map((t) => t.locale).sort()).toEqual(['de', 'en', 'ru', 'uk']);
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityId: id, action: 'edition.create' } });
    expect(event.actorId).toBe(coordinator.id);
    // The form reads back exactly what was typed.
    const editing = await getEditionForEditing(id);
    expect(editing?.values).toMatchObject({
      deadlineDate: input.deadlineDate,
      deadlineTime: '23:59',
      selectionDate: input.selectionDate,
      windowEnd: input.windowEnd,
      texts,
    });
  });

  it('creates one record when the same form is submitted twice', async () => {
    const input = good();
    await createEdition(coordinator, input);
    await expectAppError(createEdition(coordinator, input), 'VALIDATION', { slug: 'editions.validation.slugTaken' });
    const results = await Promise.allSettled([
      createEdition(coordinator, { ...input, slug: `${input.slug}-x` }),
      createEdition(coordinator, { ...input, slug: `${input.slug}-x` }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(await db.call.count({ where: { slug: `${input.slug}-x` } })).toBe(1);
  });

  it('answers bad input with field errors as message keys, never a crash', async () => {
    const { windowStart } = formDates(DEADLINE_IN);
    await expectAppError(createEdition(coordinator, good({ slug: 'Not a slug!' })), 'VALIDATION', {
      slug: 'editions.validation.slug',
    });
    // No year has a 30 February.
    await expectAppError(createEdition(coordinator, good({ deadlineDate: `${YEAR}-02-30` })), 'VALIDATION', {
      deadlineDate: 'editions.validation.date',
    });
    await expectAppError(createEdition(coordinator, good({ deadlineTime: '25:00' })), 'VALIDATION', {
      deadlineTime: 'editions.validation.time',
    });
    await expectAppError(createEdition(coordinator, good({ deadlineTimeZone: 'Mars/Base' })), 'VALIDATION', {
      deadlineTimeZone: 'validation.timeZone',
    });
    await expectAppError(
      createEdition(coordinator, good({ selectionDate: isoDay(now, DEADLINE_IN - 30) })),
      'VALIDATION',
      { selectionDate: 'editions.validation.selectionBeforeDeadline' },
    );
    await expectAppError(
      createEdition(coordinator, good({ windowStart: isoDay(now, DEADLINE_IN + 15) })),
      'VALIDATION',
      { windowStart: 'editions.validation.windowBeforeSelection' },
    );
    await expectAppError(createEdition(coordinator, good({ windowEnd: windowStart })), 'VALIDATION', {
      windowEnd: 'editions.validation.windowEnd',
    });
    await expectAppError(createEdition(coordinator, good({ pairsToSelect: 0 })), 'VALIDATION', {
      pairsToSelect: 'editions.validation.pairs',
    });
    await expectAppError(createEdition(coordinator, good({ pairsToSelect: Number.NaN })), 'VALIDATION', {
      pairsToSelect: 'validation.required',
    });
    await expectAppError(createEdition(coordinator, good({ contactEmail: 'nope' })), 'VALIDATION', {
      contactEmail: 'validation.email',
    });
    await expectAppError(
      createEdition(coordinator, good({ texts: { ...texts, uk: { title: '', summary: 'x', body: 'y' } } })),
      'VALIDATION',
      { 'texts.uk.title': 'validation.required' },
    );
    await expectAppError(createEdition(coordinator, good({ texts: { en: texts.en } })), 'VALIDATION');
    await expectAppError(createEdition(coordinator, null), 'VALIDATION');
    await expectAppError(createEdition(coordinator, 'garbage'), 'VALIDATION');
    await expectAppError(updateEdition(coordinator, { id: 'x' }), 'VALIDATION');
    await expectAppError(openEdition(coordinator, { id: 42 }), 'VALIDATION');
  });

  it('is a 404 for everyone but coordinators, changing nothing', async () => {
    const { id } = await createEdition(coordinator, good());
    const applicant = await makeActor();
    const official = await makeActor({ role: 'CITY_OFFICIAL', officialVerifiedAt: new Date() });
    for (const actor of [applicant, official]) {
      await expectAppError(createEdition(actor, good()), 'NOT_FOUND');
      await expectAppError(updateEdition(actor, { ...good(), id, version: 1 }), 'NOT_FOUND');
      await expectAppError(openEdition(actor, { id, version: 1 }), 'NOT_FOUND');
      await expectAppError(closeEdition(actor, { id, version: 1 }), 'NOT_FOUND');
      await expectAppError(deleteDraftEdition(actor, { id, version: 1 }), 'NOT_FOUND');
    }
    expect((await db.call.findUniqueOrThrow({ where: { id } })).version).toBe(1);
    await expectAppError(updateEdition(coordinator, { ...good(), id: 'no-such-edition', version: 1 }), 'NOT_FOUND');
  });

  it('edits an edition and refuses a stale form instead of overwriting silently', async () => {
    const { id } = await createEdition(coordinator, good());
    const { slug: _s, ...fields } = good();
    const first = await updateEdition(coordinator, {
      ...fields,
      id,
      version: 1,
      pairsToSelect: 3,
      texts: { ...texts, uk: { ...texts.uk, title: 'Нова назва' } },
    });
    expect(first.version).toBe(2);
    await expectAppError(updateEdition(coordinator, { ...fields, id, version: 1, pairsToSelect: 5 }), 'CONFLICT', {
      _form: 'editions.conflict',
    });
    const call = await db.call.findUniqueOrThrow({ where: { id }, include: { texts: true } });
    expect(call.pairsToSelect).toBe(3);
    expect(call.texts.find((t) => t.locale === 'uk')?.title).toBe('Нова назва');
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityId: id, action: 'edition.update' } });
    expect((event.before as { pairsToSelect: number }).pairsToSelect).toBe(2);
    expect((event.after as { pairsToSelect: number }).pairsToSelect).toBe(3);
  });

  it('opens one edition at a time, closes it, reopens it, and the call page follows', async () => {
    const a = await createEdition(coordinator, good());
    // b is the next year's edition.
    const b = await createEdition(coordinator, good(formDates(DEADLINE_IN + 365)));
    // Drafts are not public.
    expect(await getPublishedCall(a.slug, 'uk')).toBeNull();
    const opened = await openEdition(coordinator, { id: a.id, version: 1 }, now);
    expect(opened.version).toBe(2);
    await expectAppError(openEdition(coordinator, { id: b.id, version: 1 }, now), 'CONFLICT', {
      _form: 'editions.anotherOpen',
    });
    expect((await getOpenCallForApplying(now))?.id).toBe(a.id);
    expect((await getCurrentCall('uk', now))?.text?.title).toBe(`Бустер ${YEAR}`);
    expect((await getPublishedCall(a.slug, 'de'))?.text?.title).toBe(`Booster ${YEAR}`);
    // After a's deadline an open b may follow, and a's page points to it.
    const later = daysFrom(now, DEADLINE_IN + 5);
    const aDeadline = (await db.call.findUniqueOrThrow({ where: { id: a.id } })).applicationDeadline;
    await openEdition(coordinator, { id: b.id, version: 1 }, later);
    expect((await getOpenCallForApplying(later))?.id).toBe(b.id);
    expect((await getNextCall({ id: a.id, applicationDeadline: aDeadline }, 'en', later))?.slug).toBe(b.slug);
    expect((await listPublishedCalls('en')).map((c) => c.slug)).toEqual(expect.arrayContaining([a.slug, b.slug]));
    // A submitted application goes under review when the edition closes early.
    const applicant = await makeActor();
    const submitted = await createApplication(db, {
      callId: b.id,
      applicantId: applicant.id,
      status: 'SUBMITTED',
      submittedAt: later,
    });
    // Closing early stops applications and opens the review, in one step.
    expect(await closeEdition(coordinator, { id: b.id, version: 2 }, later)).toEqual({ id: b.id, version: 3 });
    expect(await getOpenCallForApplying(later)).toBeNull();
    expect(await db.call.findUniqueOrThrow({ where: { id: b.id } })).toMatchObject({
      status: 'REVIEW',
      closedAt: later,
      reviewOpenedAt: later,
    });
    expect((await db.application.findUniqueOrThrow({ where: { id: submitted.id } })).status).toBe('UNDER_REVIEW');
    // A second click of the same form is the same close, not an error and not a second audit row.
    expect(await closeEdition(coordinator, { id: b.id, version: 2 }, later)).toEqual({ id: b.id, version: 3 });
    // An edition in review does not reopen; a stale version cannot be acted on.
    await expectAppError(openEdition(coordinator, { id: b.id, version: 3 }, later), 'CONFLICT', {
      _form: 'editions.cannotOpen',
    });
    await expectAppError(closeEdition(coordinator, { id: a.id, version: 1 }, later), 'CONFLICT', {
      _form: 'editions.conflict',
    });
    const actions = await db.auditEvent.findMany({
      where: { entityId: b.id },
      orderBy: { createdAt: 'asc' },
      select: { action: true },
    });
    expect(actions.map((e) => e.action)).toEqual([
      'edition.create',
      'edition.open',
      'edition.close',
      'call.reviewOpened',
    ]);

    // a's deadline has passed: moving it back into the future reopens a, and then no other edition may open.
    const { slug: _s, ...aFields } = good({ deadlineDate: isoDay(now, DEADLINE_IN + 20) });
    await updateEdition(coordinator, { ...aFields, id: a.id, version: 2 }, later);
    const c = await createEdition(coordinator, good(formDates(DEADLINE_IN + 365)));
    await expectAppError(openEdition(coordinator, { id: c.id, version: 1 }, later), 'CONFLICT', {
      _form: 'editions.anotherOpen',
    });
    // A draft whose deadline has passed cannot open.
    await expectAppError(
      openEdition(coordinator, { id: c.id, version: 1 }, daysFrom(now, DEADLINE_IN + 365 + 1)),
      'CONFLICT',
      { _form: 'editions.deadlinePassed' },
    );
    await closeEdition(coordinator, { id: a.id, version: 3 }, later);
  });

  it('dates the close of an edition past its deadline at the deadline, and archives a decided one', async () => {
    const e = await createEdition(coordinator, good());
    await openEdition(coordinator, { id: e.id, version: 1 }, now);
    const deadline = (await db.call.findUniqueOrThrow({ where: { id: e.id } })).applicationDeadline;
    const weekAfter = daysFrom(deadline, 7);
    await closeEdition(coordinator, { id: e.id, version: 2 }, weekAfter);
    expect(await db.call.findUniqueOrThrow({ where: { id: e.id } })).toMatchObject({
      status: 'REVIEW',
      closedAt: deadline,
      reviewOpenedAt: weekAfter,
    });
    // Only published decisions can be archived.
    await expectAppError(archiveEdition(coordinator, { id: e.id, version: 3 }), 'CONFLICT', {
      _form: 'editions.cannotArchive',
    });
    await db.call.update({ where: { id: e.id }, data: { status: 'DECIDED', decisionsPublishedAt: weekAfter } });
    const archivedOn = daysFrom(deadline, 300);
    expect(await archiveEdition(coordinator, { id: e.id, version: 3 }, archivedOn)).toEqual({ id: e.id, version: 4 });
    expect(await db.call.findUniqueOrThrow({ where: { id: e.id } })).toMatchObject({
      status: 'ARCHIVED',
      archivedAt: archivedOn,
    });
    // The archive is still a published edition, readable at its address.
    expect((await getPublishedCall(e.slug, 'uk'))?.status).toBe('ARCHIVED');
    // Applicants and officials cannot move an edition on.
    const official = await makeActor({ role: 'CITY_OFFICIAL' });
    await expectAppError(archiveEdition(official, { id: e.id, version: 4 }), 'NOT_FOUND');
    await expectAppError(closeEdition(await makeActor(), { id: e.id, version: 4 }), 'NOT_FOUND');
  });

  it('refuses to open two editions at once when both are asked for together', async () => {
    const a = await createEdition(coordinator, good());
    const b = await createEdition(coordinator, good());
    const results = await Promise.allSettled([
      openEdition(coordinator, { id: a.id, version: 1 }, now),
      openEdition(coordinator, { id: b.id, version: 1 }, now),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    await db.call.updateMany({ where: { id: { in: [a.id, b.id] } }, data: { status: 'CLOSED' } });
  });

  it('deletes a draft nobody applied to, and nothing else', async () => {
    const draft = await createEdition(coordinator, good());
    await deleteDraftEdition(coordinator, { id: draft.id, version: 1 });
    expect(await db.call.findUnique({ where: { id: draft.id } })).toBeNull();
    expect(await db.auditEvent.count({ where: { entityId: draft.id, action: 'edition.delete' } })).toBe(1);
    const used = await createEdition(coordinator, good());
    const applicant = await makeActor();
    await createApplication(db, { callId: used.id, applicantId: applicant.id });
    await expectAppError(deleteDraftEdition(coordinator, { id: used.id, version: 1 }), 'CONFLICT', {
      _form: 'editions.cannotDelete',
    });
  });

  it('offers for applying only an open edition before its deadline', async () => {
    // Two years ahead: its deadline is later than that of any other edition the suite makes, so
    // nothing newer is published; it is looked at from the day after that deadline.
    const dates = formDates(2 * 365);
    const dayAfter = daysFrom(now, 2 * 365 + 1);
    const past = await createEdition(coordinator, good(dates));
    await db.call.update({ where: { id: past.id }, data: { status: 'OPEN' } });
    expect(await getOpenCallForApplying(dayAfter)).toBeNull();
    // The page still shows it (closed) when nothing newer is published.
    const current = await getCurrentCall('ru', dayAfter);
    expect(current?.id).toBe(past.id);
    expect(current?.text?.title).toBe(`Бустер ${YEAR}`);
    const open = await getOpenCallForApplying(daysFrom(now, 2 * 365 - 30));
    const applicationDeadline = inBerlin(dates.deadlineDate, '23:59');
    expect(open).toEqual({
      id: past.id,
      slug: past.slug,
      year: dates.year,
      applicationDeadline,
      deadlineTimeZone: 'Europe/Berlin',
      status: 'OPEN',
    });
    expect(berlinClock(open!.applicationDeadline)).toBe(`${dates.deadlineDate} 23:59`);
    await db.call.update({ where: { id: past.id }, data: { status: 'CLOSED' } });
  });

  it('fills a new edition form with valid defaults for the year after the latest edition', async () => {
    const latest = await db.call.findFirstOrThrow({ orderBy: { year: 'desc' } });
    const defaults = await getNewEditionDefaults();
    expect(defaults.year).toBeGreaterThan(latest.year);
    expect(ZCreateEditionSchema.safeParse(defaults).success).toBe(true);
    // The texts name no date: the page shows the deadline, so moving it leaves no text behind.
    for (const text of Object.values(defaults.texts)) expect(text.summary + text.body).not.toMatch(/\d/);
    expect(defaults.texts.uk.summary).toContain('семінари');
  });

  it('treats addresses that cannot be editions as not found', async () => {
    expect(await getPublishedCall('a\u0000b', 'en')).toBeNull();
    expect(await getPublishedCall('x'.repeat(500), 'en')).toBeNull();
    expect(await getEditionForEditing('a\u0000b')).toBeNull();
    expect(await getCallForPreview('%00', 'en')).toBeNull();
  });
});

/**
 * The nights the clocks changed in 2026 (fixed past dates on purpose: they are about the zone's rules, and the
 * editions form takes past deadlines). Berlin skipped 02:00–03:00 on 29 March and ran through 02:00–03:00
 * twice on 25 October; Kyiv did both an hour later on its own clock.
 */
describe('a deadline on the nights the clocks change', () => {
  // The edition these deadlines belong to: selection at the end of the night's year, workshops in the next.
  const nights = (deadlineDate: string) => {
    const year = Number(deadlineDate.slice(0, 4));
    return {
      year: year + 1,
      deadlineDate,
      selectionDate: `${year}-11-30`,
      windowStart: `${year + 1}-02-01`,
      windowEnd: `${year + 1}-11-30`,
    };
  };

  it('refuses 02:30 on 29 March 2026 in Berlin and 03:30 in Kyiv, the times their clocks skip', async () => {
    await expectAppError(
      createEdition(coordinator, good({ ...nights('2026-03-29'), deadlineTime: '02:30' })),
      'VALIDATION',
      { deadlineTime: 'time.gap' },
    );
    await expectAppError(
      createEdition(
        coordinator,
        good({ ...nights('2026-03-29'), deadlineTime: '03:30', deadlineTimeZone: 'Europe/Kyiv' }),
      ),
      'VALIDATION',
      { deadlineTime: 'time.gap' },
    );
    // A choice of offset does not make a skipped time exist.
    await expectAppError(
      createEdition(coordinator, good({ ...nights('2026-03-29'), deadlineTime: '02:30', deadlineOffset: '60' })),
      'VALIDATION',
      { deadlineTime: 'time.gap' },
    );
    // 02:30 did happen in Kyiv that night (00:30 UTC).
    const { id } = await createEdition(
      coordinator,
      good({ ...nights('2026-03-29'), deadlineTime: '02:30', deadlineTimeZone: 'Europe/Kyiv' }),
    );
    const call = await db.call.findUniqueOrThrow({ where: { id } });
    expect(call.applicationDeadline.toISOString()).toBe('2026-03-29T00:30:00.000Z');
  });

  it('asks which 02:30 on 25 October 2026 is meant, saves the one chosen and keeps the choice in the form', async () => {
    const input = good({ ...nights('2026-10-25'), deadlineTime: '02:30' });
    await expectAppError(createEdition(coordinator, input), 'VALIDATION', { deadlineTime: 'time.overlap' });
    // An offset the night does not offer is no answer.
    await expectAppError(createEdition(coordinator, { ...input, deadlineOffset: '180' }), 'VALIDATION', {
      deadlineTime: 'time.overlap',
    });

    const { id } = await createEdition(coordinator, { ...input, deadlineOffset: '120' });
    const summer = await db.call.findUniqueOrThrow({ where: { id } });
    expect(summer.applicationDeadline.toISOString()).toBe('2026-10-25T00:30:00.000Z');
    const editing = await getEditionForEditing(id);
    expect(editing?.values).toMatchObject({ deadlineDate: '2026-10-25', deadlineTime: '02:30', deadlineOffset: '120' });

    // The same form saved with standard time chosen (as a number, as a non-browser caller may send it).
    await updateEdition(coordinator, { ...editing!.values, deadlineOffset: 60 });
    const standard = await db.call.findUniqueOrThrow({ where: { id } });
    expect(standard.applicationDeadline.toISOString()).toBe('2026-10-25T01:30:00.000Z');
    expect((await getEditionForEditing(id))?.values.deadlineOffset).toBe('60');
    // An ordinary time needs no choice, and a stray one is ignored.
    const later = await getEditionForEditing(id);
    await updateEdition(coordinator, { ...later!.values, deadlineTime: '12:00', deadlineOffset: '60' });
    expect((await db.call.findUniqueOrThrow({ where: { id } })).applicationDeadline.toISOString()).toBe(
      '2026-10-25T11:00:00.000Z',
    );
    expect((await getEditionForEditing(id))?.values.deadlineOffset).toBeUndefined();
  });
});
