'use server';

import { revalidatePath } from 'next/cache';
import { requirePermission } from '../auth';
import { AppError, runAction } from '../errors';
import * as materials from '../services/materials';

// Every toolbox authoring action: coordinators only, then the service, then fresh library pages.
function refresh() {
  revalidatePath('/[locale]/toolbox', 'layout');
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
