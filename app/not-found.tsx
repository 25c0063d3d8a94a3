import Link from 'next/link';

// Outside any locale (rare: the proxy redirects unprefixed paths); offers all four languages.
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body style={{ fontFamily: 'system-ui, sans-serif', padding: '3rem', textAlign: 'center' }}>
        <h1>404</h1>
        <p>
          <Link href="/en">English</Link> · <Link href="/de">Deutsch</Link> · <Link href="/ru">Русский</Link> ·{' '}
          <Link href="/uk">Українська</Link>
        </p>
      </body>
    </html>
  );
}
