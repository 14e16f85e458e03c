import {
  createRealmUser,
  deleteRealmUser,
  infrastructure,
  passwordToken,
  REALM,
  uniqueName,
  verifyRealmToken,
  waitForMail,
  waitForSms,
} from '@client-portal/testing';
import {
  CodeLogin,
  codeIn,
  masterAdmin,
  setMobileNumber,
  uniqueClientIp,
  uniqueMobileNumber,
} from './support/code-login.js';

interface RealmUser {
  id: string;
  email: string;
  emailVerified: boolean;
  attributes?: Record<string, string[]>;
}

const PASSWORD = 'Code-Login-2026';

/** A realm user (a client's contact), optionally with the mobile number identity stores on it. */
async function person(options: { mobile?: string } = {}) {
  const email = `${uniqueName('code')}@client.test`;
  const id = await createRealmUser({ email, password: PASSWORD, tenantId: 'tenant-login-codes' });
  if (options.mobile) await setMobileNumber(id, options.mobile);
  return { id, email, mobile: options.mobile };
}

/**
 * Keycloak counts codes per fixed 30-minute window (epoch-aligned, LoginCodeSettings.WINDOW_SECONDS):
 * a test that fills a window waits when the next window would start during it.
 */
async function awayFromWindowEdge(neededSeconds = 60): Promise<void> {
  const windowMs = 30 * 60 * 1000;
  const left = windowMs - (Date.now() % windowMs);
  if (left < neededSeconds * 1000) await new Promise((resolve) => setTimeout(resolve, left + 2000));
}

async function mailCount(to: string): Promise<number> {
  const query = encodeURIComponent(`to:"${to}"`);
  const response = await fetch(`${infrastructure().mailpitUrl}/api/v1/search?query=${query}`);
  return ((await response.json()) as { messages_count: number }).messages_count;
}

/**
 * Sign-in by a one-time code, in Keycloak's login flow (deploy/keycloak/extensions/login-code), walked
 * over HTTP against the real Keycloak: delivery by e-mail (Mailpit) and by SMS (the SMS simulator), the
 * 5-attempt lock, expiry, the resend throttle, the per-address and per-IP limits, the same answer for an
 * unknown address, and no e-mail change by the user.
 */
describe('sign-in by code (Keycloak login-code authenticator)', () => {
  const created: string[] = [];
  const make = async (options: { mobile?: string } = {}) => {
    const user = await person(options);
    created.push(user.id);
    return user;
  };
  afterAll(async () => {
    for (const id of created) await deleteRealmUser(id).catch(() => undefined);
  });

  it('sends the code by e-mail when no mobile number is on file, and signs in with it', async () => {
    const user = await make();
    const login = await CodeLogin.start({ loginHint: user.email });
    expect(login.asksForCode()).toBe(true);
    expect(login.text()).toContain('we have sent it a 6-digit code by e-mail. It is valid for 10 minutes.');
    const mail = await waitForMail(user.email, { subject: 'is your sign-in code' });
    const code = codeIn(mail.Subject);
    expect(mail.Text).toContain(code);
    await login.submitCode(code);
    const tokens = await login.tokens();
    const verified = await verifyRealmToken(tokens.access_token);
    expect(verified.claims.sub).toBe(user.id);
    expect(verified.claims.email).toBe(user.email);
  });

  it('sends the code by SMS when the account has a mobile number, and not by e-mail', async () => {
    const user = await make({ mobile: uniqueMobileNumber() });
    const sent = new Date(Date.now() - 1000);
    const login = await CodeLogin.start({ loginHint: user.email, locale: 'fr' });
    expect(login.text()).toContain('Nous avons envoyé un code à 6 chiffres par SMS au +33');
    const sms = await waitForSms(user.mobile ?? '', { after: sent });
    expect(sms.body).toMatch(/^\d{6} est votre code de connexion\. Il est valable 10 minutes\./);
    expect(await mailCount(user.email)).toBe(0);
    await login.submitCode(codeIn(sms.body));
    const verified = await verifyRealmToken((await login.tokens()).access_token);
    expect(verified.claims.sub).toBe(user.id);
  });

  it('counts wrong codes: 4 are told how many attempts are left, the 5th locks the address (said plainly)', async () => {
    const user = await make();
    const login = await CodeLogin.start({ loginHint: user.email });
    const code = codeIn((await waitForMail(user.email)).Subject);
    const wrong = code === '000000' ? '111111' : '000000';
    for (let left = 4; left >= 1; left -= 1) {
      await login.submitCode(wrong);
      expect(login.text()).toContain(`This code is not right. You have ${left} attempt(s) left.`);
    }
    await login.submitCode('12ab');
    expect(login.text()).toContain('The code is 6 digits.');
    await login.submitCode(wrong);
    expect(login.text()).toContain(
      'Too many wrong codes. Sign-in by code is locked for 15 minute(s) for this address.',
    );
    expect(login.asksForCode()).toBe(false);
    expect(login.redirect).toBeUndefined();

    // Locked for every sign-in: a new one sends nothing and says so, even with the right code known.
    const mails = await mailCount(user.email);
    const again = await CodeLogin.start({ loginHint: user.email });
    expect(again.text()).toContain('Sign-in by code is locked for 15 minute(s)');
    expect(again.asksForCode()).toBe(false);
    expect(await mailCount(user.email)).toBe(mails);
    // The password still works (the lock is on codes only).
    await expect(passwordToken(user.email, PASSWORD)).resolves.toEqual(expect.any(String));
  });

  it('refuses an expired code (the validity comes from the flow configuration: 600 s in the realm file)', async () => {
    const executions = (await (
      await masterAdmin(
        `/authentication/flows/${encodeURIComponent('client-portal sign-in code')}/executions`,
      )
    ).json()) as { providerId?: string; authenticationConfig?: string }[];
    const configId = executions.find(
      (execution) => execution.providerId === 'login-code',
    )?.authenticationConfig;
    expect(configId).toEqual(expect.any(String));
    const config = (await (await masterAdmin(`/authentication/config/${configId}`)).json()) as {
      config: Record<string, string>;
    };
    expect(config.config.codeTtlSeconds).toBe('600');
    const user = await make();
    try {
      await masterAdmin(`/authentication/config/${configId}`, {
        method: 'PUT',
        body: JSON.stringify({ ...config, config: { ...config.config, codeTtlSeconds: '2' } }),
      });
      const login = await CodeLogin.start({ loginHint: user.email });
      const code = codeIn((await waitForMail(user.email)).Subject);
      await new Promise((resolve) => setTimeout(resolve, 3500));
      await login.submitCode(code);
      expect(login.text()).toContain('This code has expired or can no longer be used. Ask for a new code.');
      expect(login.redirect).toBeUndefined();
      // Used up: the same code stays refused.
      await login.submitCode(code);
      expect(login.redirect).toBeUndefined();
    } finally {
      await masterAdmin(`/authentication/config/${configId}`, {
        method: 'PUT',
        body: JSON.stringify(config),
      });
    }
  });

  it('throttles "send a new code" within one sign-in', async () => {
    const user = await make();
    const login = await CodeLogin.start({ loginHint: user.email });
    await waitForMail(user.email);
    await login.resend();
    expect(login.text()).toMatch(/Please wait \d+ seconds before asking for a new code\./);
    expect(await mailCount(user.email)).toBe(1);
  });

  it('limits codes per address (5 per window, whichever sign-in asks) and per IP address (30)', async () => {
    await awayFromWindowEdge();
    const user = await make();
    for (let sent = 1; sent <= 5; sent += 1) {
      const login = await CodeLogin.start({ loginHint: user.email });
      expect(login.asksForCode()).toBe(true);
    }
    const refused = await CodeLogin.start({ loginHint: user.email });
    expect(refused.text()).toMatch(
      /Too many codes were asked for this address\. Try again in \d+ minute\(s\)\./,
    );
    expect(refused.asksForCode()).toBe(false);
    let mails = 0;
    for (let tries = 0; tries < 50 && mails < 5; tries += 1) {
      mails = await mailCount(user.email);
      if (mails < 5) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(mails).toBe(5);

    // One network asking for many addresses (known or not) is stopped at 30.
    await awayFromWindowEdge();
    const ip = uniqueClientIp();
    for (let asked = 1; asked <= 30; asked += 1) {
      const login = await CodeLogin.start({ loginHint: `${uniqueName('nobody')}@nowhere.test`, ip });
      expect(login.asksForCode()).toBe(true);
    }
    const stopped = await CodeLogin.start({ loginHint: (await make()).email, ip });
    expect(stopped.text()).toMatch(
      /Too many codes were asked from your network\. Try again in \d+ minute\(s\)\./,
    );
  }, 180_000);

  it('answers an unknown address exactly like a known one (and no code can sign it in)', async () => {
    const known = await make();
    const unknown = `${uniqueName('nobody')}@client.test`;
    const shape = (login: CodeLogin, address: string) =>
      login.text().replace(`${address.slice(0, 2)}•••${address.slice(address.indexOf('@'))}`, '<address>');
    const a = await CodeLogin.start({ loginHint: known.email });
    const b = await CodeLogin.start({ loginHint: unknown });
    expect(shape(b, unknown)).toBe(shape(a, known.email));
    await b.submitCode('123456');
    expect(b.text()).toContain('This code is not right. You have 4 attempt(s) left.');
  });

  it('asks for the address when the app passed none, and says when it is malformed', async () => {
    const login = await CodeLogin.start({});
    expect(login.asksForAddress()).toBe(true);
    await login.post({ email: 'not-an-address' }, 'kc-login-code-address');
    expect(login.text()).toContain('Enter a valid e-mail address.');
    const user = await make();
    await login.post({ email: user.email.toUpperCase() }, 'kc-login-code-address');
    await login.submitCode(codeIn((await waitForMail(user.email)).Subject));
    expect((await verifyRealmToken((await login.tokens()).access_token)).claims.sub).toBe(user.id);
  });

  it('does not let users change their own e-mail address (no squatting through the account API)', async () => {
    const user = await make();
    const token = await passwordToken(user.email, PASSWORD);
    const account = `${infrastructure().keycloakUrl}/realms/${REALM}/account/`;
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const current = (await (await fetch(account, { headers })).json()) as Record<string, unknown>;
    const squatted = `${uniqueName('squat')}@client.test`;
    const answer = await fetch(account, {
      method: 'POST',
      headers,
      body: JSON.stringify({ ...current, email: squatted }),
    });
    expect(answer.status).toBe(400);
    const stored = (await (await masterAdmin(`/users/${user.id}`)).json()) as RealmUser;
    expect(stored.email).toBe(user.email);
  });
});
