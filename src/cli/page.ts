// One saved page through the extension's own modules: decode, parse (happy-dom, scripts
// off), detect, clean, optionally convert, figures. No copy of any logic lives here.
import { Window } from 'happy-dom';
import * as OpenCC from 'opencc-js/t2cn';
import { getConverter, resolveVariant, simplifiedLang } from '../convert/engine';
import { collect, runTransform } from '../convert/dom';
import { decodeHtml } from '../dom/charset';
import type { Figure } from '../figures/extract';
import { buildSource } from '../figures/source';
import { analyse, hiddenLineOf } from '../page/pipeline';
import { repairText } from '../clean/artifacts';
import { titleShown } from '../clean/classify';
import { cutWidgets } from '../clean/lexicon';
import type { Signal } from '../detect/score';

export interface PageResult {
  file: string;
  title: string;
  isCppcc: boolean;
  score: number;
  reasons: string[];
  signals: Signal[];
  figures: Figure[];
  /** The cleaned article (headline, metadata line, paragraphs) as a reader sees it. */
  text: string;
  charset: string;
  warnings: string[];
}

export interface PageOptions {
  convert: boolean;
  /** Treat every page as CPPCC news (skip the verdict). */
  force?: boolean;
}

/** happy-dom with page scripts, styles from files, frames and navigation all off. */
export function parseHtml(html: string, url: string): { window: Window; document: Document } {
  const window = new Window({
    url,
    width: 1280,
    height: 900,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: false,
      navigation: { disableChildPageNavigation: true, disableChildFrameNavigation: true, disableMainFrameNavigation: true },
    },
  });
  window.document.write(html);
  return { window, document: window.document as unknown as Document };
}

/** Converts every text node (inline runs kept together), the title and lang, in place. */
function convertDocument(doc: Document, variantSetting: string): void {
  const variant = resolveVariant(variantSetting, doc.documentElement.getAttribute('lang'));
  const fn = getConverter(OpenCC, variant);
  const { texts } = collect(doc, { skipJapanese: variantSetting === 'auto' });
  // The extension's own transform: batched, inline runs kept together.
  const out = runTransform(() => fn)(
    texts.map((n) => n.data),
    texts,
  );
  texts.forEach((n, i) => (n.data = out[i] as string));
  const lang = doc.documentElement.getAttribute('lang');
  const simple = lang && simplifiedLang(lang);
  if (simple) doc.documentElement.setAttribute('lang', simple);
}

export async function processPage(file: string, bytes: Uint8Array, opts: PageOptions): Promise<PageResult> {
  const warnings: string[] = [];
  const decoded = decodeHtml(bytes);
  if (decoded.source === 'default') warnings.push('no charset declared; read as UTF-8');
  const url = 'file://' + (file.startsWith('/') ? '' : '/') + file.replace(/\\/g, '/');
  const { window, document } = parseHtml(decoded.text, url);
  try {
    if (opts.convert) convertDocument(document, 'auto');
    const a = analyse(url, document, { force: opts.force });
    const c = a.classification;
    const hidden = new Set(c ? c.blocks.filter((b) => !b.unhidden).map((b) => b.el) : []);
    // The metadata line's lines lose the widgets written in them, as on the page.
    const meta = c?.meta?.textContent ?? '';
    const text = c?.main
      ? // (In reading order: an editor line after the article comes after it.)
        buildSource([...c.keep].sort((a, b) => (a.compareDocumentPosition(b) & 4 /* following */ ? -1 : 1)), (el) => hidden.has(el), hiddenLineOf(c))
          .text.split('\n')
          .map((l) => l.trim())
          .map((l) => (meta && meta.includes(l) ? (cutWidgets(l)?.trim() ?? l) : l))
          .filter(Boolean)
          .join('\n')
      : '';
    return {
      file,
      title: repairText(titleShown(document.title, c?.headline ?? null) ?? document.title).text,
      isCppcc: a.detection.isCppcc,
      score: a.detection.score,
      reasons: a.detection.reasons,
      signals: a.detection.signals,
      figures: a.figures?.figures ?? [],
      text,
      charset: decoded.charset,
      warnings,
    };
  } finally {
    // Close the window before the next page: memory stays flat over hundreds of pages.
    await window.happyDOM.abort();
    await window.happyDOM.close();
  }
}
