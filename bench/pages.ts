// Synthetic benchmark pages, built from the seeds (test/fixtures/_src/seeds).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));

const SEEDS = path.resolve(HERE, '../test/fixtures/_src/seeds');
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const PINYIN = /\((?:[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*)\)/g;

function seedParagraphs(): string[] {
  const out: string[] = [];
  for (const f of fs.readdirSync(SEEDS).sort()) {
    for (const line of fs.readFileSync(path.join(SEEDS, f), 'utf8').split('\n')) {
      const t = line.replace(PINYIN, '').trim();
      if (t.length > 40 && !/^-|蜘蛛池|一区二区|版權/.test(t)) out.push(t);
    }
  }
  return out;
}

/** A 1 MB page of ordinary (non-CPPCC) Chinese news: the cost of stage one on a big page. */
export function nonCppcc1mb(): string {
  const p = '今年以来，全市经济运行稳中向好，工业生产平稳增长，消费市场持续回暖，居民收入稳步提高，城乡面貌焕然一新。';
  const para = `<p>${p}${p}</p>\n`;
  const n = Math.ceil(1_000_000 / Buffer.byteLength(para));
  const nav = Array.from({ length: 40 }, (_, i) => `<li><a href="/c/${i}">栏目${i}</a></li>`).join('');
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>全市经济运行稳中向好_本地新闻网</title></head><body><nav><ul>${nav}</ul></nav><h1>全市经济运行稳中向好</h1>${para.repeat(n)}</body></html>`;
}

/** A seed article with its page furniture, repeated (about ten times) until the page has 50,000 DOM nodes. */
export function heavy10x(): string {
  const paras = seedParagraphs();
  const article = paras.map((p) => `<p>${esc(p)}</p>`).join('\n');
  const related = Array.from({ length: 120 }, (_, i) => `<li><a href="/r/${i}.html">自治區政協召開第${i}次主席會議</a><span>2024-01-${(i % 28) + 1}</span></li>`).join('');
  const block = (k: number) => `<div class="box" id="b${k}"><div class="nav">${'<a href="/">首頁</a>'.repeat(12)}</div><div class="content">${article}</div><ul class="related">${related}</ul><div class="footer">版權所有 京ICP備05000052號</div></div>`;
  let html = '';
  let k = 0;
  while (html.split('<').length < 53_000) html += block(k++);
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>自治區政協工作綜述</title></head><body><h1>自治區政協工作綜述</h1><div class="meta">時間:2024-01-21 來源:政協網</div>${html}</body></html>`;
}

/** A 1,000,000-character Traditional page of 20,000 paragraphs built from the seeds. */
export function traditional1m(): { html: string; chars: number } {
  const paras = seedParagraphs();
  const out: string[] = [];
  let chars = 0;
  for (let i = 0; i < 20_000; i++) {
    const src = paras[i % paras.length] as string;
    const t = src.slice(0, 50); // 20,000 × 50 = 1,000,000 characters
    out.push(`<p>${esc(t)}</p>`);
    chars += t.length;
  }
  return {
    html: `<!DOCTYPE html><html lang="zh-Hant"><head><meta charset="utf-8"><title>政協委員履職工作綜述</title></head><body><h1>政協委員履職工作綜述</h1><div class="meta">發布時間:2024-01-21 來源:中國西藏網</div><div class="article">${out.join('\n')}</div></body></html>`,
    chars,
  };
}
