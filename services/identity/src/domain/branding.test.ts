import {
  checkBrandingInput,
  contrastRatio,
  formatRatio,
  sniffLogoType,
  subdomainProblem,
} from './branding.js';

const input = {
  portalName: '',
  primaryColor: '#2557d6',
  accentColor: '#1c44a8',
  defaultLanguage: 'en',
  subdomain: '',
  senderName: '',
  replyTo: '',
};

describe('branding rules', () => {
  it('measures WCAG contrast: black on white 21:1, same colours 1:1, #767676 just passes, #777777 just fails', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#123456', '#123456')).toBe(1);
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
    // Rounded down: a refused ratio never reads as the threshold.
    expect(formatRatio(4.4999)).toBe('4.49');
  });

  it('refuses a primary colour too light for white text and accepts the threshold', () => {
    let refusal: unknown;
    try {
      checkBrandingInput({ ...input, primaryColor: '#777777' });
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toMatchObject({
      violations: [
        {
          field: 'primaryColor',
          code: 'contrast_too_low',
          message:
            'White text on the primary colour: the contrast ratio is 4.47:1, WCAG AA needs at least 4.5:1',
        },
      ],
    });
    expect(checkBrandingInput({ ...input, primaryColor: ' #767676 ', subdomain: ' Acme ' })).toMatchObject({
      primaryColor: '#767676',
      subdomain: 'acme',
    });
  });

  it('knows a DNS label from a bad one and keeps the reserved names', () => {
    expect(subdomainProblem('acme-studio')).toBeUndefined();
    expect(subdomainProblem('a1b')).toBeUndefined();
    expect(subdomainProblem('ab')?.code).toBe('too_short');
    expect(subdomainProblem('a'.repeat(64))?.code).toBe('too_long');
    expect(subdomainProblem('acme-')?.code).toBe('invalid_format');
    expect(subdomainProblem('xn--acme')?.code).toBe('invalid_format');
    expect(subdomainProblem('acme.studio')?.code).toBe('invalid_format');
    for (const reserved of ['www', 'api', 'app', 'admin', 'auth', 'login', 'portal', 'mail'])
      expect(subdomainProblem(reserved)?.code).toBe('reserved');
  });

  it('recognises PNG and JPEG from their first bytes only', () => {
    expect(sniffLogoType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('image/png');
    expect(sniffLogoType(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffLogoType(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeUndefined();
    expect(sniffLogoType(Buffer.from('GIF89a'))).toBeUndefined();
  });

  it('checks the sender name and the reply-to address, naming the field', () => {
    const refusal = (extra: Partial<typeof input>): unknown => {
      try {
        checkBrandingInput({ ...input, ...extra });
      } catch (error) {
        return (error as { violations: unknown }).violations;
      }
      return undefined;
    };
    expect(refusal({ senderName: 'x'.repeat(101), replyTo: 'not-an-address' })).toEqual([
      expect.objectContaining({ field: 'senderName', code: 'too_long' }),
      expect.objectContaining({ field: 'replyTo', code: 'invalid_format' }),
    ]);
    expect(refusal({ senderName: 'Acme\r\nBcc: evil@example.com' })).toEqual([
      expect.objectContaining({ field: 'senderName', code: 'invalid_format' }),
    ]);
    expect(refusal({ replyTo: 'a@b.c\r\nBcc: x@y.z' })).toEqual([
      expect.objectContaining({ field: 'replyTo', code: 'invalid_format' }),
    ]);
    expect(
      checkBrandingInput({ ...input, senderName: ' Acme team ', replyTo: ' Hello@Acme.test ' }),
    ).toMatchObject({
      senderName: 'Acme team',
      replyTo: 'hello@acme.test',
    });
  });
});
