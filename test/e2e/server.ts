// Serves test/fixtures on 127.0.0.1 (and localhost, a second origin for cross-origin frames),
// plus generated hostile inputs under /bad/ (no <body>, frameset, XML, SVG, 5 MB text node,
// depth-5,000 nesting, 100,000 nodes, a 16 ms ticker, spam that re-inserts itself).
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.htm': 'text/html',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.xml': 'application/xml',
};

const ARTICLE =
  '<h1>自治区政协召开专题协商会</h1><p>会议指出，一年来，自治区政协组织委员围绕乡村振兴、生态保护和民生改善等课题开展调研活动32次，提出提案114件，形成调研报告15篇，为党委政府科学决策提供了有益参考。</p>' +
  '<p>会议强调，政协委员要坚持为国履职、为民尽责，围绕中心、服务大局，协商议政，凝聚共识，提出意见建议241条，办复率99.4%，以实际行动推动政协工作提质增效，努力为经济社会高质量发展贡献智慧和力量。</p>';

export function badPage(kind: string, slowMs = SLOW_MS): { body: string; type: string } | null {
  const slowImg = `<img src="/slow.png?ms=${slowMs}" alt="">`;
  switch (kind) {
    case 'no-body':
      return { type: 'text/html', body: '<!DOCTYPE html><html><head><title>政协 无正文</title></head></html>' };
    case 'frameset':
      return { type: 'text/html', body: '<!DOCTYPE html><html><head><title>政协框架页</title></head><frameset cols="50%,50%"><frame src="/bad/article"><frame src="about:blank"></frameset></html>' };
    case 'xml':
      return { type: 'application/xml', body: '<?xml version="1.0"?><doc><title>政协</title><p>政协委员提出提案114件</p></doc>' };
    case 'svg':
      return { type: 'image/svg+xml', body: '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="50"><title>政协</title><text x="5" y="30">政协委员8053名</text></svg>' };
    case 'article':
      return { type: 'text/html', body: `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>自治区政协召开专题协商会</title></head><body>${ARTICLE}</body></html>` };
    case 'huge-text': {
      // One 5 MB text node. Line breaks inside it (shown by pre-line) keep the browser's own
      // layout tractable; a single 5 MB line takes Chromium minutes without any extension.
      const line = '政协委员积极履职尽责，提出提案114件。'.repeat(10) + '\n';
      return { type: 'text/html', body: `<!DOCTYPE html><html><head><meta charset="utf-8"><title>政协 大文本</title></head><body><h1>政协 大文本</h1><div style="white-space:pre-line">${line.repeat(Math.ceil(5_000_000 / line.length))}</div></body></html>` };
    }
    case 'deep':
      return { type: 'text/html', body: `<!DOCTYPE html><html><head><meta charset="utf-8"><title>政协 深层嵌套</title></head><body>${'<div>'.repeat(5000)}政协委员提出提案114件，形成调研报告15篇。${'</div>'.repeat(5000)}${ARTICLE}</body></html>` };
    case 'nodes-100k': {
      const items = Array.from({ length: 33_400 }, (_, i) => `<li><a href="/n/${i}">政协新闻${i}</a></li>`).join('');
      return { type: 'text/html', body: `<!DOCTYPE html><html><head><meta charset="utf-8"><title>自治区政协召开专题协商会</title></head><body>${ARTICLE}<ul>${items}</ul></body></html>` };
    }
    case 'ticker':
      return {
        type: 'text/html',
        body: `<!DOCTYPE html><html lang="zh-Hant"><head><meta charset="utf-8"><title>自治區政協召開專題協商會</title></head><body><h1>自治區政協召開專題協商會</h1><div id="ticker">即時：政協委員</div><p>會議指出，一年來，自治區政協組織委員圍繞鄉村振興、生態保護和民生改善等課題開展調研活動32次，提出提案114件，形成調研報告15篇，為黨委政府科學決策提供了有益參考。</p><p>會議強調，政協委員要堅持為國履職、為民盡責，圍繞中心、服務大局，協商議政，凝聚共識，提出意見建議241條，辦復率99.4%，努力為經濟社會高質量發展貢獻智慧和力量。</p><script>let n=0;setInterval(()=>{document.getElementById('ticker').textContent='即時：政協委員 第'+(++n)+'條 '+Date.now();},16);</script></body></html>`,
      };
    case 'respawn':
      return {
        type: 'text/html',
        body: `<!DOCTYPE html><html><head><meta charset="utf-8"><title>自治区政协召开专题协商会</title></head><body>${ARTICLE}<div id="slot"></div><script>
setInterval(()=>{const s=document.querySelectorAll('.spam');s.forEach(e=>{if(getComputedStyle(e).display==='none'){e.remove();}});if(document.querySelectorAll('.spam').length<3){const d=document.createElement('div');d.className='spam';d.innerHTML='<a href="http://www.hg0088vip.top/">澳门新葡京娱乐城</a> <a href="http://www.js8886.cc/">皇冠体育投注</a> <a href="http://m.pj2024.top/">日本一区二区不卡</a>';document.getElementById('slot').appendChild(d);}},30);
</script></body></html>`,
      };
    case 'rewrite':
      return {
        type: 'text/html',
        body: `<!DOCTYPE html><html lang="zh-Hant"><head><meta charset="utf-8"><title>自治區政協</title></head><body><h1>自治區政協召開專題協商會</h1><p id="live">政協委員聯繫群眾</p><p>會議指出，一年來，自治區政協組織委員圍繞鄉村振興、生態保護和民生改善等課題開展調研活動32次，提出提案114件，形成調研報告15篇，為黨委政府科學決策提供了有益參考。</p><p>會議強調，政協委員要堅持為國履職、為民盡責，圍繞中心、服務大局，協商議政，凝聚共識，提出意見建議241條，辦復率99.4%，努力為經濟社會高質量發展貢獻智慧和力量。</p><script>const live=document.getElementById('live');setInterval(()=>{if(live.firstChild.data!=='政協委員聯繫群眾')live.firstChild.data='政協委員聯繫群眾';},5);</script></body></html>`,
      };
    // Pages whose load event waits on an image that takes slowMs (?ms=) to arrive.
    case 'slow-cppcc':
      return { type: 'text/html', body: `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>自治区政协召开专题协商会</title></head><body>${ARTICLE}${slowImg}</body></html>` };
    case 'slow-other':
      return {
        type: 'text/html',
        body: `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>本市今日天气晴好</title></head><body><h1>本市今日天气晴好</h1><p>气象台预计，今天白天晴，最高气温18摄氏度，明天多云转阴，夜间有小雨，请市民注意添衣。</p>${slowImg}</body></html>`,
      };
    // Pages that tamper with what the first look (run in the page's own world) reads.
    case 'lying-look':
      // Every regular expression now "matches": the look says yes, the lens's own check says no.
      return {
        type: 'text/html',
        body: `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>本市今日天气晴好</title><script>RegExp.prototype.test = function () { return true; };</script></head><body><h1>本市今日天气晴好</h1><p>气象台预计，今天白天晴，最高气温18摄氏度，明天多云转阴，夜间有小雨，请市民注意添衣。</p></body></html>`,
      };
    case 'broken-look':
      // A CPPCC article whose scripts make every DOM read the look does throw.
      return {
        type: 'text/html',
        body: `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>自治区政协召开专题协商会</title><script>for (const k of ['title', 'body', 'documentElement']) Object.defineProperty(document, k, { get() { throw new Error('no'); } }); Document.prototype.getElementsByTagName = function () { throw new Error('no'); };</script></head><body>${ARTICLE}</body></html>`,
      };
    case 'long-traditional': {
      // 3,000 Traditional paragraphs below a headline: what is on screen should convert first.
      const paras = Array.from({ length: 3000 }, (_, i) => `<p>第${i + 1}段：政協委員圍繞鄉村振興開展調研，提出意見建議，積極履職盡責。</p>`).join('');
      return { type: 'text/html', body: `<!DOCTYPE html><html lang="zh-Hant"><head><meta charset="utf-8"><title>政協委員履職工作綜述</title></head><body><h1>政協委員履職工作綜述</h1><div class="meta">發布時間:2024-01-21 來源:政協網</div><div class="article">${paras}</div></body></html>` };
    }
    default:
      return null;
  }
}

/** How long /bad/slow-parse pauses between the two parts of its HTML. */
export const PARSE_PAUSE_MS = 2500;

/** /bad/slow-parse in its two parts (see the server). */
function slowParsePage(slowMs: number): [string, string] {
  const [h1, p1, p2] = ARTICLE.split(/(?=<p>)/);
  const first = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>自治区政协召开专题协商会</title></head><body>${h1}${p1}<!--${' '.repeat(4096)}-->`;
  const rest = `${p2}<script>document.documentElement.dataset.lensWhileParsing = document.querySelector('cppcc-lens-sidebar') ? 'yes' : 'no';</script><img src="/slow.png?ms=${slowMs}" alt=""></body></html>`;
  return [first, rest];
}

/** How long /slow.png makes a page's load event wait. */
export const SLOW_MS = 9000;
const PNG_1PX = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64');

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The demo index at "/": every fixture with its description, positives first. */
export function indexPage(root: string): string {
  const rows = fs
    .readdirSync(root)
    .filter((n) => !n.startsWith('_') && fs.existsSync(path.join(root, n, 'expected.json')))
    .map((n) => ({ n, e: JSON.parse(fs.readFileSync(path.join(root, n, 'expected.json'), 'utf8')) as { isCppcc: boolean; description?: string } }))
    .sort((a, b) => Number(b.e.isCppcc) - Number(a.e.isCppcc) || a.n.localeCompare(b.n))
    .map(({ n, e }) => `<li><a href="/${encodeURIComponent(n)}/source.html">${escapeHtml(n)}</a> ${e.isCppcc ? '(CPPCC)' : '(not CPPCC)'} — ${escapeHtml(e.description ?? '')}</li>`);
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>CPPCC Lens demo pages</title></head><body><h1>CPPCC Lens demo pages</h1><p>Open a page; the lens runs on CPPCC news and leaves the others alone.</p><ol>${rows.join('')}</ol></body></html>`;
}

export interface FixtureServer {
  port: number;
  url(p: string): string;
  close(): Promise<void>;
}

export async function startServer(root: string, port = 0): Promise<FixtureServer> {
  const server = http.createServer((req, res) => {
    try {
      const u = new URL(req.url ?? '/', 'http://x');
      if (u.pathname === '/bad/slow-parse') {
        // A CPPCC page whose HTML arrives in two parts PARSE_PAUSE_MS apart: still parsing well
        // after its title. The script at the end of the second part notes whether the lens had
        // arrived by then; an image keeps the load event waiting after the HTML is parsed.
        const [first, rest] = slowParsePage(Number(u.searchParams.get('ms') ?? SLOW_MS));
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
        res.write(first);
        const t = setTimeout(() => res.end(rest), PARSE_PAUSE_MS);
        res.on('close', () => clearTimeout(t));
        return;
      }
      if (u.pathname.startsWith('/bad/')) {
        const page = badPage(u.pathname.slice(5), Number(u.searchParams.get('ms') ?? SLOW_MS));
        if (!page) return void res.writeHead(404).end();
        res.writeHead(200, { 'content-type': page.type, 'cache-control': 'no-store' });
        return void res.end(page.body);
      }
      if (u.pathname === '/slow.png') {
        const t = setTimeout(() => res.writeHead(200, { 'content-type': 'image/png', 'cache-control': 'no-store' }).end(PNG_1PX), Number(u.searchParams.get('ms') ?? SLOW_MS));
        res.on('close', () => clearTimeout(t));
        return;
      }
      if (u.pathname === '/') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
        return void res.end(indexPage(root));
      }
      // SPA fixtures: any sub-path of a fixture folder serves its source.html.
      let rel = decodeURIComponent(u.pathname).replace(/^\/+/, '');
      let file = path.resolve(root, rel);
      if (!file.startsWith(root)) return void res.writeHead(403).end();
      if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) {
        const dir = rel.split('/')[0] ?? '';
        const candidate = path.join(root, dir, 'source.html');
        if (fs.existsSync(candidate)) file = candidate;
        else return void res.writeHead(404).end('not found');
      }
      rel = file;
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      fs.createReadStream(file).pipe(res);
    } catch {
      res.writeHead(500).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const actual = (server.address() as AddressInfo).port;
  return {
    port: actual,
    url: (p: string) => `http://127.0.0.1:${actual}/${p.replace(/^\//, '')}`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
