import NextAuth from 'next-auth';
import { getAuthOptions } from '@/server/auth-options';

type Ctx = { params: Promise<{ nextauth: string[] }> };

async function handle(req: Request, ctx: Ctx) {
  const { nextauth } = await ctx.params;
  // Sign-in links are requested through our rate-limited action only (server/sign-in-link.ts).
  if (req.method === 'POST' && nextauth[0] === 'signin') return new Response('Not found', { status: 404 });
  const handler = NextAuth(getAuthOptions());
  return handler(req, { params: { nextauth } });
}

export { handle as GET, handle as POST };
