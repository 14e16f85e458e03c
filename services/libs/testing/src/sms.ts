import { infrastructure } from './infrastructure.js';

/** A text message as the SMS simulator (deploy/local/tools/sms-simulator) received it. */
export interface SmsMessage {
  id: string;
  to: string;
  from: string;
  body: string;
  created: string;
}

/** The messages sent to a number, newest first. */
export async function smsTo(to: string): Promise<SmsMessage[]> {
  const response = await fetch(`${infrastructure().smsUrl}/api/v1/messages?to=${encodeURIComponent(to)}`);
  if (!response.ok) throw new Error(`The SMS simulator answered ${response.status}`);
  return ((await response.json()) as { messages: SmsMessage[] }).messages;
}

/** Waits until the SMS simulator holds a message for the number (newer than `after`), then returns it. */
export async function waitForSms(
  to: string,
  options: { after?: Date; timeoutMs?: number } = {},
): Promise<SmsMessage> {
  const deadline = Date.now() + (options.timeoutMs ?? 15_000);
  while (Date.now() < deadline) {
    const newest = (await smsTo(to)).find(
      (message) => !options.after || new Date(message.created).getTime() >= options.after.getTime(),
    );
    if (newest) return newest;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`No text message to ${to} within the time-out`);
}

/** Forgets the messages sent to a number. */
export async function deleteSms(to: string): Promise<void> {
  const response = await fetch(`${infrastructure().smsUrl}/api/v1/messages?to=${encodeURIComponent(to)}`, {
    method: 'DELETE',
  });
  if (!response.ok) throw new Error(`The SMS simulator answered ${response.status}`);
}
