import AxeBuilder from '@axe-core/playwright';
import { test, expect, messages } from '../fixtures';
import { db } from '../../server/db';
import { expectSaved, saveIndicator } from './save-indicator';

const JOURNEYS = [
  {
    locale: 'uk' as const,
    cityA: 'Харків',
    optionA: /Харків/,
    cityB: 'Nuernberg',
    optionB: /Нюрнберг/,
    who: 'Ми — громадська ініціатива, яку підтримує міська рада Харкова.',
  },
  {
    locale: 'de' as const,
    cityA: 'Kharkiv',
    optionA: /Charkiw/,
    cityB: 'Нюрнберг',
    optionB: /Nürnberg/,
    who: 'Wir sind eine Bürgerinitiative, die der Stadtrat von Charkiw unterstützt: Größe, Übung.',
  },
];

for (const { locale, cityA, optionA, cityB, optionB, who } of JOURNEYS) {
  test(`an applicant fills the wizard (${locale}), the draft survives a reload, and one submission is made`, async ({
    page,
    loginAs,
  }) => {
    const uk = messages[locale].application;
    const ukv = messages[locale].validation;
    // Signed out: to sign-in, with the way back.
    await page.goto(`/${locale}/apply`);
    await expect(page).toHaveURL(new RegExp(`/${locale}/signin\\?callbackUrl=%2F${locale}%2Fapply`));

    const me = await loginAs('APPLICANT', { locale, name: 'Ірина Тестова' });
    await page.goto(`/${locale}/apply`);
    await expect(page.getByRole('heading', { level: 1, name: uk.wizard.title })).toBeVisible();

    // Eligibility: "next" with nothing chosen gives field errors in Ukrainian.
    await page.getByRole('button', { name: uk.wizard.next }).click();
    await expect(page.getByText(ukv.chooseOne)).toBeVisible();
    await expect(page.getByText(ukv.mustConfirm)).toBeVisible();
    await page.getByLabel(uk.fields.applicantType).selectOption('TWINNING_ASSOCIATION');
    await page.getByLabel(uk.eligibility.countries).check();
    await page.getByRole('button', { name: uk.wizard.next }).click();

    // Cities, found in any script.
    await expect(page.getByRole('group', { name: uk.wizard.steps.cities })).toBeVisible();
    const applicantCity = page.getByRole('combobox', { name: uk.fields.applicantCity });
    await applicantCity.fill(cityA);
    await page.getByRole('option', { name: optionA }).first().click();
    const partnerCity = page.getByRole('combobox', { name: uk.fields.partnerCity });
    await partnerCity.fill(cityB);
    await page.getByRole('option', { name: optionB }).first().click();
    await page.getByLabel(uk.fields.partnershipStatus).selectOption('TWINNED');
    await page.getByLabel(uk.fields.twinnedSinceYear).fill('1800');
    await page.getByRole('button', { name: uk.wizard.next }).click();
    await expect(page.getByText(ukv.year)).toBeVisible();
    await page.getByLabel(uk.fields.twinnedSinceYear).fill('1990');
    await page.getByRole('button', { name: uk.wizard.next }).click();

    // Organisations per city.
    await page
      .getByLabel(uk.organisations.name.replace('{n}', '1'))
      .first()
      .fill('Громадська ініціатива «Харків–Нюрнберг»');
    await page.getByLabel(uk.organisations.kind.replace('{n}', '1')).first().selectOption('INITIATIVE');
    await page
      .getByLabel(uk.organisations.name.replace('{n}', '1'))
      .nth(1)
      .fill('Partnerschaftsverein Nürnberg–Charkiw');
    await page.getByLabel(uk.organisations.kind.replace('{n}', '1')).nth(1).selectOption('ASSOCIATION');
    await page.getByRole('button', { name: uk.wizard.next }).click();

    // Contact person: a bad phone number is refused with a Ukrainian message.
    await page.getByLabel(uk.fields.contactRole).fill('Координаторка');
    await page.getByLabel(uk.fields.contactPhone).fill('дзвоніть');
    await page.getByRole('button', { name: uk.wizard.next }).click();
    await expect(page.getByText(ukv.phone)).toBeVisible();
    await page.getByLabel(uk.fields.contactPhone).fill('+380 57 123 4567');
    await page.getByRole('button', { name: uk.wizard.next }).click();

    // Answers, with live character counts; then the draft is saved and survives a reload.
    await page.getByLabel(uk.questions.answerWho).fill(who);
    const n = (x: number) => new Intl.NumberFormat(locale).format(x);
    await expect(
      page.getByText(uk.answers.count.replace('{count}', n(who.length)).replace('{max}', n(3000))).first(),
    ).toBeVisible();
    await page.getByLabel(uk.questions.answerHopes).fill('Спільні молодіжні обміни та волонтерські проєкти.');
    await page
      .getByLabel(uk.questions.answerMotivation)
      .fill('Хочемо навчитися працювати разом із партнерами з Нюрнберга.');
    // The last keystroke, not an earlier one, must be on the server before the reload.
    await expectSaved(page, locale);
    await page.reload();
    await expect(page.getByLabel(uk.questions.answerWho)).toHaveValue(who);
    await page.getByRole('button', { name: uk.wizard.next }).click();

    // Declaration and consent, then the review page.
    await page.getByLabel(uk.declaration.selfDeclaration).check();
    await page.getByLabel(uk.declaration.consent).check();
    await page.getByRole('button', { name: uk.wizard.next }).click();
    await expect(page.getByRole('heading', { name: uk.wizard.steps.review })).toBeVisible();
    await expect(page.getByText(who)).toBeVisible();
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);

    // A double click submits once.
    await page.getByRole('button', { name: uk.wizard.submit }).dblclick();
    await expect(page.getByText(uk.page.submittedNotice)).toBeVisible();
    const apps = await db.application.findMany({ where: { applicantId: me.id } });
    expect(apps).toHaveLength(1);
    expect(apps[0]!.status).toBe('SUBMITTED');

    // The PDF of the submitted version downloads.
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: uk.page.downloadPdf }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.pdf$/);

    // Coming back to /apply leads to the submitted application, not a new draft.
    await page.goto(`/${locale}/apply`);
    await expect(page).toHaveURL(new RegExp(`/${locale}/applications/${apps[0]!.id}`));
  });
}

test('when the network is gone the draft says so, retries, and saves once the network is back (Russian)', async ({
  page,
  context,
  loginAs,
}) => {
  const ru = messages.ru.application;
  const me = await loginAs('APPLICANT', { locale: 'ru' });
  await page.goto('/ru/apply?step=answers');
  await page.getByLabel(ru.questions.answerWho).fill('Первая версия ответа.');
  await expectSaved(page, 'ru');
  await context.setOffline(true);
  await page.getByLabel(ru.questions.answerWho).fill('Ответ, написанный без сети.');
  await expect(saveIndicator(page)).toHaveText(ru.save.offline);
  await context.setOffline(false);
  await expectSaved(page, 'ru');
  const draft = await db.application.findFirstOrThrow({ where: { applicantId: me.id } });
  expect(draft.answerWho).toBe('Ответ, написанный без сети.');
  // Discarding the draft (after a reload, on any device) removes it.
  await page.reload();
  await expect(page.getByLabel(ru.questions.answerWho)).toHaveValue('Ответ, написанный без сети.');
  await page.getByRole('button', { name: ru.wizard.discard }).click();
  await page.getByRole('dialog').getByRole('button', { name: ru.wizard.discard }).click();
  await expect(page.getByText(ru.wizard.discarded)).toBeVisible();
  expect(await db.application.count({ where: { applicantId: me.id } })).toBe(0);
});
