import { DomainError } from '@client-portal/kit';
import {
  defaultPortalSettings,
  isAllowListHost,
  validatePortalSettings,
  type PortalSettingsInput,
} from './portal-settings.js';

const valid: PortalSettingsInput = {
  callsToAction: [
    { id: 'payments', kind: 'payments', label: '', url: '' },
    { id: '', kind: 'booking', label: 'Book a call', url: 'https://cal.example.com/agency' },
  ],
  embedAllowList: ['www.youtube.com', '*.Figma.com', 'www.youtube.com'],
  maxFileBytes: 50 * 1024 * 1024,
  blockedFileTypes: ['application/x-msdownload'],
};

function violations(input: Partial<PortalSettingsInput>) {
  try {
    validatePortalSettings(defaultPortalSettings('t1'), { ...valid, ...input });
  } catch (error) {
    if (error instanceof DomainError) return error.violations.map((v) => `${v.field}:${v.code ?? ''}`);
    throw error;
  }
  return [];
}

describe('portal settings rules', () => {
  it('accepts valid settings, normalising hosts and giving new buttons an id', () => {
    const saved = validatePortalSettings(defaultPortalSettings('t1'), valid, new Date('2026-01-01'));
    expect(saved.version).toBe(1);
    expect(saved.embedAllowList).toEqual(['www.youtube.com', '*.figma.com']);
    expect(saved.callsToAction[1]?.id).not.toBe('');
    expect(saved.callsToAction[0]?.url).toBe('');
  });

  it('names each wrong field with a machine code', () => {
    expect(
      violations({
        callsToAction: [
          { id: '', kind: 'flyer', label: '', url: '' },
          { id: '', kind: 'link', label: 'x'.repeat(41), url: 'http://example.com' },
          { id: '', kind: 'booking', label: '', url: '' },
        ],
      }),
    ).toEqual([
      'callsToAction[0].kind:invalid_value',
      'callsToAction[1].label:too_long',
      'callsToAction[1].url:invalid_format',
      'callsToAction[2].url:required',
    ]);
    expect(
      violations({
        callsToAction: Array.from({ length: 9 }, () => ({ id: '', kind: 'payments', label: '', url: '' })),
      }),
    ).toEqual(['callsToAction:too_big']);
    expect(violations({ embedAllowList: ['not a host', 'com', 'https://x.com'] })).toEqual([
      'embedAllowList[0]:invalid_format',
      'embedAllowList[1]:invalid_format',
      'embedAllowList[2]:invalid_format',
    ]);
    expect(violations({ embedAllowList: Array.from({ length: 51 }, (_, i) => `h${i}.example.com`) })).toEqual(
      ['embedAllowList:too_big'],
    );
    expect(violations({ maxFileBytes: 1000 })).toEqual(['maxFileBytes:too_small']);
    expect(violations({ maxFileBytes: 6 * 1024 * 1024 * 1024 })).toEqual(['maxFileBytes:too_big']);
    expect(violations({ blockedFileTypes: ['application/x-unknown-thing'] })).toEqual([
      'blockedFileTypes[0]:invalid_value',
    ]);
  });

  it('knows a host name from anything else', () => {
    expect(isAllowListHost('player.vimeo.com')).toBe(true);
    expect(isAllowListHost('*.figma.com')).toBe(true);
    expect(isAllowListHost('-bad.com')).toBe(false);
    expect(isAllowListHost('*.*.com')).toBe(false);
    expect(isAllowListHost('10.0.0.1')).toBe(false);
  });
});
