/** One address of a bulk invitation as typed, before the CRM pre-fills it. */
export interface TypedLine {
  email: string;
  /** A name typed with the address ("Dana Scully <dana@globex.test>"), else empty. */
  name: string;
}

/**
 * The addresses of the bulk invitation box: one per line, as "address" or "Name <address>"; blank
 * lines are skipped. The rules on addresses are the server's (a malformed or repeated one comes back
 * as that line's result): here nothing is dropped or corrected.
 */
export function parseLines(text: string): TypedLine[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => {
      const named = /^(.*?)\s*<([^>]*)>$/.exec(line);
      return named
        ? { name: (named[1] ?? '').replace(/^"|"$/g, '').trim(), email: (named[2] ?? '').trim() }
        : { name: '', email: line };
    });
}

/** First and last name for a new contact: the typed name, else guessed from the address ("dana.scully"). */
export function namesFor(line: TypedLine): { firstName: string; lastName: string } {
  const source =
    line.name ||
    (line.email.split('@')[0] ?? '')
      .split(/[._-]+/)
      .filter(Boolean)
      .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
      .join(' ');
  const words = source.trim().split(/\s+/).filter(Boolean);
  if (words.length <= 1) return { firstName: words[0] ?? '', lastName: '' };
  return { firstName: words.slice(0, -1).join(' '), lastName: words[words.length - 1] ?? '' };
}
