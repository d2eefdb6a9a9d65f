import type { Pay } from '../model/types.ts';

/**
 * Money and FTE as an officer reads them (people.md: "Rounded only when shown"). Pure functions of typed
 * values; the app, the command line and the exports all word staffing and cost through this file.
 * Amounts are in the workspace's currency a year; `currency` is an ISO 4217 code, "GBP" by default.
 */

export const DEFAULT_CURRENCY = 'GBP';
const LOCALE = 'en-GB';
const MINUS = '\u2212';

const formats = new Map<string, Intl.NumberFormat>();
function numberFormat(key: string, make: () => Intl.NumberFormat): Intl.NumberFormat {
  let f = formats.get(key);
  if (!f) {
    f = make();
    formats.set(key, f);
  }
  return f;
}

function currencyFormat(currency: string, fractionDigits: number): Intl.NumberFormat {
  return numberFormat(`${currency}/${fractionDigits}`, () => {
    try {
      return new Intl.NumberFormat(LOCALE, { style: 'currency', currency, minimumFractionDigits: 0, maximumFractionDigits: fractionDigits });
    } catch {
      // A code the platform does not know (validation lets through only codes it knows, where it can tell): pounds.
      return new Intl.NumberFormat(LOCALE, { style: 'currency', currency: DEFAULT_CURRENCY, minimumFractionDigits: 0, maximumFractionDigits: fractionDigits });
    }
  });
}

/**
 * A non-negative amount, compact: "£45.1m" from a million up, "£450k" from ten thousand, else "£9,800".
 * The scale suffix is lower case, as Board papers write it.
 */
function compactAmount(amount: number, currency: string): string {
  if (amount >= 999_950) return `${currencyFormat(currency, 1).format(amount / 1e6)}m`;
  if (amount >= 10_000) return `${currencyFormat(currency, 0).format(amount / 1e3)}k`;
  return currencyFormat(currency, 0).format(amount);
}

/** "£45.1m"; a negative amount with a true minus, "−£1.2m". */
export function money(amount: number, currency: string = DEFAULT_CURRENCY): string {
  return amount < 0 ? `${MINUS}${compactAmount(-amount, currency)}` : compactAmount(amount, currency);
}

/** An exact annual figure, to the pound: "£45,000". */
export function moneyExact(amount: number, currency: string = DEFAULT_CURRENCY): string {
  const text = currencyFormat(currency, 0).format(Math.abs(amount));
  return amount < 0 ? `${MINUS}${text}` : text;
}

/** A cost range, "£45.1m–£63.7m"; one figure when both ends read the same ("£45.1m"). */
export function moneyRange(min: number, max: number, currency: string = DEFAULT_CURRENCY): string {
  const a = money(min, currency);
  const b = money(max, currency);
  return a === b ? a : `${a}–${b}`;
}

/** "1,522" below a hundred with one decimal at most ("0.6", "12.5"); from a hundred up, whole ("1,522"). */
export function fteNumber(fte: number): string {
  const digits = Math.abs(fte) >= 100 ? 0 : Math.abs(fte) >= 1 ? 1 : 2;
  const text = numberFormat(`fte/${digits}`, () => new Intl.NumberFormat(LOCALE, { maximumFractionDigits: digits })).format(Math.abs(fte));
  return fte < 0 && text !== '0' ? `${MINUS}${text}` : text;
}

/** "1,522 FTE" */
export const fteText = (fte: number): string => `${fteNumber(fte)} FTE`;

/** Staffing and cost of a structure, an organisation or a line of management (what the measures give). */
export interface StaffingFigures {
  fte: number;
  costMin: number;
  costMax: number;
  unpricedFte: number;
}

/** A cost where no staff have pay recorded: not £0, which would read as free. */
export const NO_PAY = 'no pay recorded';

/**
 * "1,522 FTE · £45.1m–£63.7m a year", then "· 1,150 FTE unpriced" where some staff have no pay;
 * "1,150 FTE, no pay recorded" when none is priced; "no FTE recorded" when there are no staff figures.
 */
export function staffingLine(s: StaffingFigures, currency: string = DEFAULT_CURRENCY): string {
  if (s.fte === 0 && s.costMax === 0) return 'no FTE recorded';
  const priced = s.fte - s.unpricedFte;
  if (priced <= 0 && s.costMax === 0) return `${fteText(s.fte)}, ${NO_PAY}`;
  const parts = [fteText(s.fte), `${moneyRange(s.costMin, s.costMax, currency)} a year`];
  if (s.unpricedFte > 0) parts.push(`${fteText(s.unpricedFte)} unpriced`);
  return parts.join(' · ');
}

/** The short form on a chart box: "312 FTE · £9.8m–£12.1m"; "312 FTE" alone when none is priced. */
export function staffingShort(s: StaffingFigures, currency: string = DEFAULT_CURRENCY): string {
  if (s.costMax === 0) return fteText(s.fte);
  return `${fteText(s.fte)} · ${moneyRange(s.costMin, s.costMax, currency)}`;
}

const signed = (text: string, value: number): string => (value > 0 ? `+${text}` : text);

/** "+12 FTE", "−1,150 FTE", "no change in FTE". */
export function fteChange(delta: number): string {
  return fteNumber(delta) === '0' ? 'no change in FTE' : signed(fteText(delta), delta);
}

/** "+£0.4m to +£0.6m a year", "−£1.2m a year", "no change in cost". */
export function costChange(min: number, max: number, currency: string = DEFAULT_CURRENCY): string {
  const a = signed(money(min, currency), min);
  const b = signed(money(max, currency), max);
  if (Math.abs(min) < 0.5 && Math.abs(max) < 0.5) return 'no change in cost';
  return a === b ? `${a} a year` : `${a} to ${b} a year`;
}

/** The change between two structures' staffing: "−1,150 FTE · no change in cost · unpriced −1,150 FTE". */
export function staffingChangeLine(d: StaffingFigures, currency: string = DEFAULT_CURRENCY): string {
  const parts = [fteChange(d.fte), costChange(d.costMin, d.costMax, currency)];
  if (fteNumber(d.unpricedFte) !== '0') parts.push(`unpriced ${signed(fteText(d.unpricedFte), d.unpricedFte)}`);
  return parts.join(' · ');
}

/** A pay band for 1.0 FTE: "£45,000–£52,000 a year", or "£45,000 a year" for an exact figure. */
export function payBand(pay: Pay, currency: string = DEFAULT_CURRENCY): string {
  const a = moneyExact(pay.min, currency);
  const b = moneyExact(pay.max, currency);
  return `${a === b ? a : `${a}–${b}`} a year`;
}

/** A node's own cost effect in a list of changes: "+£52k–£58k a year", "no cost effect" (nothing priced changed). */
export function costEffect(min: number, max: number, currency: string = DEFAULT_CURRENCY): string {
  return min === 0 && max === 0 ? 'no cost effect' : costChange(min, max, currency);
}

/** A changed fte or pay as a change list shows it: "0.8 FTE", "£45,000–£52,000 a year", "none". */
export function peopleValue(value: number | Pay | null, currency: string = DEFAULT_CURRENCY): string {
  if (value === null) return 'none';
  return typeof value === 'number' ? fteText(value) : payBand(value, currency);
}

/** An organisation's staffing in a comparison: its line, or why it has none where it is not a root on that side. */
export function organisationStaffing(s: StaffingFigures | null, side: 'from' | 'to', currency: string = DEFAULT_CURRENCY): string {
  if (s === null) return side === 'from' ? 'not a separate organisation' : 'no longer a separate organisation';
  return staffingLine(s, currency);
}

/** A changed FTE or pay in a change list: "FTE 1 → 0.5", "pay £45,000 a year → none" (people.md: the diff's `changed`). */
export function peopleChangeText(field: 'fte' | 'pay', from: number | Pay | null, to: number | Pay | null, currency: string = DEFAULT_CURRENCY): string {
  const value = (v: number | Pay | null): string => (v === null ? 'none' : typeof v === 'number' ? fteNumber(v) : payBand(v, currency));
  return `${field === 'fte' ? 'FTE' : 'pay'} ${value(from)} → ${value(to)}`;
}
