import { describe, expect, it } from 'vitest';
import { NextRequest } from 'next/server';
import proxy, { config } from '@/proxy';
import { TOOLBOX_SEARCH_KEYS } from './materials';
import { libraryHref } from '@/lib/validation/toolbox';

describe('the library’s address', () => {
  it('reaches the proxy for exactly the search keys, so /toolbox alone stays one static page', () => {
    const keys = config.matcher.flatMap((m) => (typeof m === 'string' ? [] : m.has.map((h) => h.key)));
    expect(keys.sort()).toEqual([...TOOLBOX_SEARCH_KEYS].sort());
  });

  it('serves a search at /toolbox?… from the search page, and leaves the address as it is', () => {
    const response = proxy(new NextRequest('http://localhost/uk/toolbox?q=%D0%BC%D1%96%D1%81%D1%82&page=2'));
    expect(response.headers.get('x-middleware-rewrite')).toBe(
      'http://localhost/uk/toolbox/search?q=%D0%BC%D1%96%D1%81%D1%82&page=2',
    );
    const plain = proxy(new NextRequest('http://localhost/uk/toolbox?utm_source=x'));
    expect(plain.headers.get('x-middleware-rewrite')).toBeNull();
  });

  it('links a search to the search page and the library without one to its static page', () => {
    expect(libraryHref({})).toBe('/toolbox');
    expect(libraryHref({ page: 1 })).toBe('/toolbox');
    expect(libraryHref({ q: 'міст', page: 2 })).toBe('/toolbox/search?q=%D0%BC%D1%96%D1%81%D1%82&page=2');
    expect(libraryHref({ stage: 'MATCH_SPRINT' })).toBe('/toolbox/search?stage=MATCH_SPRINT');
  });
});
