/** Where text messages go: any server that speaks the Twilio Messages API (Twilio itself; locally the simulator). */
export interface SmsSettings {
  /** The API's base URL, e.g. https://api.twilio.com (the simulator: http://127.0.0.1:18026). */
  apiUrl: string;
  accountSid: string;
  authToken: string;
  /** The sender: an E.164 number or an alphanumeric sender id. */
  from: string;
}

/** Sends text messages through the Twilio Messages API: POST /2010-04-01/Accounts/{sid}/Messages.json. */
export class SmsSender {
  constructor(
    private readonly settings: SmsSettings,
    /** A stuck server fails the attempt (it is retried later) instead of holding the consumer. */
    private readonly timeoutMs = 15_000,
  ) {}

  async send(to: string, body: string): Promise<void> {
    const { apiUrl, accountSid, authToken, from } = this.settings;
    const url = `${apiUrl.replace(/\/$/, '')}/2010-04-01/Accounts/${encodeURIComponent(accountSid)}/Messages.json`;
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams({ To: to, From: from, Body: body }).toString(),
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    if (response.ok) return;
    // Twilio's errors are JSON { code, message }: the message says what was wrong (e.g. the number).
    const text = await response.text().catch(() => '');
    let reason = text.slice(0, 300);
    try {
      const parsed = JSON.parse(text) as { code?: number; message?: string };
      if (parsed.message) reason = `${parsed.message}${parsed.code ? ` (code ${parsed.code})` : ''}`;
    } catch {
      // Not JSON: the raw text says enough.
    }
    throw new Error(`The SMS server answered ${response.status}: ${reason || response.statusText}`);
  }
}
