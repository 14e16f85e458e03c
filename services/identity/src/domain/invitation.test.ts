import { e164, inviteeFormatProblem } from './invitation.js';

describe('bulk invitation lines', () => {
  it('names a malformed address, a too long one and a repeat in the list', () => {
    const seen = new Set(['dana@globex.test']);
    expect(inviteeFormatProblem('dana@globex', seen)?.problem).toBe('invalid_format');
    expect(inviteeFormatProblem('', seen)?.message).toMatch(/empty line/);
    expect(inviteeFormatProblem(`${'a'.repeat(250)}@globex.test`, seen)?.problem).toBe('too_long');
    expect(inviteeFormatProblem('dana@globex.test', seen)?.problem).toBe('duplicate');
    expect(inviteeFormatProblem('fox@globex.test', seen)).toBeUndefined();
  });
});

describe('mobile numbers for login codes', () => {
  it('keeps E.164 numbers however they were typed, and drops numbers without a country code', () => {
    expect(e164('+33 6 12 34 56 78')).toBe('+33612345678');
    expect(e164('+1 (555) 010-0199')).toBe('+15550100199');
    expect(e164('0044 7700 900123')).toBe('+447700900123');
    expect(e164('06 12 34 56 78')).toBe('');
    expect(e164('+0 123 456 789')).toBe('');
    expect(e164('')).toBe('');
  });
});
