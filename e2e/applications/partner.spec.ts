import { test, expect, messages, uniqueEmail } from '../fixtures';
import { waitForMail, firstLink } from '../support/mail';
import { db } from '../../server/db';
import { createApplication, createSession, createUser } from '../../prisma/factories';

const de = messages.de.application;

/** A submitted application (Leipzig – Kyiv) in the seeded open edition, owned by a fresh applicant. */
async function submittedApplication(applicantId: string) {
  const call = await db.call.findFirstOrThrow({ where: { status: 'OPEN' }, orderBy: { applicationDeadline: 'asc' } });
  const [leipzig, kyiv] = await Promise.all([
    db.city.findUniqueOrThrow({ where: { slug: 'leipzig' } }),
    db.city.findUniqueOrThrow({ where: { slug: 'kyiv' } }),
  ]);
  return createApplication(db, {
    callId: call.id,
    applicantId,
    status: 'SUBMITTED',
    submittedAt: new Date(),
    applicantType: 'CITY_ADMINISTRATION',
    applicantCityId: leipzig.id,
    partnerCityId: kyiv.id,
    partnershipStatus: 'TWINNED',
    twinnedSinceYear: 1961,
    contactName: 'Jonas Test',
    contactEmail: 'jonas@example.org',
    contactPhone: '+49 341 123456',
    answerWho: 'Wir sind das Referat für Städtepartnerschaften.',
    answerHopes: 'Gemeinsame Jugendprojekte.',
    answerMotivation: 'Neue Formate lernen.',
    answerLanguage: 'de',
    selfDeclaration: true,
    consentAt: new Date(),
  });
}

test('the applicant invites the partner in German; the partner accepts from the e-mail, confirms, and both see it', async ({
  page,
  browser,
  loginAs,
  baseURL,
}) => {
  const applicant = await loginAs('APPLICANT', { locale: 'de', name: 'Jonas Antragsteller' });
  const app = await submittedApplication(applicant.id);
  const partner = await createUser(db, { email: uniqueEmail('partner'), name: 'Олена Партнерка', locale: 'uk' });

  await page.goto(`/de/applications/${app.id}`);
  await expect(page.getByText(de.partner.none)).toBeVisible();
  await page.getByLabel(de.invite.partnerEmail).fill(partner.email);
  await page.getByLabel(de.invite.language).first().selectOption('uk');
  await page.getByRole('button', { name: de.invite.partnerSend }).click();
  await expect(page.getByText(de.invite.sent.replace('{email}', partner.email))).toBeVisible();

  // The invitation arrives in the partner's language (Ukrainian) with a link to accept.
  const mail = await waitForMail(partner.email, { subject: /Booster/ });
  expect(mail.subject).toContain('Jonas Antragsteller');
  expect(mail.text).toContain('Київ');
  expect(mail.text).toContain('/uk/invites/');
  const link = firstLink(mail.text);

  // The partner, signed in in their own browser, accepts and confirms.
  const partnerContext = await browser.newContext({ baseURL });
  const token = await createSession(db, partner.id);
  await partnerContext.addCookies([
    { name: 'next-auth.session-token', value: token, url: baseURL!, httpOnly: true, sameSite: 'Lax' },
  ]);
  const partnerPage = await partnerContext.newPage();
  await partnerPage.goto(new URL(link).pathname);
  await partnerPage.getByRole('button', { name: messages.uk.application.invite.accept }).click();
  await expect(partnerPage).toHaveURL(new RegExp(`/uk/applications/${app.id}`));
  await partnerPage.getByRole('button', { name: messages.uk.application.partner.confirm }).click();
  await expect(partnerPage.getByText(/Олена Партнерка/).first()).toBeVisible();

  // The applicant sees the confirmation; a stranger gets a 404 for the page and the PDF.
  await page.reload();
  await expect(page.getByText(/Олена Партнерка/).first()).toBeVisible();
  const stranger = await browser.newContext({ baseURL });
  const strangerUser = await createUser(db, { email: uniqueEmail('stranger'), locale: 'de' });
  await stranger.addCookies([
    {
      name: 'next-auth.session-token',
      value: await createSession(db, strangerUser.id),
      url: baseURL!,
      httpOnly: true,
      sameSite: 'Lax',
    },
  ]);
  const strangerPage = await stranger.newPage();
  expect((await strangerPage.goto(`/de/applications/${app.id}`))?.status()).toBe(404);
  expect((await strangerPage.request.get(`/api/applications/${app.id}/pdf`)).status()).toBe(404);
  expect((await partnerPage.request.get(`/api/applications/${app.id}/pdf`)).status()).toBe(200);
  await partnerContext.close();
  await stranger.close();
});

const OFFICIALS = [
  { locale: 'uk' as const, city: 'Лейпциг', name: 'Посадовець Лейпцига' },
  { locale: 'de' as const, city: 'Leipzig', name: 'Amtsträgerin Leipzig' },
];

for (const official of OFFICIALS) {
  test(`a verified official endorses (${official.locale}) and the coordinator returns the application for changes`, async ({
    page,
    loginAs,
  }) => {
    const applicantUser = await createUser(db, {
      email: uniqueEmail('applicant'),
      name: 'Applicant Returned',
      locale: 'en',
    });
    const app = await submittedApplication(applicantUser.id);
    await loginAs('CITY_OFFICIAL', { locale: official.locale, citySlug: 'leipzig', name: official.name });
    await page.goto(`/${official.locale}/applications/${app.id}`);
    const ru = messages[official.locale].application;
    await page.getByRole('button', { name: ru.endorsement.submit }).click();
    await expect(page.getByText(messages[official.locale].validation.mustConfirm)).toBeVisible();
    await page.getByLabel(ru.endorsement.confirm.replace('{city}', official.city)).check();
    await page.getByRole('button', { name: ru.endorsement.submit }).click();
    await expect(page.getByText(ru.endorsement.done)).toBeVisible();
    await expect(page.getByText(official.name).first()).toBeVisible();
    // The PDF now carries the endorsement.
    expect((await page.request.get(`/api/applications/${app.id}/pdf`)).status()).toBe(200);

    await loginAs('COORDINATOR', { locale: 'en' });
    await page.goto(`/en/applications/${app.id}`);
    const en = messages.en.application;
    await page.getByLabel(en.return.message).fill('Please name the partner organisations in Kyiv.');
    await page.getByRole('button', { name: en.return.submit }).click();
    await expect(page.getByText(en.return.done)).toBeVisible();
    const after = await db.application.findUniqueOrThrow({ where: { id: app.id }, include: { endorsements: true } });
    expect(after.status).toBe('DRAFT');
    expect(after.endorsements.every((e) => e.status === 'PENDING')).toBe(true);
    const mail = await waitForMail(applicantUser.email, { subject: messages.en.email.application.returned.subject });
    expect(mail.text).toContain('Please name the partner organisations in Kyiv.');
  });
}
