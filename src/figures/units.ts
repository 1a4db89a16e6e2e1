// Measure words and units (GUIDE §4), longest first, with their category.
import { CURRENCY_UNITS } from './currency';
export type Category = 'count' | 'percent' | 'money' | 'measure';

export interface UnitInfo {
  unit: string;
  category: Category;
  /** A classifier: a noun usually follows (649名政协委员). */
  classifier: boolean;
  /** A span of time: the label is what lasted (两个多月奋战在防疫第一线). */
  duration?: boolean;
}

const COUNT_CLASSIFIERS = [
  '人次', '场次', '場次', '件次', '篇次', '条次', '條次', '项次', '項次', '户次', '戶次', '批次', '架次', '班次', '车次', '車次', '个', '個', '件', '名', '位', '篇', '条', '條',
  '期', '场', '場', '户', '戶', '项', '項', '家', '对', '對', '所', '份', '批', '部', '本', '册', '冊', '套', '台', '辆', '輛', '座',
  '栋', '棟', '处', '處', '支', '队', '隊', '组', '組', '轮', '輪', '枚', '张', '張', '株', '棵', '头', '頭', '只', '隻', '艘',
  '架', '间', '間', '种', '種', '类', '類', '辑', '輯', '幅', '首', '起', '次', '人', '余人', '票', '页', '頁',
];
const DURATIONS = ['个多小时', '個多小時', '个多月', '個多月', '个小时', '個小時', '个星期', '個星期', '个月', '個月', '小时', '小時', '天', '周'];
const MEASURES = [
  '平方公里', '平方米', '立方米', '千瓦时', '千瓦時', '公里', '千米', '公顷', '公頃', '公斤', '千克', '千瓦', '亩', '畝', '吨', '噸', '斤', '米', '毫升', '升', '标箱', '標箱',
  // Characters of text (文史资料160万字); a figure only with a scale or 100+ (see extract: 十字, 八字方针).
  '字',
  // Age (平均年龄63.7岁); 40岁以下的委员 is a threshold, not a figure (see extract).
  '周岁', '週歲', '周歲', '岁', '歲',
];
const PERCENT = ['个百分点', '個百分點', '百分点', '百分點', '个千分点', '個千分點', '千分点', '千分點', '%', '％', '‰', '倍'];

const TABLE: UnitInfo[] = [
  ...PERCENT.map((unit) => ({ unit, category: 'percent' as const, classifier: false })),
  ...CURRENCY_UNITS.map((unit) => ({ unit, category: 'money' as const, classifier: false })),
  ...DURATIONS.map((unit) => ({ unit, category: 'measure' as const, classifier: false, duration: true })),
  ...MEASURES.map((unit) => ({ unit, category: 'measure' as const, classifier: true })),
  ...COUNT_CLASSIFIERS.filter((u) => u !== '余人').map((unit) => ({ unit, category: 'count' as const, classifier: true })),
].sort((a, b) => b.unit.length - a.unit.length);

/** The unit starting at text[at], longest match first. */
export function unitAt(text: string, at: number): UnitInfo | null {
  for (const u of TABLE) if (text.startsWith(u.unit, at)) return u;
  return null;
}

/** 个多月 → 个月 (个多小时 → 个小时) with the qualifier 多 taken out. */
export function splitInnerQualifier(unit: string): { unit: string; qualifier: string | null } {
  const m = /^(个|個)(多|余|餘)(月|小时|小時)$/.exec(unit);
  return m ? { unit: (m[1] as string) + (m[3] as string), qualifier: m[2] as string } : { unit, qualifier: null };
}
