import { facilitatorFeed, icsResponse, localeFrom } from '@/server/calendar';

/** A facilitator's iCal feed; the secret token in the URL is the authorisation (rotating it revokes it). */
export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return icsResponse(await facilitatorFeed(token.replace(/\.ics$/, ''), localeFrom(request.url)), 'workshops.ics');
}
