import 'server-only';
import { assertCan } from '../access';
import { db, type Tx } from '../db';
import { audit } from '../audit';
import { AppError, parseInput, toMessageKey } from '../errors';
import { type Actor } from '@/lib/permissions';
import { locales } from '@/i18n/routing';
import { ATTACHMENT_MAX_BYTES, ATTACHMENT_TYPES, ATTACHMENTS_PER_MATERIAL } from '@/lib/toolbox/materials';
import {
  ZAttachmentMetaSchema,
  ZMaterialIdSchema,
  ZMaterialSchema,
  type TMaterialInput,
} from '@/lib/validation/toolbox';

type Snapshot = Awaited<ReturnType<typeof snapshot>>;
async function snapshot(tx: Tx, id: string) {
  const m = await tx.material.findUnique({ where: { id }, include: { versions: { orderBy: { locale: 'asc' } } } });
  if (!m) return null;
  return {
    slug: m.slug,
    kind: m.kind,
    status: m.status,
    originalLocale: m.originalLocale,
    stages: m.stages,
    topics: m.topics,
    durationMinutes: m.durationMinutes,
    groupSizeMin: m.groupSizeMin,
    groupSizeMax: m.groupSizeMax,
    versions: Object.fromEntries(
      m.versions.map((v) => [v.locale, { title: v.title, summary: v.summary, body: v.body }]),
    ),
  };
}

function facts(input: TMaterialInput) {
  return {
    slug: input.slug,
    kind: input.kind,
    originalLocale: input.originalLocale,
    stages: input.stages,
    topics: input.topics,
    durationMinutes: input.durationMinutes ?? null,
    groupSizeMin: input.groupSizeMin ?? null,
    groupSizeMax: input.groupSizeMax ?? null,
  };
}

const usedLocales = (input: TMaterialInput) =>
  locales.filter(
    (l) => l === input.originalLocale || input.versions[l].title || input.versions[l].summary || input.versions[l].body,
  );

/**
 * Creates (no id) or updates a material with its language versions. A version left empty is removed.
 * New materials start as drafts; the slug is unique, so a double submit cannot create two.
 */
export async function saveMaterial(actor: Actor, input: unknown) {
  assertCan(actor, 'material:author');
  const data = parseInput(ZMaterialSchema, input);
  const clash = await db.material.findUnique({ where: { slug: data.slug }, select: { id: true } });
  if (clash && clash.id !== data.id) throw new AppError('VALIDATION', { slug: 'toolboxAdmin.slugTaken' });
  const keep = usedLocales(data);

  if (!data.id) {
    const created = await db.$transaction(async (tx) => {
      const material = await tx.material.create({
        data: {
          ...facts(data),
          createdById: actor.id,
          versions: { create: keep.map((locale) => ({ locale, ...data.versions[locale] })) },
        },
      });
      await audit(tx, actor.id, 'material.create', ['Material', material.id], {
        after: await snapshot(tx, material.id),
      });
      return material;
    });
    return { id: created.id, slug: created.slug };
  }

  const id = data.id;
  await db.$transaction(async (tx) => {
    const before = await snapshot(tx, id);
    if (!before) throw new AppError('NOT_FOUND');
    await tx.material.update({ where: { id }, data: facts(data) });
    await tx.materialVersion.deleteMany({ where: { materialId: id, locale: { notIn: keep } } });
    for (const locale of keep) {
      await tx.materialVersion.upsert({
        where: { materialId_locale: { materialId: id, locale } },
        create: { materialId: id, locale, ...data.versions[locale] },
        update: data.versions[locale],
      });
    }
    await audit(tx, actor.id, 'material.update', ['Material', id], { before, after: await snapshot(tx, id) });
  });
  return { id, slug: data.slug };
}

async function setStatus(actor: Actor, input: unknown, status: 'PUBLISHED' | 'DRAFT') {
  assertCan(actor, 'material:author');
  const { id } = parseInput(ZMaterialIdSchema, input);
  const before = await db.material.findUnique({
    where: { id },
    select: { status: true, publishedAt: true, slug: true },
  });
  if (!before) throw new AppError('NOT_FOUND');
  // Publishing twice is one publication (and one audit event).
  if (before.status === status) return { id, slug: before.slug };
  await db.$transaction(async (tx) => {
    const after = await tx.material.update({
      where: { id },
      data: { status, publishedAt: status === 'PUBLISHED' ? new Date() : before.publishedAt },
      select: { status: true, publishedAt: true },
    });
    await audit(tx, actor.id, status === 'PUBLISHED' ? 'material.publish' : 'material.unpublish', ['Material', id], {
      before: { status: before.status },
      after,
    });
  });
  return { id, slug: before.slug };
}

export const publishMaterial = (actor: Actor, input: unknown) => setStatus(actor, input, 'PUBLISHED');
export const unpublishMaterial = (actor: Actor, input: unknown) => setStatus(actor, input, 'DRAFT');

// The first bytes of each allowed type: a renamed executable is not a PDF.
const SIGNATURES: Record<string, number[][]> = {
  pdf: [[0x25, 0x50, 0x44, 0x46]],
  docx: [[0x50, 0x4b, 0x03, 0x04]],
  xlsx: [[0x50, 0x4b, 0x03, 0x04]],
  pptx: [[0x50, 0x4b, 0x03, 0x04]],
  odt: [[0x50, 0x4b, 0x03, 0x04]],
  ods: [[0x50, 0x4b, 0x03, 0x04]],
  odp: [[0x50, 0x4b, 0x03, 0x04]],
  png: [[0x89, 0x50, 0x4e, 0x47]],
  jpg: [[0xff, 0xd8, 0xff]],
  jpeg: [[0xff, 0xd8, 0xff]],
};

function looksLike(ext: string, bytes: Uint8Array): boolean {
  const signatures = SIGNATURES[ext];
  if (!signatures) {
    // Text types: no NUL bytes in the first kilobyte.
    return !bytes.subarray(0, 1024).includes(0);
  }
  return signatures.some((sig) => sig.every((b, i) => bytes[i] === b));
}

/** Adds a file to a material. Limits: size, type (by extension and content) and number per material. */
export async function addAttachment(actor: Actor, form: FormData) {
  assertCan(actor, 'material:author');
  const file = form.get('file');
  if (!(file instanceof File)) throw new AppError('VALIDATION', { file: 'validation.required' });
  const meta = ZAttachmentMetaSchema.safeParse({
    materialId: form.get('materialId'),
    fileName: file.name,
    size: file.size,
  });
  if (!meta.success) {
    const issue = meta.error.issues[0];
    throw new AppError('VALIDATION', {
      file: issue?.path[0] === 'materialId' ? 'validation.invalid' : toMessageKey(issue?.message),
    });
  }
  const { materialId, fileName } = meta.data;
  if (file.size > ATTACHMENT_MAX_BYTES) throw new AppError('VALIDATION', { file: 'toolboxAdmin.fileTooLarge' });
  const ext = fileName.toLowerCase().split('.').pop() ?? '';
  const mimeType = ATTACHMENT_TYPES[ext];
  if (!mimeType || !fileName.includes('.')) throw new AppError('VALIDATION', { file: 'toolboxAdmin.fileType' });
  const data = new Uint8Array(await file.arrayBuffer());
  if (!looksLike(ext, data)) throw new AppError('VALIDATION', { file: 'toolboxAdmin.fileType' });

  const material = await db.material.findUnique({
    where: { id: materialId },
    select: { id: true, _count: { select: { attachments: true } } },
  });
  if (!material) throw new AppError('NOT_FOUND');
  if (material._count.attachments >= ATTACHMENTS_PER_MATERIAL)
    throw new AppError('VALIDATION', { file: 'toolboxAdmin.tooManyFiles' });
  return db.$transaction(async (tx) => {
    const created = await tx.attachment.create({
      data: {
        materialId,
        fileName: fileName.replace(/[\\/\r\n"]/g, '_'),
        mimeType,
        size: data.byteLength,
        data,
        createdById: actor.id,
      },
      select: { id: true, fileName: true, mimeType: true, size: true },
    });
    await audit(tx, actor.id, 'attachment.add', ['Material', materialId], { after: created });
    return created;
  });
}

export async function removeAttachment(actor: Actor, input: unknown) {
  assertCan(actor, 'material:author');
  const { id } = parseInput(ZMaterialIdSchema, input);
  const before = await db.attachment.findUnique({
    where: { id },
    select: { id: true, materialId: true, fileName: true, mimeType: true, size: true },
  });
  if (!before) throw new AppError('NOT_FOUND');
  await db.$transaction(async (tx) => {
    await tx.attachment.delete({ where: { id } });
    await audit(tx, actor.id, 'attachment.remove', ['Material', before.materialId ?? id], { before });
  });
  return { id };
}

export type { Snapshot as MaterialSnapshot };
