// fontkit (pdfkit's own font engine) ships no types; the renderer only parses a font once with it.
declare module 'fontkit' {
  /** A parsed font; pdfkit's registerFont accepts it as it is (it has a `layout` method). */
  export interface FontkitFont {
    layout(text: string): unknown;
    postscriptName: string;
    /** fontkit's glyph cache (glyph id → glyph, with the code points it was first met with). */
    _glyphs: Record<number, unknown>;
  }
  export function create(buffer: Uint8Array, postscriptName?: string): FontkitFont;
}
