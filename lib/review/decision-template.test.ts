import { describe, expect, it } from 'vitest';
import { checkDecisionTemplate } from './decision-template';
import en from '@/messages/en.json';
import de from '@/messages/de.json';
import ru from '@/messages/ru.json';
import uk from '@/messages/uk.json';

describe('a decision template', () => {
  it('may use the known arguments, as the catalogue defaults do in every language', () => {
    for (const catalogue of [en, de, ru, uk])
      for (const mail of Object.values(catalogue.decisions.email)) {
        expect(checkDecisionTemplate(mail.subject)).toBeNull();
        expect(checkDecisionTemplate(mail.body)).toBeNull();
      }
    expect(checkDecisionTemplate('Hello {name}, {link}')).toBeNull();
    expect(checkDecisionTemplate("It's {edition}: '{literal}' braces")).toBeNull();
    expect(checkDecisionTemplate('{partnerCity, select, Kyiv {Київ} other {{partnerCity}}}')).toBeNull();
  });

  it('is refused for bad syntax, tags and formats that expect other values', () => {
    expect(checkDecisionTemplate('Hello {name')).toBe('decisions.templates.errors.syntax');
    expect(checkDecisionTemplate('Hello <b>{name}</b>')).toBe('decisions.templates.errors.syntax');
    expect(checkDecisionTemplate('{edition, number}')).toBe('decisions.templates.errors.syntax');
    expect(checkDecisionTemplate('{edition, plural, one {#} other {#}}')).toBe('decisions.templates.errors.syntax');
  });

  it('is refused for an argument nobody fills in, also inside a select', () => {
    expect(checkDecisionTemplate('Hello {firstName}')).toBe('decisions.templates.errors.unknownArgument');
    expect(checkDecisionTemplate('{name, select, other {{city}}}')).toBe('decisions.templates.errors.unknownArgument');
  });
});
