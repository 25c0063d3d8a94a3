import { Link } from '@/i18n/navigation';

export type LinkItem = { href: string; label: string };

/** A list of links in this language's paths: a page's table of tools, or a navigation bar. */
export function LinkList({
  links,
  className = 'grid gap-2',
  linkClassName = 'text-brand-700 underline',
}: {
  links: LinkItem[];
  className?: string;
  linkClassName?: string;
}) {
  return (
    <ul className={className}>
      {links.map(({ href, label }) => (
        <li key={href}>
          <Link href={href} className={linkClassName}>
            {label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
