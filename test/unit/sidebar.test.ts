import { describe, expect, it, vi } from 'vitest';
import { extractFigures } from '../../src/figures/extract';
import { formatValue, SidebarView, type SidebarActions, type SidebarModel } from '../../src/sidebar/view';

const actions = (): SidebarActions => ({
  toggleCleanup: vi.fn(),
  toggleShowHidden: vi.fn(),
  toggleConvert: vi.fn(),
  copyAll: vi.fn(),
  copyOne: vi.fn(),
  find: vi.fn(),
  setGroup: vi.fn(),
  setFormat: vi.fn(),
  toggleBlock: vi.fn(),
  openOptions: vi.fn(),
  setCollapsed: vi.fn(),
});

function model(over: Partial<SidebarModel> = {}): SidebarModel {
  return {
    isCppcc: true,
    forced: false,
    score: 12.5,
    reasons: ['标题含"政协"', '<img src=x onerror=alert(1)>'],
    cleanup: true,
    showHidden: false,
    counts: { spam: 2, boilerplate: 7, artifacts: 3 },
    convert: false,
    converting: false,
    figures: extractFigures('提出提案33件<script>alert(1)</script>，办复率99.4%，投资7500余亿元，开展调研活动1800多次。'),
    group: false,
    format: 'tsv',
    hidden: [{ id: 'a1', kind: 'spam', reason: '<b>x</b>', excerpt: '<img src=x onerror=alert(2)>', unhidden: false }],
    collapsed: false,
    shortcuts: { 'toggle-convert': 'Alt+Shift+J' },
    ...over,
  };
}

describe('SidebarView', () => {
  it('renders verdict, counts and one row per figure, with page text as text only', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const v = new SidebarView(document, host, actions(), (k, s) => `${k}${s === undefined ? '' : ':' + String(s)}`);
    v.render(model({ showHidden: true }));
    expect(host.querySelectorAll('li.fig')).toHaveLength(4);
    expect(host.querySelector('.verdict')?.getAttribute('data-verdict')).toBe('cppcc');
    expect(host.querySelectorAll('img, script, b').length).toBe(0);
    expect(host.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(host.querySelector('li.fig .value')?.textContent).toBe('33');
    expect(Array.from(host.querySelectorAll('.qualifier')).map((q) => q.textContent)).toEqual(['余', '多']);
  });

  it('builds a long list in chunks across tasks, keeps it across re-renders, and drops a stale fill', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const v = new SidebarView(document, host, actions(), (k) => k);
    const base = model().figures;
    const many = Array.from({ length: 400 }, (_, i) => ({ ...base[i % base.length]!, raw: `${i}件` }));
    v.render(model({ figures: many }));
    const rows = () => host.querySelectorAll('li.fig').length;
    expect(rows()).toBeGreaterThan(0);
    expect(rows()).toBeLessThan(400); // the rest comes in later tasks
    const firstRow = host.querySelector('li.fig');
    v.render(model({ figures: many, cleanup: false })); // a toggle: the same list stays in place
    expect(host.querySelector('li.fig')).toBe(firstRow);
    await vi.waitFor(() => expect(rows()).toBe(400));
    expect(host.querySelector('li.fig:last-child')?.getAttribute('data-index')).toBe('399');
    // New figures replace the list; the old one is not filled any further.
    const fresh = many.slice(0, 200);
    v.render(model({ figures: many.slice(0, 380) }));
    const stale = host.querySelector('ol.fig-list') as HTMLOListElement;
    const staleRows = stale.children.length;
    expect(staleRows).toBeLessThan(380);
    v.render(model({ figures: fresh }));
    await vi.waitFor(() => expect(rows()).toBe(200));
    await new Promise((r) => setTimeout(r, 20));
    expect(stale.children.length).toBe(staleRows);
    host.remove();
  });

  it('wires buttons to actions; Esc collapses; the sentence is marked with <mark>', () => {
    const host = document.createElement('div');
    const a = actions();
    const v = new SidebarView(document, host, a, (k) => k);
    v.render(model());
    (host.querySelector('li.fig [data-action=find]') as HTMLElement).click();
    expect(a.find).toHaveBeenCalledWith(0);
    (host.querySelector('[data-action=copy-all]') as HTMLElement).click();
    expect(a.copyAll).toHaveBeenCalledWith('tsv');
    (host.querySelector('li.fig [data-action=copy-one]') as HTMLElement).click();
    expect(a.copyOne).toHaveBeenCalledWith(0);
    (host.querySelector('button[aria-expanded]') as HTMLElement).click();
    expect(host.querySelector('.sentence mark')?.textContent).toBe('33件');
    v.root.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(a.setCollapsed).toHaveBeenCalledWith(true);
  });

  it('a re-render keeps the controls in place: the focus on a switch stays, a click lands, and the state shown is the new one', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const a = actions();
    const v = new SidebarView(document, host, a, (k, s) => `${k}${s === undefined ? '' : ':' + String(s)}`);
    v.render(model({ cleanup: false, showHidden: true }));
    const cleanup = host.querySelector('[data-action=cleanup]') as HTMLInputElement;
    const copyAll = host.querySelector('[data-action=copy-all]') as HTMLButtonElement;
    cleanup.focus();
    v.render(model({ cleanup: true, counts: { spam: 3, boilerplate: 7, artifacts: 3 }, showHidden: true, format: 'csv' }));
    expect(host.querySelector('[data-action=cleanup]')).toBe(cleanup);
    expect(document.activeElement).toBe(cleanup);
    expect(cleanup.checked).toBe(true);
    expect(host.querySelector('.controls .hint')?.getAttribute('data-spam')).toBe('3');
    expect(host.querySelector('[data-action=copy-all]')).toBe(copyAll);
    copyAll.click();
    expect(a.copyAll).toHaveBeenCalledWith('csv');
    // (The list of hidden parts is rebuilt; the focus on a part's button moves to its new button.)
    (host.querySelector('[data-action=toggle-block]') as HTMLButtonElement).focus();
    v.render(model({ showHidden: true, hidden: [{ id: 'a0', kind: 'boilerplate', reason: 'r', excerpt: 'e', unhidden: false }, { id: 'a1', kind: 'spam', reason: 'r', excerpt: 'x', unhidden: true }] }));
    expect((document.activeElement as HTMLElement).dataset.id).toBe('a1');
    (host.querySelector('[data-action=group]') as HTMLInputElement).click();
    expect(a.setGroup).toHaveBeenCalledWith(true);
    host.remove();
  });

  it('groups by category and collapses to a tab', () => {
    const host = document.createElement('div');
    const v = new SidebarView(document, host, actions(), (k) => k);
    v.render(model({ group: true }));
    expect(Array.from(host.querySelectorAll('h4.cat')).map((h) => h.textContent?.split(' ')[0])).toEqual(['catCount', 'catPercent', 'catMoney']);
    v.render(model({ collapsed: true }));
    expect((host.querySelector('.tab') as HTMLElement).hidden).toBe(false);
    expect((host.querySelector('.panel') as HTMLElement).hidden).toBe(true);
  });
});

describe('formatValue', () => {
  const one = (text: string) => {
    const f = extractFigures(text)[0];
    if (!f) throw new Error(`no figure in ${text}`);
    return f;
  };
  it('shows the magnitude the article wrote, in its script, and keeps the exact number apart', () => {
    expect(formatValue(one('完成投资7500余亿元。'))).toBe('7,500亿');
    expect(formatValue(one('完成投資7500餘億元。'))).toBe('7,500億');
    expect(formatValue(one('服务群众2.9万人次。'))).toBe('2.9万');
    expect(formatValue(one('服務群眾2.9萬人次。'))).toBe('2.9萬');
    expect(one('服务群众2.9万人次。').value).toBe(29000);
  });
  it('groups plain numbers and keeps decimals as written', () => {
    expect(formatValue(one('组织委员8053名参加。'))).toBe('8,053');
    expect(formatValue(one('办复率99.4%。'))).toBe('99.4');
  });
  it('renders the exact value on the row for copying and tests', () => {
    const host = document.createElement('div');
    const v = new SidebarView(document, host, actions(), (k) => k);
    v.render(model({ figures: extractFigures('完成投资7500余亿元，服务群众2.9万人次。') }));
    expect(Array.from(host.querySelectorAll('li.fig')).map((li) => [(li as HTMLElement).dataset.value, li.querySelector('.value')?.textContent])).toEqual([
      ['750000000000', '7,500亿'],
      ['29000', '2.9万'],
    ]);
  });
});
