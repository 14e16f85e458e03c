// Original file: proto/billing/v1/documents.proto


export interface RenderDocumentPdfResponse {
  'pdf'?: (Buffer | Uint8Array | string);
  'filename'?: (string);
}

export interface RenderDocumentPdfResponse__Output {
  'pdf': (Buffer);
  'filename': (string);
}
