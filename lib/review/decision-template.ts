import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

/** What a decision e-mail can say about its recipient (server/services/decisions.ts fills them in). */
export const DECISION_TEMPLATE_ARGUMENTS = ['name', 'applicantCity', 'partnerCity', 'edition', 'link'] as const;
export type DecisionTemplateVars = Record<(typeof DECISION_TEMPLATE_ARGUMENTS)[number], string>;

export type DecisionTemplateError = 'decisions.templates.errors.syntax' | 'decisions.templates.errors.unknownArgument';

const KNOWN: ReadonlySet<string> = new Set(DECISION_TEMPLATE_ARGUMENTS);

/**
 * Checks a coordinator's template as an ICU message when it is saved, so that a send never fails on it.
 * Allowed: text, the known arguments (`{name}`), and `select` on them; every other form (tags, plural,
 * number and date formats, all of which expect values the template does not get) counts as bad syntax.
 */
export function checkDecisionTemplate(source: string): DecisionTemplateError | null {
  let elements: MessageFormatElement[];
  try {
    elements = parse(source);
  } catch {
    return 'decisions.templates.errors.syntax';
  }
  return checkElements(elements);
}

function checkElements(elements: MessageFormatElement[]): DecisionTemplateError | null {
  for (const el of elements) {
    if (el.type === TYPE.literal) continue;
    if (el.type === TYPE.argument || el.type === TYPE.select) {
      if (!KNOWN.has(el.value)) return 'decisions.templates.errors.unknownArgument';
      if (el.type === TYPE.select) {
        for (const option of Object.values(el.options)) {
          const inner = checkElements(option.value);
          if (inner) return inner;
        }
      }
      continue;
    }
    return 'decisions.templates.errors.syntax';
  }
  return null;
}
