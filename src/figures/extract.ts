// Text -> Figure[]: the key figures an article reports (GUIDE §4). Pure; offsets index the
// input text so callers can map a figure back to the DOM.
import { foldScript } from '../text/han';
import { CN_DIGIT_CHARS, CN_UNIT_CHARS, parseMoney, parseNumber, parsePercent, toHalfWidth } from './number';
import { splitInnerQualifier, unitAt, type Category, type UnitInfo } from './units';
import { CURRENCY_BEFORE_FORMS, CURRENCY_FORMS, currencyOf } from './currency';
import { isThreshold, PERSON_ANYWHERE, PERSON_START, SLOGANS, VERBS } from './lexicon';
import { MAX_LABEL, PERSON_UNITS, changeSubject, endsWithVerb, findLabel, isChangeLabel, isNameless, isVerbLabel, namesNothing, shareOfWhole, verbPhraseAt } from './label';

export interface Figure {
  /** The figure as written: qualifiers, number and unit (累計1800余萬元). */
  raw: string;
  /** The number a reader means: 萬/億 folded in, qualifiers never. */
  value: number;
  /** Upper bound of a range (3至5名). */
  max?: number;
  unit: string;
  /** 近 超 超過 逾 約 累計 / 余 餘 多 左右 以上, space-joined in text order; null when none. */
  qualifier: string | null;
  label: string;
  category: Category;
  /** The sentence the figure is in. */
  sentence: string;
  /** Offsets of raw in the input text. */
  start: number;
  end: number;
  /**
   * 万 or 亿 when the raw text leaves the magnitude out and a table's head (金额（万元） over 1800)
   * or the amount listed after it (1000和2000万元) gives it: the sidebar shows the value in it.
   */
  magnitude?: string;
}

const CN_NUM = CN_DIGIT_CHARS + CN_UNIT_CHARS + '几幾';
const DIGIT_CLASS = `0-9０-９`;
const NUMERAL = `[${DIGIT_CLASS}${CN_NUM}]`;
/** A space inside a numeral (1000 万), never a line break: the next line (a table's next cell) is another number. */
const SPACE = '[^\\S\\n]';
/**
 * A numeral: Arabic (with 1,800 groups and decimals), Chinese, or mixed (2.9萬, 7500余億);
 * parts may be spaced (1000 万); 点 and 余/多 count only between numeral parts.
 */
const CORE = new RegExp(
  `(?:[-－负負](?=[.．]?${NUMERAL}))?(?:[.．](?=[${DIGIT_CLASS}]))?` +
    `(?:[${DIGIT_CLASS}]+(?:[,，][${DIGIT_CLASS}]{3})*(?:[.．][${DIGIT_CLASS}]+)?|[${CN_NUM}])` +
    `(?:[${DIGIT_CLASS}]|[.．](?=[${DIGIT_CLASS}])|[${CN_NUM}]|${SPACE}?[点點](?=${SPACE}?[${DIGIT_CLASS}零〇一二三四五六七八九])|${SPACE}{1,2}(?=${NUMERAL})|${SPACE}?[余餘多](?=${SPACE}?[十拾百佰千仟万萬亿億]))*`,
  'g',
);
const HAS_DIGIT = new RegExp(`[${DIGIT_CLASS}零〇${CN_DIGIT_CHARS}几幾]`);
const PRE_QUALIFIERS = ['不少于', '不少於', '不低于', '不低於', '不超过', '不超過', '不足', '高于', '高於', '低于', '低於', '多于', '多於', '少于', '少於', '不到', '超过', '超過', '将近', '將近', '接近', '累计', '累計', '近', '超', '逾', '约', '約'];
/** 上 qualifies only a bare magnitude: 上千份, 上万人次 (as many as a thousand…). */
const BARE_PRE_QUALIFIERS = [...PRE_QUALIFIERS, '上'];
const MAGNITUDE_FIRST = /^[十拾百佰千仟万萬亿億]/;
const VAGUE_BEFORE = /^[数數几幾]$/;
const COUNT_NOUN_BEFORE = /^[人总總户戶件次票个個名分位]$/;
const POST_INNER = /^[余餘多]/;
/** Characters that make 成 part of a word (成员, 成为, 成立…), not tenths. */
const CHENG_WORD = /[员为立果效绩就本熟功年长都交型品家风片批套语全事像器材分份千百万册不了龙]/;
/** A Han character that may stand right before tenths written in Chinese (近三成, 占六成, 的九成, 增长三成, 下降两成). */
const BEFORE_SHARE = /[近超逾约达占有为的中了过将余长降升高加少]/;
/** Between a figure and the next that shares its subject: a list mark, or a clause break with 占/其中. */
const FOLLOWS = /^\s*(?:[、和与及]|[，,]\s*(?:约?占到?|其中)?)?\s*$/;
/**
 * A clause about the figure before it: a share of a whole it names (占立案总数的18.7%), or a
 * comparison (比全省平均水平高出10个百分点, 较上年增加56件, 高于全省1.2个百分点; not 比例, 比重, 较多).
 * Folded text.
 */
const ABOUT_PREVIOUS = /^(\s*(?:也|亦|仍|还|均|都)?)(?:(约?占(?:到|了)?)|比(?![例重较率])|[较較](?=[上去同前往年]|[^，。；：,;:！？、]{1,8}?(?:增长|增加|下降|减少|提高|降低|上升|翻))|[高低快慢多少]于|(?:是|为|相当于)(?=[^，。；：,;:！？、]{1,12}的\s*$))[^，。；：,;:！？、]{0,12}$/;
/**
 * A share or a comparison whose clause follows the clause of the figure before it
 * (216件提案被列为重点提案，占立案总数的18.7%): it is about what that figure counts.
 */
function aboutPrevious(f: string, prev: Candidate, c: Candidate): { share: boolean; from: number } | null {
  // (Only between the two figures: the comma must come after the one before.)
  const between = f.slice(prev.end, c.start);
  const comma = prev.end + Math.max(between.lastIndexOf('，'), between.lastIndexOf(','));
  if (comma < prev.end || /[，,；;。！？!?\n]/.test(f.slice(prev.end, comma))) return null;
  const m = ABOUT_PREVIOUS.exec(f.slice(comma + 1, c.start));
  // (，也比上届下降2.2岁: the adverb, m[1], says nothing of what is compared.)
  return m ? { share: !!m[2], from: comma + 1 + (m[1] as string).length } : null;
}
/** A sentence's end; parts listed with ； (…，占比35.1%；71件已列入工作计划) are one sentence's. */
const FULL_STOP = /[。！？!?\n]/;
/**
 * Which figure before found[i] lends it a subject: the one right before it, unless that one
 * counts in another measure word and an earlier one in the same sentence counts in this one
 * (收集信息210条，编报《社情民意》38期，其中3条… → 3条 of the 210条). Shares and changes (%)
 * are about the figure right before them.
 */
function lenderOf(found: readonly Candidate[], i: number, f: string): number {
  const c = found[i] as Candidate;
  if (c.info.category !== 'count') return i - 1;
  if ((found[i - 1] as Candidate).unit === c.unit) {
    // (共提交提案原件187件，其中会后17件，经审查立案175件: after a part, the whole lends again.)
    const p = found[i - 1] as Candidate;
    if (i >= 2 && /^\s*(?:其中|当中)/.test(clauseBefore(f, p.start)) && !FULL_STOP.test(f.slice(p.end, c.start))) {
      for (let j = i - 2; j >= 0; j--) {
        const q = found[j] as Candidate;
        if (FULL_STOP.test(f.slice(q.end, p.start))) break;
        if (q.unit === c.unit && !/^\s*(?:其中|当中)/.test(clauseBefore(f, q.start))) return j;
      }
    }
    return i - 1;
  }
  for (let j = i - 2; j >= 0; j--) {
    const q = found[j] as Candidate;
    if (FULL_STOP.test(f.slice(q.end, c.start))) break;
    if (q.unit === c.unit) return j;
  }
  return i - 1;
}
/** What happened to a part, right after its number up to the clause's end (被有关部门采纳, 获省领导批示). */
const OUTCOME_AFTER = /^(?:(?:已经|均已|已|全部)?(?:被|获得?|得到|受到|列入|纳入|转为|转化为|成为)(?:[^，。；：,;:！？!?、\s（）()0-9０-９]{1,9}|[^，。；：,;:！？!?、\s（）()0-9０-９]{1,5}、[^，。；：,;:！？!?、\s（）()0-9０-９]{1,6})|(?:已经|均已|已|全部)(?:办结|办复|答复|开工|竣工|完工|建成|投产|落实|解决|完成|实施|启动|到位|见效)|正在(?:办理|落实|解决|推进|实施|建设|研究))(?=[，。；：,;:！？!?\n]|$)/;
/** A part's own label that says only that there are some (有5个已开工, 其中有412件已办结). Folded text. */
const HAVE_ONLY = /^(?:其中)?(?:已?有|共有)$/;
/** Who was due at a meeting, leading a person label (应到委员): not part of the noun it lends. */
const DUE_LEAD = /^(?:应到|应出席|应参会|应参加)(?=.{2})/;
/** A label that is only the start of what happened after the number (174件正在办理 → 正在): it names nothing. */
function outcomeWord(label: string, f: string, end: number): boolean {
  const m = OUTCOME_AFTER.exec(f.slice(end, end + 12));
  return !!m && m[0].startsWith(foldScript(label));
}
/** A part's label, then what happened to it when that follows its number and fits (协商成果被采纳). */
function withOutcome(label: string, text: string, f: string, end: number): string {
  const m = OUTCOME_AFTER.exec(f.slice(end, end + 12));
  // (省委办采用4篇，1篇获批示: who did something before is no name of the part; what happened to it is.)
  if (m && endsWithVerb(label)) return text.slice(end, end + m[0].length);
  return label && m && label.length + m[0].length <= MAX_LABEL + 4 ? label + text.slice(end, end + m[0].length) : label;
}
/** A comparison's clause, as a label puts it after what it compares: 比上年增加(了) → 比上年增加. */
const COMPARISON_TAIL = /(?:了|达到?|为|约|的)+\s*$/;
/** The verb of difference closing a comparison (比全省平均水平高出 → 高出), for a label too long to keep it whole. */
const DIFFERENCE = /(?:增加|减少|增长|下降|提高|降低|上升|回落|高出|低出|多出|增|减|多|少|高|低)$/;
/** What a comparison after a figure is about: the noun that figure lends, then the comparison (提案比上年增加). */
function comparisonLabel(text: string, f: string, from: number, end: number, lent: string): string {
  let k = end;
  const tail = COMPARISON_TAIL.exec(f.slice(from, end));
  if (tail) k -= tail[0].length;
  const clause = text.slice(from, k).trim();
  if (lent.length + clause.length <= MAX_LABEL + 4) return lent + clause;
  const verb = DIFFERENCE.exec(f.slice(from, k).trim());
  return verb ? lent + text.slice(k - verb[0].length, k) : lent;
}
/** Currencies a text may name before the number, a qualifier between (folded script). */
const CURRENCY_BEFORE = new RegExp(`(${CURRENCY_BEFORE_FORMS.join('|')})(?:${[...new Set(PRE_QUALIFIERS.map(foldScript))].sort((a, b) => b.length - a.length).join('|')})?$`);
/** A currency named in brackets right after 元 (3.5億元（新台幣）, 500万元(港币)). */
const CURRENCY_NOTE = new RegExp(`^\\s?[（(](${CURRENCY_FORMS.join('|')})[）)]`);
/** After the unit: about, at least, at most (以内 in match form covers 以內). */
const POST_AFTER = ['左右', '以上', '以下', '以内'].map(foldScript);
const RANGE = /^\s*(?:至|到|-|－|~|～|—)\s*/;
const ORDINAL_BEFORE = /[第届屆]$/;
const MEETING_AFTER = /^(?:会议|會議|全会|全會|全体会议|全體會議|常委会|常委會|主席会议|主席會議|会|會)/;
/** A verb of holding or attending right before a count of meetings (召开了三次全体会议). Folded text. */
const HELD_BEFORE = /(?:召开|举行|举办|开了|开过|参加|出席|列席|组织)(?:了|过)?(?:共|先后|累计|共计)?$/;
const SENTENCE_END = /[。！？!?；;\n]/;
/**
 * A plan or forecast word before the figure in its clause (计划, 拟, 力争, 预计, 预期), as the text
 * writes it, or opening a short clause just before it (力争到2025年，…); not 计划 as a noun
 * (年度协商计划, 工作计划要点) unless a verb follows it (本年度计划开展), nor 拟 inside a word (模拟).
 */
const PLAN = /计划|(?<![模虚草比])拟(?!人|定|稿|任)|力争|预计|预期/g;
const PLAN_NOUN_BEFORE = /(?:工作|年度|协商|调研|培训|五年|发展|原)$/;
const PLAN_NOUN_AFTER = /^(?:书|表|单|要点|任务|安排|生育|内|外|中|的)/;
const PLAN_VERB_AFTER = new RegExp(`^(?:${[...VERBS.filter((v) => v.length > 1), '再', '将', '于', '在', '到', '年内', '全年'].join('|')})`);
function planIn(f: string, from: number, to: number): { index: number; 0: string } | null {
  let found: { index: number; 0: string } | null = null;
  // (Searched in the clause only (a few words past its end, for 拟's lookahead): a text with no
  // plan word is not scanned to its end once per figure.)
  const seg = f.slice(from, to + 2);
  PLAN.lastIndex = 0;
  for (let m = PLAN.exec(seg); m && from + m.index < to; m = PLAN.exec(seg)) {
    const at = from + m.index;
    if (m[0] === '计划') {
      const after = f.slice(at + 2, at + 6);
      if (!PLAN_VERB_AFTER.test(after) && (PLAN_NOUN_BEFORE.test(f.slice(Math.max(0, at - 2), at)) || PLAN_NOUN_AFTER.test(after))) continue;
    }
    found = { index: at, 0: m[0] };
  }
  return found;
}
function planBefore(text: string, f: string, at: number): string | null {
  const clauseStart = (k: number) => {
    while (k > 0 && at - k < 60 && !/[，,。；;！？!?\n：:]/.test(f[k - 1] as string)) k--;
    return k;
  };
  const i = clauseStart(at);
  let m = planIn(f, i, at);
  if (!m && i > 1 && /[，,]/.test(f[i - 1] as string)) {
    // (力争到2025年，…: a short lead-in clause that opens with the word.)
    const j = clauseStart(i - 1);
    const lead = planIn(f, j, i - 1);
    if (lead && lead.index === j && i - 1 - j <= 12 && !/[0-9０-９]+(?![0-9０-９]*年)/.test(f.slice(j, i - 1))) m = lead;
  }
  return m ? text.slice(m.index, m.index + m[0].length) : null;
}

/** "In all" right before a number (合计98件, 共计56次). Folded text. */
const TOTAL_BEFORE = /(?:合计|合共|共计|总计|一共|总共)$/;
/** A label for each one's amount (各捐, 每人补助). Folded text. */
const EACH_LEAD = /^(?:各|每人|每户|每家|每位|每名|每个)/;

/**
 * A total closing a list of figures in its measure word in the same sentence (two or more):
 * what they have in common (提案, for 提案合计), or the list itself when short (视察、调研、协商活动,
 * for …共计), or nothing (the word alone); null when no such list stands before it.
 */
function totalOf(figures: Figure[], c: Candidate, f: string): { head: string; noun: string } | null {
  const items: Figure[] = [];
  for (let j = figures.length - 1; j >= 0; j--) {
    const q = figures[j] as Figure;
    if (SENTENCE_END.test(f.slice(q.end, (figures[j + 1] ?? c).start))) break;
    if (q.unit === c.unit) items.unshift(q);
  }
  if (items.length < 2 || items.some((q) => !q.label)) return null;
  const first = items[0]!.label;
  let k = 0;
  while (k < first.length && items.every((q) => q.label.length > k && q.label[q.label.length - 1 - k] === first[first.length - 1 - k])) k++;
  const common = k >= 2 ? first.slice(first.length - k) : '';
  const list = items.map((q) => q.label).join('、');
  return common ? { head: common, noun: common } : { head: list.length <= MAX_LABEL ? list : '', noun: '' };
}

/** Between a whole and its part: 中 (among them), then 已经有 or the like (2227名政协委员中已经有1359名). Folded text. */
const AMONG_BEFORE = /^\s*中\s*[，,]?\s*(?:已经|已|均|共|都)?有?\s*$/;
/** What people counted as a part did, when it is attending or putting forward (到大会秘书处报到). Folded text. */
const ATTENDED = /^(?:到|在|参加|出席|列席|报到|签到|发言|参与|提交|提出|获得|当选|是(?!否))/;
/** A label that only says "of which": the part is of what the figure before it counts. */
const AMONG = /^(?:其中|其中约|当中|这其中)$/;
/** 其中 in the figure's sentence, or opening the sentence after the figure before it (…300件。其中约三分之一…). */
function ofPrevious(between: string): boolean {
  const m = /[。！？!?；;\n]([^。！？!?；;\n]*)$/.exec(between);
  return !m || /^\s*(?:其中|这其中)/.test(m[1] as string);
}
const QUOTE_OPEN = '“「『"';
const QUOTE_CLOSE = '”」』"';


function isDigitLike(ch: string | undefined): boolean {
  return !!ch && /[0-9０-９]/.test(ch);
}

/** Is the span [s, e) inside a short quotation (a name or slogan, not a reported result)? */
function inShortQuote(text: string, s: number, e: number): boolean {
  const from = Math.max(0, s - 14);
  const left = text.slice(from, s);
  let open = -1;
  for (let i = left.length - 1; i >= 0; i--) {
    const ch = left[i] as string;
    if (QUOTE_CLOSE.includes(ch) && ch !== '"') return false;
    if (QUOTE_OPEN.includes(ch)) {
      open = from + i;
      break;
    }
  }
  if (open < 0) return false;
  const right = text.slice(e, e + 14);
  for (let i = 0; i < right.length; i++) {
    const ch = right[i] as string;
    if (QUOTE_CLOSE.includes(ch)) return e + i - open <= 16;
    if (QUOTE_OPEN.includes(ch) && ch !== '"') return false;
  }
  return false;
}

function sentenceOf(text: string, s: number, e: number): string {
  // (At most SENTENCE_REACH characters each way: a text with no sentence ends — one long run of
  // clauses, or none at all — gives each figure its clause, not the whole text.)
  let a = s;
  while (a > 0 && s - a < SENTENCE_REACH && !SENTENCE_END.test(text[a - 1] as string)) a--;
  if (a > 0 && !SENTENCE_END.test(text[a - 1] as string)) {
    const clause = text.slice(a, s).search(/[，,；;：:][^，,；;：:]*$/);
    if (clause >= 0) a += clause + 1;
  }
  let b = e;
  while (b < text.length && b - e < SENTENCE_REACH && !SENTENCE_END.test(text[b] as string)) b++;
  if (b < text.length && !SENTENCE_END.test(text[b] as string)) {
    const clause = text.slice(e, b).search(/[，,；;：:]/);
    if (clause >= 0) b = e + clause;
  } else if (b < text.length && text[b] !== '\n') b++;
  return text.slice(a, b).trim();
}
/** How far a sentence reaches from its figure, each way, when nothing ends it sooner. */
const SENTENCE_REACH = 300;

interface Candidate {
  start: number; // raw start (pre-qualifier included)
  numStart: number;
  numEnd: number; // end of the numeric part (before the unit)
  end: number; // raw end
  unitStart: number;
  value: number;
  max?: number;
  unit: string;
  info: UnitInfo;
  qualifiers: string[];
  /** A magnitude the figure takes from the amount listed after it (1000和2000万元). */
  magnitude?: string;
}

/** Bounds that keep a pathological page (a 5 MB text node) from freezing the tab. */
export const MAX_TEXT = 150_000;
export const MAX_FIGURES = 1000;

export function extractFigures(input: string): Figure[] {
  const text = input.length > MAX_TEXT ? input.slice(0, MAX_TEXT) : input;
  const f = foldScript(text); // same length, one character for one character
  const found: Candidate[] = [];
  CORE.lastIndex = 0;
  for (let m = CORE.exec(f); m; m = CORE.exec(f)) {
    const cand = readFigure(text, f, m.index, m[0]);
    if (cand) {
      found.push(cand);
      CORE.lastIndex = cand.end;
      if (found.length >= MAX_FIGURES) break;
    }
  }
  const figures: Figure[] = [];
  /** What each figure lends a figure after it: its label, less a verb put before a lent noun. */
  const nouns: string[] = [];
  // Each figure's plan or forecast word (计划, 预计…), null for a result.
  const plans: (string | null)[] = [];
  for (let i = 0; i < found.length; i++) {
    const c = found[i] as Candidate;
    const prev = found[i - 1] ?? null;
    let label = findLabel(text, f, c, prev, found[i + 1] ?? null);
    // (12项建议中已有9项: the 中 that frames the whole before is no name of the part.)
    // (2227名政协委员中已经有1359名: nor is 中 with an adverb.)
    if (/^中(?:已经|已|均|都|共|先后)?$/.test(foldScript(label))) label = '';
    // (汪洋获2144票: the votes are the candidate's.)
    const gained = c.unit === '票' ? /(?:获得|获|得到|赢得|得)$/.exec(foldScript(label)) : null;
    if (gained && label.length - gained[0].length >= 2) label = label.slice(0, -gained[0].length);
    // (应到委员311名 lends 委员: the next figure says whom it counts, 实到委员.)
    let noun = label.slice(DUE_LEAD.exec(foldScript(label))?.[0].length ?? 0);
    // (人均可支配收入增长6.5% lends 人均可支配收入: what changed, not the change.)
    noun = changeSubject(noun) || noun;
    // 接待来访群众600余批次、2100多人次 (or 300余批次5000余人次): a figure listed right after
    // another shares its subject; so does a share of it (集体提案68件，占16%) and a part of it
    // (形成协商成果35项，其中18项被采纳).
    // So does a figure whose clause names nothing (应出席委员35人，实际出席32人，实到30人), and a
    // share or a comparison in the clause after it (，占立案总数的18.7%，比上年增加56件).
    if (prev) {
      const between = f.slice(prev.end, c.start);
      const change = !!label && isChangeLabel(label);
      const weak = !label || isNameless(label) || AMONG.test(foldScript(label)) || change;
      // (，增长6.8%: only the verb of change stands between the two.)
      // (between is folded text; the label is in the page's script.)
      const changeOnly = change && between.endsWith(foldScript(label)) && /^\s*[，,、]?\s*$/.test(between.slice(0, -label.length));
      const about = aboutPrevious(f, prev, c);
      const from = lenderOf(found, i, f);
      const total = TOTAL_BEFORE.test(f.slice(Math.max(0, c.start - 2), c.start)) && (!label || isNameless(label)) ? totalOf(figures, c, f) : null;
      if (weak && /^\s*[（(]\s*$/.test(between) && /^[）)]/.test(f.slice(c.end, c.end + 1)) && figures[i - 1]) {
        // 批示917件（1759件次）: the same thing counted another way, in brackets right after it.
        noun = nouns[i - 1] as string;
        label = (figures[i - 1] as Figure).label;
      } else if (total !== null) {
        // 集体提案12件、个人提案86件，合计98件: a total of the list before it, not one more item.
        noun = total.noun;
        label = total.head + text.slice(c.start - 2, c.start);
      } else if (about && !about.share && nouns[i - 1]) {
        // 收到提案512件，比上年增加56件: a comparison names what it compares and how
        // (提案比上年增加), so the change is not read as a second total of 提案.
        // (增长6.2%，高于全省1.3个百分点: a rate compared is the rate, its change included; a
        // count after a rate compares the thing counted: 同比增长15.3%，较上年减少200人次.)
        noun = nouns[i - 1] as string;
        label = comparisonLabel(text, f, about.from, c.start, prev.info.category === 'percent' && c.info.category === 'percent' ? (figures[i - 1] as Figure).label : noun);
      } else if ((!label || HAVE_ONLY.test(foldScript(label)) || outcomeWord(label, f, c.end)) && (found[from] as Candidate).unit === c.unit && !FULL_STOP.test(between) && OUTCOME_AFTER.test(f.slice(c.end, c.end + 12))) {
        // 其中15篇被采用，23篇获省领导批示: a part named only by what happened to it is a part of
        // the figure counted in its measure word before it in the sentence.
        noun = nouns[from] ?? '';
        label = withOutcome(noun, text, f, c.end);
      } else if (!label && ((found[from] as Candidate).unit === c.unit || (PERSON_UNITS.test((found[from] as Candidate).unit) && PERSON_UNITS.test(c.unit))) && AMONG_BEFORE.test(f.slice(Math.max(prev.end, (prev as { labelEnd?: number }).labelEnd ?? 0), c.start))) {
        // 2227名政协委员中已经有1359名到大会秘书处报到: a part of the people before it, named by
        // them and what they did.
        noun = nouns[from] ?? '';
        const did = PERSON_UNITS.test(c.unit) && ATTENDED.test(f.slice(c.end, c.end + 2)) ? verbPhraseAt(text, f, c.end, found[i + 1] ?? null) : '';
        label = did && noun.length + did.length <= MAX_LABEL + 4 ? noun + did : noun;
      } else if (label.length >= 4 && !label.includes('被') && between.endsWith(foldScript(label)) && /^\s*[、，,]\s*$/.test(between.slice(0, -label.length)) && passiveShares(figures[i - 1]?.label ?? '', label)) {
        // 被全国政协采用5条、省政协采用23条: the passive of the item before carries over to the
        // next one with the same verb (信息被省政协采用).
        const before = (figures[i - 1] as Figure).label;
        noun = nouns[i - 1] as string;
        if (before.lastIndexOf('被') + 1 + label.length <= MAX_LABEL + 4) label = before.slice(0, before.lastIndexOf('被') + 1) + label;
      } else if (label.startsWith('被') && nouns[from] && !endsWithVerb(nouns[from] as string, label) && (found[from] as Candidate).unit === c.unit && !SENTENCE_END.test(between)) {
        // 报送信息326篇，被全国政协采用15篇: a passive names the part by what happened to it, of
        // what the figure before it counts (信息被全国政协采用); not of who did something
        // (区政协采用237篇，被市政协采用55篇: not 区政协采用被市政协采用).
        noun = nouns[from] as string;
        if (noun.length + label.length <= MAX_LABEL + 4) label = noun + label;
      } else if (label && c.info.category === 'count' && isVerbLabel(label) && (found[from] as Candidate).info.category !== 'count') {
        // (投入1200万元，经审查立案300件: a count's verb takes no noun from an amount of money.)
      } else if ((weak && (FOLLOWS.test(between) || namesNothing(between) || changeOnly || (AMONG.test(foldScript(label)) && ofPrevious(between)))) || about) {
        // 收到提案3256件，立案2987件: the verb says which of them (立案提案), where the lent noun
        // alone would give both figures the same label; what it lends on is the noun
        // (应到委员311名，实到286名，出席280名 → 实到委员, 出席委员). A share or a part of it
        // (，占91.7%) takes its whole label.
        // 收到提案35件，增长6.8%: a change names what changed first (提案增长).
        const lent = nouns[from];
        if (label && (change || isVerbLabel(label)) && lent && !lent.includes(label)) {
          noun = lent;
          label = change ? lent + label : label + lent;
        } else {
          // (After a change, a level names what changed: 收入增长6.5%，达到4.2万元 → 收入.)
          const lender = figures[from]?.label ?? label;
          noun = c.info.category !== 'percent' && changeSubject(lender) ? (nouns[from] as string) : lender;
          // 其中18项被采纳: what happened to that part says which part it is (协商成果被采纳).
          label = withOutcome(noun, text, f, c.end);
          // (…1200亿元，占GDP比重达到42.3%: a share of a whole's 比重 says of which whole.)
          const whole = about?.share ? shareOfWhole(f.slice(about.from, about.from + 24).replace(/^\s*约?/, '')) : '';
          const at = whole ? f.indexOf(whole, about?.from) : -1;
          if (whole && at >= 0 && label.length + whole.length <= MAX_LABEL + 4) label += text.slice(at, at + whole.length);
          // (分别各捐二百万元，合共一千万元: a total after an amount for each is no amount for each.)
          const totalWord = TOTAL_BEFORE.exec(f.slice(Math.max(0, c.start - 2), c.start));
          if (totalWord && EACH_LEAD.test(foldScript(label))) {
            const rest = label.slice(EACH_LEAD.exec(foldScript(label))?.[0].length ?? 0);
            label = (rest.length >= 2 ? rest : '') + text.slice(c.start - totalWord[0].length, c.start);
          }
        }
      }
    }
    // 今年计划提出提案20件以上: a plan or a forecast is not a result; the label says which.
    // (预计完成投资50亿元，同比增长8%: a figure about the one before, as planned as it.)
    const plan = planBefore(text, f, c.start) ?? (prev && noun === nouns[i - 1] && !SENTENCE_END.test(f.slice(prev.end, c.start)) ? (plans[i - 1] as string | null) : null);
    if (plan && !label.includes(plan)) label = `${label}（${plan}）`;
    plans.push(plan);
    nouns.push(noun);
    figures.push({
      raw: text.slice(c.start, c.end),
      value: c.value,
      ...(c.max !== undefined ? { max: c.max } : {}),
      unit: c.unit,
      qualifier: c.qualifiers.length ? c.qualifiers.join(' ') : null,
      label,
      category: c.info.category,
      sentence: sentenceOf(text, c.start, c.end),
      start: c.start,
      end: c.end,
      ...(c.magnitude ? { magnitude: c.magnitude } : {}),
    });
  }
  respectively(text, f, figures, nouns);
  // (共3页 第1页: a count of pages that names nothing is a pager, not a figure.)
  return figures.filter((x) => !(PAGES.test(x.unit) && !x.label));
}
const PAGES = /^[页頁]$/;

/** A clause opening with 分别 and what it says of each (分别增长, 分别比上年增长, 分别为, 分别约占, 分别占总数的). Folded text. */
const RESPECTIVELY = /^\s*([^，,。；;：:！？!?]{0,16}?)分别(?:约|大约|均)?(?:(?:同比|环比|比上年|较上年)?(?:增长|下降|提高|降低|增加|减少|上升|回落)|为|达到?|是|占(?:[^，,。；;：:！？!?]{1,10}的)?|有)?\s*$/;
const CHANGE_WORD = /(?:同比|环比|比上年|较上年)?(?:增长|下降|提高|降低|增加|减少|上升|回落)$/;

/**
 * 旅游收入达12.5亿元，接待游客320万人次，分别增长15%和12%: the figures of a 分别 clause are,
 * in order, about the figures before it in the sentence (旅游收入增长, 游客增长), as many as
 * they are. Nouns are what each figure lends (nouns[i]).
 */
function respectively(text: string, f: string, figures: Figure[], nouns: string[]): void {
  for (let i = 0; i < figures.length; i++) {
    const c = figures[i] as Figure;
    let k = c.start;
    while (k > 0 && c.start - k < 200 && !/[，,。；;！？!?\n]/.test(f[k - 1] as string)) k--;
    const head = RESPECTIVELY.exec(f.slice(k, c.start));
    if (!head) continue;
    // The run: figures joined by 和/与/及/、 in this clause.
    let end = i;
    while (end + 1 < figures.length && /^\s*[和与及、]\s*$/.test(f.slice((figures[end] as Figure).end, (figures[end + 1] as Figure).start))) end++;
    const n = end - i + 1;
    const change = CHANGE_WORD.exec(head[0].trim());
    const how = change ? text.slice(k, c.start).trim().slice(-change[0].length) : '';
    const subjectAt = k + head[0].length - head[0].trimStart().length;
    // (其中分别有…: a subject that names nothing is none.)
    const named = text.slice(subjectAt, subjectAt + (head[1] as string).length).trim();
    const subject = AMONG.test(foldScript(named)) || isNameless(named) ? '' : named;
    // The figures before the clause in the same sentence.
    let first = i;
    while (first > 0 && !/[。！？!?；;\n]/.test(f.slice((figures[first - 1] as Figure).end, (figures[first] as Figure).start))) first--;
    if (n >= 2 && subject.length >= 2) {
      // 男女委员分别为200人和100人, 提案和信息分别增长8%和12%: the subject of the clause, split
      // into as many parts as there are figures when it lists them.
      const parts = sharedHead(subject.split(/[和与及、與]/), subject);
      for (let t = 0; t < n; t++) {
        const part = parts.length === n && parts.every((p) => p.length >= 1) ? (parts[t] as string) : subject;
        (figures[i + t] as Figure).label = part + how;
        // (…分别达到4.2万元和2.1万元，分别增长5%和7%: a later 分别 clause reads these.)
        nouns[i + t] = part;
      }
    } else if (n >= 2 && !subject && i - first >= n) {
      for (let t = 0; t < n; t++) {
        const noun = nouns[i - n + t] || (figures[i - n + t] as Figure).label;
        if (noun) (figures[i + t] as Figure).label = noun + how;
        if (noun) nouns[i + t] = noun;
      }
    }
    i = end;
  }
}

/** Whether a label (省政协采用) carries the passive of the label before it (…被全国政协采用): it ends in the same two characters, the verb. */
function passiveShares(before: string, label: string): boolean {
  const at = before.lastIndexOf('被');
  return at >= 0 && before.length - at >= 4 && foldScript(before.slice(-2)) === foldScript(label.slice(-2));
}

/**
 * 城镇和农村居民人均可支配收入, 人事编制和工务工程的建议: listed modifiers share the head of the
 * last part (居民…, 的建议), which the earlier parts get too. The head starts at the last part's
 * first 的 or person noun, after a modifier of at most 4 characters; an earlier part that names
 * a person or has a 的 is whole already (党员和非党员委员). Parts come in the text's script.
 */
function sharedHead(parts: string[], subject: string): string[] {
  const last = parts[parts.length - 1] as string;
  const g = foldScript(last);
  // (长治久安、民生、文化等领域提案分别占…: the list closes with 等 before the head they share.)
  const deng = g.indexOf('等');
  if (deng >= 1 && deng <= 4 && g.length - deng - 1 >= 2 && subject.length <= MAX_LABEL * 2 && parts.slice(0, -1).every((p) => p.length >= 1 && p.length <= 4 && !p.includes('的'))) {
    const head = last.slice(deng + 1);
    return [...parts.slice(0, -1).map((p) => p + head), last.slice(0, deng) + head];
  }
  const de = g.indexOf('的');
  const person = PERSON_ANYWHERE.exec(g)?.index ?? -1;
  const at = de >= 1 ? (person >= 1 ? Math.min(de, person) : de) : person;
  if (at < 1 || at > 4 || g.length - at < 2) return parts;
  const head = last.slice(at);
  if (!parts.slice(0, -1).every((p) => p.length >= 1 && p.length <= 4 && !p.includes('的') && !PERSON_ANYWHERE.test(foldScript(p)))) return parts;
  if (subject.length > MAX_LABEL * 2) return parts;
  return [...parts.slice(0, -1).map((p) => p + head), last];
}

/** Slice size for extractFiguresSliced (5-11 ms a slice in the extension on the 2-core test machine). */
export const FIGURE_SLICE = 20_000;

/**
 * extractFigures in slices of about `size` characters, each ending at a line break, with a pause
 * between slices: a long article does not hold the page in one long task. The figures are the
 * same, since a figure, its label and its sentence never cross a line break (the unit tests
 * compare the two on every fixture). Once `cancelled()` says so, it stops at the next pause and
 * returns what it has (a caller that cancels does not use it).
 */
export async function extractFiguresSliced(input: string, pause: () => Promise<void>, size = FIGURE_SLICE, cancelled: () => boolean = () => false): Promise<Figure[]> {
  const text = input.length > MAX_TEXT ? input.slice(0, MAX_TEXT) : input;
  const out: Figure[] = [];
  for (let start = 0; start < text.length && out.length < MAX_FIGURES; ) {
    const nl = text.length - start > size ? text.indexOf('\n', start + size) : -1;
    const end = nl < 0 ? text.length : nl + 1;
    if (start > 0) {
      await pause();
      if (cancelled()) break;
    }
    for (const f of extractFigures(text.slice(start, end))) {
      if (out.length >= MAX_FIGURES) break;
      out.push({ ...f, start: f.start + start, end: f.end + start });
    }
    start = end;
  }
  return out;
}

function readFigure(text: string, f: string, at: number, core: string): Candidate | null {
  let numStart = at;
  let numText = core;
  const prev = f[at - 1];
  // Numbers glued to Latin letters are codes (pk10, A202107), not figures.
  if (prev && /[A-Za-z_]/.test(prev)) return null;
  if (isDigitLike(prev)) return null;
  if (ORDINAL_BEFORE.test(f.slice(Math.max(0, at - 3), at).trimEnd())) return null;
  // A trailing space belongs to the gap before the unit (共 32 次).
  numText = numText.replace(/\s+$/, '');
  // (伍家岗, 陆家嘴, 参会: a lone financial or variant form is a name or a word, not a number.)
  if (RARE_ALONE.test(numText)) return null;
  // 数十人, 几百名, 几十: "some tens", no number a reader could report.
  // (人数十五人 and the like: 数 ends a word there.)
  if (/^[几幾]/.test(numText) || (VAGUE_BEFORE.test(prev ?? '') && MAGNITUDE_FIRST.test(numText) && !COUNT_NOUN_BEFORE.test(f[at - 2] ?? ''))) return null;
  let pos = at + numText.length;
  const qualifiers: string[] = [];
  // 百分之三十 / 千分之二; any other fraction is a share too: 三分之二, 十分之一 (in percent).
  const fracPrefix = /(?:百|千|万|[0-9０-９]{1,3}|[一二两三四五六七八九十]{1,3})分之$/.exec(f.slice(Math.max(0, at - 6), at));
  if (fracPrefix) {
    numStart = at - fracPrefix[0].length;
    const value = parsePercent(f.slice(numStart, pos));
    if (value === null) return null;
    return share(text, f, numStart, pos, pos, value, qualifiers);
  }
  // (约占全国总面积的1/8: a fraction in digits, in a clause about a share, is one too.)
  const slash = /^[/／]([0-9０-９]{1,3})(?![0-9０-９.．/／])/.exec(f.slice(pos, pos + 5));
  if (slash && /^[0-9０-９]{1,3}$/.test(numText) && /占[^，。；;,]{0,16}$/.test(clauseBefore(f, at))) {
    const over = Number(toHalfWidth(numText));
    const under = Number(toHalfWidth(slash[1] as string));
    if (over >= 1 && over < under) return share(text, f, at, pos + slash[0].length, pos + slash[0].length, Math.round((over / under) * 1_000_000) / 10_000, qualifiers);
  }
  // A core of magnitudes only (百, 千, 万, 百万) is a word (百姓, 千方百计, 万众一心) unless it
  // counts: 百余名, 千多人 (余/多 after it), 近千人, 上万人次 (a qualifier before it). Then it is
  // one hundred, one thousand… (十 alone is ten already).
  const bare = !HAS_DIGIT.test(numText) && !/^[十拾]/.test(numText);
  if (bare) {
    if (!MAGNITUDE_FIRST.test(numText) || f.startsWith('分之', pos)) return null;
    const counted = /[余餘多]/.test(numText) || POST_INNER.test(f.slice(pos, pos + 1));
    const before = f.slice(Math.max(0, at - 3), at);
    const qualified = BARE_PRE_QUALIFIERS.some((q) => before.endsWith(foldScript(q))) && !/成[百千万]上$/.test(before);
    // 千亿元, 百万人: two magnitudes before a unit are a count too (千万 alone is an adverb,
    // 百万雄师 has no unit: the unit is still required below).
    const compound = /^[百佰千仟万萬][万萬亿億]/.test(numText);
    if (!counted && !qualified && !compound) return null;
  }
  // 六成, 近三成, 九成以上: tenths, a share in percent (成员, 成为, 一成不变 are words).
  if (f[pos] === '成' && !CHENG_WORD.test(f[pos + 1] ?? '') && (/[0-9０-９]/.test(numText) || !/\p{Script=Han}/u.test(prev ?? '') || BEFORE_SHARE.test(prev ?? ''))) {
    const tenths = parseNumber(toHalfWidth(numText));
    if (tenths !== null && Number.isInteger(tenths) && tenths >= 1 && tenths <= 10) {
      return share(text, f, numStart, pos, pos + 1, tenths * 10, qualifiers);
    }
  }
  // 余/多 between number and unit: 80余人次, 1800多对 (the core already took 余 before 万/亿).
  // 十几名, 二十几万: ten-odd, kept as 十 with 几 beside it like 余.
  let inner: string | null = /[余多几]/.test(numText) ? (text.slice(at, pos).match(/[余餘多几幾]/)?.[0] ?? null) : null;
  if (!inner && POST_INNER.test(f.slice(pos, pos + 1)) && !unitAt(f, pos)) {
    inner = text[pos] as string;
    pos++;
  }
  // 20来个, 十来天, 百来人: 来 after a round number is "about" (一来…二来… is no figure).
  if (!inner && f[pos] === '来' && /(?:[1-9１-９][0-9０-９]*[0０]|[十拾百佰千仟])$/.test(numText) && unitAt(f, pos + 1)) {
    inner = text[pos] as string;
    pos++;
  }
  // Ranges: 3至5名, 三到五个.
  let max: number | undefined;
  // 三四十名, 两三天, 七八百人: two neighbouring digits are a range too (30 to 40).
  const approx = APPROX.exec(numText);
  const approxRange = approx && APPROX_DIGITS.indexOf(approx[2] as string) - APPROX_DIGITS.indexOf((approx[1] as string).replace('两', '二')) === 1 ? [approx[1] + (approx[3] as string), approx[2] + (approx[3] as string)] : null;
  if (approxRange) max = parseNumber(approxRange[1] as string) ?? undefined;
  const range = RANGE.exec(f.slice(pos, pos + 3));
  if (range) {
    const second = new RegExp(CORE.source, 'y');
    second.lastIndex = pos + range[0].length;
    const m2 = second.exec(f);
    if (m2 && unitAt(f, second.lastIndex)) {
      const hi = parseNumber(m2[0]);
      if (hi !== null) {
        max = hi;
        pos = second.lastIndex;
      }
    }
  }
  const numEnd = pos;
  while (pos < f.length && pos - numEnd < 2 && /[ \t\u00a0]/.test(f[pos] as string)) pos++;
  // 两个半月, 一个半小时: a half between 个 and the unit of time.
  const halfInside = HALF_INSIDE.exec(f.slice(pos, pos + 4));
  let info = halfInside ? unitAt(halfInside[1] === '月' ? '个月' : '小时', 0) : (unitAt(f, pos) ?? scoreAt(f, pos, numText, at));
  // 分别捐出五百万和二百万港元: an amount listed before another takes its unit (the figure
  // itself ends with its number).
  const shared = !info && !halfInside && !inner && max === undefined ? sharedUnitAt(f, numEnd) : null;
  const sharedAt = shared ? shared.at : -1;
  if (shared) info = unitAt(f, shared.at);
  if (!info) return null;
  const unitPos = sharedAt >= 0 ? sharedAt : pos;
  const unitRaw = !halfInside ? text.slice(unitPos, unitPos + info.unit.length) : halfInside[1] === '月' ? `${text[pos]}${text[pos + 2]}` : text.slice(pos + 2, pos + 4);
  let unitEnd = sharedAt >= 0 ? numEnd : pos + (halfInside ? halfInside[0].length : info.unit.length);
  // 会期六天半, 三周半: a half right after a unit of time, closing its phrase.
  let half = !!halfInside;
  if (!half && info.duration && f[unitEnd] === '半' && HALF_AFTER.test(f.slice(unitEnd + 1, unitEnd + 3))) {
    half = true;
    unitEnd++;
  }
  // 1小时21分钟, 2小时30分: minutes after hours are part of the span (raw and value).
  const minutes = !half && info.unit === '小时' && !halfInside ? MINUTES_AFTER.exec(f.slice(unitEnd, unitEnd + 6)) : null;
  if (minutes) unitEnd += minutes[0].length;
  // 156件（次）, 36个（项）: a second measure word in brackets is part of the unit.
  const alt = info.category === 'count' ? ALT_UNIT.exec(f.slice(unitEnd, unitEnd + 5)) : null;
  if (alt) unitEnd += alt[0].length;
  const split = splitInnerQualifier(unitRaw);
  if (split.qualifier) inner = split.qualifier;
  // 字 counts text only in the thousands (160万字, 3000字); 十字路口, 八字方针 are words.
  if (info.unit === '字' && !/[千仟万萬亿億]/.test(numText) && !(/^[0-9０-９]/.test(numText) && (parseNumber(toHalfWidth(numText)) ?? 0) >= 100)) return null;
  // 本文共3500字: the page's own length (a reading-time line), not something it reports.
  if (info.unit === '字' && /(?:本文|全文)[^，。；]{0,3}$/.test(f.slice(Math.max(0, at - 6), at))) return null;
  // (阅读：586次, 浏览次数：1200: the page's own counter, not something it reports; 点击量15万人次
  // in a sentence is a result.)
  if (PAGE_COUNTER.test(f.slice(Math.max(0, at - 8), at))) return null;
  // 经济二组, 二班: a lone 二 before a measure word names a group; two of them are 两组, 两个班.
  if (numText === '二' && /\p{Script=Han}/u.test(f[at - 1] ?? '') && /^(?:组|班|队|团|处|科|室|所|院|部)$/.test(info.unit)) return null;
  // Ordinal meetings: 十三届二次常委会会议, 一次会议.
  // (召开了三次全体会议: after a verb of holding, it is how many were held.)
  if (info.unit === '次' && !/[0-9０-９]/.test(numText) && MEETING_AFTER.test(f.slice(unitEnd, unitEnd + 4)) && !HELD_BEFORE.test(f.slice(Math.max(0, numStart - 6), numStart))) return null;
  // Slogans: 四件大事, “两个确立”; and anything in a short quotation.
  const head = f.slice(at, at + 8);
  if (SLOGANS.some((s) => head.startsWith(s))) return null;
  if (inShortQuote(f, at, unitEnd)) return null;
  // 周年 and the like: a unit glued to 年 is part of a date or anniversary.
  if (/^年/.test(f.slice(unitEnd, unitEnd + 1)) && info.category !== 'percent') return null;
  // The value.
  const numeral = f.slice(at, numEnd).replace(/[余餘多]/g, '');
  // The low end of a range (the whole numeral when there is none). 20至30万元, 三至五百人: a
  // magnitude written only after the high end is the low end's too.
  let low = approxRange ? (approxRange[0] as string) : numeral.replace(/(至|到|-|~|～|—).*/, '');
  if (shared?.magnitude && info.category === 'money' && !/[百佰千仟万萬亿億]$/.test(low)) low += shared.magnitude;
  const highMagnitude = max !== undefined ? /[百佰千仟万萬亿億]+$/.exec(numeral)?.[0] : undefined;
  if (highMagnitude && low !== numeral && !/[百佰千仟万萬亿億]/.test(low)) low += highMagnitude;
  let value: number | null;
  let unit = split.unit;
  if (info.category === 'money') {
    // (1万3000元港币: a currency written after 元 is the figure's; 元人民币 is 元.)
    const after = unitRaw.startsWith('元') && unitRaw.length > 1 && currencyOf(unitRaw.slice(1))?.unit !== '元' ? unitRaw.slice(1) : '';
    const money = parseMoney(low + (after ? '元' : info.unit));
    value = money?.value ?? null;
    unit = after || (money ? (unitRaw.startsWith('元') ? '元' : unitRaw) : unitRaw);
    // 新台幣1.2億元, 港幣5億元: a currency named right before the number is the figure's.
    // (港幣逾480萬元: a qualifier may stand between the two.)
    const named = unit === '元' ? CURRENCY_BEFORE.exec(f.slice(Math.max(0, at - 6), at)) : null;
    if (named && currencyOf(named[1] as string)?.unit !== '元') unit = text.slice(at - named[0].length, at - named[0].length + (named[1] as string).length);
    // 3.5億元（新台幣）: or in brackets after it; the note is part of the figure as written.
    const note = unit === '元' ? CURRENCY_NOTE.exec(f.slice(unitEnd, unitEnd + 8)) : null;
    if (note && currencyOf(note[1] as string)?.unit !== '元') {
      unit = text.slice(unitEnd + note[0].length - 1 - (note[1] as string).length, unitEnd + note[0].length - 1);
      unitEnd += note[0].length;
    }
  } else if (info.category === 'percent') {
    value = parseNumber(low);
  } else {
    value = parseNumber(low);
    if (alt) unit += text.slice(unitEnd - alt[0].length, unitEnd);
  }
  if (value === null || !Number.isFinite(value)) return null;
  // 1%-2%, 20万元至30万元: a range whose ends both carry the unit.
  if (max === undefined && !half && !minutes && !alt) {
    const range2 = RANGE.exec(f.slice(unitEnd, unitEnd + 3));
    const second = new RegExp(CORE.source, 'y');
    second.lastIndex = unitEnd + (range2?.[0].length ?? 0);
    const m2 = range2 ? second.exec(f) : null;
    const unitFolded = f.slice(pos, pos + info.unit.length);
    if (m2 && f.startsWith(unitFolded, second.lastIndex)) {
      const hiText = m2[0].replace(/[余餘多]/g, '');
      const hi = info.category === 'money' ? (parseMoney(hiText + info.unit)?.value ?? null) : parseNumber(hiText);
      if (hi !== null && hi > value) {
        max = hi;
        unitEnd = second.lastIndex + unitFolded.length;
      }
    }
  }
  if (half) {
    value += 0.5;
    if (max !== undefined) max += 0.5;
  }
  if (minutes) value = Math.round((value + (parseNumber(toHalfWidth(minutes[1] as string)) ?? 0) / 60) * 100) / 100;
  // (捐款128万至30万港元不等: a range written high to low is still low to high in value and max.)
  if (max !== undefined && max < value) [value, max] = [max, value];
  // Counts of exactly one are articles (一批, 一个课题) or task specs (撰写1份提案, 各设主任1名),
  // not results; but 1 in digits closing its phrase is a count like any other
  // (召开全体会议1次、常委会议4次), unless 各 or 每 in its clause makes it a spec for each.
  // (形成2份调研报告和1份建议案: one listed after other counts is counted with them.)
  // (反对1票: one vote is a result like any other.)
  if (info.category === 'count' && value === 1 && !(unit === '票' && !/[各每]/.test(clauseBefore(f, at))) && max === undefined && !inner && !(/^[0-9０-９]+$/.test(numeral) && CLOSES.test(f.slice(unitEnd, unitEnd + 1)) && !/[各每]/.test(clauseBefore(f, at))) && !(unit !== '批' && LISTED_AFTER_COUNT.test(clauseBefore(f, at))) && !(/^[0-9０-９]+$/.test(numeral) && LISTS_COUNTS_AFTER.test(f.slice(unitEnd, unitEnd + 20))) && !(/^[0-9０-９]+$/.test(numeral) && followsCount(f, at, unit))) return null;
  // (合计可能不等于100%: a figure said not to hold is no figure.)
  if (NOT_EQUAL.test(f.slice(Math.max(0, at - 8), at))) return null;
  // 在全市八个民主党派中位居第一: the field a rank is taken in, not a result.
  if (info.category === 'count' && RANK_FIELD.test(f.slice(unitEnd, unitEnd + 16)) && /在[^，,。；;]*$/.test(clauseBefore(f, at))) return null;
  // (年满18岁的公民, 未满14周岁: an age one has to reach is a condition, not a figure.)
  // (45岁以下委员, 67岁的俞正声: an age bound or an age describing someone names no result.)
  // (61-70岁8名: an age bracket before a count of people names them.)
  if (AGES.test(unit) && (/(?:年满|未满|不满|已满|满)$/.test(f.slice(Math.max(0, numStart - 2), numStart)) || /^(?:及|或)?(?:以上|以下|以内|的)/.test(f.slice(unitEnd, unitEnd + 3)) || AGE_GROUP_COUNT.test(f.slice(unitEnd, unitEnd + 8)))) return null;
  // 年收入10万元以上的家庭: a threshold naming which ones are counted, not a result.
  if (isThreshold(info.category, f, unitEnd)) return null;
  // (对涉及三家以上承办单位的2410件提案: a count threshold in the noun phrase of the figure after it.)
  if (info.category === 'count' && COUNT_THRESHOLD_AFTER.test(f.slice(unitEnd, unitEnd + 16))) return null;
  const [start, end] = qualify(text, f, numStart, unitEnd, qualifiers, inner, bare ? BARE_PRE_QUALIFIERS : PRE_QUALIFIERS);
  const c = finish(text, f, start, numStart, numEnd, end, value, max, unit, info, qualifiers);
  if (shared?.magnitude && info.category === 'money' && !/[百佰千仟万萬亿億]$/.test(numeral)) c.magnitude = shared.magnitude;
  return c;
}

/** 个半月, 个半小时: a half inside a unit of time (folded text). */
const HALF_INSIDE = /^个半(月|小时)/;
/** Minutes right after hours (1小时21分钟, 两小时三十分), under 60. Folded text. */
const MINUTES_AFTER = /^([0-5０-５]?[0-9０-９]|[一二三四五]?十?[一二两三四五六七八九]|[一二三四五]?十)分(?:钟)?(?![0-9０-９之])/;
/** What may follow the half after a unit of time (六天半, 三天半时间, 两周半来). */
const HALF_AFTER = /^(?:$|[^\p{Script=Han}]|的|时|来|以来|内|里|中|后)/u;
/** Two neighbouring digits and a magnitude: an approximate range (三四十, 两三, 七八百). Folded text. */
const APPROX = /^([一二两三四五六七八])([二三四五六七八九])([十百千万亿]*)$/;
const APPROX_DIGITS = '一二三四五六七八九';
/** A second measure word in brackets right after the unit (件（次）, 个（项）). Folded text. */
const ALT_UNIT = /^[（(](?:人次|次|人|个|项|件|家|户|篇|条|场)[）)]/;
/** A clause before a figure that lists it after another count (2份调研报告和, 两个报告、). Folded text. */
const LISTED_AFTER_COUNT = /(?:[0-9０-９]|[二两三四五六七八九十百千][个份项件条篇家名位次场])[^，,。；;]*[和及、]\s*$/;
/** After a count: 以上/以下, a short noun, 的 and another number (三家以上承办单位的2410件提案). Folded text. */
const COUNT_THRESHOLD_AFTER = /^(?:及|或)?(?:以上|以下|以内)[^，,。；;、的0-9０-９]{1,8}的(?:[0-9０-９]|[一二两三四五六七八九十百千][^，,。；;]{0,4}?[个件名位项家])/;
/**
 * Where the unit of the next amount starts, when an amount with none is listed right before it
 * (五百万和二百万港元, 1000和2000万元); -1 otherwise. Money and shares only: a count's bare number
 * before another (2023和2024年) is no amount. Folded text, from the first number's end.
 */
function sharedUnitAt(f: string, from: number): { at: number; magnitude: string } | null {
  const join = /^\s*(?:和|与|及|或|、)\s*/.exec(f.slice(from, from + 4));
  if (!join) return null;
  const second = new RegExp(CORE.source, 'y');
  second.lastIndex = from + join[0].length;
  const m = second.exec(f);
  if (!m || (!HAS_DIGIT.test(m[0]) && !/[十百千万亿]/.test(m[0]))) return null;
  let at = second.lastIndex;
  while (at < f.length && /[ \t\u00a0]/.test(f[at] as string)) at++;
  const u = unitAt(f, at);
  // (1000和2000万元: the magnitude written after the second is the first's too.)
  return u && (u.category === 'money' || u.category === 'percent') ? { at, magnitude: /[万亿]+$/.exec(m[0].trimEnd())?.[0] ?? '' } : null;
}
/**
 * A figure opening its clause right after a clause that counts in the same unit in digits
 * (省委办采用4篇，1篇信息获得省领导批示): one of a list of counts. Not for each (各1名). Folded text.
 */
function followsCount(f: string, at: number, unit: string): boolean {
  if (clauseBefore(f, at).trim() || !/[，,；;]/.test(f[at - 1] ?? '')) return false;
  const before = clauseBefore(f, at - 1);
  if (/[各每]/.test(before)) return false;
  const u = foldScript(unit);
  for (const m of before.matchAll(/[0-9０-９][余多]?/g)) if (before.startsWith(u, (m.index ?? 0) + m[0].length)) return true;
  return false;
}
/** A page's own counter right before a number, with its colon (阅读：586次, 浏览次数：, 点击量：). Folded text. */
const PAGE_COUNTER = /(?:阅读|浏览|点击|访问|阅览)(?:量|数|次数|人次|次)?\s*[：:]\s*$/;
/** A count of people right after an age (61-70岁8名, 50岁以下396人 is a threshold already). Folded text. */
const AGE_GROUP_COUNT = /^(?:[0-9０-９]+|[一二两三四五六七八九十百千]+)(?:多|余)?[名人位]/;
/** One financial or variant numeral form on its own. */
const RARE_ALONE = /^[壹贰貳叁參肆伍陆陸柒捌玖拾佰仟幺俩倆弎]$/;
/** Units of age. */
const AGES = /^(?:周岁|週歲|周歲|岁|歲)$/;
/** Right before a figure: it does not equal it (分项之和可能不等于100%). Folded text. */
const NOT_EQUAL = /(?:不|未必|不一定|并不|并非)(?:完全)?(?:等于|等同于)\s*$/;
/** After a count: …中 and a rank (在12个县区中排名第一, 在八个民主党派中位居前列). Folded text. */
const RANK_FIELD = /^[^，,。；;、]{1,10}?中(?:位居|位列|排名|名列|排在|居于|居|率先|第)/;
/** After a count of 1 in digits: its noun, then more counts listed (1个服务中心，20个联络站). Folded text. */
const LISTS_COUNTS_AFTER = /^[^，,。；;、和及0-9０-９]{1,12}[，,、和及][0-9０-９]+[余多]?[个份项件条篇家名位次场所座]/;
/** What may follow a figure that closes its phrase. */
const CLOSES = /^([，,、。；;！？!?）)]|$)/;

/** Points of a score: 分 after digits closing the phrase, in a clause about a score (测评得分95.6分). */
const SCORE = { unit: '分', category: 'measure', classifier: false } as const satisfies UnitInfo;
const SCORE_CONTEXT = /得分|积分|评分|分数|打分|满分|总分|均分|分值|测评|考评|考核|评估|评价|成绩|指数/;
const SCORE_CLOSES = /^分(?:[，,、。；;！？!?）)\s和及或]|以上|以下|左右|的|$)/;
const SCORE_NAMED_AFTER = /^分的[^，,。；;0-9０-９]{0,6}(?:成绩|得分|总分|评分|积分|分数)/;
function scoreAt(f: string, pos: number, numText: string, at: number): UnitInfo | null {
  if (!/^[0-9０-９]+(?:[.．][0-9０-９]+)?$/.test(numText) || !SCORE_CLOSES.test(f.slice(pos, pos + 3))) return null;
  // (以2357分的年度总成绩位列第一: the score named right after it.)
  return SCORE_CONTEXT.test(clauseBefore(f, at)) || SCORE_NAMED_AFTER.test(f.slice(pos, pos + 12)) ? SCORE : null;
}

/** The text of f's clause before position at (back to the last clause break). */
function clauseBefore(f: string, at: number): string {
  let i = at;
  // (At most 200 characters back: a text with no punctuation costs no more than one that has it.)
  while (i > 0 && at - i < 200 && !/[，,。；;！？!?\n]/.test(f[i - 1] as string)) i--;
  return f.slice(i, at);
}

/**
 * Qualifiers around a figure, into `qualifiers` in text order: one right before the number
 * (近300人, 超415萬次, 累計1800余萬元), the one between number and unit (inner: 余, 多), one
 * after the unit (以上, 左右). Returns the figure's span with them.
 */
function qualify(text: string, f: string, numStart: number, unitEnd: number, qualifiers: string[], inner: string | null = null, pre = PRE_QUALIFIERS): [number, number] {
  let start = numStart;
  let end = unitEnd;
  for (const q of pre) {
    if (f.slice(start - q.length, start) === foldScript(q)) {
      qualifiers.push(text.slice(start - q.length, start));
      start -= q.length;
      break;
    }
  }
  if (inner) qualifiers.push(inner);
  // (增加了一倍多: 多 and 余 follow 倍, not the number.)
  if (!inner && f[end - 1] === '倍' && /[余多]/.test(f[end] ?? '')) {
    qualifiers.push(text.slice(end, end + 1));
    end++;
  }
  for (const q of POST_AFTER)
    if (f.startsWith(q, end)) {
      qualifiers.push(text.slice(end, end + q.length));
      end += q.length;
      break;
    }
  return [start, end];
}

/**
 * A share in percent (三分之二, 六成) with its qualifiers. It names what it is a share of after
 * it when 的 and a noun follow (三分之二以上的政协委员) or people do (8成群众).
 */
function share(text: string, f: string, numStart: number, numEnd: number, unitEnd: number, value: number, qualifiers: string[]): Candidate {
  const [start, end] = qualify(text, f, numStart, unitEnd, qualifiers);
  const ofNext = f[end] === '的' || PERSON_START.test(f.slice(end, end + 4));
  return finish(text, f, start, numStart, numEnd, end, value, undefined, '%', { unit: '%', category: 'percent', classifier: ofNext }, qualifiers);
}

function finish(
  _text: string,
  _f: string,
  start: number,
  numStart: number,
  numEnd: number,
  end: number,
  value: number,
  max: number | undefined,
  unit: string,
  info: UnitInfo,
  qualifiers: string[],
): Candidate {
  return {
    start,
    numStart,
    numEnd,
    end,
    unitStart: numEnd,
    value: Math.round(value * 1e6) / 1e6,
    ...(max !== undefined ? { max } : {}),
    unit,
    info,
    qualifiers,
  };
}

/** Every numeral span in a text, with its value: the scanner the figure extractor starts from. */
export function scanNumbers(text: string): { text: string; start: number; end: number; value: number }[] {
  const f = foldScript(text);
  const out: { text: string; start: number; end: number; value: number }[] = [];
  const re = new RegExp(CORE.source, 'g');
  for (let m = re.exec(f); m; m = re.exec(f)) {
    const core = m[0].replace(/[,，.．\s]+$/, '');
    if (!HAS_DIGIT.test(core) && !/^[十拾]/.test(core) && core !== '半百') continue;
    const value = parseNumber(toHalfWidth(core).replace(/[余餘多]/g, ''));
    if (value === null) continue;
    out.push({ text: text.slice(m.index, m.index + core.length), start: m.index, end: m.index + core.length, value });
  }
  return out;
}
