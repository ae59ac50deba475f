// Outgoing mail through the SMTP server the bureau runs (JIANDU_SMTP_URL); none when unset.
import { createTransport } from 'nodemailer';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  send(mail: Mail): Promise<void>;
  close(): void;
}

/** `url`: smtp://user:password@host:587 (STARTTLS when offered) or smtps://…:465 */
export function smtpMailer(url: string, from: string): Mailer {
  const transport = createTransport(url);
  return {
    async send(mail) {
      await transport.sendMail({ from, ...mail });
    },
    close: () => transport.close(),
  };
}
