import type { UseFormReturn } from 'react-hook-form';
import type { WizardValues } from './form-values';

export type StepProps = {
  form: UseFormReturn<WizardValues>;
  /** The translated error for a field path, if any. */
  err: (path: string) => string | undefined;
};
