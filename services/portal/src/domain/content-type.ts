/**
 * What a file is, read from its first bytes (never from its name or the browser's word). Shared by the
 * files and deliverables of a workspace: an upload whose sniffed type the tenant blocks, or whose name's
 * extension does not fit what the bytes are, is refused.
 */
export interface SniffedType {
  mime: string;
  /** The extensions a file of this type may carry (lower case, no dot); empty: any. */
  extensions: string[];
}

interface Signature {
  mime: string;
  extensions: string[];
  offset?: number;
  bytes: number[];
}

const ascii = (text: string): number[] => Array.from(Buffer.from(text, 'latin1'));

// The magic numbers of the types a client portal sees most; the order matters where one prefixes another.
const SIGNATURES: Signature[] = [
  { mime: 'application/pdf', extensions: ['pdf'], bytes: ascii('%PDF-') },
  { mime: 'image/png', extensions: ['png'], bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { mime: 'image/jpeg', extensions: ['jpg', 'jpeg'], bytes: [0xff, 0xd8, 0xff] },
  { mime: 'image/gif', extensions: ['gif'], bytes: ascii('GIF8') },
  { mime: 'image/webp', extensions: ['webp'], offset: 8, bytes: ascii('WEBP') },
  {
    mime: 'application/zip',
    // Office documents and other packaged formats are ZIP archives.
    extensions: [
      'zip',
      'docx',
      'xlsx',
      'pptx',
      'odt',
      'ods',
      'odp',
      'sketch',
      'fig',
      'key',
      'pages',
      'numbers',
    ],
    bytes: [0x50, 0x4b, 0x03, 0x04],
  },
  { mime: 'application/x-msdownload', extensions: ['exe', 'dll'], bytes: ascii('MZ') },
  { mime: 'application/x-executable', extensions: [], bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { mime: 'application/x-sh', extensions: ['sh'], bytes: ascii('#!') },
  { mime: 'video/mp4', extensions: ['mp4', 'm4v', 'mov'], offset: 4, bytes: ascii('ftyp') },
];

function startsWith(bytes: Uint8Array, signature: Signature): boolean {
  const offset = signature.offset ?? 0;
  if (bytes.length < offset + signature.bytes.length) return false;
  return signature.bytes.every((value, index) => bytes[offset + index] === value);
}

/** Text when the start decodes as UTF-8 without control characters (other than tab and line breaks). */
function looksLikeText(bytes: Uint8Array): boolean {
  if (bytes.length === 0) return false;
  try {
    // A multi-byte character cut at the end of the sample is not a reason to call it binary.
    const sample = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, bytes.length - 4));
    // eslint-disable-next-line no-control-regex
    return !/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(sample);
  } catch {
    return false;
  }
}

export function sniffContentType(bytes: Uint8Array): SniffedType {
  const known = SIGNATURES.find((signature) => startsWith(bytes, signature));
  if (known) return { mime: known.mime, extensions: [...known.extensions] };
  if (looksLikeText(bytes))
    return {
      mime: 'text/plain',
      extensions: ['txt', 'csv', 'md', 'json', 'svg', 'html', 'xml', 'srt', 'vtt'],
    };
  return { mime: 'application/octet-stream', extensions: [] };
}

/** The lower-case extension of a file name ('' without one). */
export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(dot + 1).toLowerCase() : '';
}

/** Whether a file called `fileName` may hold bytes of the sniffed type. */
export function extensionFits(fileName: string, sniffed: SniffedType): boolean {
  return sniffed.extensions.length === 0 || sniffed.extensions.includes(extensionOf(fileName));
}
