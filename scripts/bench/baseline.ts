/**
 * The two baselines the pages are measured against, in one minimal Next app built from the repository's own
 * next and react (it lives in .bench/baseline, so it resolves them from the repository's node_modules):
 * - /static: a prerendered page (what a page costs when Next serves it from its cache);
 * - /dynamic: a page rendered per request with one database query, as a session lookup is.
 * It is served by scripts/server.mjs, as the app is. The build is kept and reused while next and react are
 * the same versions. It is built with webpack: Turbopack, which must be rooted at the repository to find next
 * and react there, then also bundles the repository's own instrumentation.ts and proxy.ts into it.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const BASELINE_DIR = join(process.cwd(), '.bench', 'baseline');

const FILES: Record<string, string> = {
  'package.json': JSON.stringify({ private: true, name: 'twincity-bench-baseline', type: 'module' }, null, 2),
  'next.config.mjs': 'export default { poweredByHeader: false };\n',
  'app/layout.jsx': `export default function Layout({ children }) {
  return (<html lang="en"><body>{children}</body></html>);
}
`,
  'app/static/page.jsx': `export const dynamic = 'force-static';
export default function Page() {
  return (<main><h1>Bare static</h1><p>A prerendered page.</p></main>);
}
`,
  'app/dynamic/page.jsx': `import { connection } from 'next/server';
import pg from 'pg';

const pool = globalThis.__benchPool ?? (globalThis.__benchPool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 }));

export default async function Page() {
  await connection();
  // One query, as a session lookup is: the session by its token, with its user.
  const { rows } = await pool.query(
    'SELECT s."expires", u."email" FROM "Session" s JOIN "User" u ON u."id" = s."userId" WHERE s."sessionToken" = $1',
    ['bench-baseline-none'],
  );
  return (<main><h1>Bare dynamic</h1><p>{rows.length} sessions</p></main>);
}
`,
};

function versions(): string {
  const read = (name: string) => JSON.parse(readFileSync(join('node_modules', name, 'package.json'), 'utf8')).version;
  return `next ${read('next')}, react ${read('react')}, react-dom ${read('react-dom')}`;
}

/** Writes the baseline app and builds it unless a build of the same versions is there. Returns the versions. */
export async function ensureBaseline(build: (dir: string) => Promise<void>): Promise<string> {
  const stamp = join(BASELINE_DIR, '.built-with');
  const wanted = `${versions()}\n${JSON.stringify(FILES)}`;
  if (
    existsSync(stamp) &&
    readFileSync(stamp, 'utf8') === wanted &&
    existsSync(join(BASELINE_DIR, '.next', 'BUILD_ID'))
  ) {
    return versions();
  }
  for (const [file, text] of Object.entries(FILES)) {
    mkdirSync(join(BASELINE_DIR, file, '..'), { recursive: true });
    writeFileSync(join(BASELINE_DIR, file), text);
  }
  await build(BASELINE_DIR);
  writeFileSync(stamp, wanted);
  return versions();
}
