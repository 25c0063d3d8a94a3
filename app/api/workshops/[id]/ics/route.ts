import { getCurrentUser } from '@/server/auth';
import { icsResponse, localeFrom, workshopEvent } from '@/server/calendar';

/** "Add to calendar" for one workshop: signed-in, and only for people who may see the pair (else 404). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user) return icsResponse(null, '');
  const { id } = await params;
  return icsResponse(await workshopEvent(user, id, localeFrom(request.url)), 'workshop.ics');
}
