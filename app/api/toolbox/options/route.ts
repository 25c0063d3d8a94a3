import { routing } from '@/i18n/routing';
import { ZMaterialOptionsSchema } from '@/lib/validation/toolbox';
import { notFoundResponse, permittedOrNull } from '@/server/exports/route-auth';
import { findMaterialOptions } from '@/server/queries/materials';

/**
 * The outcome form's material picker: `?q=` searches the published library, without it `?stage=` lists that
 * stage's newest materials; `?locale=` titles them. Only for those who record outcomes; anyone else gets a 404.
 */
export async function GET(req: Request) {
  if (!(await permittedOrNull('workshop:schedule'))) return notFoundResponse();
  const params = Object.fromEntries(new URL(req.url).searchParams);
  const { q, stage, locale } = ZMaterialOptionsSchema.parse(params);
  const items = await findMaterialOptions({ q, stage }, locale ?? routing.defaultLocale);
  return Response.json({ items }, { headers: { 'cache-control': 'private, no-store' } });
}
