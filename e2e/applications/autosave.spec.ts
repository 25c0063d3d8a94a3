import { test, expect, messages, signInAs } from '../fixtures';
import { db } from '../../server/db';
import { expectSaved, saveIndicator } from './save-indicator';

const answerWhoOf = (applicantId: string) =>
  db.application.findFirstOrThrow({ where: { applicantId } }).then((a) => a.answerWho);

test('signed-out autosave: what is typed after the session ended stays in the browser and reaches the server after signing in again (Ukrainian)', async ({
  page,
  baseURL,
  loginAs,
}) => {
  const uk = messages.uk;
  const me = await loginAs('APPLICANT', { locale: 'uk' });
  await page.goto('/uk/apply?step=answers');
  const answerWho = page.getByLabel(uk.application.questions.answerWho);
  const answerHopes = page.getByLabel(uk.application.questions.answerHopes);
  await answerWho.fill('Ми — товариство дружби міст.');
  await expectSaved(page, 'uk');

  // The session ends (expired, or signed out on another device) while the person keeps typing.
  await db.session.deleteMany({ where: { userId: me.id } });
  const whoSignedOut = 'Ми — товариство дружби міст Харкова й Нюрнберга, засноване 1990 року.';
  const hopesSignedOut = 'Спільні молодіжні обміни.';
  await answerWho.fill(whoSignedOut);
  await answerHopes.fill(hopesSignedOut);
  const notice = page.getByRole('alert').filter({ hasText: uk.errors.unauthenticated });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText(uk.application.save.keptLocally);
  await expect(saveIndicator(page)).toHaveText(uk.application.save.signedOut);
  await expect(saveIndicator(page)).toHaveAttribute('data-save-state', 'signedOut');
  expect(await answerWhoOf(me.id)).toBe('Ми — товариство дружби міст.');

  // The link goes to sign-in and keeps the way back to this step.
  const signInAgain = notice.getByRole('link', { name: uk.errors.signInAgain });
  const link = new URL((await signInAgain.getAttribute('href'))!, baseURL);
  expect(link.pathname).toBe('/uk/signin');
  const back = link.searchParams.get('callbackUrl')!;
  expect(back).toBe('/uk/apply?step=answers');
  await signInAgain.click();
  await expect(page.getByRole('heading', { level: 1, name: uk.signIn.title })).toBeVisible();

  // Signing in by e-mail link is covered in e2e/auth; here the browser gets the new session directly.
  await signInAs(page, baseURL!, me.id);
  await page.goto(back);
  await expect(answerWho).toHaveValue(whoSignedOut);
  await expect(answerHopes).toHaveValue(hopesSignedOut);
  await expectSaved(page, 'uk');
  expect(await answerWhoOf(me.id)).toBe(whoSignedOut);
  const draft = await db.application.findFirstOrThrow({ where: { applicantId: me.id } });
  expect(draft.answerHopes).toBe(hopesSignedOut);
  // Once the server has it, the browser's copy is gone.
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('twincity:draft:')))).toEqual(
    [],
  );
});
