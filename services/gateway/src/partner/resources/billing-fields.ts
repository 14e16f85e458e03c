import { DomainError, isDomainError } from '@client-portal/kit';
import type { PartnerApi } from '@client-portal/contracts';

/** An amount of the partner API: int64 minor units (as the decimal string internal services answer). */
export const money = (amountMinor: string | number, currency: string): PartnerApi.Money => ({
  amountMinor: String(amountMinor),
  currency,
});

const snake = (name: string): string => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/**
 * Billing names its violations after its internal fields (`paidOn`, `allocations[0].documentId`); a
 * partner reads the public request's fields in proto (snake_case) spelling. `renamed` maps the internal
 * names that are not just the public one in another case (`paid_on` → `paid_at`), after conversion.
 */
export async function withPublicFields<T>(
  run: () => Promise<T>,
  renamed: Record<string, string> = {},
): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (!isDomainError(error) || error.violations.length === 0) throw error;
    throw new DomainError(
      error.code,
      error.message,
      error.violations.map((violation) => {
        const field = violation.field
          .split('.')
          .map((part) => snake(part))
          .join('.');
        const root = field.replace(/\[\d+\].*$/, '').split('.')[0] ?? field;
        const renamedRoot = renamed[field] ?? renamed[root];
        return {
          ...violation,
          field: renamed[field] ?? (renamedRoot ? renamedRoot + field.slice(root.length) : field),
        };
      }),
      error.reason,
    );
  }
}

/** Partner int64 inputs (strings from the wire) as safe integers, else a violation naming the field. */
export function integerOf(value: string | number | undefined, field: string): number {
  const number = Number(value ?? 0);
  if (!Number.isSafeInteger(number))
    throw DomainError.invalid(`${field} is not a whole number in range`, [
      { field, message: 'must be a whole number', code: 'invalid_value' },
    ]);
  return number;
}
