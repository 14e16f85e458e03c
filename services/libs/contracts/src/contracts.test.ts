import { loadContracts } from './index.js';

describe('contracts', () => {
  it('loads the shared types with the kit options: int64 money as a string, enums by name', () => {
    const { packageDefinition } = loadContracts(['common/v1/common.proto']);
    const money = packageDefinition['client_portal.common.v1.Money'];
    const principal = packageDefinition['client_portal.common.v1.Principal'];
    if (!money || !('serialize' in money) || !principal || !('serialize' in principal))
      throw new Error('message types missing');
    const encoded = (money.serialize as (value: unknown) => Buffer)({
      amountMinor: '123456789012',
      currency: 'EUR',
    });
    expect((money.deserialize as (bytes: Buffer) => unknown)(encoded)).toEqual({
      amountMinor: '123456789012',
      currency: 'EUR',
    });
    const decoded = (principal.deserialize as (bytes: Buffer) => unknown)(
      (principal.serialize as (value: unknown) => Buffer)({
        tenantId: 't',
        kind: 'KIND_CLIENT',
        workspaceIds: ['w1', 'w2'],
      }),
    );
    expect(decoded).toMatchObject({
      tenantId: 't',
      kind: 'KIND_CLIENT',
      workspaceIds: ['w1', 'w2'],
      staffRole: '',
    });
  });
});
