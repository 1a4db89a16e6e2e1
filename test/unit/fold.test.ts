// Every vocabulary word must match in Traditional text too: foldScript(Traditional form) has to
// give back the Simplified word. The Traditional forms come from opencc-js (cn → t/tw/hk).
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { foldScript, guessScript } from '../../src/text/han';
import { fixtureNames, readExpected } from '../helpers/fixtures';
import { CPPCC_TERMS, NPC_TERMS } from '../../src/detect/vocab';
import { SPAM_STRONG, SPAM_WEAK } from '../../src/clean/lexicon';
import { ACTIVITY_VERBS, ADVERBS, DETERMINERS, ORGANS, PARTICIPATION, PERSONS, PREPOSITIONS, RECIPIENT_VERBS, SET_PHRASES, SLOGANS, TRAILING_CONNECTORS, VERBS } from '../../src/figures/lexicon';

const ROOT = path.resolve(__dirname, '../..');
const toT = ['t', 'tw', 'hk'].map((to) => OpenCC.Converter({ from: 'cn', to }));
const toS = OpenCC.Converter({ from: 't', to: 'cn' });

const WORDS = [
  ...CPPCC_TERMS.map((t) => t.term),
  ...NPC_TERMS.map((t) => t.term),
  ...SPAM_STRONG,
  ...SPAM_WEAK,
  ...VERBS,
  ...PARTICIPATION,
  ...ACTIVITY_VERBS,
  ...ADVERBS,
  ...PREPOSITIONS,
  ...DETERMINERS,
  ...SET_PHRASES,
  ...SLOGANS,
  ...PERSONS.source.replace(/[()$]/g, '').split('|'),
  ...RECIPIENT_VERBS,
  ...ORGANS,
  ...TRAILING_CONNECTORS,
  // boilerplate and metadata words (lexicon regexes)
  '当前位置', '您现在的位置', '首页', '字号', '打印本页', '关闭窗口', '收藏本页', '加入收藏', '设为首页', '分享到', '版权所有', '版权声明',
  '未经授权', '禁止建立镜像', '不得转载', '禁止转载', '转载请注明', '免责声明', '备案号', '公网安备', '公安备案', '网站标识码', '主办单位',
  '承办单位', '技术支持', '联系电话', '邮政编码', '地址', '相关新闻', '相关阅读', '相关链接', '推荐阅读', '延伸阅读', '热点推荐',
  '热门文章', '新闻排行', '最新推荐', '最新动态', '猜你喜欢', '精彩推荐', '上一篇', '下一篇', '下载客户端', '扫码关注', '公众号',
  '网友评论', '发表评论', '评论区', '我要评论', '来源', '作者', '编辑', '责编', '记者', '发布时间', '浏览', '点击', '通讯员', '供稿',
  '蓝字', '长按', '识别', '二维码', '关注', '欢迎关注', '关注我们', '在看', '点个', '往期回顾', '往期推荐', '往期精彩', '往期阅读', '往期精选',
  '精彩回顾', '历史文章', '字体', '字体大小', '字号设置', '文字大小', '纠错', '责任编辑', '计划', '预计', '预期', '力争', '本文', '阅读', '分钟',
  // time and change words in labels
  '按年', '按月', '按季', '过去', '上半年', '下半年', '季度', '年初以来', '其中', '当中', '截至目前', '至今', '迄今', '近日', '日前',
  '发挥', '体现', '彰显', '作用', '优势', '职能作用', '个人', '集体', '单位', '组织', '团体', '家庭', '先进', '会议上作', '大会上作',
];

describe('foldScript covers the vocabularies', () => {
  it('folds the vocabulary tables to themselves', () => {
    for (const w of WORDS) expect(foldScript(w), w).toBe(w);
  });
  it.each(WORDS.map((w) => [w]))('%s', (word) => {
    for (const conv of toT) {
      const trad = conv(word);
      expect(foldScript(trad), `${trad} → ${word}`).toBe(word);
    }
  });
  it('every pair agrees with opencc-js t→cn', () => {
    const probe = '協員會職專別議參監統戰線區關聯黨國們記辦調號備權聲網頁當圖導覽轉載聞熱點閱讀論題項場個條對戶萬億兩餘約計幾與';
    for (const ch of probe) expect(foldScript(ch)).toBe(toS(ch));
  });
});

describe('foldScript covers the words inside the matching patterns', () => {
  // Patterns in these modules are matched against folded text: every Han word in a regex
  // literal there must come back from opencc's Traditional forms (漲 → 涨 for 上涨到, 減 → 减 for
  // 减少). A pattern matched on raw text lists both scripts itself and is named here.
  const RAW = ['SHARE_TARGET'];
  const files = ['src/figures/label.ts', 'src/figures/extract.ts', 'src/figures/lexicon.ts', 'src/figures/units.ts', 'src/clean/lexicon.ts', 'src/detect/score.ts', 'src/detect/vocab.ts', 'src/detect/quick.ts'];
  const words = new Set<string>();
  for (const file of files) {
    for (const line of fs.readFileSync(path.join(ROOT, file), 'utf8').split('\n')) {
      if (RAW.some((r) => line.includes(r))) continue;
      for (const m of line.matchAll(/=\s*\/((?:\\.|[^/\n])+)\/[dgimsuy]*[;,)]/g)) {
        for (const w of (m[1] as string).match(/\p{Script=Han}+/gu) ?? []) if (foldScript(w) === w) words.add(w);
      }
    }
  }
  it('finds the patterns', () => {
    expect(words.size).toBeGreaterThan(400);
  });
  it('folds every word back', () => {
    const missed: string[] = [];
    for (const w of words) for (const conv of toT) if (foldScript(conv(w)) !== w) missed.push(`${conv(w)} → ${w}`);
    expect(missed).toEqual([]);
  });
});

describe('guessScript', () => {
  const simplified = '全国政协十四届常委会第十次会议在京开幕，委员们围绕推进高质量发展建言献策，提出意见建议一百多条。';
  it('reads the script of text converted both ways by opencc', () => {
    expect(guessScript(simplified)).toBe('simplified');
    for (const c of toT) expect(guessScript(c(simplified))).toBe('traditional');
  });
  it('says mixed when both scripts are common, unknown when there is too little to tell', () => {
    expect(guessScript(simplified + (toT[0] as (s: string) => string)(simplified))).toBe('mixed');
    expect(guessScript('政协')).toBe('unknown');
    expect(guessScript('CPPCC Lens 2026')).toBe('unknown');
    expect(guessScript('')).toBe('unknown');
  });
  it('does not count characters that both scripts use (覆盖, 於)', () => {
    expect(guessScript('覆盖覆盖覆盖於於於')).toBe('unknown');
  });
  it('matches the script each positive fixture was labelled with', () => {
    for (const name of fixtureNames()) {
      const e = readExpected(name);
      if (!e.isCppcc) continue;
      const text = [...e.main, ...(e.afterLoad?.main ?? []), ...(e.lateMain ?? [])].join("");
      expect([name, guessScript(text)]).toEqual([name, e.script]);
    }
  });
});

describe('foldScript on long and odd text', () => {
  it('folds a long text as it folds its pieces, one code unit for one, keeping astral characters and lone surrogates', () => {
    const piece = '自治區政協委員會議𠀀提案辦理\uD800情況，共收到提案186件。';
    const long = piece.repeat(300);
    const folded = foldScript(long);
    expect(folded).toHaveLength(long.length);
    expect(folded).toBe(foldScript(piece).repeat(300));
    expect(foldScript(piece)).toBe('自治区政协委员会议𠀀提案办理\uD800情况，共收到提案186件。');
    expect(foldScript('自治区政协'.repeat(50))).toBe('自治区政协'.repeat(50));
  });
});
