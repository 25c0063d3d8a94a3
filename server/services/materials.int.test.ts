import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { createElement } from 'react';
import { db, expectAppError, makeActor } from '../test/helpers';
import { addAttachment, publishMaterial, removeAttachment, saveMaterial, unpublishMaterial } from './materials';
import { findMaterials, getMaterialPage } from '../queries/materials';
import { parseToolboxSearch } from '@/lib/validation/toolbox';
import { Markdown } from '@/components/toolbox/markdown';
import { ATTACHMENT_MAX_BYTES } from '@/lib/toolbox/materials';

const empty = { title: '', summary: '', body: '' };
const input = (slug: string, extra: object = {}) => ({
  slug,
  kind: 'METHOD_CARD',
  originalLocale: 'uk',
  stages: ['MATCH_SPRINT'],
  topics: ['facilitation'],
  durationMinutes: 30,
  versions: {
    en: empty,
    de: {
      title: 'Kaffeeklatsch der Partnerstädte',
      summary: 'Ein lockeres Gespräch.',
      body: 'Man trifft sich und redet.',
    },
    ru: empty,
    uk: { title: 'Кавові зустрічі міст', summary: 'Невимушена розмова.', body: 'Люди зустрічаються й говорять.' },
  },
  ...extra,
});

function file(name: string, bytes: number[] | Uint8Array, type = 'application/octet-stream') {
  return new File([new Uint8Array(bytes)], name, { type });
}
function form(materialId: string, f: File) {
  const fd = new FormData();
  fd.set('materialId', materialId);
  fd.set('file', f);
  return fd;
}

describe('toolbox authoring', () => {
  it('only coordinators author; others get NOT_FOUND', async () => {
    const applicant = await makeActor();
    await expectAppError(saveMaterial(applicant, input(`x-${Date.now()}`)), 'NOT_FOUND');
  });

  it('creates a draft invisible to the public, publishes it into search, and audits every step', async () => {
    const coordinator = await makeActor({ role: 'COORDINATOR' });
    const slug = `kavovi-${Date.now().toString(36)}`;
    const { id } = await saveMaterial(coordinator, input(slug));
    // A second submit of the same new material is refused on the slug: one record only.
    await expectAppError(saveMaterial(coordinator, input(slug)), 'VALIDATION', { slug: 'toolboxAdmin.slugTaken' });
    expect(await db.material.count({ where: { slug } })).toBe(1);

    expect(await getMaterialPage(slug, 'uk', null)).toBeNull();
    expect((await findMaterials(parseToolboxSearch({ q: 'кавові' }), 'uk')).items.map((i) => i.slug)).not.toContain(
      slug,
    );

    await publishMaterial(coordinator, { id });
    await publishMaterial(coordinator, { id });
    const found = await findMaterials(parseToolboxSearch({ q: 'кавових зустрічей' }), 'uk');
    expect(found.items.map((i) => i.slug)).toContain(slug);
    expect(await getMaterialPage(slug, 'de', null)).toMatchObject({ slug });

    // Editing drops the emptied German version and keeps the original.
    await saveMaterial(coordinator, input(slug, { id, versions: { ...input(slug).versions, de: empty } }));
    const versions = await db.materialVersion.findMany({ where: { materialId: id } });
    expect(versions.map((v) => v.locale)).toEqual(['uk']);

    await unpublishMaterial(coordinator, { id });
    expect(await getMaterialPage(slug, 'uk', null)).toBeNull();

    const actions = (await db.auditEvent.findMany({ where: { entityId: id }, orderBy: { createdAt: 'asc' } })).map(
      (e) => e.action,
    );
    expect(actions).toEqual(['material.create', 'material.publish', 'material.update', 'material.unpublish']);
  });

  it('rejects invalid input with field errors, never an exception', async () => {
    const coordinator = await makeActor({ role: 'COORDINATOR' });
    await expectAppError(saveMaterial(coordinator, input('Bad Slug!')), 'VALIDATION');
    await expectAppError(saveMaterial(coordinator, input(`ok-${Date.now()}`, { stages: [] })), 'VALIDATION');
    await expectAppError(
      saveMaterial(coordinator, input(`ok-${Date.now()}`, { groupSizeMin: 10, groupSizeMax: 5 })),
      'VALIDATION',
    );
    await expectAppError(saveMaterial(coordinator, { nonsense: true }), 'VALIDATION');
    // The original language must have a version.
    await expectAppError(saveMaterial(coordinator, input(`ok-${Date.now()}`, { originalLocale: 'en' })), 'VALIDATION');
  });

  it('renders a script tag in a material inert', async () => {
    const coordinator = await makeActor({ role: 'COORDINATOR' });
    const slug = `xss-${Date.now().toString(36)}`;
    const body = 'Hello <script>alert(1)</script> <img src=x onerror="alert(2)"> [click](javascript:alert(3)) **bold**';
    await saveMaterial(
      coordinator,
      input(slug, { versions: { ...input(slug).versions, uk: { title: 'XSS', summary: 'x', body } } }),
    );
    const stored = await db.materialVersion.findFirstOrThrow({ where: { material: { slug }, locale: 'uk' } });
    const html = renderToStaticMarkup(createElement(Markdown, null, stored.body));
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/onerror/i);
    expect(html).not.toMatch(/javascript:/i);
    expect(html).toContain('<strong>bold</strong>');
  });

  it('enforces attachment limits: size, type by name and content, count', async () => {
    const coordinator = await makeActor({ role: 'COORDINATOR' });
    const { id } = await saveMaterial(coordinator, input(`files-${Date.now().toString(36)}`));
    const pdf = [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34];

    const added = await addAttachment(coordinator, form(id, file('agenda.pdf', pdf)));
    expect(added).toMatchObject({ fileName: 'agenda.pdf', mimeType: 'application/pdf', size: 8 });

    await expectAppError(
      addAttachment(coordinator, form(id, file('big.pdf', new Uint8Array(ATTACHMENT_MAX_BYTES + 1)))),
      'VALIDATION',
      { file: 'toolboxAdmin.fileTooLarge' },
    );
    await expectAppError(addAttachment(coordinator, form(id, file('tool.exe', [0x4d, 0x5a]))), 'VALIDATION', {
      file: 'toolboxAdmin.fileType',
    });
    await expectAppError(addAttachment(coordinator, form(id, file('fake.pdf', [0x4d, 0x5a, 0, 0]))), 'VALIDATION', {
      file: 'toolboxAdmin.fileType',
    });
    await expectAppError(addAttachment(coordinator, form(id, file('empty.txt', []))), 'VALIDATION', {
      file: 'toolboxAdmin.fileEmpty',
    });
    await expectAppError(addAttachment(coordinator, form('no-such-material', file('a.pdf', pdf))), 'NOT_FOUND');
    await expectAppError(addAttachment(await makeActor(), form(id, file('a.pdf', pdf))), 'NOT_FOUND');

    for (let i = 1; i < 10; i++)
      await addAttachment(coordinator, form(id, file(`notes-${i}.txt`, new TextEncoder().encode('Нотатки'))));
    await expectAppError(addAttachment(coordinator, form(id, file('eleven.txt', [0x41]))), 'VALIDATION', {
      file: 'toolboxAdmin.tooManyFiles',
    });

    await removeAttachment(coordinator, { id: added.id });
    expect(await db.attachment.count({ where: { materialId: id } })).toBe(9);
    const actions = await db.auditEvent.findMany({ where: { entityId: id, action: { startsWith: 'attachment.' } } });
    expect(actions.filter((a) => a.action === 'attachment.add')).toHaveLength(10);
    expect(actions.filter((a) => a.action === 'attachment.remove')).toHaveLength(1);
  });
});
