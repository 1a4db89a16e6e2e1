// CSS hiding tricks that link farms use (GUIDE §3), read from computed styles only, so the
// same code works in browsers and in happy-dom (which has styles but no layout).

type Style = CSSStyleDeclaration;

const px = (v: string | null | undefined): number => {
  const n = parseFloat(v ?? '');
  return Number.isFinite(n) ? n : NaN;
};

function parseRgb(c: string): [number, number, number, number] | null {
  const m = /rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?\s*\)/.exec(c);
  if (m) {
    let a = m[4] === undefined ? 1 : parseFloat(m[4]);
    if (m[4]?.endsWith('%')) a /= 100;
    return [+(m[1] as string), +(m[2] as string), +(m[3] as string), a];
  }
  const h = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(c.trim());
  if (h) {
    const s = h[1] as string;
    const full = s.length === 3 ? s.replace(/./g, (x) => x + x) : s;
    return [parseInt(full.slice(0, 2), 16), parseInt(full.slice(2, 4), 16), parseInt(full.slice(4, 6), 16), 1];
  }
  if (c === 'transparent') return [0, 0, 0, 0];
  if (c === 'white') return [255, 255, 255, 1];
  if (c === 'black') return [0, 0, 0, 1];
  return null;
}

export class HiddenProbe {
  private cache = new Map<Element, string | null>();
  constructor(private readonly view: Window | null) {}

  style(el: Element): Style | null {
    try {
      return this.view ? this.view.getComputedStyle(el) : null;
    } catch {
      return null;
    }
  }

  /** The trick that hides el or one of its ancestors, or null if it shows. */
  hiddenBy(el: Element): string | null {
    const chain: Element[] = [];
    let found: string | null = null;
    for (let e: Element | null = el; e && e.localName !== 'body' && e.localName !== 'html'; e = e.parentElement) {
      const cached = this.cache.get(e);
      if (cached !== undefined) {
        found = cached;
        break;
      }
      chain.push(e);
      const own = this.ownTrick(e);
      if (own) {
        found = own;
        break;
      }
    }
    for (const e of chain) this.cache.set(e, found);
    return found ?? this.colourTrick(el);
  }

  /** Tricks applied on the element itself. */
  ownTrick(el: Element): string | null {
    const cs = this.style(el);
    if (!cs) return null;
    if (cs.display === 'none') return 'display:none';
    if (cs.visibility === 'hidden' || cs.visibility === 'collapse') return 'visibility:hidden';
    if (parseFloat(cs.opacity) < 0.05) return 'opacity:0';
    const positioned = cs.position === 'absolute' || cs.position === 'fixed';
    if (positioned && (px(cs.left) <= -500 || px(cs.top) <= -500 || px(cs.right) <= -500)) return 'off-screen';
    if (px(cs.textIndent) <= -500) return 'text-indent';
    if (px(cs.fontSize) <= 1) return 'font-size:0';
    const clipped = /hidden|clip/.test(cs.overflow || cs.overflowX || '');
    if (clipped && (px(cs.width) === 0 || px(cs.height) === 0 || px(cs.maxHeight) === 0)) return 'zero-size';
    if (/rect\(\s*0(px)?[\s,]+0(px)?[\s,]+0(px)?[\s,]+0(px)?\s*\)/.test(cs.clip || '')) return 'clip';
    if (/inset\(\s*50%|circle\(\s*0/.test(cs.clipPath || '')) return 'clip-path';
    if (positioned && clipped && px(cs.width) <= 1 && px(cs.height) <= 1) return 'zero-size';
    return null;
  }

  /** Text coloured like the background behind it. */
  colourTrick(el: Element): string | null {
    const cs = this.style(el);
    if (!cs) return null;
    const fg = parseRgb(cs.color);
    if (!fg) return null;
    let bg: [number, number, number, number] | null = null;
    for (let e: Element | null = el; e; e = e.parentElement) {
      const c = parseRgb(this.style(e)?.backgroundColor ?? '');
      if (c && c[3] > 0.5) {
        bg = c;
        break;
      }
    }
    bg ??= [255, 255, 255, 1];
    const d = Math.abs(fg[0] - bg[0]) + Math.abs(fg[1] - bg[1]) + Math.abs(fg[2] - bg[2]);
    return d < 24 ? 'same-colour' : null;
  }
}
