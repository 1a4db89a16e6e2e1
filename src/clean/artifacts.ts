// Text artifacts left by broken mirrors (GUIDE §3):
//   pinyin after a Han character   區(qū) -> 區
//   doubled punctuation            ,, ,、 ,; ?! -> one mark
//   tag debris                     ?/p>  </p> -> removed
//   entities shown as text         &ldquo;提案&rdquo; &nbsp; &#8220; -> the characters they name
//   file names shown as text       C:\Users\…\微信图片_2023.jpg, or a text that is only an image's
//                                  file name (IMG_0012.JPG) -> removed
// Real parentheses stay: (試行) (社區) (2023) (藏) (CPPCC) (café).

const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ';
/** One pinyin syllable with a tone mark: optional initial, vowels (one toned), optional final. */
const SYLLABLE = new RegExp(`^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?[aeiouüv${TONED}]{1,3}(?:ng|n|r)?$`);
const TONE_MARK = new RegExp(`[${TONED}]`);
// Han char, then ( or （, lowercase letters, then ) or ）.
const PAREN_LATIN = /(\p{Script=Han})([(（])([a-zü\u0101-\u01dc\u00e0-\u00fc]{1,7})([)）])/gu;

const DEBRIS = /[?？]\/(?:p|br|div|span|strong|b|em|i|u|font|td|tr|li|a|h[1-6])\s*>|<\/?(?:p|br|div|span|font|strong|b)\s*\/?>/gi;

/**
 * A local file path pasted into the page as text (an editor's image left as its path, its
 * backslashes often lost: C:UsersAdministratorDesktop微信图片_2023_副本.jpg). Drive letter first,
 * a file extension last.
 */
const LOCAL_PATH = /(?<![A-Za-z0-9])(?:file:\/{2,3})?[A-Za-z]:[\\/]?[^\s<>"'，。；、]{1,200}?\.(?:jpe?g|png|gif|bmp|webp|tiff?|docx?|pdf|xlsx?|pptx?|wps)(?![A-Za-z0-9])/gi;
/** A text that is only an image's file name (微信图片_20230104.jpg, DSC_0012.JPG): a caption never typed. */
const IMAGE_NAME = /^\s*[^\s/\\<>"'，。；、：:]{1,80}\.(?:jpe?g|png|gif|bmp|webp)\s*$/i;
const FILE_HINT = /\.(?:jpe?g|png|gif|bmp|webp|tiff?|docx?|pdf|xlsx?|pptx?|wps)/i;

/** A space lost to a wrong encoding between a date and a time (2023-03-03?15:24:40). */
const LOST_SPACE = /(?<=\d{4}-\d{1,2}-\d{1,2})\?(?=\d{1,2}:\d{2})/g;
/** An HTML entity escaped twice, so the page shows it as text (named ones mirrors produce, and numeric). */
const ENTITY = /&(?:(nbsp|ensp|emsp|ldquo|rdquo|lsquo|rsquo|mdash|ndash|hellip|middot|quot|bull|times|yen|deg)|#(\d{2,7})|#x([0-9a-f]{2,6}));/gi;
const NAMED: Record<string, string> = {
  nbsp: '\u00a0', ensp: '\u2002', emsp: '\u2003', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', mdash: '—', ndash: '–',
  hellip: '…', middot: '·', quot: '"', bull: '•', times: '×', yen: '¥', deg: '°',
};
/** The character an entity names; null for one that names nothing printable (controls, surrogates). */
function entityText(name: string | undefined, dec: string | undefined, hex: string | undefined): string | null {
  if (name) return NAMED[name.toLowerCase()] ?? null;
  const cp = dec ? Number(dec) : parseInt(hex as string, 16);
  if (!(cp >= 0x20 && cp <= 0x10ffff) || (cp >= 0x7f && cp < 0xa0) || (cp >= 0xd800 && cp <= 0xdfff)) return null;
  return String.fromCodePoint(cp);
}

const STRENGTH: Record<string, number> = {
  '。': 5, '？': 5, '?': 5, '！': 5, '!': 5, '；': 4, ';': 4, '：': 3, ':': 3, '、': 2, '，': 1, ',': 1,
};
const RUN = /[,，、;；。:：?？!！]{2,}/g;
const RUN_TEST = /[,，、;；。:：?？!！]{2}/;
/** One mark repeated (?? !!, and 。。。 as an ellipsis) is emphasis, not doubling; 。。 alone is. */
const REPEATED = /^(?:([?？!！])\1+|。{3,})$/;

export function isPinyinSyllable(s: string): boolean {
  return TONE_MARK.test(s) && SYLLABLE.test(s);
}

export interface RepairResult {
  text: string;
  pinyin: number;
  punctuation: number;
  debris: number;
}

export interface RepairEdit {
  /** Position in the input. */
  start: number;
  end: number;
  /** Replacement text. */
  insert: string;
  kind: 'pinyin' | 'punctuation' | 'debris';
  /** For punctuation edits: which doubled run they belong to. */
  run?: number;
}

/** The edits that repair a string, in order, non-overlapping. */
export function findRepairs(s: string): RepairEdit[] {
  const edits: RepairEdit[] = [];
  if (s.length < 2) return edits;
  if (s.includes('(') || s.includes('（')) {
    for (const m of s.matchAll(PAREN_LATIN)) {
      const syllable = m[3] as string;
      if (!isPinyinSyllable(syllable)) continue;
      const start = (m.index as number) + (m[1] as string).length;
      edits.push({ start, end: start + syllable.length + 2, insert: '', kind: 'pinyin' });
    }
  }
  if (s.includes('/') || s.includes('<')) {
    for (const m of s.matchAll(DEBRIS)) edits.push({ start: m.index as number, end: (m.index as number) + m[0].length, insert: '', kind: 'debris' });
  }
  if (s.includes('.') && FILE_HINT.test(s)) {
    if (IMAGE_NAME.test(s)) edits.push({ start: 0, end: s.length, insert: '', kind: 'debris' });
    else for (const m of s.matchAll(LOCAL_PATH)) edits.push({ start: m.index as number, end: (m.index as number) + m[0].length, insert: '', kind: 'debris' });
  }
  if (s.includes('?')) {
    for (const m of s.matchAll(LOST_SPACE)) edits.push({ start: m.index as number, end: (m.index as number) + 1, insert: ' ', kind: 'debris' });
  }
  if (s.includes('&')) {
    for (const m of s.matchAll(ENTITY)) {
      const insert = entityText(m[1], m[2], m[3]);
      if (insert !== null) edits.push({ start: m.index as number, end: (m.index as number) + m[0].length, insert, kind: 'debris' });
    }
  }
  edits.sort((a, b) => a.start - b.start);
  if (!RUN_TEST.test(s)) return edits;
  // Punctuation runs are judged on the text with the other edits applied, so "?!?/p>" and
  // "區(qū),," resolve like their repaired forms. Map runs back through the kept characters.
  let view = s;
  let kept: number[] | null = null;
  if (edits.length) {
    kept = [];
    const parts: string[] = [];
    let at = 0;
    for (const e of edits) {
      parts.push(s.slice(at, e.start));
      for (let i = at; i < e.start; i++) kept.push(i);
      at = e.end;
    }
    parts.push(s.slice(at));
    for (let i = at; i < s.length; i++) kept.push(i);
    view = parts.join('');
  }
  const runs: RepairEdit[] = [];
  let runId = 0;
  for (const m of view.matchAll(RUN)) {
    const run = m[0];
    if (REPEATED.test(run)) continue;
    let best = run[0] as string;
    for (const ch of run) if ((STRENGTH[ch] ?? 0) > (STRENGTH[best] ?? 0)) best = ch;
    // Replace each run character by position; keep the first occurrence of the strongest mark.
    const at = run.indexOf(best);
    runId++;
    for (let k = 0; k < run.length; k++) {
      if (k === at) continue;
      const src = kept ? (kept[(m.index as number) + k] as number) : (m.index as number) + k;
      runs.push({ start: src, end: src + 1, insert: '', kind: 'punctuation', run: runId });
    }
  }
  const all = edits.concat(runs).sort((a, b) => a.start - b.start);
  return all;
}

export function applyRepairs(s: string, edits: RepairEdit[]): string {
  if (!edits.length) return s;
  let out = '';
  let at = 0;
  for (const e of edits) {
    out += s.slice(at, e.start) + e.insert;
    at = e.end;
  }
  return out + s.slice(at);
}

export function repairText(s: string): RepairResult {
  const edits = findRepairs(s);
  let pinyin = 0;
  let debris = 0;
  const runs = new Set<number>();
  for (const e of edits) {
    if (e.kind === 'pinyin') pinyin++;
    else if (e.kind === 'debris') debris++;
    else runs.add(e.run ?? 0);
  }
  return { text: applyRepairs(s, edits), pinyin, punctuation: runs.size, debris };
}

/** Repaired text plus, for each output index, the index it came from in the input. */
export function repairWithMap(s: string): { text: string; map: number[] | null } {
  const edits = findRepairs(s);
  if (!edits.length) return { text: s, map: null };
  const map: number[] = [];
  let text = '';
  let at = 0;
  const copy = (to: number) => {
    for (let i = at; i < to; i++) {
      map.push(i);
      text += s[i];
    }
  };
  for (const e of edits) {
    copy(e.start);
    for (let k = 0; k < e.insert.length; k++) {
      map.push(e.start);
      text += e.insert[k];
    }
    at = e.end;
  }
  copy(s.length);
  return { text, map };
}
