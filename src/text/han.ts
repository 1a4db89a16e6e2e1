// Character classes and a small Traditional→Simplified fold used for *matching* only
// (detection and classification vocabularies). Display conversion is opencc-js's job.

export const HAN_RE = /\p{Script=Han}/u;
const HAN_G = /\p{Script=Han}/gu;
const KANA_G = /[\u3040-\u30ff\u31f0-\u31ff]/g;
const HANGUL_G = /[\uac00-\ud7af\u1100-\u11ff]/g;
const LATIN_G = /[A-Za-z]/g;

export const isHan = (ch: string): boolean => HAN_RE.test(ch);

export interface ScriptCounts {
  han: number;
  kana: number;
  hangul: number;
  latin: number;
}

export function countScripts(text: string): ScriptCounts {
  return {
    han: text.match(HAN_G)?.length ?? 0,
    kana: text.match(KANA_G)?.length ?? 0,
    hangul: text.match(HANGUL_G)?.length ?? 0,
    latin: text.match(LATIN_G)?.length ?? 0,
  };
}

/** Is this text Chinese prose (not Japanese, Korean or mostly Latin)? */
export function isChineseText(c: ScriptCounts): boolean {
  const letters = c.han + c.kana + c.hangul + c.latin / 4; // ~4 Latin letters per word
  if (c.han < 20 || letters === 0) return false;
  if (c.kana > c.han * 0.05 || c.hangul > c.han * 0.05) return false;
  return c.han / letters >= 0.5;
}

// Traditional → Simplified for the characters that occur in this project's vocabularies
// (CPPCC, NPC, spam, boilerplate and figure words). Each pair is written "TS".
const PAIRS = (
  '協协 員员 會会 職职 專专 別别 議议 參参 監监 統统 戰战 線线 區区 關关 聯联 黨党 國国 們们 記记 辦办 調调 號号 備备 權权 聲声 網网 頁页 當当 圖图 導导 覽览 轉转 載载 ' +
  '聞闻 熱热 點点 閱阅 讀读 論论 題题 項项 場场 個个 條条 對对 戶户 萬万 億亿 兩两 餘余 約约 計计 幾几 與与 報报 體体 視视 頻频 碼码 無无 倫伦 門门 賽赛 樂乐 開开 獎奖 ' +
  '註注 冊册 賭赌 亞亚 歐欧 韓韩 產产 級级 觀观 臺台 灣湾 屆届 機机 構构 務务 責责 編编 輯辑 時时 間间 來来 發发 髮发 業业 願愿 佔占 摺折 應应 佈布 標标 識识 縣县 鎮镇 鄉乡 團团 組组 織织 領领 實实 ' +
  '現现 歷历 貫贯 徹彻 習习 慣惯 興兴 將将 選选 舉举 據据 範范 舊旧 擴扩 確确 護护 彙汇 匯汇 積积 極极 讓让 違违 規规 適适 態态 頒颁 屬属 廣广 東东 濟济 經经 華华 紀纪 ' +
  '綜综 總总 結结 單单 際际 創创 設设 藝艺 術术 學学 醫医 療疗 衛卫 隊队 雲云 質质 優优 環环 異异 義义 認认 決决 訂订 審审 財财 稅税 證证 書书 貢贡 獻献 負负 擔担 歲岁 ' +
  '數数 車车 長长 廳厅 處处 幹干 師师 農农 絡络 鐵铁 橋桥 價价 錢钱 貨货 幣币 購购 買买 賣卖 費费 貸贷 銀银 遊游 蘭兰 樣样 這这 嗎吗 為为 麼么 從从 後后 裡里 裏里 說说 ' +
  '話话 寫写 聽听 見见 覺觉 親亲 愛爱 氣气 鄰邻 幫帮 慶庆 衆众 眾众 復复 詳详 細细 頂顶 層层 擁拥 稱称 贊赞 讚赞 歸归 刪删 試试 嬰婴 駕驾 駛驶 畢毕 蟲虫 遞递 顧顾 藍蓝 揮挥 顯显 勢势 糾纠 錯错 劃划 預预 養养 鐘钟 揚扬 隨随 動动 勞劳 懷怀 難难 滿满 繼继 續续 擬拟 ' +
  '劇剧 娛娱 戲戏 陽阳 羣群 徵征 蒐搜 進进 請请 訪访 問问 資资 錄录 製制 饋馈 廢废 繫系 談谈 帶带 爭争 籌筹 採采 納纳 達达 覆复 蓋盖 簽签 攝摄 評评 訓训 運运 執执 飛飞 獲获 躍跃 踴踊 連连 還还 圍围 繞绕 過过 爲为 於于 給给 類类 種种 內内 鑄铸 維维 堅坚 搖摇 穩稳 閉闭 鏡镜 電电 郵邮 鏈链 薦荐 歡欢 掃扫 瀏浏 擊击 訊讯 兒儿 僑侨 輛辆 棟栋 輪轮 張张 頭头 額额 鎊镑 頃顷 畝亩 噸吨 閲阅 榮荣 ' +
  '減减 縮缩 漲涨 暫暂 沒没 講讲 諧谐 節节 蹤踪 傾倾 補补 潛潜 況况 績绩 風风 語语 龍龙 較较 崗岗 虛虚 絕绝 並并 鍾钟 僅仅 貼贴 籤签 掛挂 輔辅 導导 説说 齊齐 斷断 啓启 啟启 棄弃 貧贫 滯滞 圓圆 順顺 誘诱 簡简 贈赠 紛纷 準准 紅红 檻槛 則则 測测 覈核 亂乱 婦妇 黃黄 週周 勵励 瞭了'
).trim().split(' ');

const FOLD = new Map<string, string>(PAIRS.map((p) => [p.charAt(0), p.charAt(1)]));
/** FOLD by code unit (0: unchanged). */
const FOLD_CODE = new Uint16Array(0x10000);
for (const [t, s] of FOLD) FOLD_CODE[t.charCodeAt(0)] = s.charCodeAt(0);
let foldBuf = new Uint16Array(1024);
const utf16 = typeof TextDecoder === 'function' ? new TextDecoder('utf-16le') : null;

// Characters that are both a Traditional form here and in everyday Simplified use (覆盖, 於姓, 徵 in 宫商角徵羽).
const BOTH_SCRIPTS = new Set('覆於徵蒐佈乾');
const TRAD_ONLY = new Set([...FOLD.keys()].filter((c) => !BOTH_SCRIPTS.has(c)));
const SIMP_ONLY = new Set([...FOLD.values()].filter((c) => !FOLD.has(c)));

export type ScriptGuess = 'traditional' | 'simplified' | 'mixed' | 'unknown';

/**
 * Which script a text is written in, from the common characters whose two forms differ. Needs
 * at least 5 such characters; one script wins when it has 4× the other's count.
 */
export function guessScript(text: string, limit = 20_000): ScriptGuess {
  let t = 0;
  let s = 0;
  const n = Math.min(text.length, limit);
  for (let i = 0; i < n; i++) {
    const ch = text.charAt(i);
    if (TRAD_ONLY.has(ch)) t++;
    else if (SIMP_ONLY.has(ch)) s++;
  }
  if (t + s < 5) return 'unknown';
  if (t >= 4 * s) return 'traditional';
  if (s >= 4 * t) return 'simplified';
  return 'mixed';
}

/** Folds the vocabulary characters to Simplified so one lexicon matches both scripts. */
export function foldScript(text: string): string {
  const n = text.length;
  let i = 0;
  while (i < n && FOLD_CODE[text.charCodeAt(i)] === 0) i++;
  if (i === n) return text;
  // One code unit for one (every pair is two BMP characters), written into a buffer: a string
  // built a character at a time costs ten times more on a long article.
  if (foldBuf.length < n) foldBuf = new Uint16Array(Math.max(n, foldBuf.length * 2));
  const buf = foldBuf;
  let surrogates = false;
  for (let j = 0; j < n; j++) {
    const c = text.charCodeAt(j);
    if (c >= 0xd800 && c <= 0xdfff) surrogates = true;
    buf[j] = FOLD_CODE[c] || c;
  }
  // TextDecoder would turn a lone surrogate into U+FFFD: text with any goes through fromCharCode.
  if (utf16 && !surrogates && n > 64) return utf16.decode(buf.subarray(0, n));
  let out = '';
  for (let j = 0; j < n; j += 4096) out += String.fromCharCode.apply(null, buf.subarray(j, Math.min(n, j + 4096)) as unknown as number[]);
  return out;
}

/** Invisible characters spam puts between the characters of its words (澳\u200b门) to slip past word lists. */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const HAS_INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/;
/** The text without invisible characters (the same string when it has none). */
export const dropInvisible = (text: string): string => (HAS_INVISIBLE.test(text) ? text.replace(INVISIBLE, '') : text);

/** Matching form of a text: invisible characters and pinyin annotations dropped, vocabulary folded to Simplified. */
export function matchForm(text: string): string {
  return foldScript(stripPinyinQuick(dropInvisible(text)));
}

// Same pattern as clean/artifacts (kept here so detection needs no cleanup code).
const PINYIN_QUICK = /(?<=\p{Script=Han})\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\)/gu;
export const stripPinyinQuick = (text: string): string => (text.includes('(') ? text.replace(PINYIN_QUICK, '') : text);

/** Counts non-overlapping occurrences of each term; returns the total weighted count. */
export function countTerms(text: string, terms: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const term of terms) {
    if (!term) continue;
    let n = 0;
    for (let i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + term.length)) n++;
    if (n) out.set(term, n);
  }
  return out;
}

/** Chinese and ASCII clause punctuation, for prose-density measures. */
export const PROSE_PUNCT_G = /[，。；：、！？,;:!?]/g;
export const countPunct = (text: string): number => text.match(PROSE_PUNCT_G)?.length ?? 0;

// ---- fast measures and script-agnostic patterns (hot paths of the classifier) ----

export interface TextMeasure {
  /** Non-whitespace characters. */
  chars: number;
  han: number;
  /** Clause punctuation (，。；：、！？,;:!?). */
  punct: number;
}

const PUNCT_CODES = new Set([0xff0c, 0x3002, 0xff1b, 0xff1a, 0x3001, 0xff01, 0xff1f, 0x2c, 0x3b, 0x3a, 0x21, 0x3f]);

/** One pass over (at most limit characters of) a string: no regex; no allocation when given out. */
export function measureText(s: string, limit = 20_000, out: TextMeasure = { chars: 0, han: 0, punct: 0 }): TextMeasure {
  const n = Math.min(s.length, limit);
  let ws = 0;
  let han = 0;
  let punct = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c <= 0x20 || c === 0xa0 || c === 0x3000) ws++;
    else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xd840 && c <= 0xd8bf)) han++;
    else if (PUNCT_CODES.has(c)) punct++;
  }
  // Beyond the limit, count length only (a 5 MB text node is not read twice).
  out.chars = n - ws + (s.length - n);
  out.han = han;
  out.punct = punct;
  return out;
}

const INVERSE = new Map<string, string[]>();
for (const [t, s] of FOLD) INVERSE.set(s, [...(INVERSE.get(s) ?? []), t]);

/** A Simplified character and the Traditional ones that fold to it: 亚 → [亚, 亞]. */
export function scriptVariants(ch: string): string[] {
  return [ch, ...(INVERSE.get(ch) ?? [])];
}

/** A regex source matching a Simplified term in either script: 亚洲 → [亚亞]洲. */
export function scriptAgnostic(term: string): string {
  let out = '';
  for (const ch of term) {
    const vs = scriptVariants(ch);
    out += vs.length > 1 ? `[${vs.join('')}]` : ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  return out;
}
