// How Chinese numbers work: Arabic, Chinese and mixed numerals, fractions, percentages and
// money, parsed into the number a reader means. Pure; no DOM.
import { CURRENCY_FORMS, currencyOf } from './currency';

const DIGITS: Record<string, number> = {
  '〇': 0, '零': 0, '○': 0, 'Ｏ': 0,
  '一': 1, '壹': 1, '幺': 1,
  '二': 2, '两': 2, '兩': 2, '贰': 2, '貳': 2, '俩': 2, '倆': 2,
  '三': 3, '叁': 3, '參': 3, '弎': 3,
  '四': 4, '肆': 4,
  '五': 5, '伍': 5,
  '六': 6, '陆': 6, '陸': 6,
  '七': 7, '柒': 7,
  '八': 8, '捌': 8,
  '九': 9, '玖': 9,
};
const SMALL: Record<string, number> = { '十': 10, '拾': 10, '百': 100, '佰': 100, '千': 1000, '仟': 1000 };
const BIG: Record<string, number> = { '万': 1e4, '萬': 1e4, '亿': 1e8, '億': 1e8, '兆': 1e12 };

export const CN_DIGIT_CHARS = Object.keys(DIGITS).join('');
export const CN_UNIT_CHARS = Object.keys(SMALL).join('') + Object.keys(BIG).join('');

/** Full-width digits, signs and separators to ASCII. */
export function toHalfWidth(s: string): string {
  return s.replace(/[\uff10-\uff19\uff0e\uff0c\uff0b\uff0d\uff05\uff0f\uff25\uff45\uff2b\uff4b\uff2d\uff4d]/g, (c) =>
    String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  ).replace(/[−–]/g, '-');
}

type Token =
  | { t: 'num'; v: number; arabic: boolean; single: boolean }
  | { t: 'small'; v: number }
  | { t: 'big'; v: number }
  | { t: 'point' }
  | { t: 'zero' }
  | { t: 'skip' };

const ARABIC = /^\d+(?:,\d{3})*(?:\.\d+)?|^\.\d+/;

function tokenize(s: string): Token[] | null {
  const out: Token[] = [];
  let i = 0;
  while (i < s.length) {
    const rest = s.slice(i);
    const ch = s[i] as string;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    const m = ARABIC.exec(rest);
    if (m) {
      out.push({ t: 'num', v: parseFloat(m[0].replace(/,/g, '')), arabic: true, single: false });
      i += m[0].length;
      continue;
    }
    if (ch === '零' || ch === '〇' || ch === '○') {
      // 零 between parts is a placeholder; as the only digit it is zero.
      out.push({ t: 'zero' });
      i++;
      continue;
    }
    if (ch in DIGITS) out.push({ t: 'num', v: DIGITS[ch] as number, arabic: false, single: true });
    else if (ch in SMALL) out.push({ t: 'small', v: SMALL[ch] as number });
    else if (ch in BIG) out.push({ t: 'big', v: BIG[ch] as number });
    else if (ch === '点' || ch === '點') out.push({ t: 'point' });
    else if (ch === '几' || ch === '幾') out.push({ t: 'num', v: 0, arabic: false, single: true });
    else if (ch === '余' || ch === '餘' || ch === '多' || ch === '来') out.push({ t: 'skip' });
    else return null;
    i++;
  }
  return out;
}

/** Decimal digits after 点: Chinese digits read one by one, or an Arabic run. */
function readDecimals(tokens: Token[], from: number): { value: number; next: number } {
  let digits = '';
  let i = from;
  for (; i < tokens.length; i++) {
    const tk = tokens[i] as Token;
    if (tk.t === 'zero') digits += '0';
    else if (tk.t === 'num' && tk.single) digits += String(tk.v);
    else if (tk.t === 'num' && tk.arabic && Number.isInteger(tk.v)) digits += String(tk.v);
    else break;
  }
  return { value: digits ? parseFloat('0.' + digits) : 0, next: i };
}

/**
 * Integer-and-decimal part of a Chinese / mixed numeral: 一千零五, 二百五, 四万万, 4.78万亿,
 * 7 万5 千4 百, 两千三点一, 十余万. Returns null if it is not a number.
 */
export function parseChineseNumeral(input: string): number | null {
  const tokens = tokenize(input);
  if (!tokens || !tokens.some((t) => t.t === 'num' || t.t === 'small' || t.t === 'big' || t.t === 'zero')) return null;
  let total = 0;
  let section = 0;
  let current: number | null = null;
  let currentScalable = false; // a lone Chinese digit right after a unit: 二百五 → 250
  let lastUnit = 0;
  let lastBig = 0;
  let decimal = 0;
  let sawZero = false;
  let meaningful = false;
  for (let i = 0; i < tokens.length; i++) {
    const tk = tokens[i] as Token;
    switch (tk.t) {
      case 'skip':
        break;
      case 'zero':
        sawZero = true;
        meaningful = true;
        if (current !== null) {
          // "一二〇" style digit strings are rare in prose; treat 零 after a digit as a digit.
          current = current * 10;
          currentScalable = false;
        }
        break;
      case 'num':
        meaningful = true;
        if (current !== null && tk.single && current < 10 && !tk.arabic) {
          // Digit sequences like 二三 (two-three) are ranges, not numbers.
          return null;
        }
        current = tk.v;
        currentScalable = tk.single && lastUnit > 10 && !sawZero;
        sawZero = false;
        break;
      case 'point': {
        const { value, next } = readDecimals(tokens, i + 1);
        i = next - 1;
        const after = tokens[next];
        if (after && (after.t === 'small' || after.t === 'big')) {
          current = (current ?? 0) + value; // 二点五万: the decimal scales with the unit after it
          currentScalable = false;
        } else decimal = value;
        break;
      }
      case 'small': {
        meaningful = true;
        section += (current ?? 1) * tk.v;
        current = null;
        lastUnit = tk.v;
        sawZero = false;
        break;
      }
      case 'big': {
        meaningful = true;
        const s = section + (current ?? 0);
        if (s === 0 && total > 0) total *= tk.v; // 万万, 萬億
        else if (lastBig && tk.v > lastBig) total = (total + s) * tk.v; // 4.78万亿, 二十一万亿
        else total += (s === 0 ? 1 : s) * tk.v;
        section = 0;
        current = null;
        lastBig = tk.v;
        lastUnit = tk.v;
        sawZero = false;
        break;
      }
    }
  }
  if (!meaningful) return null;
  let tail = current ?? 0;
  if (current !== null && currentScalable) tail = current * (lastUnit / 10);
  return total + section + tail + decimal;
}

const SIGN = /^(?:负|負|-)/;

/** Any number as written: 8053, 1,800, 99.4, 2.9萬, 7500余億, 五分之一, 2^5, -1e1, 40k, 半百, 一打. */
export function parseNumber(raw: string): number | null {
  let s = toHalfWidth(raw).trim().replace(/\s+/g, ' ');
  if (!s) return null;
  // Mixed numbers and fractions: 三又三分之一, 1 3/5, 五分之一, 3/5.
  const you = s.split(/又/);
  if (you.length === 2) {
    const a = parseNumber(you[0] as string);
    const b = parseNumber(you[1] as string);
    return a === null || b === null ? null : a < 0 ? a - b : a + b;
  }
  const frac = /^(.+?)\s*分\s*之\s*(.+)$/.exec(s);
  if (frac) {
    const den = parseNumber(frac[1] as string);
    const num = parseNumber(frac[2] as string);
    return den && num !== null ? num / den : null;
  }
  const slash = /^(-?[\d.]+)(?:\s+([\d.]+))?\s*\/\s*([\d.]+)$/.exec(s);
  if (slash) {
    const [, a, b, c] = slash;
    if (b !== undefined) return parseFloat(a as string) + parseFloat(b) / parseFloat(c as string);
    return parseFloat(a as string) / parseFloat(c as string);
  }
  let negative = false;
  while (SIGN.test(s)) {
    negative = !negative;
    s = s.replace(SIGN, '').trim();
  }
  // Powers and exponents: 2^5, 1.1^+23, 2.5^-1, 2e5, -12e-1.
  const pow = /^([\d.]+)\s*\^\s*([+-]*)(\d+(?:\.\d+)?)$/.exec(s);
  if (pow) {
    const exp = parseFloat(pow[3] as string) * ((pow[2] as string).split('').filter((c) => c === '-').length % 2 ? -1 : 1);
    const v = Math.pow(parseFloat(pow[1] as string), exp);
    return negative ? -v : v;
  }
  const sci = /^(\d*\.?\d+)e([+-]?\d+)$/i.exec(s);
  if (sci) {
    const v = parseFloat(sci[1] as string) * Math.pow(10, parseInt(sci[2] as string, 10));
    return negative ? -v : v;
  }
  const km = /^([\d,.]+)\s*([kKmM])$/.exec(s);
  if (km) {
    const v = parseFloat((km[1] as string).replace(/,/g, '')) * (/k/i.test(km[2] as string) ? 1e3 : 1e6);
    return negative ? -v : v;
  }
  // 5 000, 1 234 567.5: spaces grouping digits by three; any other space inside digits is no number.
  if (/\d \d/.test(s)) {
    if (!/^\d{1,3}(?: \d{3})+(?:\.\d+)?(?:\s*[万萬亿億])?$/.test(s)) return null;
    s = s.replace(/(\d) (?=\d)/g, '$1');
  }
  if (s === '半百') return negative ? -50 : 50;
  const dozen = /^(.+?)\s*打$/.exec(s);
  if (dozen) {
    const v = parseNumber(dozen[1] as string);
    return v === null ? null : (negative ? -1 : 1) * v * 12;
  }
  const v = parseChineseNumeral(s);
  if (v === null) return null;
  return negative ? -v : v;
}

/** Percentages: 99.4%, 百分之三十, 千分之二点四, 2个百分点, 七成六, 9.9折, 五五折, 对折. Value in percent. */
export function parsePercent(raw: string): number | null {
  const s = toHalfWidth(raw).replace(/\s+/g, '');
  let m = /^(.+?)(?:%|个百分点|個百分點)$/.exec(s);
  if (m) return parseNumber(m[1] as string);
  // 百分之三十, 千分之二点四, and any other fraction as a share: 三分之二 → 66.6667, 十分之一 → 10.
  m = /^(.+?)分之(.+)$/.exec(s);
  if (m) {
    const v = parseNumber(m[2] as string);
    const d = m[1] as string;
    const base = parseNumber(/^[百佰千仟万萬]/.test(d) ? '一' + d : d);
    return v === null || !base ? null : Number(((v / base) * 100).toPrecision(6));
  }
  if (s === '对折' || s === '對折' || s === '半折') return 50;
  if (s === '半成') return 5;
  m = /^(.+?)成(半|.+)?$/.exec(s);
  if (m) {
    const v = parseNumber(m[1] as string);
    if (v === null) return null;
    const extra = m[2] === '半' ? 5 : m[2] ? parseNumber(m[2]) : 0;
    return extra === null ? null : v * 10 + extra;
  }
  m = /^(.+?)折$/.exec(s);
  if (m) {
    const body = m[1] as string;
    // 五五折 / 三八折 / 75折: two digits read as a two-digit percent; 九折 → 90, 9.9折 → 99.
    const two = /^[一二三四五六七八九]{2}$/.test(body) ? (DIGITS[body[0] as string] as number) * 10 + (DIGITS[body[1] as string] as number) : null;
    if (two !== null) return two;
    if (/^\d{2}$/.test(body)) return parseInt(body, 10);
    const v = parseNumber(body);
    if (v === null || v <= 0 || v >= 10) return null;
    return v * 10;
  }
  return null;
}

export interface Money {
  value: number;
  /** The currency's unit as written after folding multipliers: 元, 美元, 港元… */
  unit: string;
  iso: string | null;
  name: string;
}

/** A money string: an optional 人民币 before, the number, a currency form, then 角/分 parts. */
const MONEY_PARTS = new RegExp(`^(?:人民币|人民幣)?(.+?)(个|個)?(${CURRENCY_FORMS.join('|')})(.*)$`);

/** Money: 1800余萬元 → 18,000,000 元; 五元三毛 → 5.3; $20; ￥300; 1200亿美元. */
export function parseMoney(raw: string): Money | null {
  const s = toHalfWidth(raw).replace(/\s+/g, '');
  let m = /^([$￥¥])([\d.,]+)$/.exec(s);
  if (m) {
    const v = parseNumber(m[2] as string);
    if (v === null) return null;
    return m[1] === '$' ? { value: v, unit: '美元', iso: null, name: 'Dollar' } : { value: v, unit: '元', iso: 'CNY', name: 'Chinese yuan' };
  }
  m = MONEY_PARTS.exec(s);
  if (!m) return null;
  const value = parseNumber(m[1] as string);
  if (value === null) return null;
  const cur = currencyOf(m[3] as string);
  if (!cur) return null;
  let v = value;
  const rest = m[4] as string;
  if (rest) {
    // 角/毛 = 0.1, 分 = 0.01 (五元三毛, 50元6角三分); 又三美分.
    const sub = /^(?:又)?(?:(.+?)(?:角|毛))?(?:(.+?)(?:分|美分))?$/.exec(rest);
    if (!sub) return null;
    const jiao = sub[1] ? parseNumber(sub[1]) : 0;
    const fen = sub[2] ? parseNumber(sub[2]) : 0;
    if (jiao === null || fen === null) return null;
    v = Math.round((v + jiao * 0.1 + fen * 0.01) * 100) / 100;
  }
  return { value: v, unit: cur.unit, iso: cur.iso, name: cur.name };
}
