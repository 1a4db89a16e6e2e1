// Currencies in one table, read by the unit table (units.ts: which written forms follow a number
// as a figure's unit), by parseMoney (number.ts: every form, and what it means) and by the
// extractor (extract.ts: forms that name a figure's currency before the number).
export interface Currency {
  /** Every written form, both scripts. */
  forms: readonly string[];
  /** The forms a figure's unit may be, right after the number (块 is too often "piece"). */
  units: readonly string[];
  /** Forms (Simplified: they are matched in folded text) that name the currency before the number (新台幣1.2億元). */
  before?: readonly string[];
  /** The unit parseMoney reports. */
  unit: string;
  iso: string | null;
  name: string;
}

export const CURRENCIES: readonly Currency[] = [
  { forms: ['美元', '美圆', '美金', '美刀'], units: ['美元'], unit: '美元', iso: 'USD', name: 'United States dollar' },
  { forms: ['港元', '港币', '港幣'], units: ['港元', '港币', '港幣', '元港币', '元港幣'], before: ['港币'], unit: '港元', iso: 'HKD', name: 'Hong Kong dollar' },
  { forms: ['澳门元', '澳門元', '澳门币', '澳門幣'], units: ['澳门元', '澳門元', '澳门币', '澳門幣', '元澳门币', '元澳門幣'], before: ['澳门币'], unit: '澳门元', iso: 'MOP', name: 'Macanese pataca' },
  // (澳元 is the pataca in Macau's press and the Australian dollar elsewhere: kept as written.)
  { forms: ['澳元'], units: ['澳元'], unit: '澳元', iso: null, name: 'dollar (澳元: Macanese pataca in Macau, Australian dollar elsewhere)' },
  { forms: ['欧元', '歐元'], units: ['欧元', '歐元'], unit: '欧元', iso: 'EUR', name: 'Euro' },
  { forms: ['日元', '日圓'], units: ['日元'], unit: '日元', iso: 'JPY', name: 'Japanese yen' },
  { forms: ['英镑', '英鎊'], units: ['英镑', '英鎊'], unit: '英镑', iso: 'GBP', name: 'British pound' },
  { forms: ['瑞士法郎'], units: [], unit: '瑞士法郎', iso: 'CHF', name: 'Swiss franc' },
  { forms: ['新台币', '新台幣', '台币', '台幣'], units: ['台币', '台幣', '元新台币', '元新台幣', '元台币', '元台幣'], before: ['新台币', '台币'], unit: '台币', iso: 'TWD', name: 'New Taiwan dollar' },
  { forms: ['奈拉'], units: [], unit: '奈拉', iso: 'NGN', name: 'Nigerian naira' },
  { forms: ['比特币', '比特幣'], units: [], unit: '比特币', iso: null, name: 'Bitcoin' },
  { forms: ['元', '圆', '圓', '块', '塊', '人民币', '人民幣', '元人民币', '元人民幣'], units: ['元人民币', '元人民幣', '元'], before: ['人民币'], unit: '元', iso: 'CNY', name: 'Chinese yuan' },
];

const byLength = (a: string, b: string) => b.length - a.length;
/** Every written form, longest first (where two start at one place, the longer is meant). */
export const CURRENCY_FORMS: readonly string[] = CURRENCIES.flatMap((c) => c.forms).sort(byLength);
/** The forms that follow a number as a figure's unit. */
export const CURRENCY_UNITS: readonly string[] = CURRENCIES.flatMap((c) => c.units).sort(byLength);
/** The forms that name a currency before the number, in folded (Simplified) script. */
export const CURRENCY_BEFORE_FORMS: readonly string[] = CURRENCIES.flatMap((c) => c.before ?? []).sort(byLength);

const FORM_INDEX = new Map(CURRENCIES.flatMap((c) => c.forms.map((f) => [f, c] as const)));
/** The currency a written form means. */
export function currencyOf(form: string): Currency | undefined {
  return FORM_INDEX.get(form);
}
