'use server';

import { revalidatePath } from 'next/cache';
import { requirePermission } from '../auth';
import { runAction } from '../errors';
import * as editions from '../services/editions';
import type { Actor } from '@/lib/permissions';

/** Every editions action: coordinators only, then the service, then fresh coordinator and call pages. */
function editionAction<T>(service: (actor: Actor, input: unknown) => Promise<T>) {
  return (input: unknown) =>
    runAction(async () => {
      const result = await service(await requirePermission('call:manage'), input);
      revalidatePath('/[locale]/coordinator', 'layout');
      // The public call pages are static; an edited or opened edition shows at once.
      revalidatePath('/[locale]/call', 'page');
      revalidatePath('/[locale]/call/[slug]', 'page');
      return result;
    });
}

const createEdition = editionAction(editions.createEdition);
const updateEdition = editionAction((actor, input) => editions.updateEdition(actor, input));
const openEdition = editionAction((actor, input) => editions.openEdition(actor, input));
const closeEdition = editionAction((actor, input) => editions.closeEdition(actor, input));
const archiveEdition = editionAction((actor, input) => editions.archiveEdition(actor, input));
const deleteDraftEdition = editionAction(editions.deleteDraftEdition);

// 'use server' files may export only async functions.
export async function createEditionAction(input: unknown) {
  return createEdition(input);
}
export async function updateEditionAction(input: unknown) {
  return updateEdition(input);
}
export async function openEditionAction(input: unknown) {
  return openEdition(input);
}
export async function closeEditionAction(input: unknown) {
  return closeEdition(input);
}
export async function archiveEditionAction(input: unknown) {
  return archiveEdition(input);
}
export async function deleteDraftEditionAction(input: unknown) {
  return deleteDraftEdition(input);
}
