'use server';

import { revalidatePath } from 'next/cache';
import { requirePermission } from '../auth';
import { runAction } from '../errors';
import * as people from '../services/people';
import type { Actor } from '@/lib/permissions';

/** Every people action: coordinators only, then the service, then a fresh people page. */
function peopleAction<T>(service: (actor: Actor, input: unknown) => Promise<T>) {
  return (input: unknown) =>
    runAction(async () => {
      const result = await service(await requirePermission('people:manage'), input);
      revalidatePath('/[locale]/coordinator/people', 'page');
      return result;
    });
}

const verifyOfficial = peopleAction(people.verifyOfficial);
const unlinkOfficial = peopleAction(people.unlinkOfficial);
const inviteCoordinator = peopleAction(people.inviteCoordinator);
const revokeCoordinator = peopleAction(people.revokeCoordinator);

// 'use server' files may export only async functions.
export async function verifyOfficialAction(input: unknown) {
  return verifyOfficial(input);
}
export async function unlinkOfficialAction(input: unknown) {
  return unlinkOfficial(input);
}
export async function inviteCoordinatorAction(input: unknown) {
  return inviteCoordinator(input);
}
export async function revokeCoordinatorAction(input: unknown) {
  return revokeCoordinator(input);
}
