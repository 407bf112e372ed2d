/** Text written from a contract's figures: the report's progress paragraph and weak explanations. */
import type { ContractRow } from '../db/schema.ts';
import { contractAsOf } from '../domain/asOf.ts';
import { asLang } from '../domain/format.ts';
import {
  pendingExplanation,
  progressNarrative as narrate,
  weakExplanation,
  type NarrativeFigure,
} from '../domain/narrative.ts';
import type { Reader } from './reader.ts';
import { contractStatuses, type IndicatorStatusModel } from './statuses.ts';

const narrativeFigure = (s: IndicatorStatusModel): NarrativeFigure => ({
  code: s.indicator.code,
  nameZh: s.indicator.nameZh,
  nameEn: s.indicator.nameEn,
  unit: s.indicator.unit,
  unitEn: s.indicator.unitEn,
  target: s.target,
  actual: s.actual,
  completionRate: s.completionRate,
  projectedRate: s.projectedRate,
  gap: s.gap,
});

export async function progressNarrative(
  r: Reader,
  contract: ContractRow,
  lang: string | null | undefined,
  asked?: string | null,
): Promise<string> {
  const on = contractAsOf(contract, asked, r.today);
  const totals = (await contractStatuses(r, contract, on)).filter((s) => s.area === null && s.complete);
  const weak = totals.filter((s) => s.weak).map((s) => s.indicator.code);
  return narrate(totals.map(narrativeFigure), weak, asLang(lang), {
    date: on,
    inProgress: on < contract.end,
  });
}

/**
 * One sentence: completion, figures and gap, and while the year runs, the projection; a year total
 * still running says so, and that it is judged at the year's end.
 */
export function explainStatus(s: IndicatorStatusModel, lang: string | null | undefined): string {
  if (s.status === 'PENDING') return pendingExplanation(narrativeFigure(s), asLang(lang));
  return weakExplanation(narrativeFigure(s), asLang(lang), s.asOf < s.contract.end);
}
