// Bench scenario (issue 9): rendering a 200-line invoice as the PDF a client receives (embedded
// DejaVu Sans, logo, bank details, footer, pagination), in process. Target: under 300 ms.
//   npx tsx deploy/bench/pdf-render.scenario.ts      this scenario alone
//   npm run bench                                   with the others
import { createHash } from 'node:crypto';
import { renderDocumentPdf } from '../../services/billing/src/application/document-pdf.js';
import { sampleDocument } from '../../services/billing/src/application/sample-document.js';
import { demoLogoPng } from '../local/demo-logo.js';

export interface PdfRenderResult {
  lines: number;
  runs: number;
  medianMs: number;
  p95Ms: number;
  bytes: number;
  /** Every run gave the same bytes (the renderer is deterministic). */
  identical: boolean;
}

export const PDF_RENDER_TARGET_MS = 300;

export async function benchPdfRender(lines = 200, runs = 30): Promise<PdfRenderResult> {
  const document = sampleDocument({
    tenantId: 'bench',
    lineCount: lines,
    taxRates: [2000, 550, 0],
    seller: {
      name: 'Acme Studio',
      legalName: 'Acme Studio SAS',
      address: { street: '12 rue de la Paix', postalCode: '75002', city: 'Paris', country: 'France' },
      taxId: 'FR40303265045',
      email: 'billing@acme.example',
      phone: '+33 1 23 45 67 89',
    },
    notes: 'Thank you for your business.',
    terms: 'Payment within 30 days.',
  });
  const options = {
    logo: demoLogoPng(),
    footer: 'Acme Studio SAS — RCS Paris 123 456 789',
    payment: { bankName: 'BNP Paribas', iban: 'FR7630006000011234567890189', bic: 'BNPAFRPP', text: '' },
  };
  // Warm-up: the first render loads the fonts and JIT-compiles the layout code.
  for (let index = 0; index < 3; index++) await renderDocumentPdf(document, options);
  const times: number[] = [];
  const hashes = new Set<string>();
  let bytes = 0;
  for (let index = 0; index < runs; index++) {
    const started = performance.now();
    const pdf = await renderDocumentPdf(document, options);
    times.push(performance.now() - started);
    hashes.add(createHash('sha256').update(pdf).digest('hex'));
    bytes = pdf.length;
  }
  times.sort((a, b) => a - b);
  const at = (share: number) => times[Math.min(times.length - 1, Math.floor(share * times.length))] ?? 0;
  return { lines, runs, medianMs: at(0.5), p95Ms: at(0.95), bytes, identical: hashes.size === 1 };
}

export function describePdfRender(result: PdfRenderResult): string {
  return `${result.lines}-line invoice PDF: median ${result.medianMs.toFixed(1)} ms, p95 ${result.p95Ms.toFixed(1)} ms over ${result.runs} renders (target < ${PDF_RENDER_TARGET_MS} ms), ${(result.bytes / 1024).toFixed(0)} KiB, ${result.identical ? 'identical bytes every run' : 'BYTES DIFFER between runs'}`;
}

if (process.argv[1]?.endsWith('pdf-render.scenario.ts')) {
  const result = await benchPdfRender();
  process.stdout.write(`${describePdfRender(result)}\n`);
  process.exit(result.medianMs < PDF_RENDER_TARGET_MS && result.identical ? 0 : 1);
}
