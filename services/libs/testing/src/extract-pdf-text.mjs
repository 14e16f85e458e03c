// Reads a PDF from standard input with Mozilla's PDF.js (a real parser, not a byte search) and prints
// {"pages": ["text of page 1", ...]} on standard output. Run as its own process: pdfjs-dist is ESM
// only, and jest runs the sources as CommonJS.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const data = new Uint8Array(Buffer.concat(chunks));
const pdf = await getDocument({ data, useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
const pages = [];
for (let number = 1; number <= pdf.numPages; number++) {
  const page = await pdf.getPage(number);
  const content = await page.getTextContent();
  // One line per text run ending a line; runs on the same line are joined with a space.
  let text = '';
  for (const item of content.items) {
    if (!('str' in item)) continue;
    text += item.str;
    text += item.hasEOL ? '\n' : ' ';
  }
  pages.push(text);
}
process.stdout.write(JSON.stringify({ pages, info: (await pdf.getMetadata()).info }));
