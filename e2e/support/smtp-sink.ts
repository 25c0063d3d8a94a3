// A small real SMTP server for tests: accepts every message and keeps it parsed,
// so tests read what a person would find in their inbox.
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';

export type SunkMail = {
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string;
  /** The Message-ID header: the outbox id of the e-mail (server/mail.ts). */
  messageId: string;
  receivedAt: number;
};

export async function startSmtpSink(
  port: number,
  onMail: (mail: SunkMail) => void,
): Promise<{ stop: () => Promise<void> }> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const to = [parsed.to].flat().flatMap((a) => (a ? a.value.map((v) => (v.address ?? '').toLowerCase()) : []));
          onMail({
            to,
            from: parsed.from?.text ?? '',
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : '',
            messageId: parsed.messageId ?? '',
            receivedAt: Date.now(),
          });
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return { stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
