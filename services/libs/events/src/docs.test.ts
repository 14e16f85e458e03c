import { CATALOGUE_END, CATALOGUE_START, renderCatalogue, withCatalogue } from './docs.js';
import { eventCatalogue } from './catalogue.js';

describe('docs/events.md from the catalogue', () => {
  it('documents every type and version, with its fields and example', () => {
    const text = renderCatalogue();
    for (const definition of eventCatalogue) {
      expect(text).toContain(`### \`${definition.type}\` v${definition.version}`);
      expect(text).toContain(JSON.stringify(definition.example, null, 2));
    }
    expect(text).toContain('| `primaryContact.role` |');
  });

  it('replaces only what lies between the markers, keeping the prose around them', () => {
    const document = `# Events\n\nhand-written\n\n${CATALOGUE_START}\nstale\n${CATALOGUE_END}\n\nfooter\n`;
    const next = withCatalogue(document);
    expect(next.startsWith('# Events\n\nhand-written\n\n')).toBe(true);
    expect(next.endsWith('\n\nfooter\n')).toBe(true);
    expect(next).not.toContain('stale');
    expect(withCatalogue(next)).toBe(next);
    expect(() => withCatalogue('# Events without markers')).toThrow(/markers/);
  });
});
