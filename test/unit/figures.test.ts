import { describe, expect, it } from 'vitest';
import { extractFigures, extractFiguresSliced, MAX_FIGURES, MAX_TEXT, type Figure } from '../../src/figures/extract';
import { analyse } from '../../src/page/pipeline';
import { buildSource, rangeFor } from '../../src/figures/source';
import { fixtureNames, openFixture, readExpected } from '../helpers/fixtures';
import { score } from '../helpers/score';
import * as OpenCCFull from 'opencc-js';

const pick = (f: Figure) => ({ raw: f.raw, value: f.value, max: f.max, unit: f.unit, qualifier: f.qualifier, label: f.label, category: f.category, magnitude: f.magnitude });

describe('figures through the pipeline on every fixture (DOM → cleanup → text → figures)', () => {
  const names = fixtureNames().filter((n) => !readExpected(n).scriptsRequired);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let labels = 0;
  it.each(names)('%s', async (name) => {
    const f = openFixture(name);
    try {
      const a = analyse(f.url, f.document);
      const figures = a.figures?.figures ?? [];
      if (!f.expected.isCppcc) {
        expect(figures).toEqual([]);
        return;
      }
      const s = score(figures, f.expected.figures);
      tp += s.tp;
      fp += s.fp;
      fn += s.fn;
      labels += s.labels;
      // Every figure maps back to the page text it came from.
      for (const fig of figures) {
        const range = rangeFor(a.figures!.source, fig.start, fig.end);
        expect(range?.toString().replace(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g, '').replace(/[,，、;；。]{2,}/g, (r) => r)).toContain(fig.raw.slice(-2));
      }
      expect(s.fp + s.fn, s.misses.join('\n')).toBeLessThanOrEqual(Math.ceil(f.expected.figures.length * 0.05));
    } finally {
      await f.close();
    }
  });
  it('meets the accuracy targets over all fixtures', () => {
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    const labelRate = labels / tp;
    console.log(`[figures] precision ${precision.toFixed(3)} recall ${recall.toFixed(3)} label exact ${labelRate.toFixed(3)} (${tp} matched, ${fp} extra, ${fn} missed)`);
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.95);
    expect(labelRate).toBeGreaterThanOrEqual(0.9);
  });
});

describe('extractFiguresSliced (long pages, several tasks) finds what extractFigures finds', () => {
  const texts = fixtureNames()
    .filter((n) => !readExpected(n).scriptsRequired)
    .map((n) => {
      const f = openFixture(n);
      try {
        return analyse(f.url, f.document).figures?.source.text ?? '';
      } finally {
        void f.close();
      }
    })
    .filter((t) => t.length > 0);

  it('on every fixture article, cut every 50, 500 and 5,000 characters', async () => {
    expect(texts.length).toBeGreaterThan(10); // the CPPCC fixtures (the others have no article)
    let pauses = 0;
    const pause = async () => void pauses++;
    for (const [i, text] of texts.entries()) {
      const whole = extractFigures(text);
      for (const size of [50, 500, 5_000]) expect(await extractFiguresSliced(text, pause, size), `text ${i} size ${size}`).toEqual(whole);
    }
    expect(pauses).toBeGreaterThan(texts.length);
  });

  it('stops at the next pause once cancelled', async () => {
    const text = texts.join('\n');
    let pauses = 0;
    let stop = false;
    const pause = async () => {
      pauses++;
      if (pauses === 2) stop = true;
    };
    const part = await extractFiguresSliced(text, pause, 500, () => stop);
    expect(pauses).toBe(2);
    const whole = extractFigures(text);
    expect(part.length).toBeGreaterThan(0);
    expect(part.length).toBeLessThan(whole.length);
    expect(part).toEqual(whole.slice(0, part.length)); // the slices read before it stopped
  });

  it('on a page past both caps (text and figure count), with the default slices', async () => {
    let long = '';
    while (long.length < MAX_TEXT * 2) long += texts.join('\n') + '\n';
    const whole = extractFigures(long);
    expect(whole.length).toBe(MAX_FIGURES);
    expect(await extractFiguresSliced(long, async () => undefined)).toEqual(whole);
    const fewer = long.slice(0, MAX_TEXT - 1);
    expect(await extractFiguresSliced(fewer, async () => undefined)).toEqual(extractFigures(fewer));
  });

  it('on a text with no sentence end, gives each figure its clause (or 300 characters each way), not the whole text', () => {
    let clauses = '';
    for (let i = 0; clauses.length < 100_000; i++) clauses += `围绕${i}项课题开展调研${(i % 50) + 2}次，`;
    const a = extractFigures(clauses);
    expect(a.length).toBeGreaterThan(100);
    // (Within 300 characters of the text's start, the sentence starts there.)
    for (const f of a) expect(f.sentence.length).toBeLessThanOrEqual(f.start < 300 ? 340 : 40);
    const far = a.find((f) => f.raw === '77项');
    expect(far?.sentence).toBe('围绕77项课题开展调研29次');
    let bare = '';
    for (let i = 0; bare.length < 100_000; i++) bare += `委员${(i % 50) + 2}名提案${i}件活动`;
    const b = extractFigures(bare);
    expect(b.length).toBeGreaterThan(100);
    for (const f of b) expect(f.sentence.length).toBeLessThanOrEqual(600 + f.raw.length);
  });
});

/** Sentences in the style of CPPCC work reports, outside the fixtures, and what they give. */
const SENTENCES: [string, Partial<Figure>[]][] = [
  // People counted (人): the person the clause names, not the activity after the last verb,
  // and a too-long list of who came is named by its person.
  ['邀请港澳台同胞出席市政协联谊活动45人。', [{ raw: '45人', value: 45, unit: '人', label: '港澳台同胞' }]],
  ['市直机关、企业、社区、政协委员代表200余人参加会议。', [{ raw: '200余人', value: 200, unit: '人', qualifier: '余', label: '政协委员代表' }]],
  ['组织青年学生参观市博物馆展览120人。', [{ raw: '120人', value: 120, unit: '人', label: '青年学生' }]],
  ['各民主党派、工商联、无党派人士代表近80人出席。', [{ raw: '近80人', value: 80, unit: '人', qualifier: '近', label: '无党派人士代表' }]],
  // Fractions in prose are shares, in percent like 百分之三十, with their qualifiers; the
  // noun after 的 is what they are a share of (十分重要 is no number).
  ['全市三分之二以上的政协委员参加了调研。', [{ raw: '三分之二以上', value: 66.6667, unit: '%', qualifier: '以上', label: '政协委员' }]],
  ['提案中近三分之一涉及民生领域。', [{ raw: '近三分之一', value: 33.3333, unit: '%', qualifier: '近', label: '提案' }]],
  ['这项工作十分重要，十分之一的经费用于调研。', [{ raw: '十分之一', value: 10, unit: '%', label: '经费' }]],
  ['全年共立案提案586件，立案率92.3%，办复率100%。', [
    { raw: '586件', value: 586, unit: '件', label: '立案提案' },
    { raw: '92.3%', value: 92.3, unit: '%', label: '立案率' },
    { raw: '100%', value: 100, unit: '%', label: '办复率' },
  ]],
  ['组织委员视察调研42次，参加委员1200余人次。', [
    { raw: '42次', value: 42, label: '委员视察调研' },
    { raw: '1200余人次', value: 1200, qualifier: '余', unit: '人次', label: '委员' },
  ]],
  // Verbs of founding, gaining and signing end a label like any other verb.
  ['目前已有超过3000名香港专业人士取得内地执业资格，组建委员工作室35个。', [
    { raw: '超过3000名', value: 3000, qualifier: '超过', label: '香港专业人士' },
    { raw: '35个', value: 35, label: '委员工作室' },
  ]],
  ['成立界別小組12個，吸納委員96名參加活動，簽訂合作協議8份。', [
    { raw: '12個', value: 12, label: '界別小組' },
    { raw: '96名', value: 96, label: '委員' },
    { raw: '8份', value: 8, label: '合作協議' },
  ]],
  // What changed, with the verb: 人均 is one word (均 is no adverb in it), an adverb before
  // the verb is left out, and the label may run longer than a noun's (in either script).
  ['其中，城鄉居民人均可支配收入分別增長5.1%、7.2%。', [
    { raw: '5.1%', label: '城鄉居民人均可支配收入增長' },
    { raw: '7.2%', label: '城鄉居民人均可支配收入增長' },
  ]],
  // A verb before 率 or 人数 is part of the noun (覆盖率, 出席人数); a level reached (提高到,
  // 降至) and a closing 的 name nothing; 到会 is one word.
  ['森林覆盖率提高到62.3%，出席人数达2800人，完成年度任务的112%，委员到会率提高至98%。', [
    { raw: '62.3%', label: '森林覆盖率' },
    { raw: '2800人', label: '出席人数' },
    { raw: '112%', label: '年度任务' },
    { raw: '98%', label: '委员到会率' },
  ]],
  // 作 before a speech or report is the light verb, not part of what was counted.
  ['委员们围绕全市中心工作，作大会发言25篇，作專題報告12場，工作报告3篇。', [
    { raw: '25篇', label: '大会发言' },
    { raw: '12場', label: '專題報告' },
    { raw: '3篇', label: '工作报告' },
  ]],
  // A clause that says something of its subject (已连续多年位居世界第二, 逐年提高) lends the subject to
  // the figure in the clause after it that names nothing but when and a verb (2023年达到, 今年达到).
  ['大家认为，我国数字经济规模已连续多年位居世界第二，2023年达到53.9万亿元。全区森林覆盖率逐年提高，2023年底达到63.5%。全市政协委員人數連續三年增長，今年達到1200人。', [
    { raw: '53.9万亿元', label: '我国数字经济规模' },
    { raw: '63.5%', label: '全区森林覆盖率' },
    { raw: '1200人', label: '全市政协委員人數' },
  ]],
  // A part named only by its state (已开工, 已办结, 正在办理), after 有 or 其中有 too, is a part of
  // what the figure before it counts.
  ['全年新建重点项目12个，有5个已开工。收到提案586件，其中有412件已辦結，174件正在办理。', [
    { raw: '12个', label: '重点项目' },
    { raw: '5个', label: '重点项目已开工' },
    { raw: '586件', label: '提案' },
    { raw: '412件', label: '提案已辦結' },
    { raw: '174件', label: '提案正在办理' },
  ]],
  // People named by several words before what they did: the whole run of people words.
  ['会上，6位提案人代表作了发言，5名委员代表作交流发言。', [
    { raw: '6位', label: '提案人代表' },
    { raw: '5名', label: '委员代表' },
  ]],
  // …and who leads or attends: 带队 and 出席 are what they did, 主席 and 领导 are people.
  ['共设二个组，分别由两位副主席带队，3位市领导出席会议。', [
    { raw: '二个', value: 2, label: '组' },
    { raw: '两位', value: 2, label: '副主席' },
    { raw: '3位', label: '市领导' },
  ]],
  // 分为 joins a whole to its parts; a verb of setting up with nothing named after the number
  // counts its subject; a total's connector (共计) is not part of what the money is.
  ['提案可分为12类，委員工作室共設立37個，委员捐款捐物共计价值1500余万元。', [
    { raw: '12类', label: '提案' },
    { raw: '37個', label: '委員工作室' },
    { raw: '1500余万元', value: 15_000_000, qualifier: '余', label: '委员捐款捐物价值' },
  ]],
  // What the counted ones did (作了表态发言) is no part of what they are; a verb with its 出 (评选出,
  // 梳理出) governs what follows, and 优秀 after a verb of choosing is what was chosen.
  ['14家承办单位作了表态发言，共评选出优秀提案30件，梳理出问题清单36条，推送读书文章260余篇，回收有效问卷1423份。', [
    { raw: '14家', label: '承办单位' },
    { raw: '30件', label: '优秀提案' },
    { raw: '36条', label: '问题清单' },
    { raw: '260余篇', label: '读书文章' },
    { raw: '1423份', label: '有效问卷' },
  ]],
  // A field before 的 says which of them (as a class does); a part named only by what happened
  // to it takes the noun counted in its measure word earlier in the sentence, across a ；too.
  ['乡村振兴方面的提案33件，占比22.3%；民生领域的提案45件。52件提案所提问题已经解决，占比35.1%；71件已列入工作计划，占比48%。', [
    { raw: '33件', label: '乡村振兴方面的提案' },
    { raw: '22.3%', label: '乡村振兴方面的提案' },
    { raw: '45件', label: '民生领域的提案' },
    { raw: '52件', label: '提案所提问题' },
    { raw: '35.1%', label: '提案所提问题' },
    { raw: '71件', label: '提案所提问题已列入工作计划' },
    { raw: '48%', label: '提案所提问题已列入工作计划' },
  ]],
  // A judgement is counted with what was judged; a verb alone keeps the occasion that says which.
  ['委员对办理过程表示满意的有120件，对办理结果表示满意的有115件；群众表示满意的占95%。其中大会期间提交的138件，闭会期间提交的18件。', [
    { raw: '120件', label: '办理过程表示满意' },
    { raw: '115件', label: '办理结果表示满意' },
    { raw: '95%', label: '群众表示满意' },
    { raw: '138件', label: '大会期间提交' },
    { raw: '18件', label: '闭会期间提交' },
  ]],
  // 全/全部/均 between the noun and its verb say how many of them did it, not what they are.
  ['实现34个界别全覆盖，推动15个村全部完成改造，12个部门均参加。', [
    { raw: '34个', label: '界别' },
    { raw: '15个', label: '村' },
    { raw: '12个', label: '部门' },
  ]],
  // 助学 opens the noun after a giving verb; after what kind it is, 投资 is a noun (a plan word is
  // no kind); 中 after a whole frames the parts taken from it.
  ['委员企业捐资助学资金860万元，其中中央预算内投资3800万元，计划投资3000万元。该提案涉及的12项建议中已有9项得到落实。', [
    { raw: '860万元', label: '委员企业捐资助学资金' },
    { raw: '3800万元', label: '中央预算内投资' },
    { raw: '3000万元', label: '投资（计划）' },
    { raw: '12项', label: '建议' },
    { raw: '9项', label: '建议得到落实' },
  ]],
  // A delegation (一行) is named by whoever leads it; 协 after 政 belongs to 政协 (调研组).
  ['省政协副主席张某某一行5人来我市调研，全国政协调研组一行12人来藏调研。', [
    { raw: '5人', label: '省政协副主席张某某' },
    { raw: '12人', label: '全国政协调研组' },
  ]],
  // A clause of only a verb of change names what changed before it; a verb before 金 is part
  // of the noun (慰问金).
  ['地区生产总值达到1200亿元，同比增长6.5%，发放慰问金及物资折合人民币860万元。', [
    { raw: '1200亿元', label: '地区生产总值' },
    { raw: '6.5%', label: '地区生产总值同比增长' },
    { raw: '860万元', label: '慰问金及物资' },
  ]],
  // …in Traditional script too.
  ['2023年全市實現地區生產總值1863.5億元，同比增長5.8%。', [
    { raw: '1863.5億元', label: '地區生產總值' },
    { raw: '5.8%', label: '地區生產總值同比增長' },
  ]],
  // 实际 before 问题 is an adjective, not the adverb of 实际出席; 篇次 counts like 人次.
  ['解决实际问题2300多个，其中获市领导批示87篇次。', [
    { raw: '2300多个', label: '实际问题' },
    { raw: '87篇次', unit: '篇次', label: '市领导批示' },
  ]],
  // A share followed by 的 is a share of the noun after it, with its note in brackets; 起
  // counts cases; 帮助 is a verb like 引进.
  ['覆盖全市80%以上的乡镇（街道），化解矛盾纠纷85起，帮助引进项目126个。', [
    { raw: '80%以上', value: 80, qualifier: '以上', label: '乡镇（街道）' },
    { raw: '85起', value: 85, unit: '起', label: '矛盾纠纷' },
    { raw: '126个', value: 126, label: '引进项目' },
  ]],
  // A verb listed with others (考察、) is an item of the list, not the verb the label follows.
  ['组织委员视察、考察、调研156次，收集、整理、报送社情民意信息86条。', [
    { raw: '156次', value: 156, label: '委员视察、考察、调研' },
    { raw: '86条', value: 86, label: '社情民意信息' },
  ]],
  ['收到社情民意信息1,286条，被采用312条。', [
    { raw: '1,286条', value: 1286, label: '社情民意信息' },
    { raw: '312条', value: 312 },
  ]],
  ['投入资金2.3亿元，惠及群众超过3万人。', [
    { raw: '2.3亿元', value: 230000000, unit: '元', category: 'money', label: '资金' },
    { raw: '超过3万人', value: 30000, qualifier: '超过', unit: '人', label: '群众' },
  ]],
  ['參加會議的委員約兩百名，占委員總數的百分之八十五。', [
    { raw: '約兩百名', value: 200, qualifier: '約', unit: '名' },
    { raw: '百分之八十五', value: 85, unit: '%', category: 'percent' },
  ]],
  ['收入增长15.6个百分点，达到2.9萬余件。', [
    { raw: '15.6个百分点', value: 15.6, unit: '个百分点' },
    { raw: '2.9萬余件', value: 29000, qualifier: '余', unit: '件' },
  ]],
  // A bare magnitude counts when 余/多 follows it or a qualifier precedes it: one hundred, one
  // thousand (百姓, 千方百计 and 数百, 几十 stay words); 十几 keeps 几 beside it like 余.
  ['组织百余名委员参加视察，惠及群众万余人次。', [
    { raw: '百余名', value: 100, unit: '名', qualifier: '余', label: '委员' },
    { raw: '万余人次', value: 10000, unit: '人次', qualifier: '余', label: '群众' },
  ]],
  ['超过千人参加，將近萬人觀看。', [
    { raw: '超过千人', value: 1000, qualifier: '超过' },
    { raw: '將近萬人', value: 10000, qualifier: '將近' },
  ]],
  ['提出意见建议近百条，收到大会发言材料上千份，超千家企业参与。', [
    { raw: '近百条', value: 100, qualifier: '近', label: '意见建议' },
    { raw: '上千份', value: 1000, qualifier: '上', label: '大会发言材料' },
    { raw: '超千家', value: 1000, qualifier: '超', label: '企业' },
  ]],
  ['十几名委员参加，二十几万人次观看。', [
    { raw: '十几名', value: 10, qualifier: '几', unit: '名' },
    { raw: '二十几万人次', value: 200000, qualifier: '几', unit: '人次' },
  ]],
  ['参会人数十五人。', [{ raw: '十五人', value: 15, unit: '人' }]],
  // People counted with nobody named before the number: what they did is the label.
  ['上万人次参与投票，共有百万余人次参与网上议政。', [
    { raw: '上万人次', value: 10000, qualifier: '上', label: '参与投票' },
    { raw: '百万余人次', value: 1000000, qualifier: '余', label: '参与网上议政' },
  ]],
  // A figure listed right after another shares its subject; 同比 is one word.
  ['已接待来访群众600余批次、2100多人次，收入同比增长12.3个百分点。', [
    { raw: '600余批次', label: '来访群众' },
    { raw: '2100多人次', value: 2100, qualifier: '多', label: '来访群众' },
    { raw: '12.3个百分点', label: '收入同比增长' },
  ]],
  // What is counted, named by general shapes: a title before the number; 占 before a share;
  // a sending verb followed by its recipients; people listed before a head noun.
  ['全年共编发《政协信息》120期、《社情民意》86期。', [
    { raw: '120期', label: '《政协信息》' },
    { raw: '86期', label: '《社情民意》' },
  ]],
  ['选聘特邀监督员15名，其中非中共人士占62.5%。', [
    { raw: '15名', label: '特邀监督员' },
    { raw: '62.5%', label: '非中共人士' },
  ]],
  ['提案已全部交由42个承办单位办理，县直有关单位负责人共80余人参加会议。', [
    { raw: '42个', label: '承办单位' },
    { raw: '80余人', label: '县直有关单位负责人' },
  ]],
  ['力争三年内培训基层医生10万人次，已有近2000个县级医院接入远程医疗平台。', [
    { raw: '10万人次', value: 100000, label: '培训基层医生（力争）' },
    { raw: '近2000个', qualifier: '近', label: '县级医院' },
  ]],
  // A share or a part of the figure before it is of the same thing (a part that was 被… says
  // so); 等 closes a list.
  ['提交提案425件，其中集体提案68件，占16%。', [
    { raw: '425件', label: '提案' },
    { raw: '68件', label: '集体提案' },
    { raw: '16%', label: '集体提案' },
  ]],
  ['形成协商成果35项，其中18项被采纳，接待同胞来访300余批次5000余人次。', [
    { raw: '35项', label: '协商成果' },
    { raw: '18项', label: '协商成果被采纳' },
    { raw: '300余批次', label: '同胞来访' },
    { raw: '5000余人次', label: '同胞来访' },
  ]],
  ['召开座谈会、协商会、通报会等26次，办结率98%，新增就业岗位1200个。', [
    { raw: '26次', label: '座谈会、协商会、通报会' },
    { raw: '98%', label: '办结率' },
    { raw: '1200个', label: '新增就业岗位' },
  ]],
  // Tenths (成) are shares in percent, with their qualifiers; 百分之百 is 100 %.
  ['超過六成的提案涉及民生，委員中近三成來自基層，滿意度達九成以上，有8成群众满意。', [
    { raw: '超過六成', value: 60, unit: '%', qualifier: '超過', label: '提案' },
    { raw: '近三成', value: 30, unit: '%', qualifier: '近', label: '委員' },
    { raw: '九成以上', value: 90, unit: '%', qualifier: '以上', label: '滿意度' },
    { raw: '8成', value: 80, unit: '%', label: '群众' },
  ]],
  ['建成率為百分之百，捐款逾500萬澳門元。', [
    { raw: '百分之百', value: 100, unit: '%', label: '建成率' },
    { raw: '逾500萬澳門元', value: 5000000, unit: '澳門元', category: 'money', qualifier: '逾' },
  ]],
  ['会议邀请了政协委员20名，走访了困难群众300余户。', [
    { raw: '20名', label: '政协委员' },
    { raw: '300余户', label: '困难群众' },
  ]],
  ['全年共有三名委员获得表彰。', [{ raw: '三名', value: 3, label: '委员' }]],
  ['将有价值的意见建议报送市委、市政府12条。', [{ raw: '12条', label: '意见建议' }]],
  ['建立委员与群众、委员与企业家联系点46个。', [{ raw: '46个', label: '联系点' }]],
  // Money named before the number: the currency (折合人民币) is not what was given;
  // 受到 and 担任 end the noun after a measure word; 辑 counts volumes.
  ['政协委员捐款捐物折合人民币1.2亿元，捐赠物资價值人民幣500萬元。', [
    { raw: '1.2亿元', value: 120000000, category: 'money', label: '政协委员捐款捐物' },
    { raw: '500萬元', value: 5000000, category: 'money', label: '捐赠物资價值' },
  ]],
  ['共有28个集体和56名个人受到表彰，选派47名委员担任民主监督员，出版文史资料3辑。', [
    { raw: '28个', label: '集体' },
    { raw: '56名', label: '个人' },
    { raw: '47名', label: '委员' },
    { raw: '3辑', value: 3, unit: '辑', label: '文史资料' },
  ]],
  // A quoted name is one noun; a clause of only an adverb and a verb, and a share of a whole
  // named in its clause, are about the figure before; 可达 and 稳定在 are connectors.
  ['累计建成“有事好商量”协商议事室156个，应出席委员35人，实际出席32人。', [
    { raw: '156个', label: '“有事好商量”协商议事室' },
    { raw: '35人', label: '应出席委员' },
    { raw: '32人', label: '出席委员' },
  ]],
  // A comparison in the clause after a figure is about what that figure counts (its subject,
  // as GUIDE §4 has it), and says how it compares: the difference is not a second total;
  // 应到/实到 alone name nothing, and say which of them were counted (应到委员, 实到委员).
  ['本次会议应到委员311名，实到286名，共收到提案512件，比上年增加56件，森林覆盖率达到72.5%，比全省平均水平高出10个百分点。', [
    { raw: '311名', label: '应到委员' },
    { raw: '286名', label: '实到委员' },
    { raw: '512件', label: '提案' },
    { raw: '56件', label: '提案比上年增加' },
    { raw: '72.5%', label: '森林覆盖率' },
    { raw: '10个百分点', label: '森林覆盖率比全省平均水平高出' },
  ]],
  // A rate of change compared with last year names what changed (not the total before it);
  // 了 after the verb is dropped; a change right after a difference names the same noun.
  ['2023年全县GDP达到356.8亿元，比上年增长6.2%。共收到提案586件，较上年增加了46件，增长8.5%。', [
    { raw: '356.8亿元', label: '2023年全县GDP' },
    { raw: '6.2%', label: '2023年全县GDP比上年增长' },
    { raw: '586件', label: '提案' },
    { raw: '46件', label: '提案较上年增加' },
    { raw: '8.5%', label: '提案增长' },
  ]],
  // 得到/列入 and 改建 are verbs: a noun's label stops before them, and a run of verbs
  // before a noun is not part of it.
  ['截至11月底，已有423件提案得到落实或列入计划逐步解决，占立案总数的93.6%。新建改建农村公路326公里。', [
    { raw: '423件', label: '提案' },
    { raw: '93.6%', label: '提案' },
    { raw: '326公里', label: '农村公路' },
  ]],
  // 其中 takes the subject of the figure it is part of: the one counted in the same measure
  // word, not the figure in another unit between them; what happened to the part says which
  // part it is, with 其中 or without.
  ['该县政协共收集社情民意信息210条，编报《社情民意》38期，其中3条获省领导肯定性批示。', [
    { raw: '210条', label: '社情民意信息' },
    { raw: '38期', label: '《社情民意》' },
    { raw: '3条', label: '社情民意信息获省领导肯定性批示' },
  ]],
  ['报送信息326篇，其中15篇被全国政协采用，23篇获省领导批示。走访企业50家，12家获得贷款支持。', [
    { raw: '326篇', label: '信息' },
    { raw: '15篇', label: '信息被全国政协采用' },
    { raw: '23篇', label: '信息获省领导批示' },
    { raw: '50家', label: '企业' },
    { raw: '12家', label: '企业获得贷款支持' },
  ]],
  // 设区市 is a noun (设 is no verb there); a time phrase in front of a label cut at 、 is
  // dropped, as from any label.
  ['会议指出、近年来全区县域经济总量突破1.5万亿元。自治区政协组织委员赴14个设区市开展调研。', [
    { raw: '1.5万亿元', label: '全区县域经济总量' },
    { raw: '14个', label: '设区市' },
  ]],
  // 累计达 is one connector (never 计 alone off the label); 签约 holds no adverb 约; 总 before a
  // money verb makes a noun of it.
  ['机关干部到联系点蹲点调研累计达380天，促成签约项目42个、总投资达186亿元。', [
    { raw: '380天', label: '联系点蹲点调研' },
    { raw: '42个', label: '签约项目' },
    { raw: '186亿元', label: '总投资' },
  ]],
  // X占Y的N%: the share is X's (not 委员占委员总数); 占比 is a word; 了 closes no label.
  ['参加活动的委员占委员总数的85%以上，少数民族委员占委员总数的38.6%，女委员占比24.5%。较2022年提高了3.2个百分点。', [
    { raw: '85%以上', label: '参加活动的委员' },
    { raw: '38.6%', label: '少数民族委员' },
    { raw: '24.5%', label: '女委员占比' },
    { raw: '3.2个百分点', label: '较2022年提高' },
  ]],
  // A second measure word in brackets is part of the unit (件（次）); a note in brackets
  // before the number stays the noun's.
  ['全年共接待群众来信来访156件（次），新增委员工作室(站)36个。', [
    { raw: '156件（次）', value: 156, unit: '件（次）', label: '群众来信来访' },
    { raw: '36个', unit: '个', label: '委员工作室(站)' },
  ]],
  // 就业 after a verb is the statistic's noun (城镇新增就业, 带动就业), not what the verb governs.
  ['全年新增市场主体1.2万户；城镇新增就业8600人，带动就业3000余人。', [
    { raw: '1.2万户', label: '市场主体' },
    { raw: '8600人', label: '城镇新增就业' },
    { raw: '3000余人', label: '带动就业' },
  ]],
  // 被 before who did it and the verb stays in the label; after a figure counted in the same
  // measure word, the part is of what that figure counts.
  ['全年被市政协采用23条。报送信息326篇，被全国政协采用15篇。', [
    { raw: '23条', label: '被市政协采用' },
    { raw: '326篇', label: '信息' },
    { raw: '15篇', label: '信息被全国政协采用' },
  ]],
  // A share followed by 的 counts the noun after it, one character long too (县, 村).
  ['委员工作站覆盖90%以上的县，全市80%的村建立了协商议事室。', [
    { raw: '90%以上', label: '县' },
    { raw: '80%', label: '村' },
  ]],
  // X高于Y: what is compared, with what (its own subject, or the figure's before it); 高于
  // right before a number qualifies it, as 超过 does.
  ['全县GDP增长6.2%，高于全省平均水平1.3个百分点；城镇居民收入增速快于全省0.8个百分点，委员出席率高于98%。', [
    { raw: '6.2%', label: '全县GDP增长' },
    { raw: '1.3个百分点', label: '全县GDP增长高于全省平均水平' },
    { raw: '0.8个百分点', label: '城镇居民收入增速快于全省' },
    { raw: '高于98%', value: 98, qualifier: '高于', label: '委员出席率' },
  ]],
  // A change lends what changed, not the change: a clause linked by 达到/达 alone counts the
  // same subject (not 达到人均可支配收入增长); in either script.
  ['人均可支配收入增长6.5%，达到4.2万元；全县粮食产量增长3%，达58万吨。', [
    { raw: '6.5%', label: '人均可支配收入增长' },
    { raw: '4.2万元', value: 42000, label: '人均可支配收入' },
    { raw: '3%', label: '全县粮食产量增长' },
    { raw: '58万吨', value: 580000, label: '全县粮食产量' },
  ]],
  ['人均可支配收入增長6.5%，達到4.2萬元。', [
    { raw: '6.5%', label: '人均可支配收入增長' },
    { raw: '4.2萬元', label: '人均可支配收入' },
  ]],
  // People counted by what they took part in are its participants, in either script; a clause
  // that only says when (截至目前) names no subject, and tenths with none before them are a
  // share of the noun right after (八成提案).
  ['全国政协共有委员2169名，出席开幕会2063人；参加培训2000人次，培训委员300人次。', [
    { raw: '2169名', label: '委员' },
    { raw: '2063人', label: '出席开幕会' },
    { raw: '2000人次', label: '参加培训' },
    { raw: '300人次', label: '培训委员' },
  ]],
  ['參加培訓2000人次。出席會議的委員120人。', [
    { raw: '2000人次', label: '參加培訓' },
    { raw: '120人', label: '委員' },
  ]],
  ['截至目前，已有近八成提案办结。截至6月底，八成以上提案得到落实。', [
    { raw: '近八成', value: 80, qualifier: '近', label: '提案办结' },
    { raw: '八成以上', value: 80, qualifier: '以上', label: '提案' },
  ]],
  // A time phrase in front is not the subject (过去一年, 上半年), so a long subject still fits;
  // 按年 (Hong Kong's 同比) is part of the change. 其中 alone names the part of what the figure
  // before it counts, in its sentence or opening the next one; elsewhere it stays 其中.
  ['過去一年香港本地生產總值按年增長3.2%，上半年全市地区生产总值增长5.1%。', [
    { raw: '3.2%', label: '香港本地生產總值按年增長' },
    { raw: '5.1%', label: '全市地区生产总值增长' },
  ]],
  ['港區委員共提交提案逾200件，涵蓋經濟發展等範疇，其中約三分之一與大灣區建設有關。收到提案300件。其中约三分之一与教育有关。', [
    { raw: '逾200件', label: '提案' },
    { raw: '約三分之一', qualifier: '約', label: '提案' },
    { raw: '300件', label: '提案' },
    { raw: '约三分之一', label: '提案' },
  ]],
  ['收到提案300件。会议指出，其中约三分之一与教育有关。', [
    { raw: '300件', label: '提案' },
    { raw: '约三分之一', label: '其中' },
  ]],
  // 分别: the figures of the clause are, in order, about the figures before it in the sentence.
  ['全县旅游收入达12.5亿元，接待游客320万人次，分别增长15%和12%。', [
    { raw: '12.5亿元', label: '全县旅游收入' },
    { raw: '320万人次', label: '游客' },
    { raw: '15%', label: '全县旅游收入增长' },
    { raw: '12%', label: '游客增长' },
  ]],
  ['收到提案412件、社情民意信息210条，分別比上年增長8%、12%。', [
    { raw: '412件', label: '提案' },
    { raw: '210条', label: '社情民意信息' },
    { raw: '8%', label: '提案比上年增長' },
    { raw: '12%', label: '社情民意信息比上年增長' },
  ]],
  // …or, with its own subject, the parts that subject lists (or the whole subject).
  ['男女委员分别为200人和100人，提案和社情民意信息分別增長8%和12%。', [
    { raw: '200人', label: '男女委员' },
    { raw: '100人', label: '男女委员' },
    { raw: '8%', label: '提案增長' },
    { raw: '12%', label: '社情民意信息增長' },
  ]],
  // (其中 before 分别 names nothing: the figures before the clause are paired.)
  ['收到提案120件、信息80条，其中分别有30件和20条被采纳。', [
    { raw: '120件', label: '提案' },
    { raw: '80条', label: '信息' },
    { raw: '30件', label: '提案' },
    { raw: '20条', label: '信息' },
  ]],
  // A total after a list is the list's (what its labels share, or the list when short), never
  // one more item; a connector alone names nothing (合计 never leaves 合, 累计达到 never 累).
  ['提交集体提案12件、个人提案86件，合计98件；开展视察12次、调研26次、协商活动18次，共计56次；收入增长6.5%，累计达到4.2万元。', [
    { raw: '12件', label: '集体提案' },
    { raw: '86件', label: '个人提案' },
    { raw: '98件', label: '提案合计' },
    { raw: '12次', label: '视察' },
    { raw: '26次', label: '调研' },
    { raw: '18次', label: '协商活动' },
    { raw: '56次', label: '视察、调研、协商活动共计' },
    { raw: '6.5%', label: '收入增长' },
    { raw: '4.2万元', label: '收入' },
  ]],
  // (Fewer figures before it than in the run: nothing to pair.)
  ['出席会议委员300人，分别占92%和8%。', [
    { raw: '300人', label: '出席会议委员' },
    { raw: '92%' },
    { raw: '8%' },
  ]],
  // 在…会议上作大会发言: the place is not the label; a pair of nouns (单位和个人) is one; 发挥…作用
  // frames the noun; a one-character place noun closing the phrase is a label (村, 县).
  ['各民主党派市委在市政协全体会议上作大会发言16篇，45个单位和个人受到表彰，表彰12个先进集体和30名先进个人。', [
    { raw: '16篇', label: '大会发言' },
    { raw: '45个', label: '单位和个人' },
    { raw: '12个', label: '先进集体' },
    { raw: '30名', label: '先进个人' },
  ]],
  ['发挥107个委员工作室作用，走访5个村和3个社区，覆盖全市12个县、86个乡镇。', [
    { raw: '107个', label: '委员工作室' },
    { raw: '5个', label: '村' },
    { raw: '3个', label: '社区' },
    { raw: '12个', label: '县' },
    { raw: '86个', label: '乡镇' },
  ]],
  ['發揮107個委員工作室作用，走訪5個村和3個社區。', [
    { raw: '107個', label: '委員工作室' },
    { raw: '5個', label: '村' },
    { raw: '3個', label: '社區' },
  ]],
  // Digits grouped by three with spaces; 来 after a round number is "about"; per mille.
  ['共5 000人参加，资金1 234.5万元。', [
    { raw: '5 000人', value: 5000, unit: '人' },
    { raw: '1 234.5万元', value: 12345000, unit: '元', label: '资金' },
  ]],
  ['建成20来个工作站，用了十来天；一来个人能力强，二来个人意愿高。', [
    { raw: '20来个', value: 20, qualifier: '来', label: '工作站' },
    { raw: '十来天', value: 10, qualifier: '来', unit: '天' },
  ]],
  ['出生率为5‰，人口自然增长率为3.5‰，同比下降0.2个千分点。', [
    { raw: '5‰', value: 5, unit: '‰', category: 'percent', label: '出生率' },
    { raw: '3.5‰', value: 3.5, unit: '‰', label: '人口自然增长率' },
    { raw: '0.2个千分点', value: 0.2, unit: '个千分点', label: '人口自然增长率同比下降' },
  ]],
  // A short note in brackets right after a counted noun widens it (县（市、区）, 村（社区）).
  ['深入全市8个县（市、区）、42家企业开展调研，覆盖120个村(社区)。', [
    { raw: '8个', label: '县（市、区）' },
    { raw: '42家', label: '企业' },
    { raw: '120个', label: '村(社区)' },
  ]],
  // An adverb before 占 or the number (约, 均, 已) is not part of the subject; 年均 is a measure.
  ['县域常住人口约占全国人口的52.5%，党外委员均占60%以上，委员已达300人，居民收入年均增长8%。', [
    { raw: '52.5%', label: '县域常住人口' },
    { raw: '60%以上', label: '党外委员' },
    { raw: '300人', label: '委员' },
    { raw: '8%', label: '居民收入年均增长' },
  ]],
  ['縣域常住人口約佔全國人口的52.5%。', [{ raw: '52.5%', label: '縣域常住人口' }]],
  // 由A增加到B: both are the subject's, A with when it stood there (or 原), in either script.
  ['政协委员人数由上届的300人增加到350人；城鎮化率由52%提高到58%。', [
    { raw: '300人', label: '政协委员人数（上届）' },
    { raw: '350人', label: '政协委员人数' },
    { raw: '52%', label: '城鎮化率（原）' },
    { raw: '58%', label: '城鎮化率' },
  ]],
  ['贫困人口从1.2万人减少至3000人，减少75%。', [
    { raw: '1.2万人', value: 12000, label: '贫困人口（原）' },
    { raw: '3000人', value: 3000, label: '贫困人口' },
    { raw: '75%', label: '贫困人口减少' },
  ]],
  // A threshold before 的 says which ones are counted and stays in the label (40岁以下的委员);
  // a money or measure threshold is no figure itself (10万元以上的家庭), unless what follows is
  // the money; a count with 以上的 and its noun is one (帮扶200户以上的困难家庭).
  ['其中，40岁以下的委员有56人，占比18.2%；全县60岁以上的老年人口达8.2万人，年收入10万元以上的家庭有200户。', [
    { raw: '56人', label: '40岁以下的委员' },
    { raw: '18.2%', label: '40岁以下的委员' },
    { raw: '8.2万人', label: '全县60岁以上的老年人口' },
    { raw: '200户', label: '年收入10万元以上的家庭' },
  ]],
  ['全市5000万元以上的在建项目共126个，新建1000亩以上的特色产业基地12个，筹集100万元以上的资金，帮扶200户以上的困难家庭。', [
    { raw: '126个', label: '5000万元以上的在建项目' },
    { raw: '12个', label: '1000亩以上的特色产业基地' },
    { raw: '100万元以上', value: 1000000, qualifier: '以上', label: '资金' },
    { raw: '200户以上', value: 200, qualifier: '以上', label: '困难家庭' },
  ]],
  ['其中，40歲以下的委員有56人；年收入10萬元以上的家庭有200戶。', [
    { raw: '56人', label: '40歲以下的委員' },
    { raw: '200戶', label: '年收入10萬元以上的家庭' },
  ]],
  // A plan or a forecast is not a result: the label says so, in the text's own word (a figure
  // about a planned one is planned too; 计划 as a noun and 模拟 are no plan).
  ['今年计划提出提案20件以上；力争到2025年，全县森林覆盖率达到65%；预计全年完成投资50亿元，同比增长8%；拟于下半年举办培训班3期。', [
    { raw: '20件以上', label: '提案（计划）' },
    { raw: '65%', label: '全县森林覆盖率（力争）' },
    { raw: '50亿元', label: '投资（预计）' },
    { raw: '8%', label: '投资同比增长（预计）' },
    { raw: '3期', label: '培训班（拟）' },
  ]],
  ['市政协制定年度协商计划，确定协商议题12个，完成年度计划的112%；模拟政协活动吸引学生300余名；去年完成投资30亿元，今年计划完成投资45亿元。', [
    { raw: '12个', label: '协商议题' },
    { raw: '112%', label: '年度计划' },
    { raw: '300余名', label: '学生' },
    { raw: '30亿元', label: '投资' },
    { raw: '45亿元', label: '投资（计划）' },
  ]],
  // A word that only says when (明年) names nothing: the figure before lends its noun.
  ['全年接待游客1200万人次，预计明年突破1500万人次。', [
    { raw: '1200万人次', label: '游客' },
    { raw: '1500万人次', label: '游客（预计）' },
  ]],
  ['本年度計劃開展視察調研20次，預計年產值可達30億元。', [
    { raw: '20次', label: '視察調研（計劃）' },
    { raw: '30億元', label: '年產值（預計）' },
  ]],
  // An aid verb and what is given or who gets it are one noun (帮扶资金, 救助对象); 实施 governs.
  ['协调落实帮扶资金2300余万元，实施帮扶项目47个，救助对象356户，筹集资金2000万元。', [
    { raw: '2300余万元', label: '帮扶资金' },
    { raw: '47个', label: '帮扶项目' },
    { raw: '356户', label: '救助对象' },
    { raw: '2000万元', label: '资金' },
  ]],
  // 会员 after a verb is its object (会 alone after one makes a noun: 座谈会); a year word inside
  // the phrase says when, as one in front does.
  ['該會現有會員逾3,000名，特區政府今年撥款5億港元，召开座谈会12次。', [
    { raw: '逾3,000名', label: '會員' },
    { raw: '5億港元', label: '特區政府撥款' },
    { raw: '12次', label: '座谈会' },
  ]],
  // People and people (和, 及) are one label; 与 is as often "with"; 的占比 keeps what it is of.
  ['会上，14位委员和专家学者作大会发言，组织30名委员与企业家座谈；已建成博物馆6833家，其中免费开放的占比超过九成。', [
    { raw: '14位', label: '委员和专家学者' },
    { raw: '30名', label: '委员' },
    { raw: '6833家', label: '博物馆' },
    { raw: '超过九成', label: '免费开放的占比' },
  ]],
  // A one-character preposition or adverb inside a word is neither (对外, 共享, 首都, 共同体):
  // no label starts with half a word (was 外交流活动, 享服务平台, 高校).
  ['建成12个公共服务站点和8个首都高校联络站。', [
    { raw: '12个', label: '公共服务站点' },
    { raw: '8个', label: '首都高校联络站' },
  ]],
  ['对外交流活动12场，共享服务平台5个，首都高校30所，正式挂牌的工作室36个。', [
    { raw: '12场', label: '对外交流活动' },
    { raw: '5个', label: '共享服务平台' },
    { raw: '30所', label: '首都高校' },
    { raw: '36个', label: '工作室' },
  ]],
  // 公共 is a word (共 inside it is no adverb); 完成 before a level is a connector.
  ['全县一般公共预算收入完成12.3亿元，全年完成投资50亿元。', [
    { raw: '12.3亿元', label: '全县一般公共预算收入' },
    { raw: '50亿元', label: '投资' },
  ]],
  // 培育 and 培养 govern what they grow.
  ['培育新型农业经营主体126家，培養鄉村人才500名。', [
    { raw: '126家', label: '新型农业经营主体' },
    { raw: '500名', label: '鄉村人才' },
  ]],
  // 提案办理 is one noun; who came is said as who was due (实到委员); 提升 governs.
  ['其中专题协商6次、提案办理协商9次；会议应到委员301人，实到委员268人；改造提升文化广场52个。', [
    { raw: '6次', label: '专题协商' },
    { raw: '9次', label: '提案办理协商' },
    { raw: '301人', label: '应到委员' },
    { raw: '268人', label: '实到委员' },
    { raw: '52个', label: '文化广场' },
  ]],
  // A head that only says how much (开支, 人数) keeps what is before 的; a noun head goes alone.
  ['用于医疗卫生的开支达1,103亿港元，参加培训的人数达到1200人，全市的政协委员共有649名。', [
    { raw: '1,103亿港元', unit: '港元', label: '医疗卫生的开支' },
    { raw: '1200人', label: '参加培训的人数' },
    { raw: '649名', label: '政协委员' },
  ]],
  // 在建, 在校: 在 inside a word is no preposition.
  ['全县在校学生3.2万人，在建项目58个。', [
    { raw: '3.2万人', label: '全县在校学生' },
    { raw: '58个', label: '在建项目' },
  ]],
  // The level reached may say when too (增长到2023年的); a long subject of a change keeps its room.
  ['易地搬迁群众人均收入从2019年的6000元增长到2023年的1.5万元；今年1至10月，全市规模以上工业增加值同比增长7.8%。', [
    { raw: '6000元', label: '易地搬迁群众人均收入（2019年）' },
    { raw: '1.5万元', label: '易地搬迁群众人均收入（2023年）' },
    { raw: '7.8%', label: '全市规模以上工业增加值同比增长' },
  ]],
  // A half with a unit of time: after it (三天半) or inside it (两个半月, 一个半小时).
  ['会期三天半，调研组历时两个半月，座谈会持续一个半小时，走访企业30家。', [
    { raw: '三天半', value: 3.5, unit: '天' },
    { raw: '两个半月', value: 2.5, unit: '个月' },
    { raw: '一个半小时', value: 1.5, unit: '小时' },
    { raw: '30家', value: 30, label: '企业' },
  ]],
  // 个小时 and 个星期 are units of time (2个小时 was the count 2 个, labelled 小时).
  ['会议持续了2个小时，历时两个星期，活动持续了一个多小时。', [
    { raw: '2个小时', value: 2, unit: '个小时', category: 'measure' },
    { raw: '两个星期', value: 2, unit: '个星期' },
    { raw: '一个多小时', value: 1, unit: '个小时', qualifier: '多' },
  ]],
  ['會期三天半，歷時兩個半月。', [
    { raw: '三天半', value: 3.5, unit: '天' },
    { raw: '兩個半月', value: 2.5, unit: '個月' },
  ]],
  // 是 ends a subject (…的是民生问题); a clause of only 共/占 takes the subject of the clause
  // before it when no figure stands earlier in the sentence; giving verbs closing a money
  // figure's phrase name the money (捐资, 出资), not who gave it.
  ['比较集中的是民生问题120件。其中，占比最高的是经济建设类提案，共86件；比重最大的是教育类，占42%。', [
    { raw: '120件', label: '民生问题' },
    { raw: '86件', label: '经济建设类提案' },
    { raw: '42%', label: '教育类' },
  ]],
  ['政协委员张某某捐资50万元设立助学基金，委员企业出资200万元，为困难群众捐款捐物价值86万元，委员35人参加，实到32人，开设专栏12个。', [
    { raw: '50万元', label: '张某某捐资' },
    { raw: '200万元', label: '委员企业出资' },
    { raw: '86万元', label: '捐款捐物价值' },
    { raw: '35人', label: '委员' },
    { raw: '32人', label: '实到委员' },
    { raw: '12个', label: '专栏' },
  ]],
  // People counted, then words that name no one: the people before the number (in either
  // script); 覆蓋 governs; a phrase's only verb closing it is what was counted.
  ['邀請港澳委員120余人次來桂考察，聯繫活動覆蓋群眾2.3萬余人，委員提交提案498件，經審查立案452件，刊发有关报道58篇。', [
    { raw: '120余人次', label: '港澳委員' },
    { raw: '2.3萬余人', label: '群眾' },
    { raw: '498件', label: '提案' },
    { raw: '452件', label: '立案提案' },
    { raw: '58篇', label: '有关报道' },
  ]],
  ['经审查，立案452件。', [{ raw: '452件', label: '立案' }]],
  // A verb that borrows the noun of the figure before keeps saying which of them; a share
  // after it is a share of those.
  ['共收到提案3256件，立案2987件，占91.7%。', [
    { raw: '3256件', label: '提案' },
    { raw: '2987件', label: '立案提案' },
    { raw: '91.7%', label: '立案提案' },
  ]],
  // 1 in digits closing its phrase is counted (not 各设主任1名: one for each); 幅 and 首 count
  // pictures and poems.
  ['全年共召开全体会议1次、常委会议4次，工作室各设主任1名，收录图片120余幅、诗词300余首。', [
    { raw: '1次', value: 1, label: '全体会议' },
    { raw: '4次', value: 4, label: '常委会议' },
    { raw: '120余幅', value: 120, unit: '幅', label: '图片' },
    { raw: '300余首', value: 300, unit: '首', label: '诗词' },
  ]],
  // Verbs joined by 和/或 are counted together (was 和基本解决, 或计划落实); a negation after the
  // noun says which ones (was 提案未); 具体 before a verb is an adverb (was 单位具体).
  ['全县共收到提案260件，交由42个单位具体承办；已解决和基本解决198件，基本落实或计划落实的有40件，另有12件提案尚未采纳，占4.6%。', [
    { raw: '260件', label: '提案' },
    { raw: '42个', label: '单位' },
    { raw: '198件', label: '解决和基本解决' },
    { raw: '40件', label: '基本落实或计划落实' },
    { raw: '12件', label: '提案尚未采纳' },
    { raw: '4.6%', label: '提案尚未采纳' },
  ]],
  ['提出具体建议30条，28件提案未被采纳，帮扶未成年人40名。', [
    { raw: '30条', label: '具体建议' },
    { raw: '28件', label: '提案未被采纳' },
    { raw: '40名', label: '未成年人' },
  ]],
  // A date after 截至 says when, not what; a share with no subject is named by what was done
  // to it (was 截至6月30日).
  ['截至6月30日，98.5%已经办复。', [{ raw: '98.5%', label: '办复' }]],
  ['截至2024年6月30日，98.5%已經辦復。', [{ raw: '98.5%', label: '辦復' }]],
  // A clause saying its subject is the largest names the figure after it (was no label); a
  // class before 的 stays (was 提案).
  ['其中有关教育类的提案最多，有65件，占21.3%；其次是医疗类，有40件。', [
    { raw: '65件', label: '教育类的提案' },
    { raw: '21.3%', label: '教育类的提案' },
    { raw: '40件', label: '医疗类' },
  ]],
  // 约谈 is a word (was 谈活动); 时间 and 进行 say nothing of what lasted; a count of one listed
  // after other counts is counted (1份 was dropped); the same thing counted another way in
  // brackets shares the label (96件次 had none); 捐建 and 编报 govern.
  ['县政协开展约谈活动8次，用近两个月时间进行专题调研，形成3份调研报告和1份建议案，得到领导批示52件（96件次），编報社情民意信息120件，捐建希望小学2所。', [
    { raw: '8次', label: '约谈活动' },
    { raw: '近两个月', label: '专题调研' },
    { raw: '3份', label: '调研报告' },
    { raw: '1份', label: '建议案' },
    { raw: '52件', label: '领导批示' },
    { raw: '96件次', label: '领导批示' },
    { raw: '120件', label: '社情民意信息' },
    { raw: '2所', label: '希望小学' },
  ]],
  // The field a rank is taken in is no result (在八个民主党派中位居第一).
  ['在全市八个民主党派中位居第一，在全省14个市州中排名第二，建成8个工作站。', [{ raw: '8个', label: '工作站' }]],
  // Multiples (倍) are relative figures like shares: a change names what changed; a multiple of
  // another quantity names both; 多 and 余 after 倍 are qualifiers.
  ['博彩毛收入按年增长逾3倍，人均收入是全国平均水平的1.5倍，提案数量比上届增加了一倍多。', [
    { raw: '逾3倍', value: 3, unit: '倍', qualifier: '逾', category: 'percent', label: '博彩毛收入按年增长' },
    { raw: '1.5倍', value: 1.5, unit: '倍', label: '人均收入是全国平均水平' },
    { raw: '一倍多', value: 1, unit: '倍', qualifier: '多', label: '提案数量比上届增加' },
  ]],
  // …and one in the clause after a figure is about what that figure counts.
  ['收到提案1000余件，是上年的两倍；完成投资12亿元，为年度计划的112%。', [
    { raw: '1000余件', label: '提案' },
    { raw: '两倍', value: 2, unit: '倍', label: '提案是上年' },
    { raw: '12亿元', label: '投资' },
    { raw: '112%', label: '投资为年度计划' },
  ]],
  // 等次 is a word; what one wins is no noun with its verb (was 次委员); a value alone is the
  // value of the thing the clause before names (was 价值); people after 的 end the label (was
  // 新考取); 分组 and 前往 end who went (was the whole clause).
  ['获优秀等次委员182名，占48%。委员捐赠了米面油等新春大礼包，价值2.3万元，为12名新考取的大学生每人捐资4000元，30多名政协委员分组前往贫困群众家中。', [
    { raw: '182名', label: '优秀等次委员' },
    { raw: '48%', label: '优秀等次委员' },
    { raw: '2.3万元', label: '新春大礼包价值' },
    { raw: '12名', label: '新考取的大学生' },
    { raw: '4000元', label: '每人捐资' },
    { raw: '30多名', label: '政协委员' },
  ]],
  // A count of 1 in digits with more counts listed after it is counted too.
  ['全县建成1个委员履职服务中心，20个政协委员联络站。', [
    { raw: '1个', value: 1, label: '委员履职服务中心' },
    { raw: '20个', label: '政协委员联络站' },
  ]],
  // A level reached after 回落/上涨 names the subject; 派发 governs (Traditional: 漲 and 發 fold).
  ['失業率回落至2.9%，物價上漲到3.1%，向基層家庭派發福袋1.2萬個。', [
    { raw: '2.9%', label: '失業率' },
    { raw: '3.1%', label: '物價' },
    { raw: '1.2萬個', label: '福袋' },
  ]],
  // A count of one as an article stays out, listed or not.
  ['形成两个课题和一批成果，撰写1份提案。', [{ raw: '两个', label: '课题' }]],
  // The same rules in Traditional text (the word lists are matched in folded form).
  ['會議應到常委182人,實到165人,符合規定。其中,佔比最高的是經濟建設類提案,共86件。', [
    { raw: '182人', label: '應到常委' },
    { raw: '165人', label: '實到常委' },
    { raw: '86件', label: '經濟建設類提案' },
  ]],
  // 中 closing a clause is "among"; people counted and then what they do: the people
  // (常委 is a person word).
  ['截至目前，提出的5621件提案中，经审查立案4928件；将安排20位常委作大会发言，8位党员副主席出席。', [
    { raw: '5621件', label: '提案' },
    { raw: '4928件', label: '立案' },
    { raw: '20位', label: '常委' },
    { raw: '8位', label: '党员副主席' },
  ]],
  // A short note in brackets right before the number belongs to the noun.
  ['新增委员工作室(站)36个，收到提案（含集体提案）612件，共有政協委員(yuán)768名。', [
    { raw: '36个', label: '委员工作室(站)' },
    { raw: '612件', label: '提案（含集体提案）' },
    { raw: '768名', label: '政協委員' },
  ]],
  // A rate of change names what changed, not the verb alone.
  ['全社会研发经费投入增长8%以上。', [{ raw: '8%以上', label: '全社会研发经费投入增长' }]],
  // 字 counts text in the thousands only; bounds (不少于, 不超过, 不足) are qualifiers.
  ['编辑出版文史资料8辑、160万字，坚持八字方针，每篇稿件不少於3000字，每年视察不超过5次，参会人数不足20人。', [
    { raw: '8辑', label: '文史资料' },
    { raw: '160万字', value: 1600000, unit: '字', label: '文史资料' },
    { raw: '不少於3000字', value: 3000, qualifier: '不少於', label: '每篇稿件' },
    { raw: '不超过5次', value: 5, qualifier: '不超过', label: '视察' },
    { raw: '不足20人', value: 20, qualifier: '不足', label: '参会人数' },
  ]],
  ['其中女委员120名，比例达到26.7%。', [
    { raw: '120名', label: '女委员' },
    { raw: '26.7%', label: '比例' },
  ]],
  ['共有216件提案被列为重点提案，占立案总数的18.7%，預計年產值可達30億元，粮食总产量稳定在30万吨以上。', [
    { raw: '216件', label: '提案' },
    { raw: '18.7%', label: '提案' },
    { raw: '30億元', label: '年產值（預計）' },
    { raw: '30万吨以上', qualifier: '以上', label: '粮食总产量' },
  ]],
  // An award named after an activity (提案办理先进单位) is one noun.
  ['会议表彰了15件优秀提案和8个提案办理先进单位，命名委员工作先进集体12个。', [
    { raw: '15件', label: '优秀提案' },
    { raw: '8个', label: '提案办理先进单位' },
    { raw: '12个', label: '委员工作先进集体' },
  ]],
  // Hong Kong, Macao and Taiwan phrasing: a currency before the number and 一行 are not what
  // is counted, 突破 is a connector; a growth in tenths is a share.
  ['港區全國政協委員一行30餘人赴內地考察，全年撥款新台幣1.2億元，參觀人數突破10萬人次，較去年同期增長三成。', [
    { raw: '30餘人', qualifier: '餘', label: '港區全國政協委員' },
    { raw: '1.2億元', category: 'money', unit: '新台幣', label: '撥款' },
    { raw: '10萬人次', value: 100000, label: '參觀人數' },
    { raw: '三成', value: 30, unit: '%', label: '參觀人數較去年同期增長' },
  ]],
  // A currency in brackets after 元 is the figure's, and part of it as written (人民币 leaves
  // 元); 另有 is a connector: the figure after it shares the subject before (and keeps a noun
  // of its own: 另有社情民意信息, which passed before too).
  ['全年補助逾3.5億元（新台幣），援助資金500萬元(港幣)，另有200萬元（人民幣）。', [
    { raw: '逾3.5億元（新台幣）', value: 350_000_000, unit: '新台幣', qualifier: '逾', label: '補助' },
    { raw: '500萬元(港幣)', value: 5_000_000, unit: '港幣', label: '援助資金' },
    { raw: '200萬元', value: 2_000_000, unit: '元', label: '援助資金' },
  ]],
  ['收到提案300件，另有社情民意信息120条。', [
    { raw: '300件', label: '提案' },
    { raw: '120条', label: '社情民意信息' },
  ]],
  // How long a level has held (连续5年, 三年来) is when, not what: the subject before it is.
  ['全市粮食产量连续5年稳定在100万吨以上，森林覆盖率連續兩年保持在62%以上，全县人口2023年达52万人。', [
    { raw: '100万吨以上', label: '全市粮食产量' },
    { raw: '62%以上', label: '森林覆盖率' },
    { raw: '52万人', label: '全县人口' },
  ]],
  ['连续三年保持在95%以上。', [{ raw: '95%以上', label: '' }]],
  // The pace of a change (以年均8%的速度增长): what changed and how, not what 以 leads to.
  ['全县地区生产总值以年均8%的速度增长，財政收入以年均12.5%的速度遞增，出口以15%的幅度下降。', [
    { raw: '8%', label: '全县地区生产总值年均增长' },
    { raw: '12.5%', label: '財政收入年均遞增' },
    { raw: '15%', label: '出口下降' },
  ]],
  // At most (以下, 以內) is a qualifier after the unit, as 以上 is; 在 before the number is no label.
  ['城镇登记失业率控制在3.5%以下，误差在5%以內，委员在3名以上。', [
    { raw: '3.5%以下', value: 3.5, qualifier: '以下', label: '城镇登记失业率' },
    { raw: '5%以內', value: 5, qualifier: '以內', label: '误差' },
    { raw: '3名以上', value: 3, qualifier: '以上', label: '委员' },
  ]],
  // Two magnitudes before a unit count (千亿元, 千万元); 千万 alone, 百万雄师 and 千家万户 are words.
  ['全区GDP突破千亿元。全年投入资金千万元，千万不要大意，百万雄师过大江，千家万户受益。', [
    { raw: '千亿元', value: 100_000_000_000, unit: '元', label: '全区GDP' },
    { raw: '千万元', value: 10_000_000, unit: '元', label: '资金' },
  ]],
  // A negation stays with its verb: what was not done is counted.
  ['不予立案的36件，转为意见建议；未采纳意见12条。', [
    { raw: '36件', label: '不予立案' },
    { raw: '12条', label: '未采纳意见' },
  ]],
  // A quantifier after the noun (绝大多数, 大部分) and 已经 end a forward label; an adverb right
  // before the number (首次 突破) is not part of what is counted.
  ['立案的5000余件提案绝大多数已经办复。', [{ raw: '5000余件', label: '提案' }]],
  ['县政协提案的数量首次突破了200件。', [{ raw: '200件', label: '县政协提案的数量' }]],
  ['全市委员累计提交提案已经达到312件。', [{ raw: '312件', label: '提案' }]],
  // 八个民主党派 is a name, not a count; the scan for the subject reads through it, and two
  // names joined by 和 share the head noun (提案).
  ['八个民主党派中央和全国工商联提案1347件，人民团体提案26件。', [
    { raw: '1347件', value: 1347, label: '八个民主党派中央和全国工商联提案' },
    { raw: '26件', label: '人民团体提案' },
  ]],
  // A class in brackets after a 的 clause (B类): the clause and the class name the count.
  ['正在解决或有关工作已启动的（B类）68件，占承办提案总数的73.91%。', [
    { raw: '68件', label: '正在解决或有关工作已启动的（B类）' },
    { raw: '73.91%', label: '正在解决或有关工作已启动的（B类）' },
  ]],
  // A clause naming nothing takes the subject of the clause before it, without 中 ("among").
  ['报送的信息中，有3条被中办、国办采用。', [{ raw: '3条', label: '信息' }]],
  // 分别: with 约 or 占…的 before the figures; listed modifiers share the last part's head
  // (城镇和农村居民…); a later 分别 clause reads the earlier one's subjects, never 和.
  ['人事编制和工务工程的建议分别约占百分之29和百分之47。', [
    { raw: '百分之29', value: 29, label: '人事编制的建议' },
    { raw: '百分之47', value: 47, label: '工务工程的建议' },
  ]],
  ['两类提案分别占总数的35%和42%。', [
    { raw: '两类', value: 2 },
    { raw: '35%', label: '两类提案' },
    { raw: '42%', label: '两类提案' },
  ]],
  ['城镇和农村居民人均可支配收入分别达到42000元和21000元，分别增长5.1%和7.3%。', [
    { raw: '42000元', label: '城镇居民人均可支配收入' },
    { raw: '21000元', label: '农村居民人均可支配收入' },
    { raw: '5.1%', label: '城镇居民人均可支配收入增长' },
    { raw: '7.3%', label: '农村居民人均可支配收入增长' },
  ]],
  ['党员和非党员委员分别为120人和80人。', [
    { raw: '120人', label: '党员' },
    { raw: '80人', label: '非党员委员' },
  ]],
  // Minutes after hours are part of the span; 历时 and 为期 connect what lasted to how long.
  ['行程為期三天。', [{ raw: '三天', value: 3, unit: '天', label: '行程' }]],
  // A comparison with any earlier time (較成立時) is about the figure before it.
  ['聯誼會現有會員2,300餘名，較成立時增長近一倍。', [
    { raw: '2,300餘名', value: 2300, label: '會員' },
    { raw: '近一倍', value: 1, unit: '倍', qualifier: '近', label: '會員較成立時增長' },
  ]],
  ['会议历时约1小时21分钟，座谈会持续两小时三十分钟。', [
    { raw: '约1小时21分钟', value: 1.35, unit: '小时', qualifier: '约', label: '会议' },
    { raw: '两小时三十分钟', value: 2.5, unit: '小时', label: '座谈会' },
  ]],
  // A change from a level given per year (由每年300件左右增加到600余件) names both ends.
  ['十年间，提案数量由每年300件左右增加到600余件。', [
    { raw: '300件左右', qualifier: '左右', label: '提案数量（原）' },
    { raw: '600余件', qualifier: '余', label: '提案数量' },
  ]],
  ['共整理文史资料30余万字，籌得善款逾300萬港元。', [
    { raw: '30余万字', value: 300_000, label: '文史资料' },
    { raw: '逾300萬港元', value: 3_000_000, unit: '港元', label: '善款' },
  ]],
  // The passive of a listed item carries over to the next with the same verb.
  ['收到社情民意信息385条，其中被全国政协采用5条、省政协采用23条。', [
    { raw: '385条', label: '社情民意信息' },
    { raw: '5条', label: '社情民意信息被全国政协采用' },
    { raw: '23条', label: '社情民意信息被省政协采用' },
  ]],
  // 省 before an organ (省政府) is part of its name; a long list is cut before it, not inside.
  ['其中省委、省政府、省政协主要领导批示28件次。', [{ raw: '28件次', label: '省政协主要领导批示' }]],
  // 家/个 count bodies; their people after them (负责人, 代表) are who came, not what is counted.
  ['12位提案者和8家承办单位负责人参加，3个部门主要负责同志到会。', [
    { raw: '12位', label: '提案者' },
    { raw: '8家', label: '承办单位' },
    { raw: '3个', label: '部门' },
  ]],
  // Aid reports: 助学金 is a noun (not 捐助 + 学金), 颁发 and 募捐 govern, 超过 connects, a span
  // of time before it (在短短几个月内) says when, traits listed before 的 describe the people,
  // the hands (手中) and the 除…外 frame are not the noun, money for each names what each gets,
  // and 资助总金额 is one noun.
  ['募捐助学金一万多元，为每名贫困学生颁发助学金2000元。', [
    { raw: '一万多元', value: 10_000, qualifier: '多', label: '助学金' },
    { raw: '2000元', label: '助学金' },
  ]],
  ['捐出的款项在短短几个月内就超过了1000万元。', [{ raw: '1000万元', value: 10_000_000, label: '款项' }]],
  ['初步对23名品学兼优、家庭困难的中小学生进行资助，将每人8000元助学金送到全区100名贫困学子手中。', [
    { raw: '23名', label: '品学兼优、家庭困难的中小学生' },
    { raw: '8000元', label: '每人助学金' },
    { raw: '100名', label: '贫困学子' },
  ]],
  ['除资助企业所在村6名大学生外，还救助了邻村的3名困难学子，资助总金额超过90万元。', [
    { raw: '6名', label: '大学生' },
    { raw: '3名', label: '困难学子' },
    { raw: '超过90万元', qualifier: '超过', label: '资助总金额' },
  ]],
  // A lone 二 before 组/班 names a group (经济二组); the people of the delegation are counted.
  ['经济二组委员们一行十多人来到茶恩寺镇。', [{ raw: '十多人', value: 10, qualifier: '多', label: '委员们' }]],
  // 保持 connects a level held; how long it held (连续三年) says when.
  ['提案办复率连续三年保持100%。', [{ raw: '100%', value: 100, label: '提案办复率' }]],
  // The 在…中 frame is not the noun; 会办 (joint handling) is one word with what it handles.
  ['在3个乡镇中开展试点，提出会办意见32条。', [
    { raw: '3个', label: '乡镇' },
    { raw: '32条', label: '会办意见' },
  ]],
  // What happened to a part may name organs listed with 、; people joined by 和 to people after a
  // verb (列席人员) are counted with them.
  ['提出意见建议46条，其中30条被县委、县政府采纳。受邀参加会议的特邀代表和列席人员共40余人。', [
    { raw: '46条', label: '意见建议' },
    { raw: '30条', label: '意见建议被县委、县政府采纳' },
    { raw: '40余人', label: '特邀代表和列席人员' },
  ]],
  // People after a verb that names no one (吸引, 邀请) are counted by what they did.
  ['活动吸引逾千人参与，邀请200余人参加开幕式。', [
    { raw: '逾千人', value: 1000, qualifier: '逾', label: '参与' },
    { raw: '200余人', label: '参加开幕式' },
  ]],
  // X人员 is a noun (组成人员, 列席人员): the verb inside it governs nothing.
  ['常委会组成人员42人参加会议。', [{ raw: '42人', label: '常委会组成人员' }]],
  // A head that only says how much (占比) keeps the whole modifier before 的; a currency before a
  // qualifier is still the figure's (港幣逾480萬元).
  ['其中已解決或採納的佔比達到72.4%，委員捐款捐物合計折合港幣逾480萬元。', [
    { raw: '72.4%', label: '解決或採納的佔比' },
    { raw: '逾480萬元', value: 4_800_000, unit: '港幣', qualifier: '逾', label: '委員捐款捐物' },
  ]],
  ['活动持续了一个多月，参与群众300人左右。', [
    { raw: '一个多月', value: 1, qualifier: '多', unit: '个月', category: 'measure' },
    { raw: '300人左右', value: 300, qualifier: '左右', unit: '人', label: '群众' },
  ]],
  // Votes: counted in 票, named by how they went, before or after the count; one vote counts.
  ['赞成2102票，反对1票，弃权4票，未按表决器7人。', [
    { raw: '2102票', value: 2102, unit: '票', label: '赞成' },
    { raw: '1票', value: 1, unit: '票', label: '反对' },
    { raw: '4票', value: 4, unit: '票', label: '弃权' },
    { raw: '7人', value: 7, unit: '人', label: '未按表决器' },
  ]],
  ['会议以 2120 票赞成、 1 票弃权，通过政治决议。', [
    { raw: '2120 票', value: 2120, label: '赞成' },
    { raw: '1 票', value: 1, label: '弃权' },
  ]],
  ['每名委员每项1票。', []],
  // A figure said not to hold is none (a rounding note under a table).
  ['由于四舍五入，部分合计数可能不等于100%。', []],
  // Scores: 分 after digits in a clause about a score (十分重要, 10时30分 are no scores).
  ['委员履职积分平均86.5分，满意度测评得分95.6分。', [
    { raw: '86.5分', value: 86.5, unit: '分', category: 'measure' },
    { raw: '95.6分', value: 95.6, unit: '分', label: '满意度测评得分' },
  ]],
  ['测评满分100分，平均得分为92.3分。', [
    { raw: '100分', label: '测评满分' },
    { raw: '92.3分', label: '平均得分' },
  ]],
  ['上午10时30分，会议开幕，这十分重要。', []],
  // From one level to another: 才 before 由, and 现在 after 增至 without 的.
  ['香港人均总值才由3,000多元增至现在4万多元。', [
    { raw: '3,000多元', label: '香港人均总值（原）' },
    { raw: '4万多元', label: '香港人均总值（现在）' },
  ]],
  // A quoted name after the measure word is read whole; the noun after it names the count.
  ['活动选择20个贫困村，组成20个“我为脱贫奔康作贡献”活动小组。', [
    { raw: '20个', label: '贫困村' },
    { raw: '20个', label: '活动小组' },
  ]],
  ['设立12个“委员之家”。', [{ raw: '12个', label: '“委员之家”' }]],
  // A number inside a quoted name before the figure does not cut its label.
  ['协调解决乡村建设“六件事”相关问题10余个。', [{ raw: '10余个', label: '问题' }]],
  ['先后将5件提案列为年度1号提案。', [{ raw: '5件', label: '提案' }]],
  // The field proposals are about says which of them.
  ['在所有提案中，围绕经济建设方面提出提案94件，占53.7%。围绕教育问题提交建议15条。', [
    { raw: '94件', label: '经济建设方面提案' },
    { raw: '53.7%', label: '经济建设方面提案' },
    { raw: '15条', label: '教育问题建议' },
  ]],
  // A count compared after a rate of change compares the thing counted, not the rate.
  ['累计接待群众来访1200余人次，同比增长15.3%，较上年减少200人次。', [
    { raw: '1200余人次', label: '群众来访' },
    { raw: '15.3%', label: '群众来访同比增长' },
    { raw: '200人次', label: '群众来访较上年减少' },
  ]],
  ['在看到一条300米的断头路时，小组当即决定修路；每期信息一般不超过1500字。', [
    { raw: '300米', label: '断头路' },
    { raw: '不超过1500字', label: '每期信息' },
  ]],
  ['全县一般公共预算收入完成12.3亿元。', [{ raw: '12.3亿元', label: '全县一般公共预算收入' }]],
  // A count threshold in the noun phrase of the figure after it says which ones; it is no figure.
  ['对涉及三家以上承办单位的2410件提案，明确主办、会办单位；组织100名以上的委员参加调研。', [
    { raw: '2410件', label: '提案' },
    { raw: '100名以上', qualifier: '以上', label: '委员' },
  ]],
  // A share of a whole's 比重 says of which whole, after its subject or lent by the clause before.
  ['我市数字经济规模达到1200亿元，占GDP比重达到42.3%；高新技术产业产值占规上工业比重提高到45%。', [
    { raw: '1200亿元', label: '我市数字经济规模' },
    { raw: '42.3%', label: '我市数字经济规模占GDP比重' },
    { raw: '45%', label: '高新技术产业产值占规上工业比重' },
  ]],
  ['参加活动的委员占委员总数的85%以上。', [{ raw: '85%以上', label: '参加活动的委员' }]],
  // A range whose ends both carry the unit.
  ['比率才1%-2%；每人补助20万元至30万元。', [
    { raw: '1%-2%', value: 1, max: 2, unit: '%', label: '比率' },
    { raw: '20万元至30万元', value: 200_000, max: 300_000, unit: '元' },
  ]],
  // Pages and ages; a pager, an age bound and an age describing someone are no figures.
  ['政协常委会工作报告只有12页，平均年龄63.7岁，年龄最小的仅12岁。', [
    { raw: '12页', unit: '页', label: '政协常委会工作报告' },
    { raw: '63.7岁', value: 63.7, unit: '岁', label: '平均年龄' },
    { raw: '12岁', label: '年龄最小' },
  ]],
  ['共3页 第1页。67岁的张某某当选，年满18周岁的公民均可报名。', []],
  ['45岁以下委员占比21%。', [{ raw: '21%', label: '45岁以下委员占比' }]],
  // People counted: the label ends with the person noun, before what they did; kinds of
  // people joined by 和 before 的 go with them; a noun made with a person noun stays whole.
  ['来自34个界别的2100多名全国政协委员肩负使命，8名港区政协委员分布7个专委会。', [
    { raw: '34个', label: '界别' },
    { raw: '2100多名', label: '全国政协委员' },
    { raw: '8名', label: '港区政协委员' },
    { raw: '7个', label: '专委会' },
  ]],
  ['劉少奇、宋慶齡等12位各黨派和特邀界的委員都在會議上發言。', [{ raw: '12位', label: '各黨派和特邀界的委員' }]],
  ['本届已经撤销了14人全国政协委员资格；可容纳50人的常委会议室。', [
    { raw: '14人', label: '全国政协委员资格' },
    { raw: '50人', label: '常委会议室' },
  ]],
  // Votes a candidate got are the candidate's.
  ['汪洋獲2144票，全票當選。', [{ raw: '2144票', label: '汪洋' }]],
  // An amount listed before another takes its unit, and its magnitude when it has none.
  ['李家傑和李家誠夫婦分別捐出五百萬和二百萬港元。', [
    { raw: '五百萬', value: 5_000_000, unit: '港元' },
    { raw: '二百萬港元', value: 2_000_000, unit: '港元' },
  ]],
  ['分别投入1000和2000万元；2023和2024年。', [
    { raw: '1000', value: 10_000_000, unit: '元', magnitude: '万' },
    { raw: '2000万元', value: 20_000_000, unit: '元' },
  ]],
  // A fund or a donation named right after the amount; a name may start with Latin letters; a
  // place of one character before a verb; 接近 qualifies.
  ['林龙安设立1500万元人民币抗疫专项基金并捐赠2240个N95口罩，首笔500万港元善款全数汇入基金。', [
    { raw: '1500万元人民币', label: '抗疫专项基金' },
    { raw: '2240个', label: 'N95口罩' },
    { raw: '500万港元', label: '善款' },
  ]],
  ['在全港18个区设立150个募款站，向灾区的捐款接近1.2亿元。', [
    { raw: '18个', label: '区' },
    { raw: '150个', label: '募款站' },
    { raw: '接近1.2亿元', qualifier: '接近', label: '捐款' },
  ]],
  // A label too long to keep whole starts after a title, with the person; 亦 ("also") says nothing.
  ['全國政協委員、金保利亞洲有限公司董事長洪祖杭捐出200萬港元，電盈主席李澤楷亦捐出二千萬元人民幣。', [
    { raw: '200萬港元', label: '洪祖杭捐出' },
    { raw: '二千萬元人民幣', label: '電盈主席李澤楷捐出' },
  ]],
  ['全国政协常委会2015年办复提案5003件。', [{ raw: '5003件', label: '提案' }]],
  // A 分别 list closed by 等 shares the head after it.
  ['長治久安、民生、文化等領域提案分別占11%、25%和12%。', [
    { raw: '11%', label: '長治久安領域提案' },
    { raw: '25%', label: '民生領域提案' },
    { raw: '12%', label: '文化領域提案' },
  ]],
  // A part of the people before it (…中已经有…), named by them and what they did.
  ['2227名政协委员中已经有1359名到大会秘书处报到。', [
    { raw: '2227名', label: '政协委员' },
    { raw: '1359名', label: '政协委员到大会秘书处报到' },
  ]],
  // A meeting's ordinal is part of its name; since when says when; 尚不能 is a negation.
  ['区政府共收到区政协三届四次会议提案115件，办理市政协十三届五次会议以来提案591件。', [
    { raw: '115件', label: '区政协三届四次会议提案' },
    { raw: '591件', label: '提案' },
  ]],
  ['因政策、条件等限制目前尚不能解决的有66件，占总数的11.2%。', [
    { raw: '66件', label: '尚不能解决' },
    { raw: '11.2%', label: '尚不能解决' },
  ]],
  // After 和 the list goes on: what follows 的 is another item's, not this one's label.
  ['州政协共收到提案92件和会后提出的1件提案。', [{ raw: '92件', label: '提案' }]],
  // A range written high to low is low to high in value and max.
  ['工聯會都分別捐款128萬至30萬港元不等。', [{ raw: '128萬至30萬港元', value: 300_000, max: 1_280_000, unit: '港元' }]],
  // A count of meetings after a verb of holding is a count; an ordinal meeting is not (十四届二次会议).
  ['會期中合共召開了三次全體會議和11場代表團會議；全国政协十四届二次会议开幕。', [
    { raw: '三次', value: 3, unit: '次', label: '全體會議' },
    { raw: '11場', value: 11, label: '代表團會議' },
  ]],
  // 人 with 口 is the word 人口.
  ['在32.9平方公里的土地上居住着近68萬人口。', [
    { raw: '32.9平方公里', value: 32.9 },
    { raw: '近68萬人', value: 680_000, qualifier: '近', label: '人口' },
  ]],
  // 澳元 is a currency, kept as written (the pataca in Macau's press, the Australian dollar elsewhere).
  ['2025年澳門本地生產總值恢復至4,180億澳元，人均GDP達到64.7萬澳門元。', [
    { raw: '4,180億澳元', value: 418_000_000_000, unit: '澳元', category: 'money' },
    { raw: '64.7萬澳門元', value: 647_000, unit: '澳門元' },
  ]],
  // A total after an amount for each is no amount for each.
  ['四姐妹分別各捐二百萬元，合共一千萬元。', [
    { raw: '二百萬元', label: '各捐' },
    { raw: '一千萬元', value: 10_000_000, label: '合共' },
  ]],
  // A currency written after 元 is the figure's (元人民币 is 元).
  ['民主黨籌得約1萬3000元港幣善款，李澤楷捐出二千萬元人民幣，撥款5億元新台幣。', [
    { raw: '約1萬3000元港幣', value: 13_000, unit: '港幣', label: '善款' },
    { raw: '二千萬元人民幣', value: 20_000_000, unit: '元' },
    { raw: '5億元新台幣', value: 500_000_000, unit: '新台幣' },
  ]],
  // A lone financial or variant numeral form is a name (伍家岗, 陆家嘴); with others it is a number.
  ['伍家崗街道政協活動聯絡組舉辦活動，陆家嘴街道委员捐款伍佰元。', [{ raw: '伍佰元', value: 500, unit: '元' }]],
  // A verb with 了 after the noun ends it (了解 is a verb too).
  ['經過協商討論，4個委員活動小組認領了所有議題；10名委员了解情况。', [
    { raw: '4個', label: '委員活動小組' },
    { raw: '10名', label: '委员' },
  ]],
  // A verb alone would name both alike: the body that did it tells them apart (an office's 办 is no verb).
  ['区政协采纳237篇，省政协采纳20篇，省委办采纳4篇；《重要提案摘报》共报送188期。', [
    { raw: '237篇', label: '区政协采纳' },
    { raw: '20篇', label: '省政协采纳' },
    { raw: '4篇', label: '省委办采纳' },
    { raw: '188期', label: '《重要提案摘报》报送' },
  ]],
  // A passive after a clause of who adopted is not of that clause's agent; nor is an outcome.
  ['区政协采用237篇，被佛山市委、市政协采用55篇；省委办采用4篇，1篇获省领导批示。', [
    { raw: '237篇', label: '区政协采用' },
    { raw: '55篇', label: '被佛山市委、市政协采用' },
    { raw: '4篇', label: '省委办采用' },
    { raw: '1篇', label: '获省领导批示' },
  ]],
  // One in digits opening a clause after a clause counting in the same unit is one of a list.
  ['11人来自中共界别，1人来自中华全国工商联合会，每个界别设召集人1名，1名副召集人协助。', [
    { raw: '11人', label: '来自中共界别' },
    { raw: '1人', label: '来自中华全国工商联合会' },
  ]],
  // A share set by a rule is a share of the whole before it; a share's 速度 is its pace.
  ['港澳委员不超出委员总额百分之五的规定，地区生产总值以百分之八的速度增长。', [
    { raw: '百分之五', value: 5, label: '港澳委员不超出委员总额' },
    { raw: '百分之八', value: 8, label: '地区生产总值增长' },
  ]],
  // A figure alone in brackets counts the noun before them; 和 after the figure before carries a list on.
  ['审议通过了委员名单（五百七十一人），会议增补常委3名和委员12名。', [
    { raw: '五百七十一人', value: 571, label: '委员名单' },
    { raw: '3名', label: '常委' },
    { raw: '12名', label: '委员' },
  ]],
  // Words of when (全年, 今年) and of still (仍然) close no noun.
  ['区政协8个专委会全年共反映社情民意224篇，全市3个区今年完成改造，澳门委员的名额仍然保持七个。', [
    { raw: '8个', label: '专委会' },
    { raw: '224篇', label: '社情民意' },
    { raw: '3个', label: '区' },
    { raw: '七个', label: '名额' },
  ]],
  // A score named after it (…分的年度总成绩); its rank is no part of it.
  ['以2357分的年度总成绩位列全省第一名。', [{ raw: '2357分', value: 2357, unit: '分', label: '年度总成绩' }]],
  // 高达 joins a rate to its value; 经审查 names nothing, so 立案 takes the proposals before it; after a
  // part (其中会后17件) the whole lends again; 当中 is "among" as 其中 is.
  ['全年收到提案近六千件，办复率高达99.9%；共提交提案原件187件，其中会后17件，经审查立案175件；共收到来稿逾7.5万篇，当中超过1.7万篇获采用。', [
    { raw: '近六千件', label: '提案' },
    { raw: '99.9%', label: '办复率' },
    { raw: '187件', label: '提案原件' },
    { raw: '17件', label: '会后' },
    { raw: '175件', label: '立案提案原件' },
    { raw: '逾7.5万篇', label: '来稿' },
    { raw: '超过1.7万篇', label: '来稿获采用' },
  ]],
  // A fraction in digits in a clause about a share is a share (a date written 1/8 is not).
  ['全区面积120.223万平方公里，约占全国总面积的1/8，会议于1/8召开。', [
    { raw: '120.223万平方公里', value: 1_202_230 },
    { raw: '1/8', value: 12.5, unit: '%', category: 'percent', label: '全区面积' },
  ]],
  // An adverb before a comparison leaves the subject in (仍比, and 也比 after a figure).
  ['平均年龄仍比上届下降3.5岁。常务委员的平均年龄为61.9岁，也比上届下降2.2岁，这位哈尼族委员仅37岁。', [
    { raw: '3.5岁', label: '平均年龄比上届下降' },
    { raw: '61.9岁', label: '平均年龄' },
    { raw: '2.2岁', label: '平均年龄比上届下降' },
    { raw: '37岁', label: '哈尼族委员' },
  ]],
  // An age bracket before a count of people names them, and is no figure itself.
  ['31名委员中，71岁以上的2名，占委员总数的6%；61-70岁8名，占委员总数的26%；51-60岁21名。', [
    { raw: '31名', label: '委员' },
    { raw: '2名', label: '71岁以上' },
    { raw: '6%', label: '71岁以上' },
    { raw: '8名', label: '61-70岁' },
    { raw: '26%', label: '61-70岁' },
    { raw: '21名', label: '51-60岁' },
  ]],
  // A part of people counted in another person word (名 then 人), named by what they are.
  ['24名全国政协副主席中有13人是新面孔，占54.2%。', [
    { raw: '24名', label: '全国政协副主席' },
    { raw: '13人', label: '全国政协副主席是新面孔' },
    { raw: '54.2%', label: '全国政协副主席是新面孔' },
  ]],
  // 建设 is a verb after an adverb (经济建设 stays a noun); people end before what they did (值班,
  // a quoted 组团); a page's own counter (阅读：586次) is no figure, a campaign's 点击量 is.
  ['全省共建设委员工作室（站）近3000个，经济建设方面提案94件，两名委员值班，12名区政协委员“组团”进驻，点击量15万人次。阅读：586次', [
    { raw: '近3000个', label: '委员工作室（站）' },
    { raw: '94件', label: '经济建设方面提案' },
    { raw: '两名', label: '委员' },
    { raw: '12名', label: '区政协委员' },
    { raw: '15万人次', label: '点击量' },
  ]],
  // A verb alone is named with its subject too (not with what 经 or 根据 introduces, nor a day);
  // readers are people.
  ['读书活动已成功举办了四期，市财政追加投入1200万元，经审查立案300件，今天实到2114人，130名社会读者读书交流。', [
    { raw: '四期', label: '读书活动举办' },
    { raw: '1200万元', label: '市财政追加投入' },
    { raw: '300件', label: '立案' },
    { raw: '2114人', label: '实到' },
    { raw: '130名', label: '社会读者' },
  ]],
  // A duration ends before it ended; 合共 is an adverb; 标箱 measures; 停滞在 joins a level to its subject.
  ['长达13天的政协会议会期结束，5位港区全国人大代表合共提出逾30项建议，香港港口吞吐量停滞在1200多万标箱。', [
    { raw: '13天', label: '政协会议会期' },
    { raw: '5位', label: '港区全国人大代表' },
    { raw: '逾30项', label: '建议' },
    { raw: '1200多万标箱', value: 12_000_000, unit: '标箱', qualifier: '多', label: '香港港口吞吐量' },
  ]],
  // Who gave names money given: a short subject, or the name after a title, past the receiver
  // after 向 (县红十字会: 十字 is no number); not the receiver after 为, nor a plan word.
  ['商会会长王能捐赠1万元，董事长占建华向县红十字会捐资人民币1万元，许家印先后捐款1亿元，为困难群众捐款8万元，计划投资3000万元。', [
    { raw: '1万元', label: '王能捐赠' },
    { raw: '1万元', label: '占建华捐资' },
    { raw: '1亿元', label: '许家印捐款' },
    { raw: '8万元', label: '捐款' },
    { raw: '3000万元', label: '投资（计划）' },
  ]],
  // Giving is a verb (捐赠医用口罩 → 医用口罩), as is carrying (运到); 升 measures; times, then what was done.
  ['蒋川向县工业园区捐赠医用口罩6000只，捐赠消毒液4590升，将10000只口罩运到一线，王新中先后3次捐赠物资。', [
    { raw: '6000只', label: '医用口罩' },
    { raw: '4590升', value: 4590, unit: '升', label: '消毒液' },
    { raw: '10000只', label: '口罩' },
    { raw: '3次', label: '捐赠物资' },
  ]],
  // A noun ends before 因 (because), 要 (will), 随即 and a verb of what people did; a long noun closed by
  // punctuation is whole; a note in brackets may sit inside one; 立案提案 is one noun.
  ['2名委员因不履职被劝退，我有30吨消毒液要捐赠，1400余名委员随即签到，1300多名委员坚守一线，成立7个政协委员述职考评工作督导组，对23个界别活动（综合）组225名委员考评，从244件立案提案中评选出30件。', [
    { raw: '2名', label: '委员' },
    { raw: '30吨', label: '消毒液' },
    { raw: '1400余名', label: '委员' },
    { raw: '1300多名', label: '委员' },
    { raw: '7个', label: '政协委员述职考评工作督导组' },
    { raw: '23个', label: '界别活动（综合）组' },
    { raw: '225名', label: '委员' },
    { raw: '244件', label: '立案提案' },
    { raw: '30件', label: '评选出' },
  ]],
];

describe('extractFigures on sentences outside the fixtures', () => {
  it.each(SENTENCES)('%s', (sentence, want) => {
    const got = extractFigures(sentence).map(pick);
    expect(got).toHaveLength(want.length);
    want.forEach((w, i) => expect(got[i]).toMatchObject(w));
  });

  // The same sentences as a Traditional mirror writes them (opencc-js cn→tw, character by
  // character): the same figures, labelled the same, in the page's own script.
  const toTraditional = OpenCCFull.Converter({ from: 'cn', to: 'tw' });
  const toSimplified = OpenCCFull.Converter({ from: 'tw', to: 'cn' });
  const asTraditional = SENTENCES.filter(([s]) => toTraditional(s) !== s);
  it('converts most of the sentences (the check below is not empty)', () => {
    expect(asTraditional.length).toBeGreaterThan(SENTENCES.length * 0.8);
  });
  it.each(asTraditional)('in Traditional: %s', (sentence) => {
    const read = (s: string) => extractFigures(s).map((f) => [f.raw, f.value, f.max, f.unit, f.qualifier, f.label].map((x) => (typeof x === 'string' ? toSimplified(toTraditional(x)) : x)));
    const traditional = extractFigures(toTraditional(sentence));
    expect(traditional.map((f) => [f.raw, f.value, f.max, f.unit, f.qualifier, f.label].map((x) => (typeof x === 'string' ? toSimplified(x) : x)))).toEqual(read(sentence));
  });

  it.each([
    ['dates and years', '2023年12月14日至15日，2024-01-21，12月18日'],
    ['ordinals', '第9次专题学习，全国政协十四届一次会议，十三届二次常委会会议，第二批主题教育'],
    ['digits spaced in no groups of three', '共 5 00 人，12 3 个'],
    ['numbered slogans', '深刻领悟“两个确立”的决定性意义，坚决做到两个维护，聚焦四件大事，五位一体总体布局'],
    ['the page\'s own length', '本文共3500字，阅读约需8分钟；全文共计2万字的调研报告'],
    ['phone, postcode, ICP and IDs', '电话：0891-6833333 邮编：850000 藏ICP备09000733号 公安备案54010202000003号'],
    ['counts of one', '精心准备一个课题，撰写1份提案，解决了一批问题'],
    ['numbers glued to codes', '北京赛车pk10开奖，编号A202107'],
    ['words made of numerals', '十分重要，千方百计，万众一心，一体推进，两岸交流，统一战线，为老百姓办实事，成百上千'],
    ['vague amounts', '数百人到场，几十名委员，几百人参加，数十家单位，数万人'],
    ['numbered names', '中国的56个民族和八个民主党派都有代表人物担任政协委员'],
    ['成 in words', '一成不变，统一成立，唯一成果，逐一成册，十成员单位'],
  ])('no figures in %s', (_what, sentence) => {
    expect(extractFigures(sentence)).toEqual([]);
  });

  it('reads the same figures in Simplified, Traditional and pinyin-annotated text', () => {
    const s = extractFigures('自治区政协委员8053名，座谈会32次。').map(pick);
    const t = extractFigures('自治區政協委員8053名，座談會32次。').map(pick);
    expect(t.map((f) => [f.value, f.unit])).toEqual(s.map((f) => [f.value, f.unit]));
    expect(t.map((f) => f.label)).toEqual(['自治區政協委員', '座談會']);
  });

  it('gives ranges a maximum', () => {
    expect(extractFigures('工作室各设副主任3至5名、联络员若干名')[0]).toMatchObject({ raw: '3至5名', value: 3, max: 5, label: '副主任' });
  });

  it('gives a range\'s low end the magnitude written after its high end (20至30万元 is 200,000 to 300,000)', () => {
    const got = extractFigures('投入资金20至30万元，动员群众三至五百人，筹集1至2亿元。').map((f) => [f.raw, f.value, f.max]);
    expect(got).toEqual([['20至30万元', 200_000, 300_000], ['三至五百人', 300, 500], ['1至2亿元', 100_000_000, 200_000_000]]);
    expect(extractFigures('参加活动的有2至300人').map((f) => [f.value, f.max])).toEqual([[2, 300]]);
  });

  it('reads two neighbouring digits as an approximate range (三四十名 is 30 to 40)', () => {
    const got = extractFigures('活动吸引了三四十名委员参加，全年举办讲座二三十场，七八百人到场，投入三四十万元。').map((f) => [f.raw, f.value, f.max]);
    expect(got).toEqual([['三四十名', 30, 40], ['二三十场', 20, 30], ['七八百人', 700, 800], ['三四十万元', 300_000, 400_000]]);
    // (Digits that are not neighbours, and neighbours inside a larger number, are no such range.)
    expect(extractFigures('一百三四十人，三五个人').map((f) => f.raw)).toEqual([]);
  });
});

describe('npm run report:figures', () => {
  it('prints each positive fixture with precision and recall, every label miss, and the totals the unit tier measures', async () => {
    const { execFile } = await import('node:child_process');
    const path = await import('node:path');
    const root = path.resolve(import.meta.dirname, '../..');
    const out = await new Promise<string>((resolve, reject) =>
      execFile(path.join(root, 'node_modules/.bin/tsx'), ['scripts/report-figures.ts'], { cwd: root, maxBuffer: 16 * 1024 * 1024 }, (e, stdout) => (e ? reject(e) : resolve(stdout))),
    );
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const n of fixtureNames().filter((x) => readExpected(x).isCppcc && !readExpected(x).scriptsRequired)) {
      expect(out).toMatch(new RegExp(`^${n}\\s+\\d+\\s+\\d+\\s+[01]\\.\\d{3}\\s+[01]\\.\\d{3}`, 'm'));
      const f = openFixture(n);
      const s = score(analyse(f.url, f.document).figures?.figures ?? [], f.expected.figures);
      await f.close();
      for (const m of s.misses) expect(out).toContain(`    ${m}\n`); // every miss is listed
      tp += s.tp;
      fp += s.fp;
      fn += s.fn;
    }
    expect(out).toContain(`(${tp} matched, ${fp} extra, ${fn} missed)`);
  }, 60_000);
});

describe('buildSource', () => {
  it('reads a root that sits inside another root once (the headline inside the article container)', () => {
    document.body.innerHTML = '<div id="art"><h1>市政协收到提案386件</h1><p>立案352件。</p></div>';
    const art = document.getElementById('art') as Element;
    const src = buildSource([art.querySelector('h1') as Element, art], () => false);
    expect(src.text).toBe('市政协收到提案386件\n立案352件。\n');
  });
});
