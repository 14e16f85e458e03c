import { extensionOf, nameMatchesType, sniffContentType, SNIFF_BYTES } from './content-type.js';

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Buffer.concat(
    parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : Buffer.from(part))),
  );

/** A zip's first local file header naming `name`, as office documents start. */
const zipEntry = (name: string): Uint8Array =>
  bytes([0x50, 0x4b, 0x03, 0x04], new Array<number>(22).fill(0), [name.length, 0, 0, 0], name, 'content');

describe('sniffContentType', () => {
  it.each([
    ['a PDF', bytes('%PDF-1.7\n%\xe2\xe3'), 'application/pdf', ['pdf']],
    ['a PNG', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'image/png', ['png']],
    ['a JPEG', bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), 'image/jpeg', ['jpg', 'jpeg']],
    ['a GIF', bytes('GIF89a\x01\x00'), 'image/gif', ['gif']],
    ['a WebP', bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 '), 'image/webp', ['webp']],
    ['an MP4', bytes([0, 0, 0, 0x18], 'ftypisom', [0, 0, 2, 0]), 'video/mp4', ['mp4', 'm4v']],
    ['an MP3 with an ID3 tag', bytes('ID3\x04\x00'), 'audio/mpeg', ['mp3']],
    ['an MP3 frame', bytes([0xff, 0xfb, 0x90, 0x64]), 'audio/mpeg', ['mp3']],
    [
      'a Windows executable',
      bytes('MZ\x90\x00\x03'),
      'application/x-msdownload',
      expect.arrayContaining(['exe']),
    ],
    [
      'an ELF executable',
      bytes([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]),
      'application/x-executable',
      expect.any(Array),
    ],
    ['a shell script', bytes('#!/bin/sh\nrm -rf /\n'), 'application/x-sh', expect.arrayContaining(['sh'])],
    [
      'an SVG',
      bytes('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>'),
      'image/svg+xml',
      ['svg'],
    ],
    ['an SVG without prolog', bytes('  <svg width="1"></svg>'), 'image/svg+xml', ['svg']],
    ['XML', bytes('<?xml version="1.0"?><invoice/>'), 'application/xml', ['xml']],
    [
      'CSV',
      Buffer.from('name;amount\nÉlodie;12,50\n', 'utf8'),
      'text/plain',
      expect.arrayContaining(['csv', 'txt']),
    ],
    [
      'JSON',
      Buffer.from('\ufeff{"a": [1, 2]}', 'utf8'),
      'application/json',
      expect.arrayContaining(['json']),
    ],
  ])('recognises %s', (_label, input, mime, extensions) => {
    expect(sniffContentType(input)).toEqual({ mime, extensions: extensions as unknown });
  });

  it('tells office documents apart by the parts their zip names, and keeps other zips as zips', () => {
    const docx = Buffer.concat([zipEntry('[Content_Types].xml'), zipEntry('word/document.xml')]);
    const xlsx = Buffer.concat([zipEntry('[Content_Types].xml'), zipEntry('xl/workbook.xml')]);
    const pptx = Buffer.concat([zipEntry('[Content_Types].xml'), zipEntry('ppt/presentation.xml')]);
    expect(sniffContentType(docx)).toEqual({
      mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      extensions: ['docx'],
    });
    expect(sniffContentType(xlsx).extensions).toEqual(['xlsx']);
    expect(sniffContentType(pptx).extensions).toEqual(['pptx']);
    expect(sniffContentType(zipEntry('photos/a.jpg')).mime).toBe('application/zip');
  });

  it('does not take binary data, NULs or broken UTF-8 for text', () => {
    expect(sniffContentType(bytes('hello\x00world')).mime).toBe('application/octet-stream');
    expect(sniffContentType(bytes([0x68, 0xc3, 0x28]))).toEqual({
      mime: 'application/octet-stream',
      extensions: [],
    });
    expect(sniffContentType(new Uint8Array())).toEqual({ mime: 'application/octet-stream', extensions: [] });
  });

  it('accepts a UTF-8 sequence cut by the end of a full sniffing window', () => {
    const window = Buffer.alloc(SNIFF_BYTES, 0x61);
    window[SNIFF_BYTES - 1] = 0xc3;
    expect(sniffContentType(window).mime).toBe('text/plain');
  });
});

describe('nameMatchesType', () => {
  it('accepts the extensions of the sniffed type in any case, and a name without extension', () => {
    const pdf = sniffContentType(bytes('%PDF-1.4'));
    expect(nameMatchesType('Contract.PDF', pdf)).toBe(true);
    expect(nameMatchesType('contract', pdf)).toBe(true);
  });

  it('refuses a name whose extension contradicts the bytes', () => {
    expect(nameMatchesType('invoice.pdf', sniffContentType(bytes('MZ\x90\x00')))).toBe(false);
    expect(nameMatchesType('photo.png', sniffContentType(bytes([0xff, 0xd8, 0xff, 0xe0])))).toBe(false);
    expect(nameMatchesType('notes.txt', sniffContentType(bytes('%PDF-1.4')))).toBe(false);
  });

  it('lets unrecognised bytes keep an unknown extension but not a recognised one', () => {
    const unknown = sniffContentType(bytes([0x00, 0x01, 0x02, 0x03]));
    expect(nameMatchesType('model.blend', unknown)).toBe(true);
    expect(nameMatchesType('report.pdf', unknown)).toBe(false);
  });

  it('reads the extension after the last dot only', () => {
    expect(extensionOf('archive.tar.GZ')).toBe('gz');
    expect(extensionOf('.env')).toBe('');
    expect(extensionOf('trailing.')).toBe('');
  });
});
