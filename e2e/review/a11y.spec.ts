import AxeBuilder from '@axe-core/playwright';
import { test, expect } from '../fixtures';
import { db } from '../../server/db';
import { seededEdition } from '../support/editions';

test('axe finds nothing on the review pages (uk)', async ({ page, loginAs }) => {
  await loginAs('COORDINATOR', { locale: 'uk' });
  const call = await seededEdition('review');
  const app = await db.application.findFirstOrThrow({ where: { callId: call.id, status: 'UNDER_REVIEW' } });
  const paths = [
    `/uk/coordinator/editions/${call.id}`,
    `/uk/coordinator/editions/${call.id}/applications`,
    `/uk/coordinator/editions/${call.id}/ranking`,
    `/uk/applications/${app.id}/review`,
    '/uk/coordinator/conflicts',
    '/uk/coordinator/outbox',
    '/uk/coordinator/decision-templates',
  ];
  for (const path of paths) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const result = await new AxeBuilder({ page }).analyze();
    expect(
      result.violations.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  }
});
