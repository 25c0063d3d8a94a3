import AxeBuilder from '@axe-core/playwright';
import { test, expect, messages } from '../fixtures';

const { uk, de } = messages;

test.use({ viewport: { width: 390, height: 844 } });

test('on a phone the header is one row with a menu button that opens and closes the navigation (uk)', async ({
  page,
}) => {
  await page.goto('/uk');
  const header = page.getByRole('banner');
  const menu = header.getByRole('button', { name: uk.nav.menu });
  const toolbox = header.getByRole('link', { name: uk.nav.toolbox });
  await expect(menu).toBeVisible();
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(toolbox).toBeHidden();
  // Brand and button side by side: one row, not three.
  expect((await header.boundingBox())!.height).toBeLessThan(80);

  // By keyboard: the button opens the menu, Escape closes it and leaves the focus on the button.
  await menu.focus();
  await page.keyboard.press('Enter');
  const close = header.getByRole('button', { name: uk.nav.closeMenu });
  await expect(close).toHaveAttribute('aria-expanded', 'true');
  await expect(toolbox).toBeVisible();
  await expect(header.getByRole('link', { name: uk.nav.signIn })).toBeVisible();
  await expect(header.getByRole('link', { name: 'Deutsch' })).toBeVisible();
  expect(
    await new AxeBuilder({ page })
      .include('header')
      .analyze()
      .then((r) => r.violations),
  ).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(toolbox).toBeHidden();
  await expect(menu).toBeFocused();

  // A link in the menu goes to its page, and the menu is folded again there.
  await menu.click();
  await toolbox.click();
  await expect(page).toHaveURL(/\/uk\/toolbox$/);
  await expect(header.getByRole('button', { name: uk.nav.menu })).toHaveAttribute('aria-expanded', 'false');
  await expect(toolbox).toBeHidden();
});

test('a small laptop (1024 px) still gets the menu button and one header row; from 1280 px the links show (de)', async ({
  page,
  loginAs,
}) => {
  await loginAs('COORDINATOR', { locale: 'de' });
  await page.setViewportSize({ width: 1024, height: 800 });
  await page.goto('/de/coordinator');
  const header = page.getByRole('banner');
  await expect(header.getByRole('button', { name: de.nav.menu })).toBeVisible();
  expect((await header.boundingBox())!.height).toBeLessThan(80);
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(header.getByRole('button', { name: de.nav.menu })).toBeHidden();
  await expect(header.getByRole('link', { name: de.nav.people })).toBeVisible();
});
