// Writes the event catalogue into docs/events.md, between its markers; the prose around it is kept.
//   npm run events:docs           regenerate
//   npm run events:check          fail when docs/events.md is stale (CI)
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { withCatalogue } from '../src/docs.js';

const file = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../docs/events.md');
const current = readFileSync(file, 'utf8');
const next = withCatalogue(current);
if (process.argv.includes('--check')) {
  if (next !== current) {
    console.error('docs/events.md is stale: run `npm run events:docs` and commit the result');
    process.exit(1);
  }
  console.log('docs/events.md matches the event catalogue');
} else if (next !== current) {
  writeFileSync(file, next);
  console.log('docs/events.md updated from the event catalogue');
} else {
  console.log('docs/events.md already matches the event catalogue');
}
