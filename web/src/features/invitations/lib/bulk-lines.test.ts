import { describe, expect, it } from 'vitest';
import { namesFor, parseLines } from './bulk-lines';

describe('bulk invitation lines', () => {
  it('reads one address per line, with or without a name, skipping blank lines and keeping bad ones', () => {
    expect(parseLines('dana@globex.test\n\n  "Fox Mulder" <fox@globex.test>  \nnot an address\r\n')).toEqual([
      { email: 'dana@globex.test', name: '' },
      { email: 'fox@globex.test', name: 'Fox Mulder' },
      { email: 'not an address', name: '' },
    ]);
  });

  it('guesses names for a new contact from the typed name or the address', () => {
    expect(namesFor({ email: 'x@y.test', name: 'Walter Sergei Skinner' })).toEqual({
      firstName: 'Walter Sergei',
      lastName: 'Skinner',
    });
    expect(namesFor({ email: 'dana.scully@globex.test', name: '' })).toEqual({
      firstName: 'Dana',
      lastName: 'Scully',
    });
    expect(namesFor({ email: 'ops@globex.test', name: '' })).toEqual({ firstName: 'Ops', lastName: '' });
  });
});
