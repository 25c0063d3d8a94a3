import { describe, expect, it } from 'vitest';
import { csvCell, csvDocument, csvLine } from './csv';

describe('CSV', () => {
  it('writes safe CSV cells', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell(-2.5)).toBe('-2.5');
    expect(csvCell(null)).toBe('');
  });
  it('ends a line with CRLF, as spreadsheets expect', () => {
    expect(csvLine(['Kyiv', 3, null])).toBe('Kyiv,3,\r\n');
  });
});

describe('csvDocument', () => {
  it('starts with the UTF-8 byte-order mark, so Excel reads Cyrillic names, and ends every line with CRLF', () => {
    const doc = csvDocument(['city', 'note'], [['Харків', '=1+1']]);
    expect(doc).toBe("\ufeffcity,note\r\nХарків,'=1+1\r\n");
  });
});
