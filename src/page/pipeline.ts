// The pure pipeline the page session, the CLI and the tests share: detect -> classify ->
// figures. It reads a Document and returns data; nothing here writes to the page.
import { classifyPage, type Classification, type ClassifyOptions } from '../clean/classify';
import { detect, type DetectOptions, type Detection } from '../detect/score';
import { extractFigures } from '../figures/extract';
import { buildSource, type FiguresResult, type TextSource } from '../figures/source';
import { tableFigures } from '../figures/table';

export interface Analysis {
  detection: Detection;
  classification: Classification | null;
  figures: FiguresResult | null;
}

export interface AnalyseOptions extends DetectOptions, ClassifyOptions {
  /** Classify and extract even when detection says no (the user asked). */
  force?: boolean;
}

/** Elements whose text is not article text: hidden blocks, the headline, the metadata line. */
export function notArticle(c: Classification): (el: Element) => boolean {
  const hidden = new Set(c.blocks.filter((b) => !b.unhidden).map((b) => b.el));
  const furniture = new Set(c.keep.filter((k) => k !== c.main));
  if (c.headline) furniture.add(c.headline);
  return (el) => hidden.has(el) || furniture.has(el);
}

/**
 * The article's text for the figure extractor, with its way back to the page (null: no
 * article). Hidden lines of text (spam, boilerplate) are left out, except those the user kept
 * (as blocks the user unhid are article text).
 */
export function figureSourceOf(c: Classification, kept: (t: Text) => boolean = () => false): TextSource | null {
  return c.main ? buildSource([c.main], notArticle(c), hiddenLineOf(c, kept)) : null;
}

/** The texts of a classification's hidden lines (less the kept ones), as a test for buildSource. */
export function hiddenLineOf(c: Classification, kept: (t: Text) => boolean = () => false): (t: Text) => boolean {
  if (!c.textLines.length) return () => false;
  const lines = new Set(c.textLines.map((l) => l.node));
  return (t) => lines.has(t) && !kept(t);
}

export function figuresOf(c: Classification): FiguresResult | null {
  const source = figureSourceOf(c);
  return source && { figures: tableFigures(extractFigures(source.text), source), source };
}

export function analyse(url: string, doc: Document, opts: AnalyseOptions = {}): Analysis {
  const detection = detect(url, doc, opts);
  if (!detection.isCppcc && !opts.force) return { detection, classification: null, figures: null };
  const classification = classifyPage(doc, opts);
  return { detection, classification, figures: figuresOf(classification) };
}
