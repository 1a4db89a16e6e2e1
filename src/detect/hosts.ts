// Hosts that publish mostly CPPCC material. A host adds weight; it never decides alone.
const EXACT = ['cppcc.gov.cn', 'rmzxb.com.cn', 'cppcc.people.com.cn', 'cppccnews.com.cn', 'zx.gov.cn'];
// Provincial and municipal committees use <abbr>zx.gov.cn (bjzx, shszx, gxzx, xzzx, gdszx, …).
const PATTERN = /(^|\.)[a-z]{1,8}zx\.gov\.cn$|(^|\.)cppcc\.[a-z.]+$|(^|\.)zx\.[a-z]+\.gov\.cn$/;

export function knownCppccHost(hostname: string): string | null {
  const host = hostname.toLowerCase().replace(/^www\./, '');
  for (const h of EXACT) if (host === h || host.endsWith('.' + h)) return h;
  return PATTERN.test(host) ? host : null;
}

export function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
