import { runWithContext } from './context.js';
import { createLogger } from './logger.js';

/** A logger writing into an array, one parsed JSON object per line. */
function capture(level = 'info') {
  const lines: Record<string, unknown>[] = [];
  const raw: string[] = [];
  const logger = createLogger('crm', level, {
    write(line: string) {
      raw.push(line);
      lines.push(JSON.parse(line) as Record<string, unknown>);
    },
  });
  return { logger, lines, raw };
}

describe('createLogger', () => {
  it('redacts tokens, secrets and personal fields at the top level and one level down', () => {
    const { logger, lines, raw } = capture();
    logger.info(
      {
        authorization: 'Bearer top-secret-token',
        token: 'invitation-token-1',
        accessToken: 'eyJ.access.token',
        password: 'Hunter-2-password',
        secret: 'whsec_partner_secret',
        email: 'grace@client.test',
        phone: '+33612345678',
        headers: { authorization: 'Bearer header-token' },
        user: { email: 'ada@client.test', phone: '+34600000000', password: 'Nested-pass-1' },
        clientId: 'client-42',
      },
      'a request',
    );
    const [line] = lines;
    for (const field of ['authorization', 'token', 'accessToken', 'password', 'secret', 'email', 'phone'])
      expect(line?.[field]).toBe('[redacted]');
    expect(line?.headers).toEqual({ authorization: '[redacted]' });
    expect(line?.user).toEqual({ email: '[redacted]', phone: '[redacted]', password: '[redacted]' });
    // What is not personal stays readable.
    expect(line).toMatchObject({
      service: 'crm',
      level: 'info',
      message: 'a request',
      clientId: 'client-42',
    });
    for (const value of [
      'top-secret-token',
      'invitation-token-1',
      'eyJ.access.token',
      'Hunter-2-password',
      'whsec_partner_secret',
      'grace@client.test',
      '+33612345678',
      'header-token',
      'ada@client.test',
      'Nested-pass-1',
    ])
      expect(raw.join('')).not.toContain(value);
  });

  it('carries the correlation id of the request or event being handled', () => {
    const { logger, lines } = capture();
    runWithContext({ correlationId: 'corr-123' }, () => {
      logger.warn('inside');
    });
    logger.warn('outside');
    expect(lines.map((line) => [line.message, line.correlationId])).toEqual([
      ['inside', 'corr-123'],
      ['outside', undefined],
    ]);
  });

  it('writes nothing under its level', () => {
    const { logger: quiet, lines } = capture('warn');
    quiet.info('not written');
    quiet.error('written');
    expect(lines.map((line) => line.message)).toEqual(['written']);
  });
});
