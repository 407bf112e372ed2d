/**
 * Data-quality rules across sources (`domain/quality/sources.ts`) applied to one contract: one
 * quantity printed twice, ratios over the wrong denominator, data periods, area labels, staff
 * positions, words the figures contradict, figures printed outside the table.
 */
import { authorize } from '../auth/authorize.ts';
import { contractMonths } from '../domain/dates.ts';
import { sourceNames, sourcedName } from '../domain/labels.ts';
import {
  areaLabelMismatch,
  claimContradicted,
  operatorMismatch,
  outsideTable,
  periodMismatch,
  ratioDenominator,
  sourcesDisagree,
  staffUnknownArea,
  subHeaderChecks,
  subtotalRows,
  titleProgramme,
  unmarkedStaff,
  type FigureSource,
} from '../domain/quality.ts';
import { reachDefinition } from '../domain/reach.ts';
import { groupRows } from '../lib/group.ts';
import type { ContractFacts, Push } from './qualityFacts.ts';
import type { Reader } from './reader.ts';
import { maskName } from '../domain/pseudonym.ts';
import { staffing } from './staffing.ts';
import { contractStatuses } from './statuses.ts';

const docKind = (c: ContractFacts, documentId: number | null): FigureSource | null =>
  c.facts.documents.find((d) => d.id === documentId)?.kind ?? null;

/** Where attendance figures come from: an attendance annex when there is one, else the staff records. */
function staffRecordsSource(c: ContractFacts): FigureSource {
  return c.facts.documents.some((d) => d.kind === 'attendance_annex') ? 'attendance_annex' : 'staff_records';
}

/** The indicator table against the volunteer system; area staffing against staff in post. */
export function crossSources(_r: Reader, c: ContractFacts, push: Push): void {
  const { station, facts } = c;
  const totalOf = (code: string) => {
    const d = c.definitions.find((x) => x.code === code);
    const a = d && c.actuals.find((x) => x.indicatorId === d.id && x.areaId === null);
    return d && a ? { d, value: a.value } : null;
  };
  const system = facts.systemCounts[0];
  const counted = [
    ['new_volunteers', system?.newVolunteers],
    ['volunteer_backbone', system?.backbone],
  ] as const;
  for (const [code, value] of counted) {
    const t = totalOf(code);
    if (!t || value == null) continue;
    const source = c.sourceOf(t.d.id);
    const table = { label: sourceNames[source], value: t.value, source };
    const checked = { label: sourceNames.volunteer_system, value, source: 'volunteer_system' as const };
    push(sourcesDisagree(c.name(t.d, null), table, checked), t.d);
  }
  const assigned = c.areas.filter((a) => a.socialWorkers != null);
  const last = [...facts.inPostByMonth].sort((a, b) => a.month.localeCompare(b.month)).at(-1);
  if (assigned.length > 0 && last) {
    const what = { zh: `${station.nameZh} · 社工人数`, en: `${station.nameEn} · social workers` };
    const areaSum = assigned.reduce((sum, a) => sum + (a.socialWorkers ?? 0), 0);
    const areaLabel = { zh: '各片区配置社工合计', en: 'social workers assigned to areas' };
    const inPost = { zh: `${last.month} 在岗人数`, en: `staff in post in ${last.month}` };
    const source = facts.documents.some((d) => d.kind === 'attendance_annex')
      ? 'attendance_annex'
      : 'staff_records';
    push(
      sourcesDisagree(
        what,
        { label: areaLabel, value: areaSum, source: 'indicator_table' },
        { label: inPost, value: last.inPost, source },
      ),
    );
  }
}

/** Figures printed outside the table that count what an indicator counts (per area and in total). */
export function reachAgainstIndicators(_r: Reader, c: ContractFacts, push: Push): void {
  const actualOf = new Map(c.actuals.map((a) => [`${a.indicatorId}|${a.areaId}`, a.value]));
  for (const f of c.facts.reach) {
    const def = reachDefinition(f.code);
    const indicator = def?.sameAsIndicator && c.definitions.find((d) => d.code === def.sameAsIndicator);
    const actual = indicator ? actualOf.get(`${indicator.id}|${f.areaId}`) : undefined;
    if (!def || !indicator || actual === undefined) continue;
    const tableSource = c.sourceOf(indicator.id);
    const reachSource = docKind(c, f.documentId) ?? 'evaluation_report';
    const note = f.note
      ? { zh: `${sourceNames[reachSource].zh} ${f.note}`, en: `${sourceNames[reachSource].en}, ${f.note}` }
      : null;
    push(
      sourcesDisagree(
        c.name(indicator, f.areaId),
        {
          label: sourcedName({ zh: indicator.nameZh, en: indicator.nameEn }, sourceNames[tableSource]),
          value: actual,
          source: tableSource,
        },
        {
          label: sourcedName(def.name, note ?? sourceNames[reachSource]),
          value: f.value,
          source: reachSource,
        },
      ),
      indicator,
      f.areaId,
    );
  }
}

/** Printed staff ratios against the counts they divide and the denominator they claim. */
export async function statedRatios(r: Reader, c: ContractFacts, push: Push): Promise<void> {
  const ratios = c.facts.reach.flatMap((f) => {
    const ratio = reachDefinition(f.code)?.ratio;
    return ratio ? [{ f, ratio, def: reachDefinition(f.code)! }] : [];
  });
  if (ratios.length === 0) return;
  const s = await staffing(r, c.contract);
  const staffSource = staffRecordsSource(c);
  const denominators = {
    staff: { key: 'staff' as const, count: s.headcount, source: staffSource },
    positions: { key: 'positions' as const, count: s.contractedPositions, source: 'contract' as const },
  };
  for (const { f, ratio, def } of ratios) {
    const stated = {
      rate: f.value,
      text: f.printedText ?? String(f.value),
      source: docKind(c, f.documentId) ?? 'evaluation_report',
    };
    const claimed = denominators[ratio.claimedBasis];
    const others = Object.values(denominators).filter((d) => d.key !== claimed.key);
    const name = { zh: `${c.station.nameZh} · ${def.name.zh}`, en: `${c.station.nameEn} · ${def.name.en}` };
    push(ratioDenominator(name, stated, { count: s[ratio.numerator], source: staffSource }, claimed, others));
  }
}

/** Stated data periods against the contract's reporting period; figures printed only in the narrative. */
export function documents(_r: Reader, c: ContractFacts, push: Push): void {
  const months = contractMonths(c.contract.start, c.contract.end);
  const reporting = {
    start: c.contract.start,
    end: c.contract.end,
    reportingStart: `${months[0] ?? c.contract.start.slice(0, 7)}-01`,
  };
  for (const d of c.facts.documents) {
    if (d.periodStart == null && d.periodEnd == null) continue;
    const doc = {
      title: d.title,
      start: d.periodStart,
      end: d.periodEnd,
      source: d.kind,
      name: sourceNames[d.kind],
    };
    push(periodMismatch(doc, reporting));
  }
  const table = c.facts.documents.find((d) => d.kind === 'indicator_table');
  if (!table) return;
  const narrativeIds = new Set(c.facts.documents.filter((d) => d.kind === 'narrative').map((d) => d.id));
  const actualOf = new Map(c.actuals.filter((a) => a.areaId === null).map((a) => [a.indicatorId, a.value]));
  for (const e of c.facts.entryDocuments.filter((x) => narrativeIds.has(x.documentId ?? -1))) {
    const d = c.definitions.find((x) => x.id === e.indicatorId);
    const value = actualOf.get(e.indicatorId);
    if (!d || value === undefined) continue;
    const narrative = c.facts.documents.find((x) => x.id === e.documentId)!;
    const printedIn = { title: narrative.title, source: 'narrative' as const, name: sourceNames.narrative };
    push(
      outsideTable(c.name(d, null), value, printedIn, {
        title: table.title,
        name: sourceNames.indicator_table,
      }),
      d,
    );
  }
}

/** Area labels naming other areas' communities, and positions naming areas the station lacks. */
export function areaNames(r: Reader, c: ContractFacts, push: Push): void {
  const communitiesOf = groupRows(c.facts.communities, (x) => x.areaId);
  const withCommunities = c.areas.map((a) => ({
    ...a,
    communities: (communitiesOf.get(a.id) ?? []).map((x) => x.name),
  }));
  const labelSource = c.facts.documents.some((d) => d.kind === 'indicator_table')
    ? 'indicator_table'
    : 'contract';
  for (const area of withCommunities) {
    if (!area.printedLabel) continue;
    const others = withCommunities.filter((o) => o.id !== area.id);
    push(areaLabelMismatch({ ...area, printedLabel: area.printedLabel }, others, labelSource), null, area.id);
  }
  // The station's areas are 片区1 … 片区N in code order (the annex's numbering).
  const numbers = c.areas.map((_, i) => i + 1);
  const staffSource = staffRecordsSource(c);
  // A finding names the person: masked for those who may not see staff names.
  const named = authorize(r.viewer, 'staff:names', c.station);
  for (const p of c.facts.positions) {
    push(
      staffUnknownArea(
        { name: named ? p.name : maskName(p.name), position: p.position },
        numbers,
        staffSource,
      ),
    );
  }
}

/** Words in a report that its own figures contradict (every indicator well done, one CRITICAL). */
export async function claims(r: Reader, c: ContractFacts, push: Push): Promise<void> {
  const allMet = c.facts.claims.filter((x) => x.code === 'all_targets_met');
  if (allMet.length === 0) return;
  const totals = (await contractStatuses(r, c.contract, c.asOf)).filter((s) => s.area === null && s.complete);
  const critical = totals
    .filter((s) => s.status === 'CRITICAL')
    .map((s) => ({
      name: { zh: s.indicator.nameZh, en: s.indicator.nameEn },
      completionRate: s.completionRate,
    }));
  for (const claim of allMet) {
    push(
      claimContradicted({ text: claim.text, source: docKind(c, claim.documentId) ?? 'narrative' }, critical),
    );
  }
}

/** A row of figures as a document prints it (JSON array; null for a cell the PDF cut). */
function printedCells(cells: string | null): Array<number | null> {
  if (cells == null) return [];
  const parsed: unknown = JSON.parse(cells);
  return Array.isArray(parsed) ? parsed.map((v) => (typeof v === 'number' ? v : null)) : [];
}

/**
 * What documents print about themselves, against the contract and their own figures: titles
 * naming another programme, an operator not the contract's, sub-headers naming another kind of
 * count than their columns hold, subtotal rows that disagree with the totals; and people on record
 * under contract with not one mark.
 */
export function printedDocuments(r: Reader, c: ContractFacts, push: Push): void {
  const byDocument = groupRows(c.facts.printed, (x) => x.fact.documentId);
  for (const d of c.facts.documents) {
    const facts = (byDocument.get(d.id) ?? []).map((x) => x.fact);
    if (facts.length === 0) continue;
    const doc = { title: d.title, source: d.kind, name: sourceNames[d.kind] };
    for (const f of facts.filter((x) => x.kind === 'title')) {
      if (c.contract.programme) push(titleProgramme({ ...doc, title: f.printed }, c.contract.programme));
    }
    for (const f of facts.filter((x) => x.kind === 'operator')) {
      if (c.station.operator) push(operatorMismatch(doc, f.printed, c.station.operator));
    }
    const headers = facts.flatMap((f) => {
      const indicator = c.definitions.find((x) => x.id === f.indicatorId);
      return f.kind === 'sub_header' && indicator ? [{ indicator, printed: f.printed, cell: f.cell }] : [];
    });
    for (const { finding, indicatorCodes } of subHeaderChecks(doc, headers)) {
      push(
        finding,
        c.definitions.find((x) => x.code === indicatorCodes[0]),
      );
    }
    const total = facts.find((x) => x.kind === 'total_row');
    const subtotal = facts.find((x) => x.kind === 'subtotal_row');
    if (total && subtotal) {
      // The total row prints in post, insured and paid for each month in turn.
      const cells = printedCells(total.cells);
      const totals = contractMonths(c.contract.start, c.contract.end).map((month, i) => ({
        month,
        paid: cells[i * 3 + 2] ?? null,
      }));
      push(subtotalRows(doc, totals, printedCells(subtotal.cells), subtotal.line));
    }
  }
  const annex = c.facts.documents.find((d) => d.kind === 'attendance_annex');
  const doc = annex
    ? { title: annex.title, source: annex.kind }
    : { title: sourceNames.staff_records.zh, source: 'staff_records' as const };
  const named = authorize(r.viewer, 'staff:names', c.station);
  for (const p of c.facts.unmarked) {
    const marks = contractMonths(`${p.firstMonth}-01`, `${p.lastMonth}-01`).map((month) => ({
      month,
      inPost: false,
      insured: false,
      paid: false,
    }));
    push(unmarkedStaff(doc, { ...p, name: named ? p.name : maskName(p.name), marks }));
  }
}
