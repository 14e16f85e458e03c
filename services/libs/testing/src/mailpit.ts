import { infrastructure } from './infrastructure.js';

export interface MailpitMessageSummary {
  ID: string;
  Subject: string;
  To: { Address: string; Name: string }[];
  From: { Address: string; Name: string };
  Created: string;
}

export interface MailpitMessage extends MailpitMessageSummary {
  Text: string;
  HTML: string;
}

/** Waits until Mailpit holds a message for the recipient (optionally with a subject), then reads it whole. */
export async function waitForMail(
  to: string,
  options: { subject?: string; timeoutMs?: number } = {},
): Promise<MailpitMessage> {
  const base = infrastructure().mailpitUrl;
  const deadline = Date.now() + (options.timeoutMs ?? 15_000);
  const query = encodeURIComponent(`to:"${to}"${options.subject ? ` subject:"${options.subject}"` : ''}`);
  while (Date.now() < deadline) {
    const response = await fetch(`${base}/api/v1/search?query=${query}`);
    if (!response.ok) throw new Error(`Mailpit search answered ${response.status}`);
    const { messages } = (await response.json()) as { messages: MailpitMessageSummary[] };
    const first = messages[0];
    if (first) {
      const full = await fetch(`${base}/api/v1/message/${first.ID}`);
      return (await full.json()) as MailpitMessage;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(
    `No e-mail to ${to}${options.subject ? ` with subject "${options.subject}"` : ''} within the time-out`,
  );
}
