// Why a block or a line is hidden, as the sidebar's list of hidden parts and the outlines say it.
export const REASONS: Record<string, string> = {
  breadcrumb: '面包屑导航',
  tools: '字号/打印/关闭等工具条',
  share: '分享栏',
  copyright: '版权或转载声明',
  footer: '页脚（备案、地址、主办单位）',
  related: '相关新闻或推荐列表',
  pager: '上一篇/下一篇',
  promo: 'App 或公众号推广',
  nav: '导航菜单',
  header: '页头',
  comments: '评论区',
  ticker: '滚动公告',
  chrome: '正文之外的页面部件',
  textSpam: '垃圾词（无标签包裹的文字行）',
};
export const boilerplateReason = (kind: string): string => REASONS[kind] ?? REASONS.chrome ?? kind;
