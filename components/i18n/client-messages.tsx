import type { ReactNode } from 'react';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import CLIENT_MESSAGES from '@/i18n/client-messages.json';

export type ClientMessagesEntry = keyof typeof CLIENT_MESSAGES;

type Tree = { [key: string]: string | Tree };

/** The parts of the catalogue named by `paths` ('toolbox', 'scheduling.errors.window'), nested as they are. */
export function pickMessages(messages: Tree, paths: readonly string[]): Tree {
  const out: Tree = {};
  for (const path of paths) {
    const parts = path.split('.');
    let from: string | Tree | undefined = messages;
    let to = out;
    parts.forEach((part, i) => {
      from = typeof from === 'object' ? from[part] : undefined;
      if (from === undefined) return;
      if (i === parts.length - 1) to[part] = from;
      else to = (to[part] ??= {}) as Tree;
    });
  }
  return out;
}

/**
 * Sends the browser only the messages the client components under a page (or the layout) translate, as
 * i18n/client-messages.json lists them for `entry`, its own file: server components translate on the server.
 * Without it, NextIntlClientProvider would put the whole catalogue into every page's HTML.
 */
export async function ClientMessages({ entry, children }: { entry: ClientMessagesEntry; children: ReactNode }) {
  const messages = (await getMessages()) as unknown as Tree;
  return (
    <NextIntlClientProvider messages={pickMessages(messages, CLIENT_MESSAGES[entry])}>
      {children}
    </NextIntlClientProvider>
  );
}
