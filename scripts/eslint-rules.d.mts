import type { Rule } from 'eslint';

export const house: {
  meta: { name: string };
  rules: { 'no-server-values-in-client': Rule.RuleModule; 'translations-namespace': Rule.RuleModule };
};
