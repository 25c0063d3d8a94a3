'use server';

import { revalidatePath } from 'next/cache';
import { requirePermission } from '../auth';
import { runAction } from '../errors';
import * as people from '../services/people';

export async function verifyOfficialAction(input: unknown) {
  return runAction(async () => {
    const actor = await requirePermission('people:manage');
    const result = await people.verifyOfficial(actor, input);
    revalidatePath('/[locale]/coordinator/people', 'page');
    return result;
  });
}

export async function unlinkOfficialAction(input: unknown) {
  return runAction(async () => {
    const actor = await requirePermission('people:manage');
    const result = await people.unlinkOfficial(actor, input);
    revalidatePath('/[locale]/coordinator/people', 'page');
    return result;
  });
}

export async function inviteCoordinatorAction(input: unknown) {
  return runAction(async () => {
    const actor = await requirePermission('people:manage');
    const result = await people.inviteCoordinator(actor, input);
    revalidatePath('/[locale]/coordinator/people', 'page');
    return result;
  });
}

export async function revokeCoordinatorAction(input: unknown) {
  return runAction(async () => {
    const actor = await requirePermission('people:manage');
    const result = await people.revokeCoordinator(actor, input);
    revalidatePath('/[locale]/coordinator/people', 'page');
    return result;
  });
}
