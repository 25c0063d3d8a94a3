import { describe, expect, it } from 'vitest';
import { cleanParam, stripControlChars, withoutControlChars } from './text';
import { parseToolboxSearch } from './toolbox';

describe('control characters in input', () => {
  it('drops NUL and the other C0 characters but keeps the lines of a textarea', () => {
    expect(stripControlChars('a\u0000b\u0007c\u007f')).toBe('abc');
    expect(stripControlChars('line one\r\n\tline two')).toBe('line one\r\n\tline two');
  });

  it('turns a URL parameter into one line', () => {
    expect(cleanParam('Kyi\u0000v\nx')).toBe('Kyiv x');
    expect(cleanParam(3)).toBe(3);
  });

  it('cleans every string of a nested form value, keys included, and leaves other values alone', () => {
    const date = new Date(0);
    expect(withoutControlChars({ a: ['x\u0000', { 'k\u0000': 'ж\u0000' }], n: 1, d: date, z: null })).toEqual({
      a: ['x', { k: 'ж' }],
      n: 1,
      d: date,
      z: null,
    });
  });

  it('reads the toolbox search of a URL with NUL in it', () => {
    expect(parseToolboxSearch({ q: '\u0000' }).q).toBeUndefined();
    expect(parseToolboxSearch({ q: 'ж\u0000', kind: 'GUIDE\u0000' })).toMatchObject({ q: 'ж', kind: 'GUIDE' });
  });
});
