/**
 * What a file really is, read from its first bytes (magic numbers), never from its name or from the
 * content type a browser claims: a renamed executable stays an executable. Shared by workspace files
 * and deliverable versions.
 */
export interface SniffedType {
  /** The content type the bytes show (`application/octet-stream` when nothing is recognised). */
  mime: string;
  /** File name extensions (lower case, without the dot) that agree with the bytes. */
  extensions: readonly string[];
}

/** How many leading bytes the sniffer looks at (office documents name their parts near the start). */
export const SNIFF_BYTES = 64 * 1024;

export const UNKNOWN_TYPE: SniffedType = { mime: 'application/octet-stream', extensions: [] };

const OFFICE_ZIP_EXTENSIONS = ['zip', 'docx', 'xlsx', 'pptx'] as const;
const TEXT_EXTENSIONS = ['txt', 'csv', 'tsv', 'json', 'md', 'log', 'yaml', 'yml', 'ini', 'ics', 'vcf'];

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0): boolean =>
  bytes.length >= offset + signature.length &&
  signature.every((byte, index) => bytes[offset + index] === byte);

const ascii = (text: string): number[] => Array.from(Buffer.from(text, 'latin1'));

/** Whether `needle` (ASCII) occurs in the bytes. */
function contains(bytes: Uint8Array, needle: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle, 0, 'latin1');
}

/**
 * Whether the bytes are UTF-8 text: valid sequences, no NUL and no other control character than tab,
 * line feed, carriage return and form feed. A multi-byte sequence cut by the end of the sniffed window
 * is accepted (the file goes on past it).
 */
function isUtf8Text(bytes: Uint8Array): boolean {
  if (bytes.length === 0) return false;
  let index = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  while (index < bytes.length) {
    const byte = bytes[index] as number;
    if (byte < 0x80) {
      if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) return false;
      if (byte === 0x7f) return false;
      index += 1;
      continue;
    }
    const length = byte >= 0xf0 && byte <= 0xf4 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc2 && byte < 0xe0 ? 2 : 0;
    if (length === 0) return false;
    for (let next = 1; next < length; next++) {
      if (index + next >= bytes.length) return bytes.length >= SNIFF_BYTES;
      if (((bytes[index + next] as number) & 0xc0) !== 0x80) return false;
    }
    index += length;
  }
  return true;
}

/** The text after a byte-order mark and leading white space, lower-cased (for markup checks). */
function leadingText(bytes: Uint8Array, length = 512): string {
  const start = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  return Buffer.from(bytes.subarray(start, start + length))
    .toString('utf8')
    .trimStart()
    .toLowerCase();
}

function sniffZip(bytes: Uint8Array): SniffedType {
  // Office Open XML documents are zip archives whose part names say what they are.
  if (contains(bytes, '[Content_Types].xml') || contains(bytes, '_rels/.rels')) {
    if (contains(bytes, 'word/'))
      return {
        mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        extensions: ['docx'],
      };
    if (contains(bytes, 'xl/'))
      return {
        mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        extensions: ['xlsx'],
      };
    if (contains(bytes, 'ppt/'))
      return {
        mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
        extensions: ['pptx'],
      };
  }
  // A zip whose office parts lie beyond the sniffed window may still be a document.
  return { mime: 'application/zip', extensions: OFFICE_ZIP_EXTENSIONS };
}

function sniffMarkupOrText(bytes: Uint8Array): SniffedType | undefined {
  if (!isUtf8Text(bytes)) return undefined;
  const text = leadingText(bytes);
  if (text.startsWith('#!'))
    return { mime: 'application/x-sh', extensions: ['sh', 'bash', 'py', 'pl', 'rb'] };
  if (text.startsWith('<!doctype html') || text.startsWith('<html'))
    return { mime: 'text/html', extensions: ['html', 'htm'] };
  if (text.startsWith('<?xml') || text.startsWith('<svg') || text.startsWith('<!doctype svg')) {
    if (leadingText(bytes, 4096).includes('<svg')) return { mime: 'image/svg+xml', extensions: ['svg'] };
    return { mime: 'application/xml', extensions: ['xml'] };
  }
  if (text.startsWith('{') || text.startsWith('['))
    return { mime: 'application/json', extensions: TEXT_EXTENSIONS };
  return { mime: 'text/plain', extensions: TEXT_EXTENSIONS };
}

/** The type the bytes show; `UNKNOWN_TYPE` when no signature matches. */
export function sniffContentType(bytes: Uint8Array): SniffedType {
  if (startsWith(bytes, ascii('%PDF-'))) return { mime: 'application/pdf', extensions: ['pdf'] };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    return { mime: 'image/png', extensions: ['png'] };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { mime: 'image/jpeg', extensions: ['jpg', 'jpeg'] };
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a')))
    return { mime: 'image/gif', extensions: ['gif'] };
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8))
    return { mime: 'image/webp', extensions: ['webp'] };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]))
    return sniffZip(bytes);
  if (startsWith(bytes, ascii('ftyp'), 4)) {
    const brand = Buffer.from(bytes.subarray(8, 12)).toString('latin1');
    if (brand.startsWith('M4A')) return { mime: 'audio/mp4', extensions: ['m4a'] };
    if (brand === 'qt  ') return { mime: 'video/quicktime', extensions: ['mov'] };
    return { mime: 'video/mp4', extensions: ['mp4', 'm4v'] };
  }
  // MP3: an ID3 tag, or an MPEG audio layer III frame header (11 sync bits, layer bits 01).
  if (
    startsWith(bytes, ascii('ID3')) ||
    (bytes.length >= 2 && bytes[0] === 0xff && ((bytes[1] as number) & 0xe6) === 0xe2)
  )
    return { mime: 'audio/mpeg', extensions: ['mp3'] };
  if (startsWith(bytes, ascii('MZ')))
    return { mime: 'application/x-msdownload', extensions: ['exe', 'dll', 'msi', 'com', 'scr', 'sys'] };
  if (startsWith(bytes, [0x7f, 0x45, 0x4c, 0x46]))
    return { mime: 'application/x-executable', extensions: ['elf', 'bin', 'so', 'o'] };
  return sniffMarkupOrText(bytes) ?? UNKNOWN_TYPE;
}

/** Every extension the sniffer can vouch for: an unrecognised file may not claim one of them. */
const RECOGNISED_EXTENSIONS = new Set([
  'pdf',
  'png',
  'jpg',
  'jpeg',
  'gif',
  'webp',
  ...OFFICE_ZIP_EXTENSIONS,
  'mp4',
  'm4v',
  'm4a',
  'mov',
  'mp3',
  'exe',
  'dll',
  'msi',
  'svg',
  'xml',
  'html',
  'htm',
  ...TEXT_EXTENSIONS,
]);

/** The lower-case extension of a file name ('' when it has none). */
export function extensionOf(filename: string): string {
  const dot = filename.lastIndexOf('.');
  return dot <= 0 || dot === filename.length - 1 ? '' : filename.slice(dot + 1).toLowerCase();
}

/**
 * Whether a file's name agrees with its bytes: no extension claims nothing; a recognised type needs
 * one of its extensions; unrecognised bytes may not wear the extension of a type we recognise.
 */
export function nameMatchesType(filename: string, sniffed: SniffedType): boolean {
  const extension = extensionOf(filename);
  if (extension === '') return true;
  if (sniffed.extensions.length === 0) return !RECOGNISED_EXTENSIONS.has(extension);
  return sniffed.extensions.includes(extension);
}
