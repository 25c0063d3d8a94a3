'use server';

import { runAction } from '../errors';
import { getRequestIp } from '../request-ip';
import { requestSignInLink } from '../sign-in-link';

// Signing in is the one public action: there is nobody to authorise yet; it is rate-limited instead.
export async function requestSignInAction(input: unknown) {
  return runAction(async () => requestSignInLink(input, await getRequestIp()));
}
