import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clientMessageMap, clientMessagePaths, minimal } from './client-namespaces';
import { pickMessages } from '@/components/i18n/client-messages';
import listed from './client-messages.json';
import en from '@/messages/en.json';

const ROOT = join(__dirname, '..');
const read = (f: string) => readFileSync(join(ROOT, f), 'utf8');

describe('the messages a page sends to the browser', () => {
  it('are listed as the code needs them (run `npm run i18n:client` when this fails)', () => {
    expect(listed).toEqual(clientMessageMap());
  });

  it('are sent by each page that needs them, under its own name, and by no other', () => {
    const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', 'app'], {
      cwd: ROOT,
      encoding: 'utf8',
    })
      .split('\n')
      .filter((f) => /\.tsx$/.test(f));
    for (const file of files) {
      const entries = [...read(file).matchAll(/<ClientMessages entry="([^"]+)"/g)].map((m) => m[1]);
      expect(entries, file).toEqual(file in listed ? [file] : []);
    }
  });

  it('derive from the client components: a namespace per useTranslations, a key per schema error', () => {
    const pair = clientMessagePaths('app/[locale]/(app)/pairs/[id]/page.tsx');
    expect(pair.clientFiles).toContain('components/workshops/schedule-form.tsx');
    expect(pair.paths).toEqual(expect.arrayContaining(['scheduling', 'workshops', 'errors', 'validation']));
    // A server component's translations stay on the server: the pair page's own header is not sent.
    expect(pair.paths).not.toContain('pairs');
    expect(clientMessagePaths('app/[locale]/(app)/dashboard/page.tsx').paths).toEqual([]);
    expect(minimal(['application.wizard', 'application', 'time.gap'])).toEqual(['application', 'time.gap']);
  });

  it('pick only the listed parts of the catalogue, nested as they are', () => {
    const picked = pickMessages(en, ['nav', 'scheduling.errors.outsideWindow']);
    expect(Object.keys(picked).sort()).toEqual(['nav', 'scheduling']);
    expect(picked.scheduling).toEqual({ errors: { outsideWindow: en.scheduling.errors.outsideWindow } });
    expect(picked.nav).toEqual(en.nav);
  });
});
