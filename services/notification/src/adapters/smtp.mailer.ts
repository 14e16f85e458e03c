import nodemailer, { type Transporter } from 'nodemailer';
import type { Email } from '../domain/notification.js';

/** The bare address of a "Name <address>" sender. */
function addressOf(from: string): string {
  return /<([^>]+)>/.exec(from)?.[1] ?? from;
}

/** Sends e-mail through the configured SMTP relay (Mailpit locally). */
export class SmtpMailer {
  private readonly transport: Transporter;

  constructor(
    smtpUrl: string,
    private readonly from: string,
  ) {
    // Bounded waits: a stuck relay fails the attempt, and the consumer retries it later.
    // Pooled: a few connections reused for many messages, instead of a TCP (and TLS) handshake and an
    // SMTP greeting per e-mail; the consumer's partitions send through them at once.
    this.transport = nodemailer.createTransport({
      url: smtpUrl,
      pool: true,
      maxConnections: 5,
      maxMessages: 100,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    });
  }

  async send(email: Email): Promise<void> {
    await this.transport.sendMail({
      from: email.fromName ? { name: email.fromName, address: addressOf(this.from) } : this.from,
      to: email.to,
      subject: email.subject,
      text: email.text,
      html: email.html,
      ...(email.replyTo ? { replyTo: email.replyTo } : {}),
      ...(email.headers && Object.keys(email.headers).length > 0 ? { headers: email.headers } : {}),
    });
  }

  close(): void {
    this.transport.close();
  }
}
