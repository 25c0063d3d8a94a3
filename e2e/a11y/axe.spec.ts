import AxeBuilder from '@axe-core/playwright';
import { test, expect } from '../fixtures';

const PUBLIC_PAGES = ['/en', '/uk', '/uk/signin', '/de/privacy', '/ru/call', '/uk/no-such-page'];

for (const path of PUBLIC_PAGES) {
  test(`axe finds nothing on ${path}`, async ({ page }) => {
    await page.goto(path);
    const result = await new AxeBuilder({ page }).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('axe finds nothing on signed-in pages (uk)', async ({ page, loginAs }) => {
  await loginAs('COORDINATOR', { locale: 'uk' });
  for (const path of ['/uk/dashboard', '/uk/profile', '/uk/coordinator', '/uk/coordinator/people']) {
    await page.goto(path);
    const result = await new AxeBuilder({ page }).analyze();
    expect(
      result.violations.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  }
});

test('the sign-in form is reachable and usable by keyboard, with a visible focus', async ({ page }) => {
  await page.goto('/en/signin');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: /Skip to content/ })).toBeFocused();
  const email = page.getByRole('textbox');
  await email.focus();
  const outline = await email.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
});
