import AxeBuilder from '@axe-core/playwright';
import { test, expect, messages, expectNotFound } from '../fixtures';
import { db } from '../../server/db';

const uk = messages.uk;
const de = messages.de;

test('a visitor in Ukrainian searches, filters by stage, opens a method card and reads it side by side in German', async ({
  page,
}) => {
  await page.goto('/uk/toolbox');
  await expect(page.getByRole('heading', { level: 1, name: uk.toolbox.title })).toBeVisible();

  // An inflected form: the card's title says "зацікавлених сторін".
  await page.getByRole('searchbox', { name: uk.toolbox.searchLabel }).fill('зацікавленими сторонами');
  await page.getByRole('button', { name: uk.toolbox.search }).click();
  await expect(page).toHaveURL(/q=/);
  await expect(page.getByRole('heading', { level: 3, name: 'Мапа зацікавлених сторін міста' })).toBeVisible();
  await expect(page.locator('mark').first()).toBeVisible();

  await page.getByLabel(uk.toolbox.stageLabel).selectOption({ label: uk.stages.INITIATIVE_A.short });
  await page.getByRole('button', { name: uk.toolbox.applyFilters }).click();
  await expect(page).toHaveURL(/stage=INITIATIVE_A/);
  // The search is in the URL: reloading (or sharing the link) shows the same results.
  await page.reload();
  await expect(page.getByLabel(uk.toolbox.stageLabel)).toHaveValue('INITIATIVE_A');
  await page.getByRole('link', { name: 'Мапа зацікавлених сторін міста' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Мапа зацікавлених сторін міста' })).toBeVisible();
  await expect(page.getByText(uk.toolbox.kind.METHOD_CARD).first()).toBeVisible();
  const languages = page.getByRole('navigation', { name: uk.toolbox.languagesNav });
  await languages
    .locator('p')
    .filter({ hasText: uk.toolbox.sideBySide })
    .getByRole('link', { name: 'Deutsch' })
    .click();

  await expect(page).toHaveURL(/\/uk\/toolbox\/stakeholder-mapping\/uk\/de$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Мапа зацікавлених сторін міста' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Akteurslandkarte einer Stadt' })).toBeVisible();
  await expect(page.locator('section[lang="de"]')).toContainText('Lücken finden');
});

test('a reader without their language gets the original with a note, and the PDF of a method card', async ({
  page,
  request,
}) => {
  await page.goto('/uk/toolbox/world-cafe');
  await expect(page.getByRole('heading', { level: 1, name: 'Weltcafé' })).toBeVisible();
  await expect(page.getByRole('note')).toContainText('Deutsch');
  const pdf = await request.get('/api/toolbox/stakeholder-mapping/pdf?lang=uk');
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
  expect((await request.get('/api/toolbox/no-such-material/pdf')).status()).toBe(404);
});

test('a coordinator writes a material, previews it, publishes it, and it appears in search', async ({
  page,
  loginAs,
  browser,
}) => {
  await loginAs('COORDINATOR', { locale: 'de' });
  const tag = `brueckenspiel${Date.now().toString(36)}`;
  const slug = `bruecken-${Date.now().toString(36)}`;
  await page.goto('/de/coordinator');
  await page.getByRole('link', { name: de.toolboxAdmin.navLink }).click();
  await page.getByRole('link', { name: de.toolboxAdmin.newMaterial }).click();

  await page.getByLabel(de.toolboxAdmin.slug).fill(slug);
  await page.getByLabel(de.toolboxAdmin.kind, { exact: true }).selectOption({ label: de.toolbox.kind.METHOD_CARD });
  await page.getByLabel(de.toolboxAdmin.duration).fill('40');
  await page.getByRole('group', { name: de.toolboxAdmin.stages }).getByLabel(de.stages.MATCH_SPRINT.short).check();
  await page.getByRole('group', { name: de.toolboxAdmin.topics }).getByLabel(de.toolbox.topic.facilitation).check();

  const german = page.getByRole('group', { name: /Fassung: Deutsch/ });
  await german.getByLabel(de.toolboxAdmin.titleField, { exact: true }).fill(`Brückenspiel ${tag}`);
  await german.getByLabel(de.toolboxAdmin.summaryField).fill('Zwei Gruppen bauen gemeinsam eine Brücke aus Papier.');
  await german
    .getByLabel(de.toolboxAdmin.bodyField, { exact: true })
    .fill('## Schritte\n1. **Bauen (20 Min.)** — jede Stadt baut eine Hälfte.\n2. Zusammenfügen.');
  const ukrainian = page.getByRole('group', { name: /Fassung: Українська/ });
  await ukrainian.getByLabel(de.toolboxAdmin.titleField, { exact: true }).fill(`Гра в мости ${tag}`);
  await ukrainian.getByLabel(de.toolboxAdmin.summaryField).fill('Дві групи разом будують міст із паперу.');
  await ukrainian.getByLabel(de.toolboxAdmin.bodyField, { exact: true }).fill('Кожне місто будує половину мосту.');

  await german.getByRole('button', { name: de.toolboxAdmin.preview.replace('{language}', 'Deutsch') }).click();
  await expect(german.getByRole('heading', { level: 2, name: 'Schritte' })).toBeVisible();
  await expect(german.locator('strong', { hasText: 'Bauen (20 Min.)' })).toBeVisible();

  await page.getByRole('button', { name: de.toolboxAdmin.save }).click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(tag) })).toBeVisible();
  await expect(page.getByText(`${de.toolboxAdmin.status}: ${de.toolboxAdmin.statusValue.DRAFT}`)).toBeVisible();

  // A draft does not exist for the public.
  const visitorContext = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const visitor = await visitorContext.newPage();
  const res = await visitor.goto(`/de/toolbox/${slug}`);
  expect(res?.status()).toBe(404);
  await expectNotFound(visitor, 'de');
  await visitor.goto(`/de/toolbox?q=${tag}`);
  await expect(visitor.getByText(de.toolbox.noResults)).toBeVisible();

  // A file within the limits is stored; one of the wrong type is refused with a message.
  await page.getByLabel(de.toolboxAdmin.fileLabel).setInputFiles({
    name: 'ablauf.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n% Brückenspiel\n'),
  });
  await page.getByRole('button', { name: de.toolboxAdmin.upload }).click();
  await expect(page.getByRole('link', { name: 'ablauf.pdf' })).toBeVisible();
  await page
    .getByLabel(de.toolboxAdmin.fileLabel)
    .setInputFiles({ name: 'programm.exe', mimeType: 'application/octet-stream', buffer: Buffer.from('MZ') });
  await page.getByRole('button', { name: de.toolboxAdmin.upload }).click();
  await expect(page.getByText(de.toolboxAdmin.fileType)).toBeVisible();

  await page.getByRole('button', { name: de.toolboxAdmin.publish }).click();
  await expect(page.getByText(`${de.toolboxAdmin.status}: ${de.toolboxAdmin.statusValue.PUBLISHED}`)).toBeVisible();

  await visitor.goto('/de/toolbox');
  await visitor.getByRole('searchbox', { name: de.toolbox.searchLabel }).fill(tag);
  await visitor.getByRole('button', { name: de.toolbox.search }).click();
  await visitor.getByRole('link', { name: `Brückenspiel ${tag}` }).click();
  await expect(visitor.getByRole('heading', { level: 1, name: `Brückenspiel ${tag}` })).toBeVisible();
  const download = await visitor.request.get(
    (await visitor.getByRole('link', { name: 'ablauf.pdf' }).getAttribute('href')) ?? '',
  );
  expect(download.headers()['content-type']).toBe('application/pdf');
  expect((await download.body()).toString()).toContain('Brückenspiel');

  // The page is prerendered and kept, yet an edit shows at once: saving expires the library's pages.
  await german.getByLabel(de.toolboxAdmin.titleField, { exact: true }).fill(`Brückenbau ${tag}`);
  await page.getByRole('button', { name: de.toolboxAdmin.save }).click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(`Brückenbau ${tag}`) })).toBeVisible();
  await visitor.reload();
  await expect(visitor.getByRole('heading', { level: 1, name: `Brückenbau ${tag}` })).toBeVisible();

  // The Ukrainian version is found in Ukrainian, through an inflected form.
  await visitor.goto('/uk/toolbox?kind=METHOD_CARD&stage=MATCH_SPRINT');
  await visitor.getByRole('searchbox', { name: uk.toolbox.searchLabel }).fill('мостами');
  await visitor.getByRole('button', { name: uk.toolbox.search }).click();
  await expect(visitor.getByRole('link', { name: `Гра в мости ${tag}` })).toBeVisible();
  await visitorContext.close();
  // The fixture removes the coordinator; their material and its file go first.
  await db.material.deleteMany({ where: { slug } });
});

test('an applicant cannot open the authoring pages', async ({ page, loginAs }) => {
  await loginAs('APPLICANT', { locale: 'uk' });
  for (const path of ['/uk/coordinator/toolbox', '/uk/coordinator/toolbox/new']) {
    const res = await page.goto(path);
    expect(res?.status()).toBe(404);
    await expectNotFound(page, 'uk');
  }
});

test('axe finds nothing on the toolbox pages', async ({ page, loginAs }) => {
  const check = async (path: string) => {
    await page.goto(path);
    const result = await new AxeBuilder({ page }).analyze();
    expect(
      result.violations.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  };
  for (const path of [
    '/uk/toolbox',
    '/uk/toolbox?q=%D0%B7%D1%83%D1%81%D1%82%D1%80%D1%96%D1%87%D1%96',
    '/uk/toolbox/stakeholder-mapping/uk/de',
    '/ru/toolbox/world-cafe',
    '/uk/toolbox/stakeholder-mapping/print',
  ]) {
    await check(path);
  }
  await loginAs('COORDINATOR', { locale: 'uk' });
  for (const path of ['/uk/coordinator/toolbox', '/uk/coordinator/toolbox/new']) await check(path);
});
