'use server';

import { revalidatePath, updateTag } from 'next/cache';
import { LIBRARY_TAG } from '../cache/library';
import { requirePermission } from '../auth';
import { AppError, runAction } from '../errors';
import * as materials from '../services/materials';

// Every toolbox authoring action: coordinators only, then the service, then fresh library pages. Every
// public library page carries LIBRARY_TAG (a material's title also shows on others' pages as related), and
// updateTag makes the next visitor wait for a fresh page instead of the kept one.
function refresh() {
  updateTag(LIBRARY_TAG);
  revalidatePath('/[locale]/coordinator/toolbox', 'layout');
}

export async function saveMaterialAction(input: unknown) {
  return runAction(async () => {
    const result = await materials.saveMaterial(await requirePermission('material:author'), input);
    refresh();
    return result;
  });
}

export async function publishMaterialAction(input: unknown) {
  return runAction(async () => {
    const result = await materials.publishMaterial(await requirePermission('material:author'), input);
    refresh();
    return result;
  });
}

export async function unpublishMaterialAction(input: unknown) {
  return runAction(async () => {
    const result = await materials.unpublishMaterial(await requirePermission('material:author'), input);
    refresh();
    return result;
  });
}

export async function addAttachmentAction(form: FormData) {
  return runAction(async () => {
    const actor = await requirePermission('material:author');
    if (!(form instanceof FormData)) throw new AppError('VALIDATION', { file: 'validation.required' });
    const result = await materials.addAttachment(actor, form);
    refresh();
    return result;
  });
}

export async function removeAttachmentAction(input: unknown) {
  return runAction(async () => {
    const result = await materials.removeAttachment(await requirePermission('material:author'), input);
    refresh();
    return result;
  });
}
