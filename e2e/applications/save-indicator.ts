import type { Page } from '@playwright/test';
import { expect, messages } from '../fixtures';

type Locale = keyof typeof messages;

/** The wizard's save status line, as a screen reader finds it. */
export const saveIndicator = (page: Page) => page.getByRole('status').and(page.locator('[data-save-state]'));

/** "Saved at 14:05" in the page's language, whatever the time. */
function savedText(locale: Locale): RegExp {
  const [before, after] = messages[locale].application.save.saved.split('{time}');
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escape(before!)}.+${escape(after!)}$`);
}

/**
 * Waits until the server has the last change. Typing turns the indicator to "unsaved" at once, so a
 * "saved" seen after the final input is the save of that input, not of an earlier one.
 */
export async function expectSaved(page: Page, locale: Locale) {
  const indicator = saveIndicator(page);
  await expect(indicator).toHaveAttribute('data-save-state', 'saved');
  await expect(indicator).toHaveText(savedText(locale));
}
