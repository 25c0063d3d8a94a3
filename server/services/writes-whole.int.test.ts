import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as MailModule from '../mail';
import { db, makeActor, seedCities } from '../test/helpers';
import { scheduleKyivWorkshop } from '../test/kyiv-workshop';
import { cancelWorkshop } from './workshops';
import { inviteCoordinator } from './people';
import { composeEmail, formatMailDate } from '../mail-compose';
import { renderDecisionEmail } from './decisions';
import { createCall } from '@/prisma/factories';
import { daysFrom, editionDates } from '@/prisma/timeline';

// The outbox can be made to fail after `failAfter` e-mails, inside whatever transaction queues them.
const outbox = vi.hoisted(() => ({ failAfter: Infinity, queued: 0 }));
vi.mock('../mail', async (importOriginal) => {
  const real = await importOriginal<typeof MailModule>();
  return {
    ...real,
    queueEmail: async (...args: Parameters<typeof real.queueEmail>) => {
      if (outbox.queued >= outbox.failAfter) throw new Error('the outbox is down');
      outbox.queued += 1;
      return real.queueEmail(...args);
    },
  };
});

const now = new Date();
const edition = editionDates(daysFrom(now, 152), 'decided');

let cities: Awaited<ReturnType<typeof seedCities>>;
let callId: string;
beforeAll(async () => {
  cities = await seedCities();
  callId = (await createCall(db, edition)).id;
});
beforeEach(() => {
  outbox.failAfter = Infinity;
  outbox.queued = 0;
});

const scheduledWorkshop = () => scheduleKyivWorkshop(callId, cities);

const auditsOf = (entityId: string) => db.auditEvent.count({ where: { entityId } });
const mailsLike = (dedupe: string) => db.outboxEmail.count({ where: { dedupeKey: { contains: dedupe } } });

describe('a write with its audit row and its e-mail', () => {
  it('commits all three together: the workshop is scheduled, audited and announced', async () => {
    const { workshop, saved } = await scheduledWorkshop();
    expect(await auditsOf(workshop.id)).toBe(1);
    expect(await mailsLike(`${workshop.id}:v${saved.version}`)).toBeGreaterThan(0);
  });

  it('rolls back the change and its audit row when its first e-mail cannot be queued', async () => {
    const { coordinator, workshop, saved } = await scheduledWorkshop();
    outbox.queued = 0;
    outbox.failAfter = 0;
    await expect(
      cancelWorkshop(coordinator, { workshopId: workshop.id, version: saved.version, reason: 'Room lost' }),
    ).rejects.toThrow('the outbox is down');
    expect((await db.workshop.findUniqueOrThrow({ where: { id: workshop.id } })).status).toBe('SCHEDULED');
    expect(await db.auditEvent.count({ where: { entityId: workshop.id, action: 'workshop.cancel' } })).toBe(0);
  });

  it('leaves no e-mail behind when the change fails after some were queued', async () => {
    const { coordinator, workshop, saved } = await scheduledWorkshop();
    outbox.queued = 0;
    outbox.failAfter = 1;
    await expect(
      cancelWorkshop(coordinator, { workshopId: workshop.id, version: saved.version, reason: 'Room lost' }),
    ).rejects.toThrow('the outbox is down');
    expect(outbox.queued).toBe(1);
    expect(
      await db.outboxEmail.count({ where: { kind: 'workshop-cancelled', dedupeKey: { contains: workshop.id } } }),
    ).toBe(0);
    expect(await db.auditEvent.count({ where: { entityId: workshop.id, action: 'workshop.cancel' } })).toBe(0);
    // Once the outbox is back, the same request goes through whole.
    outbox.failAfter = Infinity;
    await cancelWorkshop(coordinator, { workshopId: workshop.id, version: saved.version, reason: 'Room lost' });
    expect(await db.auditEvent.count({ where: { entityId: workshop.id, action: 'workshop.cancel' } })).toBe(1);
    expect(
      await db.outboxEmail.count({ where: { kind: 'workshop-cancelled', dedupeKey: { contains: workshop.id } } }),
    ).toBeGreaterThan(0);
  });

  it('keeps no coordinator role, grant or audit row when the invitation cannot be queued', async () => {
    const anna = await makeActor({ role: 'COORDINATOR' });
    const email = `invitee-${Date.now()}@example.org`;
    outbox.failAfter = 0;
    await expect(inviteCoordinator(anna, { email, name: 'Ira', locale: 'uk' })).rejects.toThrow('the outbox is down');
    expect(await db.roleGrant.count({ where: { email } })).toBe(0);
    expect(await db.auditEvent.count({ where: { actorId: anna.id, action: 'coordinator.invite' } })).toBe(0);
    expect(await db.outboxEmail.count({ where: { toEmail: email } })).toBe(0);
  });
});

describe('the e-mail composer', () => {
  it('escapes every value in the HTML and leaves it plain in the text', () => {
    const mail = composeEmail({
      key: 'email.application.submittedPartner',
      locale: 'en',
      values: { edition: '2027', cityA: 'Leipzig', cityB: '<b>Kyiv</b>', link: 'https://x.example/a?b=1&c=2' },
      action: { url: 'https://x.example/a?b=1&c=2', label: 'email.application.open' },
      footer: 'email.application.footer',
    });
    expect(mail.text).toContain('<b>Kyiv</b>');
    expect(mail.html).toContain('&lt;b&gt;Kyiv&lt;/b&gt;');
    expect(mail.html).not.toContain('<b>Kyiv');
    expect(mail.html).toContain('<a href="https://x.example/a?b=1&amp;c=2">Open the application</a>');
    expect(mail.text).toContain('https://x.example/a?b=1&c=2');
  });

  it('escapes values in a coordinator’s template too, and turns the link into a link', () => {
    const mail = renderDecisionEmail(
      'SELECTED',
      'uk',
      [{ locale: 'uk', subject: 'Вітаємо, {applicantCity}', body: 'Вітаємо, {name}!\n\n{link}' }],
      {
        name: 'Olha "O" <script>',
        applicantCity: '<b>Kyiv</b>',
        partnerCity: 'Leipzig',
        edition: '2027',
        link: 'https://x.example/uk/dashboard',
      },
    );
    expect(mail.subject).toBe('Вітаємо, <b>Kyiv</b>');
    expect(mail.text).toContain('Olha "O" <script>');
    expect(mail.html).toContain('Olha &quot;O&quot; &lt;script&gt;');
    expect(mail.html).toContain('<a href="https://x.example/uk/dashboard">https://x.example/uk/dashboard</a>');
  });

  it('falls back to the catalogue for a stored template that no longer formats', () => {
    const mail = renderDecisionEmail('DECLINED', 'en', [{ locale: 'en', subject: 'Hi {first', body: 'x' }], {
      name: 'Anna',
      applicantCity: 'Leipzig',
      partnerCity: 'Kyiv',
      edition: '2027',
      link: 'https://x.example',
    });
    expect(mail.subject).toContain('the decision on your application');
    expect(mail.text).toContain('Hello Anna');
  });

  it('writes a date in the record’s zone and names the zone', () => {
    // 31 March of next year, from the clock: always after Kyiv's spring change, so summer time.
    const year = new Date().getUTCFullYear() + 1;
    const deadline = new Date(`${year}-03-31T21:59:00Z`);
    const mail = composeEmail({
      key: 'email.application.draftDeadline',
      locale: 'en',
      timeZone: 'Europe/Kyiv',
      values: { edition: '2027', deadline, link: 'https://x.example' },
    });
    expect(mail.text).toContain(formatMailDate(deadline, 'en', 'Europe/Kyiv'));
    expect(mail.text).toContain(`April 1, ${year} at 12:59 AM (Europe/Kyiv)`);
    expect(() =>
      composeEmail({ key: 'email.application.draftDeadline', locale: 'en', values: { edition: '2027', deadline } }),
    ).toThrow(/no time zone/);
  });
});
