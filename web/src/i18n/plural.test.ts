import { describe, expect, it } from 'vitest';
import { i18n } from '.';

describe('counts use each language’s plural rules', () => {
  it.each([
    ['en', ['0 clients', '1 client', '2 clients']],
    ['fr', ['0 client', '1 client', '2 clients']],
    ['es', ['0 clientes', '1 cliente', '2 clientes']],
    ['pt', ['0 cliente', '1 cliente', '2 clientes']],
  ] as const)('%s', (locale, expected) => {
    i18n.global.locale.value = locale;
    expect([0, 1, 2].map((count) => i18n.global.t('clients.total', count))).toEqual(expected);
  });
});
