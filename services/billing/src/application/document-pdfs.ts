import type { BillingDocument } from '../domain/document.js';
import { renderDocumentPdf, type PdfOptions } from './document-pdf.js';

/** Where the PDF's tenant-wide parts (logo, bank details, footer, website) come from. */
export interface PdfOptionsSource {
  pdfOptions(tenantId: string): Promise<PdfOptions>;
}

/** The copy a client answered, when the document was answered (the acceptance evidence keeps it). */
export type AnsweredCopy = (document: BillingDocument) => Promise<Buffer | undefined>;

/**
 * The one way billing turns a document into the PDF people receive, so every route (staff download,
 * portal download, the hash of an answer, e-mails) gives the same bytes. An answered quote is served
 * as the very copy that was answered: the profile (logo, bank details) may change afterwards, and the
 * client's download must still be the PDF whose SHA-256 the evidence holds.
 */
export class DocumentPdfs {
  private answeredCopy: AnsweredCopy = () => Promise.resolve(undefined);

  constructor(private readonly options: PdfOptionsSource) {}

  /** Set once the acceptance store exists (it needs this renderer itself to hash what it keeps). */
  serveAnsweredCopiesFrom(copy: AnsweredCopy): void {
    this.answeredCopy = copy;
  }

  async render(document: BillingDocument): Promise<Buffer> {
    if (document.answer) {
      const copy = await this.answeredCopy(document);
      if (copy) return copy;
    }
    return renderDocumentPdf(document, await this.options.pdfOptions(document.tenantId));
  }
}
