import { describe, expect, it } from 'vitest';
import { failureMessage } from './action-result';

describe('failureMessage', () => {
  it('says what happened for each code', () => {
    expect(failureMessage({ ok: false, code: 'CONFLICT' })).toBe('errors.conflict');
    expect(failureMessage({ ok: false, code: 'UNAUTHENTICATED' })).toBe('errors.unauthenticated');
    expect(failureMessage({ ok: false, code: 'FORBIDDEN' })).toBe('errors.refused');
    expect(failureMessage({ ok: false, code: 'RATE_LIMITED' })).toBe('errors.rateLimited');
    expect(failureMessage({ ok: false, code: 'UNAVAILABLE' })).toBe('errors.unavailable');
    expect(failureMessage({ ok: false, code: 'INTERNAL' })).toBe('errors.generic');
  });

  it("prefers the server's form-wide message", () => {
    expect(failureMessage({ ok: false, code: 'CONFLICT', fieldErrors: { _form: 'scheduling.errors.conflict' } })).toBe(
      'scheduling.errors.conflict',
    );
  });
});
