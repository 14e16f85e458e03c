import { DomainError } from '@client-portal/kit';
import { protoFieldPath, publicInstant, withPublicFields } from './crm-fields.js';

describe('the partner names of crm fields', () => {
  it('snake-cases every segment of a path, indexes kept', () => {
    expect(protoFieldPath('address.postalCode')).toBe('address.postal_code');
    expect(protoFieldPath('contacts[2].firstName')).toBe('contacts[2].first_name');
    expect(protoFieldPath('name')).toBe('name');
  });

  it('renames the violations of a refusal and keeps its code, message and reason', async () => {
    const refused = DomainError.invalid(
      'The client could not be saved',
      [
        { field: 'primaryContact.email', message: 'Enter a valid e-mail address', code: 'invalid_format' },
        { field: 'website', message: 'Enter a web address', code: 'invalid_format' },
      ],
      'client.invalid',
    );
    const error = await withPublicFields(
      () => Promise.reject(refused),
      (field) => field.replace(/^primaryContact/, 'contacts[1]'),
    ).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(DomainError);
    const renamed = error as DomainError;
    expect(renamed.code).toBe('INVALID_ARGUMENT');
    expect(renamed.message).toBe('The client could not be saved');
    expect(renamed.reason).toBe('client.invalid');
    expect(renamed.violations).toEqual([
      { field: 'contacts[1].email', message: 'Enter a valid e-mail address', code: 'invalid_format' },
      { field: 'website', message: 'Enter a web address', code: 'invalid_format' },
    ]);
  });

  it('lets other errors and answers through unchanged', async () => {
    const missing = DomainError.notFound('Client', 'c-1');
    await expect(withPublicFields(() => Promise.reject(missing))).rejects.toBe(missing);
    await expect(withPublicFields(() => Promise.resolve(42))).resolves.toBe(42);
  });

  it('writes instants as RFC 3339 UTC with milliseconds, empty for none', () => {
    expect(publicInstant('2026-11-30T17:00:00+01:00')).toBe('2026-11-30T16:00:00.000Z');
    expect(publicInstant('')).toBe('');
    expect(publicInstant('not a date')).toBe('');
  });
});
