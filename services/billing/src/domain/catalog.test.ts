import { DomainError } from '@client-portal/kit';
import {
  conversionDocumentId,
  newProduct,
  priceOrder,
  validateProduct,
  type CatalogProduct,
} from './catalog.js';

const input = {
  name: 'Design day',
  description: '',
  kind: 'service',
  unit: 'day',
  unitPriceMinor: 65_000,
  currency: 'eur',
  taxRateBasisPoints: 2000,
  reference: 'DES-DAY',
};

function violations(work: () => unknown): { field: string; code?: string }[] {
  try {
    work();
  } catch (error) {
    if (error instanceof DomainError) return error.violations.map(({ field, code }) => ({ field, code }));
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('catalog products', () => {
  it('normalises a valid product', () => {
    expect(validateProduct(input)).toMatchObject({ currency: 'EUR', kind: 'service', reference: 'DES-DAY' });
  });

  it('names every bad field', () => {
    expect(
      violations(() =>
        validateProduct({
          ...input,
          name: ' ',
          kind: 'thing',
          unitPriceMinor: -1,
          currency: 'XYZ',
          taxRateBasisPoints: 10_001,
          reference: 'bad ref',
        }),
      ),
    ).toEqual([
      { field: 'name', code: 'required' },
      { field: 'kind', code: 'invalid_value' },
      { field: 'unitPriceMinor', code: 'too_small' },
      { field: 'currency', code: 'invalid_value' },
      { field: 'taxRateBasisPoints', code: 'too_big' },
      { field: 'reference', code: 'invalid_format' },
    ]);
  });
});

describe('orders', () => {
  const product = (change: Partial<CatalogProduct>): CatalogProduct => ({
    ...newProduct(input, 't', 'u'),
    ...change,
  });
  const day = product({ id: 'p1' });
  const licence = product({ id: 'p2', unitPriceMinor: 1_999, taxRateBasisPoints: 550, currency: 'EUR' });
  const dollars = product({ id: 'p3', currency: 'USD' });
  const archived = product({ id: 'p4', status: 'archived' });
  const catalog = new Map([day, licence, dollars, archived].map((item) => [item.id, item]));

  it('prices lines from the catalog', () => {
    const order = priceOrder(
      [
        { productId: 'p1', quantityMilli: 1500 },
        { productId: 'p2', quantityMilli: 3000 },
      ],
      ' asap ',
      catalog,
    );
    expect(order).toMatchObject({ currency: 'EUR', subtotalMinor: 97_500 + 5_997, note: 'asap' });
    expect(order.taxMinor).toBe(19_500 + 330);
    expect(order.totalMinor).toBe(order.subtotalMinor + order.taxMinor);
  });

  it('refuses zero quantities, unknown or archived products and mixed currencies', () => {
    expect(violations(() => priceOrder([{ productId: 'p1', quantityMilli: 0 }], '', catalog))).toEqual([
      { field: 'lines[0].quantityMilli', code: 'too_small' },
    ]);
    expect(violations(() => priceOrder([{ productId: 'p4', quantityMilli: 1000 }], '', catalog))).toEqual([
      { field: 'lines[0].productId', code: 'invalid_value' },
    ]);
    expect(
      violations(() =>
        priceOrder(
          [
            { productId: 'p1', quantityMilli: 1000 },
            { productId: 'p3', quantityMilli: 1000 },
          ],
          '',
          catalog,
        ),
      ),
    ).toEqual([{ field: 'lines', code: 'invalid_value' }]);
    expect(violations(() => priceOrder([], '', catalog))).toEqual([{ field: 'lines', code: 'required' }]);
  });

  it('derives one draft id per order', () => {
    const id = conversionDocumentId({ tenantId: 't', id: 'o1' });
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(conversionDocumentId({ tenantId: 't', id: 'o1' })).toBe(id);
    expect(conversionDocumentId({ tenantId: 't', id: 'o2' })).not.toBe(id);
  });
});
