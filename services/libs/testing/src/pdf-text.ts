import { execFile } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from '@client-portal/kit';

export interface PdfText {
  /** The text of each page, in order; spaces (including no-break ones) normalised to one space. */
  pages: string[];
  /** The document information dictionary (Title, Author, CreationDate…). */
  info: Record<string, unknown>;
}

/**
 * The text a PDF reader finds in a PDF, page by page, extracted with PDF.js in a child process. Tests
 * use it to prove that what a PDF shows (Unicode names, translated labels) really comes back out.
 */
export function extractPdfText(pdf: Uint8Array): Promise<PdfText> {
  const script = path.join(repoRoot(), 'services/libs/testing/src/extract-pdf-text.mjs');
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      [script],
      { maxBuffer: 64 * 1024 * 1024, cwd: repoRoot() },
      (error, stdout, stderr) => {
        if (error) {
          reject(new Error(`PDF text extraction failed: ${stderr || error.message}`));
          return;
        }
        const parsed = JSON.parse(stdout) as PdfText;
        resolve({
          info: parsed.info,
          pages: parsed.pages.map((page) =>
            page.replace(/[\u00a0\u202f\u2009]/g, ' ').replace(/[ \t]+/g, ' '),
          ),
        });
      },
    );
    child.stdin?.end(Buffer.from(pdf));
  });
}
