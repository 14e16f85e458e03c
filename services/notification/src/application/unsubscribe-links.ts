import { createHmac, timingSafeEqual } from 'node:crypto';
import { DomainError } from '@client-portal/kit';
import { NOTIFICATION_KINDS, type NotificationKind, type Recipient } from '../domain/delivery.js';
import { isEssential, subjectKeyOf } from '../domain/preferences.js';
import type { UnsubscribeLinks } from './dispatcher.js';

/**
 * What an unsubscribe link switches off: one kind's e-mails for one person, or (`digest:<timing>`)
 * every kind that person gathers in that digest.
 */
export interface UnsubscribeScope {
  tenantId: string;
  subjectKey: string;
  target: NotificationKind | 'digest:hourly' | 'digest:daily';
}

interface TokenClaims {
  t: string;
  s: string;
  k: string;
}

const TARGETS: readonly string[] = [...NOTIFICATION_KINDS, 'digest:hourly', 'digest:daily'];

/**
 * Signed unsubscribe tokens (HMAC-SHA256). The key is derived from notification's own secret signing
 * key, so no new secret has to be deployed and nobody else can mint a link that changes someone's
 * preferences. Tokens do not expire: a link in a year-old e-mail must still work (RFC 8058 asks the
 * link to stay usable); what it can do is only ever "stop these e-mails".
 */
export class UnsubscribeTokens {
  private readonly key: Buffer;

  constructor(secret: string) {
    this.key = createHmac('sha256', 'client-portal/unsubscribe-links/v1').update(secret).digest();
  }

  sign(scope: UnsubscribeScope): string {
    const claims: TokenClaims = { t: scope.tenantId, s: scope.subjectKey, k: scope.target };
    const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
    return `${payload}.${this.mac(payload)}`;
  }

  /** The scope a token names; INVALID_ARGUMENT (field `token`) when it is not one of ours, intact. */
  verify(token: string): UnsubscribeScope {
    const refused = () =>
      DomainError.invalid('This unsubscribe link is not valid', [
        { field: 'token', message: 'The link is damaged or was not issued by us', code: 'invalid_format' },
      ]);
    const [payload, mac, ...rest] = token.split('.');
    if (!payload || !mac || rest.length > 0 || payload.length > 2000) throw refused();
    const expected = Buffer.from(this.mac(payload));
    const given = Buffer.from(mac);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw refused();
    let claims: Partial<TokenClaims>;
    try {
      claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Partial<TokenClaims>;
    } catch {
      throw refused();
    }
    if (typeof claims.t !== 'string' || typeof claims.s !== 'string' || typeof claims.k !== 'string')
      throw refused();
    if (!TARGETS.includes(claims.k)) throw refused();
    return { tenantId: claims.t, subjectKey: claims.s, target: claims.k as UnsubscribeScope['target'] };
  }

  private mac(payload: string): string {
    return createHmac('sha256', this.key).update(payload).digest('base64url');
  }
}

/** The address part of a `Name <address>` sender. */
function addressOf(from: string): string {
  const match = /<([^>]+)>/.exec(from);
  return (match?.[1] ?? from).trim();
}

/**
 * List-Unsubscribe (RFC 2369) with one-click (RFC 8058) on every non-essential e-mail: an https link
 * the mail provider POSTs `List-Unsubscribe=One-Click` to, and a mailto for clients without it.
 */
export class OneClickUnsubscribe implements UnsubscribeLinks {
  constructor(
    private readonly tokens: UnsubscribeTokens,
    private readonly webUrl: string,
    private readonly mailFrom: string,
    /** Who an address-only recipient is (a staff member's address → their user id), as the planner sees them. */
    private readonly resolve: (tenantId: string, recipient: Recipient) => Promise<Recipient> = (
      _tenantId,
      recipient,
    ) => Promise.resolve(recipient),
  ) {}

  async headers(
    tenantId: string,
    recipient: Recipient,
    kind: NotificationKind,
  ): Promise<Record<string, string>> {
    if (isEssential(kind)) return {};
    const person = await this.resolve(tenantId, recipient);
    return this.headersFor({ tenantId, subjectKey: subjectKeyOf(person), target: kind });
  }

  headersFor(scope: UnsubscribeScope): Record<string, string> {
    const token = this.tokens.sign(scope);
    const url = new URL(`/api/public/unsubscribe/${token}`, this.webUrl).toString();
    const mailto = `mailto:${addressOf(this.mailFrom)}?subject=${encodeURIComponent(`unsubscribe ${token}`)}`;
    return {
      'List-Unsubscribe': `<${url}>, <${mailto}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    };
  }
}
