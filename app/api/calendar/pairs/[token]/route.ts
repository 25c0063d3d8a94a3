import { icsResponse, localeFrom, pairFeed } from '@/server/calendar';

/** The pair's iCal feed. Calendar apps send no cookies: the secret token in the URL is the authorisation. */
export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return icsResponse(await pairFeed(token.replace(/\.ics$/, ''), localeFrom(request.url)), 'pair.ics');
}
