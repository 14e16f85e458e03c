import { DomainError } from '@client-portal/kit';
import { addressOnly } from '../domain/delivery.js';
import { OneClickUnsubscribe, UnsubscribeTokens } from './unsubscribe-links.js';

describe('one-click unsubscribe links', () => {
  const tokens = new UnsubscribeTokens('a-secret-signing-key');
  const links = new OneClickUnsubscribe(tokens, 'https://app.example.com', 'Portal <no-reply@example.com>');

  it('signs a scope and reads it back; a tampered or foreign token is refused naming the field', () => {
    const scope = { tenantId: 't1', subjectKey: 'u1', target: 'new-message' as const };
    const token = tokens.sign(scope);
    expect(tokens.verify(token)).toEqual(scope);
    const [payload, mac] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ t: 't2', s: 'u1', k: 'new-message' })).toString('base64url');
    for (const bad of [`${forged}.${mac ?? ''}`, `${payload ?? ''}.x${mac ?? ''}`, 'garbage', '']) {
      try {
        tokens.verify(bad);
        throw new Error(`accepted ${bad}`);
      } catch (error) {
        expect(error).toBeInstanceOf(DomainError);
        expect((error as DomainError).violations[0]?.field).toBe('token');
      }
    }
    expect(() => new UnsubscribeTokens('another-key').verify(token)).toThrow(DomainError);
  });

  it('puts List-Unsubscribe with one-click on non-essential e-mails only', async () => {
    const headers = await links.headers('t1', addressOnly('Dana@Globex.test'), 'invoice-issued');
    expect(headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    expect(headers['List-Unsubscribe']).toMatch(
      /^<https:\/\/app\.example\.com\/api\/public\/unsubscribe\/[\w-]+\.[\w-]+>, <mailto:no-reply@example\.com\?subject=unsubscribe%20[\w.-]+>$/,
    );
    const token = /unsubscribe\/([^>]+)>/.exec(headers['List-Unsubscribe'] ?? '')?.[1] ?? '';
    expect(tokens.verify(token)).toEqual({
      tenantId: 't1',
      subjectKey: 'address:dana@globex.test',
      target: 'invoice-issued',
    });
    expect(await links.headers('t1', addressOnly('dana@globex.test'), 'invitation')).toEqual({});
    expect(await links.headers('t1', addressOnly('dana@globex.test'), 'login-code')).toEqual({});
  });
});
