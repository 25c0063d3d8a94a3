import { getTranslations } from 'next-intl/server';
import { buttonClasses } from '@/components/ui/button';
import { cityName } from '@/lib/cities/city-name';
import type { listDemoUsers } from '@/server/queries/users';
import type { AppLocale } from '@/i18n/routing';

type DemoUser = Awaited<ReturnType<typeof listDemoUsers>>[number];

/** Shown only in demo mode: one button per seeded person, signing in through a real magic link. */
export async function DemoSignIn({ users, locale }: { users: DemoUser[]; locale: AppLocale }) {
  const t = await getTranslations('demo');
  return (
    <section
      aria-labelledby="demo-heading"
      className="rounded-lg border-2 border-dashed border-accent-500 bg-amber-50 p-5"
    >
      <h2 id="demo-heading" className="text-lg font-bold">
        {t('title')}
      </h2>
      <p className="mt-1 mb-4 text-sm text-muted">{t('intro')}</p>
      <ul className="grid gap-2">
        {users.map((u) => (
          <li key={u.id}>
            <form method="post" action="/api/demo/sign-in">
              <input type="hidden" name="userId" value={u.id} />
              <input type="hidden" name="locale" value={locale} />
              <button type="submit" className={buttonClasses('secondary', 'w-full justify-between text-left')}>
                <span>{u.name ?? u.email}</span>
                <span className="text-xs font-normal">
                  {t(`role.${u.role}`)}
                  {u.officialCity ? ` · ${cityName(u.officialCity, locale)}` : ''}
                </span>
              </button>
            </form>
          </li>
        ))}
      </ul>
    </section>
  );
}
