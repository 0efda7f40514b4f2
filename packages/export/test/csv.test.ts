import { describe, expect, it } from 'vitest';
import { csv, RFC_4180 } from '../src/csv.ts';

const decode = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

describe('CSV writer', () => {
  it('quotes only fields with a delimiter, a quote or a line break, doubling quotes, CRLF after every record', () => {
    const bytes = csv(['a', 'b', 'c', 'd'], [['plain', 'x,y', 'say "hi"', 'one\ntwo'], [undefined, true, 1.5, 'é’']], RFC_4180);
    expect(decode(bytes)).toBe('a,b,c,d\r\nplain,"x,y","say ""hi""","one\ntwo"\r\n,true,1.5,é’\r\n');
  });

  it('writes a header alone for an empty table', () => {
    expect(decode(csv(['id'], [], RFC_4180))).toBe('id\r\n');
  });
});
