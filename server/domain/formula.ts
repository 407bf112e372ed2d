/**
 * Text a spreadsheet would take for a formula (OWASP's CSV injection): =, +, -, @, a tab or a
 * carriage return first, also behind what a spreadsheet may skip or fold before it reads one
 * (NUL and other controls, zero-width characters, the BOM; full-width ＝＋－＠, which NFKC folds).
 * A number written as text ("-12", "+3.5%", "-2,000.00") is not one.
 */
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const skipped = /^[\u0000-\u0008\u000b\u000c\u000e-\u001f\u200b-\u200f\u2060\ufeff]+/;
const formulaStart = /^[=+\-@\t\r]/;
const numberText = /^[+-]?\d{1,3}(,?\d{3})*(\.\d+)?%?$/;

export function startsLikeFormula(text: string): boolean {
  if (numberText.test(text)) return false;
  const lead = text.replace(skipped, '');
  return lead !== text || formulaStart.test(lead.slice(0, 2).normalize('NFKC'));
}
