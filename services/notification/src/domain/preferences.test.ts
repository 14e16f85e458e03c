import { NOTIFICATION_KINDS } from './delivery.js';
import {
  audienceOf,
  CLIENT_KINDS,
  defaultPlan,
  digestPeriod,
  effectivePlan,
  emptyPreferences,
  STAFF_KINDS,
  validateChoices,
} from './preferences.js';

describe('notification preferences rules', () => {
  it('knows whose defaults apply', () => {
    expect(audienceOf({ userId: 's1', kind: 'staff', staffRole: 'owner' })).toBe('lead');
    expect(audienceOf({ userId: 's1', kind: 'staff', staffRole: 'admin' })).toBe('lead');
    expect(audienceOf({ userId: 's2', kind: 'staff', staffRole: 'member' })).toBe('team');
    expect(audienceOf({ userId: 'u1', kind: 'client', staffRole: '' })).toBe('client');
    expect(audienceOf({ userId: '', kind: 'client', staffRole: '' })).toBe('address');
  });

  it('defaults by role: leads get billing at once, members their work, clients what concerns them', () => {
    expect(defaultPlan('invoice-paid', 'lead')).toEqual({ inApp: true, email: 'now', sms: false });
    expect(defaultPlan('invoice-paid', 'team').email).toBe('off');
    expect(defaultPlan('task-assigned', 'team').email).toBe('now');
    expect(defaultPlan('deliverable-approved', 'lead').email).toBe('now');
    expect(defaultPlan('document-shared', 'client').email).toBe('now');
    expect(defaultPlan('order-placed', 'client').email).toBe('off');
    // Someone known by address only gets e-mail at once and nothing else (today's behaviour).
    expect(defaultPlan('order-placed', 'address')).toEqual({ inApp: false, email: 'now', sms: false });
    for (const kind of NOTIFICATION_KINDS) expect(defaultPlan(kind, 'lead').sms).toBe(false);
  });

  it('keeps essential e-mails at once and SMS only where offered and possible', () => {
    const saved = {
      ...emptyPreferences('t', 'u'),
      choices: [
        { kind: 'login-code' as const, inApp: false, email: 'off' as const, sms: true },
        { kind: 'mention' as const, inApp: false, email: 'hourly' as const, sms: true },
      ],
    };
    expect(effectivePlan('login-code', 'team', saved, true).email).toBe('now');
    expect(effectivePlan('mention', 'team', saved, true)).toEqual({
      inApp: false,
      email: 'hourly',
      sms: true,
    });
    expect(effectivePlan('mention', 'team', saved, false).sms).toBe(false);
    expect(effectivePlan('mention', 'team', saved, true, false).sms).toBe(false);
  });

  it('refuses bad choices naming the field', () => {
    const { violations } = validateChoices(
      [
        { kind: 'mention', inApp: true, email: 'now', sms: false },
        { kind: 'mention', inApp: true, email: 'now', sms: false },
        { kind: 'quote-answered', inApp: true, email: 'now', sms: false },
        { kind: 'account', inApp: true, email: 'daily', sms: false },
        { kind: 'task-due', inApp: true, email: 'weekly', sms: false },
        { kind: 'new-message', inApp: true, email: 'now', sms: true },
        { kind: '', inApp: true, email: 'now', sms: false },
      ],
      'client',
      false,
    );
    expect(violations.map(({ field, code }) => [field, code])).toEqual([
      ['preferences[1].kind', 'duplicate'],
      ['preferences[2].kind', 'invalid_value'],
      ['preferences[3].email', 'essential'],
      ['preferences[4].email', 'invalid_value'],
      ['preferences[5].sms', 'channel_unavailable'],
      ['preferences[6].kind', 'required'],
    ]);
    expect(
      validateChoices([{ kind: 'new-message', inApp: true, email: 'now', sms: true }], 'client', true),
    ).toMatchObject({ violations: [] });
  });

  it('lists only the kinds of each audience', () => {
    expect(CLIENT_KINDS).not.toContain('quote-answered');
    expect(STAFF_KINDS).not.toContain('document-shared');
    expect(STAFF_KINDS).toContain('login-code');
  });

  it('cuts time into hourly periods and days ending at 06:00 UTC', () => {
    expect(digestPeriod('hourly', new Date('2026-11-30T13:42:10Z'))).toEqual({
      start: new Date('2026-11-30T13:00:00Z'),
      end: new Date('2026-11-30T14:00:00Z'),
    });
    expect(digestPeriod('daily', new Date('2026-11-30T13:42:10Z'))).toEqual({
      start: new Date('2026-11-30T06:00:00Z'),
      end: new Date('2026-12-01T06:00:00Z'),
    });
    expect(digestPeriod('daily', new Date('2026-11-30T05:59:59Z')).end).toEqual(
      new Date('2026-11-30T06:00:00Z'),
    );
  });
});
