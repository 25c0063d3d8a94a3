'use client';

import { useCallback, useEffect, useEffectEvent, useRef, useState } from 'react';
import { useForm, type Path, type Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useLocale, useTranslations } from 'next-intl';
import { useErrorText } from '@/components/ui/use-error-text';
import { useRouter } from 'next/navigation';
import { Button } from '@/components/ui/button';
import { ActionButton } from '@/components/ui/action-button';
import {
  saveDraftAction,
  saveStepAction,
  submitApplicationAction,
  discardDraftAction,
} from '@/server/actions/applications';
import { STEP_SCHEMAS, WIZARD_STEPS, stepOfField, type FormStep, type WizardStep } from '@/lib/validation/application';
import { draftStorageKey } from '@/lib/autosave/local-draft-store';
import { SessionEndedNotice } from '@/components/auth/session-ended-notice';
import { errorMessageAt, fromWizardValues, type WizardValues } from './form-values';
import { useAutosave } from './use-autosave';
import { WizardProgress } from './wizard-progress';
import { SaveIndicator } from './save-indicator';
import { CitiesStep, EligibilityStep } from './step-basics';
import { ContactStep, OrganisationsStep } from './step-people';
import { AnswersStep, DeclarationStep } from './step-answers';
import { ReviewStep } from './step-review';
import { failureMessage } from '@/lib/action-result';

type Props = {
  callId: string;
  userId: string;
  /** The deadline as text, in the edition's zone (named) or the viewer's own. */
  deadline: string;
  applicationId: string | null;
  initial: WizardValues;
  initialStep: WizardStep;
  cityNames: Record<string, string>;
  savedAt: string | null;
  returnMessage: string | null;
};

/** What autosave keeps on the device until the server has it: the form, and the names of chosen cities. */
type KeptDraft = { values: WizardValues; cityNames: Record<string, string> };

export function ApplicationWizard(props: Props) {
  const t = useTranslations('application');
  const errorText = useErrorText();
  const locale = useLocale();
  const router = useRouter();
  const [step, setStep] = useState<WizardStep>(props.initialStep);
  const [reached, setReached] = useState(WIZARD_STEPS.indexOf(props.initialStep));
  const [cityNames, setCityNames] = useState(props.cityNames);
  const cityNamesRef = useRef(props.cityNames);
  const [submitting, setSubmitting] = useState(false);
  const heading = useRef<HTMLParagraphElement>(null);

  // "Next" validates only the current step (the form's context), with the same schema the server uses.
  const resolver: Resolver<WizardValues, { step: WizardStep }> = useCallback(async (values, context, options) => {
    const current = context?.step ?? 'review';
    if (current === 'review') return { values, errors: {} };
    const result = await zodResolver(STEP_SCHEMAS[current as FormStep] as never)(
      fromWizardValues(values) as never,
      context,
      options as never,
    );
    return Object.keys(result.errors).length ? { values: {}, errors: result.errors } : { values, errors: {} };
  }, []);

  const form = useForm<WizardValues, { step: WizardStep }>({
    defaultValues: props.initial,
    resolver,
    context: { step },
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const autosave = useAutosave<KeptDraft>({
    storageKey: draftStorageKey('application', props.userId, props.callId),
    // A deep copy: react-hook-form changes nested values in place while a request is on its way.
    read: () => ({ values: structuredClone(form.getValues()), cityNames: cityNamesRef.current }),
    save: ({ values }) => saveDraftAction({ callId: props.callId, data: fromWizardValues(values) }),
    initialSavedAt: props.savedAt ? new Date(props.savedAt) : null,
  });
  const { schedule, flush, restore } = autosave;

  useEffect(() => form.subscribe({ formState: { values: true }, callback: () => schedule() }), [form, schedule]);

  // What was typed here but never reached the server (signed out, offline, tab closed) comes back, once, on
  // arrival: props.initial is the server's draft that the kept values replace.
  const restoreKept = useEffectEvent(() =>
    restore((kept) => {
      cityNamesRef.current = { ...cityNamesRef.current, ...kept.cityNames };
      setCityNames(cityNamesRef.current);
      form.reset({ ...props.initial, ...kept.values });
    }),
  );
  useEffect(() => {
    restoreKept();
  }, []);

  const addCityName = useCallback((id: string, name: string) => {
    cityNamesRef.current = { ...cityNamesRef.current, [id]: name };
    setCityNames(cityNamesRef.current);
  }, []);

  const go = useCallback(
    (next: WizardStep) => {
      void flush();
      setStep(next);
      setReached((r) => Math.max(r, WIZARD_STEPS.indexOf(next)));
      // The step is in the URL, so a reload (or another device) comes back to it.
      const url = new URL(window.location.href);
      url.searchParams.set('step', next);
      window.history.replaceState(null, '', url.toString());
      requestAnimationFrame(() => heading.current?.focus());
    },
    [flush],
  );

  const err = (path: string) => {
    const message = errorMessageAt(form.formState.errors, path);
    return message ? errorText(message) : undefined;
  };

  function showServerErrors(fieldErrors: Record<string, string> | undefined) {
    for (const [field, message] of Object.entries(fieldErrors ?? {})) {
      form.setError(field === '_form' ? 'root' : (field as Path<WizardValues>), { type: 'server', message });
    }
  }

  async function next() {
    if (step === 'review') return;
    const result = await saveStepAction({ callId: props.callId, step, data: fromWizardValues(form.getValues()) }).catch(
      () => null,
    );
    if (!result) return form.setError('root', { type: 'server', message: 'application.save.offlineAction' });
    if (!result.ok && result.code === 'UNAUTHENTICATED') return autosave.markSignedOut();
    // Without field errors, the message says what the failure means (conflict, refused, …), as every form does.
    if (!result.ok) return showServerErrors(result.fieldErrors ?? { _form: failureMessage(result) });
    go(result.data.next as WizardStep);
  }

  async function submit() {
    setSubmitting(true);
    try {
      await autosave.flush();
      const result = await submitApplicationAction({ callId: props.callId }).catch(() => null);
      if (!result) return form.setError('root', { type: 'server', message: 'application.save.offlineAction' });
      if (result.ok) {
        router.push(`/${locale}/applications/${result.data.id}?submitted=1`);
        return;
      }
      if (result.code === 'UNAUTHENTICATED') return autosave.markSignedOut();
      const errors = result.fieldErrors ?? { _form: failureMessage(result) };
      const first = Object.keys(errors).find((f) => f !== '_form');
      if (first) go(stepOfField(first));
      showServerErrors(errors);
    } finally {
      setSubmitting(false);
    }
  }

  const root = form.formState.errors.root?.message;
  return (
    <div>
      {props.returnMessage && (
        <div className="mb-6 rounded-md border-l-4 border-amber-500 bg-amber-50 p-4">
          <p className="font-bold">{t('wizard.returned')}</p>
          <p className="mt-1 whitespace-pre-wrap">{props.returnMessage}</p>
        </div>
      )}
      <div className="mb-4 flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm">
          {t('wizard.deadline', {
            date: props.deadline,
          })}
        </p>
        <SaveIndicator state={autosave.state} />
      </div>
      {autosave.state.kind === 'signedOut' && (
        <SessionEndedNotice returnTo={`/${locale}/apply?step=${step}`}>{t('save.keptLocally')}</SessionEndedNotice>
      )}
      <WizardProgress step={step} reached={reached} onGo={go} />
      <form
        noValidate
        // Leaving a field saves it at once (focusout bubbles, so one handler covers every field).
        onBlur={() => void flush()}
        onSubmit={(event) => void form.handleSubmit(step === 'review' ? submit : next)(event)}
        className="rounded-lg border border-slate-200 bg-slate-50 p-5"
      >
        <p ref={heading} tabIndex={-1} className="sr-only">
          {t('wizard.stepOf', { current: WIZARD_STEPS.indexOf(step) + 1, total: WIZARD_STEPS.length })}:{' '}
          {t(`wizard.steps.${step}`)}
        </p>
        {root && (
          <p role="alert" className="mb-4 rounded border border-red-700 bg-red-50 p-3 font-bold text-red-800">
            {errorText(root)}
          </p>
        )}
        {step === 'eligibility' && <EligibilityStep form={form} err={err} />}
        {step === 'cities' && <CitiesStep form={form} err={err} cityNames={cityNames} onCityName={addCityName} />}
        {step === 'organisations' && <OrganisationsStep form={form} err={err} cityNames={cityNames} />}
        {step === 'contact' && <ContactStep form={form} err={err} />}
        {step === 'answers' && <AnswersStep form={form} err={err} />}
        {step === 'declaration' && <DeclarationStep form={form} err={err} />}
        {step === 'review' && <ReviewStep control={form.control} cityNames={cityNames} onEdit={go} />}
        <div className="mt-6 flex flex-wrap items-center gap-3">
          {step !== 'eligibility' && (
            <Button variant="secondary" onClick={() => go(WIZARD_STEPS[WIZARD_STEPS.indexOf(step) - 1]!)}>
              {t('wizard.back')}
            </Button>
          )}
          <Button type="submit" disabled={form.formState.isSubmitting || submitting}>
            {step === 'review' ? t('wizard.submit') : t('wizard.next')}
          </Button>
        </div>
      </form>
      {props.applicationId && !props.returnMessage && (
        <div className="mt-8 border-t border-slate-200 pt-4">
          <ActionButton
            action={async (input) => {
              const result = await discardDraftAction(input);
              if (result.ok) autosave.discard();
              return result;
            }}
            input={{ applicationId: props.applicationId }}
            label={t('wizard.discard')}
            done={t('wizard.discarded')}
            variant="danger"
            confirm={t('wizard.discardConfirm')}
          />
        </div>
      )}
    </div>
  );
}
