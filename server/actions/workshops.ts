'use server';

import { revalidatePath, revalidateTag } from 'next/cache';
import { LIBRARY_TAG } from '../cache/library';
import { requireUser } from '../auth';
import { runAction } from '../errors';
import * as workshops from '../services/workshops';
import type { Actor } from '@/lib/permissions';

/**
 * Every booster action: a signed-in person first, then the service, which checks the permission
 * against the record (pair, workshop, checklist item) it loads through the viewer's scope.
 */
function boosterAction<T>(
  service: (actor: Actor, input: unknown) => Promise<T>,
  { materials = false }: { materials?: boolean } = {},
) {
  return (input: unknown) =>
    runAction(async () => {
      const result = await service(await requireUser(), input);
      revalidatePath('/[locale]/pairs/[id]', 'page');
      revalidatePath('/[locale]/coordinator/booster', 'page');
      // A material's page counts the workshops that use it: refreshed in the background ('max').
      if (materials) revalidateTag(LIBRARY_TAG, 'max');
      return result;
    });
}

const schedule = boosterAction(workshops.scheduleWorkshop, { materials: true });
const cancel = boosterAction(workshops.cancelWorkshop);
const record = boosterAction(workshops.recordOutcome);
const tick = boosterAction(workshops.tickLogistics);
const addItem = boosterAction(workshops.addLogisticsItem);
const withdraw = boosterAction(workshops.withdrawPair);
const rotatePair = boosterAction(workshops.rotatePairCalendar);
const rotateFacilitator = boosterAction((actor) => workshops.rotateFacilitatorCalendar(actor));

// 'use server' files may export only async functions.
export async function scheduleWorkshopAction(input: unknown) {
  return schedule(input);
}
export async function cancelWorkshopAction(input: unknown) {
  return cancel(input);
}
export async function recordOutcomeAction(input: unknown) {
  return record(input);
}
export async function tickLogisticsAction(input: unknown) {
  return tick(input);
}
export async function addLogisticsItemAction(input: unknown) {
  return addItem(input);
}
export async function withdrawPairAction(input: unknown) {
  return withdraw(input);
}
export async function rotatePairCalendarAction(input: unknown) {
  return rotatePair(input);
}
export async function rotateFacilitatorCalendarAction(input: unknown) {
  return rotateFacilitator(input);
}
