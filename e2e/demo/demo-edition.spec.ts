import { test, expect, messages } from '../fixtures';
import { db } from '../../server/db';
import { E2E_DEMO_PORT } from '../../playwright.config';
import { editionTitle, seededEdition } from '../support/editions';

test.use({ baseURL: `http://localhost:${E2E_DEMO_PORT}` });

const uk = messages.uk;

test('in the demo a coordinator takes the edition in review to published decisions: score, rank, decide, publish, release (Ukrainian)', async ({
  page,
}) => {
  const call = await seededEdition('review');
  const title = editionTitle(call, 'uk');

  // Maria Sokolova, a demo coordinator, signs in with one click.
  await page.goto('/uk/signin');
  await page.getByRole('button', { name: /Maria Sokolova/ }).click();
  await expect(page).toHaveURL(/\/uk\/dashboard$/);
  await page.goto('/uk/coordinator');
  await page.getByRole('link', { name: title, exact: true }).click();

  // The edition page shows where it stands: the review is the current phase, and what comes next.
  const phases = page.getByRole('list', { name: uk.editions.phases.label });
  await expect(phases.locator('[aria-current="step"]')).toContainText(uk.status.call.REVIEW);
  await expect(page.getByRole('heading', { name: uk.editions.phases.nextTitle })).toBeVisible();

  // Score the application assigned to her and not scored yet.
  await page.getByRole('link', { name: uk.review.list.title, exact: true }).first().click();
  await page.getByRole('link', { name: /Могильов/ }).click();
  for (const criterion of ['Мотивація', 'Потенціал партнерства', 'Підтримка на місцях', 'Реалістичність']) {
    await page.getByLabel(uk.review.scores.score.replace('{criterion}', criterion)).selectOption('4');
  }
  await page.getByRole('button', { name: uk.review.scores.submit }).click();
  await expect(page.getByText(uk.review.scores.submitted)).toBeVisible();

  // The ranking puts the applications in order of their scores.
  await page.goto(`/uk/coordinator/editions/${call.id}/ranking`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(title);
  // Her review is counted there: both coordinators' scores are in.
  const ranked = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: /Могильов/ }) });
  await expect(ranked).toContainText('Надіслано 2 оцінки');

  // Decide from the ranking: select this pair.
  await ranked.getByRole('link', { name: /Могильов/ }).click();
  await page
    .getByRole('combobox', { name: uk.decisions.outcome, exact: true })
    .selectOption({ label: uk.decisions.outcomes.SELECTED });
  await page.getByRole('textbox', { name: uk.decisions.note }).fill('Сильна пара, місто підтримує');
  await page.getByRole('button', { name: uk.decisions.save }).click();
  await expect(page.getByText(uk.decisions.saved)).toBeVisible();

  // Publish, and the edition moves on to its next phase.
  await page.goto(`/uk/coordinator/editions/${call.id}`);
  await page.getByRole('button', { name: uk.decisions.publish }).click();
  await page.getByRole('dialog').getByRole('button', { name: uk.decisions.publish }).click();
  await expect(page.getByText(uk.decisions.publishedDone)).toBeVisible();
  await expect(phases.locator('[aria-current="step"]')).toContainText(uk.status.call.DECIDED);

  // The decision e-mails wait in the outbox until released.
  await page.goto('/uk/coordinator/outbox');
  const held = await db.outboxEmail.findMany({ where: { kind: 'decision', status: 'HELD' } });
  expect(held.length).toBeGreaterThan(0);
  const first = held[0]!;
  await page
    .getByRole('article')
    .filter({ hasText: first.toEmail })
    .first()
    .getByRole('button', { name: uk.review.outbox.release.replace('{email}', first.toEmail) })
    .first()
    .click();
  await expect(page.getByText(uk.review.outbox.released)).toBeVisible();
  await expect
    .poll(async () => (await db.outboxEmail.findUniqueOrThrow({ where: { id: first.id } })).status)
    .not.toBe('HELD');
});
