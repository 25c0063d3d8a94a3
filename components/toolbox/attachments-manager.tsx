'use client';

import { useRef, useState, useTransition, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import { useErrorText } from '@/components/ui/use-error-text';
import { useRouter } from '@/i18n/navigation';
import { addAttachmentAction, removeAttachmentAction } from '@/server/actions/materials';
import { Button } from '@/components/ui/button';
import { ActionButton } from '@/components/ui/action-button';
import { FieldFrame } from '@/components/ui/field';
import { useToast } from '@/components/ui/toast';
import { ATTACHMENT_MAX_BYTES, ATTACHMENT_TYPES, ATTACHMENTS_PER_MATERIAL } from '@/lib/toolbox/materials';
import { Section } from '@/components/ui/section';
import { failureMessage } from '@/lib/action-result';

type Attachment = { id: string; fileName: string; size: number };

/** Upload and remove a material's files; limits are checked here first and again on the server. */
export function AttachmentsManager({ materialId, attachments }: { materialId: string; attachments: Attachment[] }) {
  const t = useTranslations('toolboxAdmin');
  const errorText = useErrorText();
  const toast = useToast();
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();

  function upload(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(undefined);
    const file = input.current?.files?.[0];
    if (!file) return setError('validation.required');
    if (file.size > ATTACHMENT_MAX_BYTES) return setError('toolboxAdmin.fileTooLarge');
    if (!ATTACHMENT_TYPES[file.name.toLowerCase().split('.').pop() ?? '']) return setError('toolboxAdmin.fileType');
    const form = new FormData();
    form.set('materialId', materialId);
    form.set('file', file);
    startTransition(async () => {
      const result = await addAttachmentAction(form);
      if (!result.ok) {
        setError(result.fieldErrors?.file ?? failureMessage(result));
        return;
      }
      toast(t('uploaded'));
      if (input.current) input.current.value = '';
      router.refresh();
    });
  }

  return (
    <Section headingId="attachments-heading" title={t('attachments')} card>
      {attachments.length === 0 ? (
        <p className="mt-2 text-sm text-muted">{t('noAttachments')}</p>
      ) : (
        <ul className="mt-2 grid gap-2">
          {attachments.map((a) => (
            <li key={a.id} className="flex flex-wrap items-center justify-between gap-2">
              <a href={`/api/toolbox/attachments/${a.id}`} className="text-brand-700 underline">
                {a.fileName}
              </a>
              <ActionButton
                action={removeAttachmentAction}
                input={{ id: a.id }}
                label={t('remove')}
                done={t('removed')}
                variant="danger"
                confirm={t('removeConfirm', { name: a.fileName })}
              />
            </li>
          ))}
        </ul>
      )}
      {attachments.length < ATTACHMENTS_PER_MATERIAL && (
        <form onSubmit={upload} className="mt-4" noValidate>
          <FieldFrame
            label={t('fileLabel')}
            hint={t('fileHint', { max: ATTACHMENT_MAX_BYTES / 1024 / 1024, count: ATTACHMENTS_PER_MATERIAL })}
            error={error ? errorText(error) : undefined}
          >
            {({ id, describedBy, invalid }) => (
              <input
                ref={input}
                id={id}
                type="file"
                name="file"
                aria-describedby={describedBy}
                aria-invalid={invalid}
                accept={Object.keys(ATTACHMENT_TYPES)
                  .map((e) => `.${e}`)
                  .join(',')}
                className="mt-1 block"
              />
            )}
          </FieldFrame>
          <Button type="submit" variant="secondary" disabled={pending}>
            {t('upload')}
          </Button>
        </form>
      )}
    </Section>
  );
}
