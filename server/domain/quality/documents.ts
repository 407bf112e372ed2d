/**
 * Rules on the facts of one printed document (an annex of an evaluation report, an imported file):
 * sub-headers naming another kind of count than their columns hold, a title or operator that is
 * not the contract's, a subtotal row that disagrees with the totals, a person under contract with
 * no mark at all.
 */
import { countKindNames, headerKind, unitKind, type CountKind } from '../headers.ts';
import type { Bilingual } from '../labels.ts';
import { dotted } from '../staffing.ts';
import { lastDayOfMonth } from '../dates.ts';
import { figure, namedFigure, num, type FigureSource, type QualityFinding } from './base.ts';

export interface PrintedDocument {
  title: string;
  source: FigureSource;
}

export interface NamedDocument extends PrintedDocument {
  name: Bilingual;
}

export interface PrintedSubHeader {
  indicator: { code: string; nameZh: string; nameEn: string; unit: string };
  /** The sub-header as printed (协议 节数). */
  printed: string;
  /** Where it is printed (O4), when known. */
  cell: string | null;
}

interface WrongHeader {
  header: PrintedSubHeader;
  says: CountKind;
  holds: CountKind;
}

const at = (h: PrintedSubHeader, lang: 'zh' | 'en') =>
  h.cell == null ? '' : lang === 'zh' ? `（${h.cell}）` : ` (${h.cell})`;

const headerFigures = (document: PrintedDocument, h: PrintedSubHeader) => {
  const { code, nameZh, nameEn, unit } = h.indicator;
  return [
    namedFigure(
      `header:${code}`,
      { zh: `${nameZh}表头`, en: `${nameEn} sub-header` },
      h.printed,
      document.source,
    ),
    namedFigure(`unit:${code}`, { zh: `${nameZh}单位`, en: `${nameEn} unit` }, unit, 'contract'),
  ];
};

function headerFinding(
  code: QualityFinding['code'],
  document: PrintedDocument,
  wrong: readonly WrongHeader[],
  message: Bilingual,
): { finding: QualityFinding; indicatorCodes: string[] } {
  return {
    indicatorCodes: wrong.map((w) => w.header.indicator.code),
    finding: {
      code,
      kind: 'INCONSISTENCY',
      severity: 'WARNING',
      figures: wrong.flatMap((w) => headerFigures(document, w.header)),
      message,
      suggestion: {
        zh: '数字已按栏位读取，未按表头；请核对表头',
        en: 'The figures were read by their position, not by the header; check the header',
      },
    },
  };
}

function swapped(document: PrintedDocument, a: PrintedSubHeader, b: PrintedSubHeader): Bilingual {
  const [ia, ib] = [a.indicator, b.indicator];
  return {
    zh: `${document.title}：表头「${a.printed}」${at(a, 'zh')}与「${b.printed}」${at(b, 'zh')}互换：前者所在栏为${ia.nameZh}（${ia.unit}），后者为${ib.nameZh}（${ib.unit}）`,
    en: `${document.title}: the sub-headers "${a.printed}"${at(a, 'en')} and "${b.printed}"${at(b, 'en')} are swapped: the first heads ${ia.nameEn} (${ia.unit}), the second ${ib.nameEn} (${ib.unit})`,
  };
}

function mismatch(document: PrintedDocument, w: WrongHeader): Bilingual {
  const { header: h, says, holds } = w;
  const { nameZh, nameEn, unit } = h.indicator;
  if (holds === 'count' && says === 'attendance')
    return {
      zh: `${document.title}：${nameZh}（${unit}）一栏表头印为「${h.printed}」${at(h, 'zh')}，把次数标成了人次`,
      en: `${document.title}: the column of ${nameEn} (${unit}) is headed "${h.printed}"${at(h, 'en')}, a count headed as attendances`,
    };
  return {
    zh: `${document.title}：${nameZh}（${unit}，${countKindNames[holds].zh}）一栏表头印为「${h.printed}」${at(h, 'zh')}，即${countKindNames[says].zh}`,
    en: `${document.title}: the column of ${nameEn} (${unit}, ${countKindNames[holds].en}) is headed "${h.printed}"${at(h, 'en')}, which names ${countKindNames[says].en}`,
  };
}

/**
 * Sub-headers naming another kind of count than their column's indicator (协议节数 over cases).
 * Two that each name the other's kind are one swap; a count column headed 人次 is its own code.
 * Sub-headers naming no kind (协议目标) are not judged.
 */
export function subHeaderChecks(
  document: PrintedDocument,
  headers: readonly PrintedSubHeader[],
): Array<{ finding: QualityFinding; indicatorCodes: string[] }> {
  const wrong = headers.flatMap((header): WrongHeader[] => {
    const says = headerKind(header.printed);
    const holds = unitKind(header.indicator.unit);
    return says != null && says !== holds ? [{ header, says, holds }] : [];
  });
  const paired = new Set<WrongHeader>();
  return wrong.flatMap((a) => {
    if (paired.has(a)) return [];
    const b = wrong.find((o) => o !== a && !paired.has(o) && o.says === a.holds && o.holds === a.says);
    if (b) {
      paired.add(a).add(b);
      return [
        headerFinding('quality/sub_headers_swapped', document, [a, b], swapped(document, a.header, b.header)),
      ];
    }
    const code =
      a.holds === 'count' && a.says === 'attendance'
        ? 'quality/count_headed_as_attendance'
        : 'quality/sub_header_mismatch';
    return [headerFinding(code, document, [a], mismatch(document, a))];
  });
}

const bare = (text: string) => text.replace(/[\s\u00a0\u3000]+/g, '');

/** Same length, one character different: a likely typo (双石 for 双百, 勵星 for 穗星). */
function oneCharOff(a: string, b: string): boolean {
  const [x, y] = [[...a], [...b]];
  return x.length === y.length && x.filter((ch, i) => ch !== y[i]).length === 1;
}

const typoOr = (printed: string, right: string, otherwise: Bilingual): Bilingual =>
  oneCharOff(printed, right)
    ? { zh: `“${printed}”很可能是“${right}”的笔误`, en: `“${printed}” is probably a typo for “${right}”` }
    : otherwise;

/** The names a title quotes: 广州市某街“双百工程”社工站… → 双百工程. */
function quotedNames(title: string): string[] {
  return [...title.matchAll(/“([^”]+)”|"([^"]+)"|「([^」]+)」|『([^』]+)』/g)]
    .map((m) => bare(m[1] ?? m[2] ?? m[3] ?? m[4] ?? ''))
    .filter((n) => n.length > 0);
}

/**
 * A title that quotes a programme other than the contract's (“双石工程” for 双百工程). Every name a
 * title quotes is taken for a programme's: these titles quote nothing else. A title quoting part
 * of the name (“双百”工程) is right.
 */
export function titleProgramme(document: NamedDocument, programme: string): QualityFinding | null {
  const names = quotedNames(document.title);
  const right = bare(programme).replace(/^[“"「『]|[”"」』]$/g, '');
  const unquoted = bare(document.title).replace(/[“”"「」『』]/g, '');
  if (names.length === 0 || names.includes(right) || unquoted.includes(right)) return null;
  const named = names.join('、');
  return {
    code: 'quality/title_programme_mismatch',
    kind: 'INCONSISTENCY',
    severity: 'WARNING',
    figures: [figure('titleProgramme', named, document.source), figure('programme', right, 'contract')],
    message: {
      zh: `${document.title}：标题所列项目为“${named}”，合同项目为“${right}”`,
      en: `${document.name.en} (${document.title}): the title names the programme “${named}”, but the contract's is “${right}”`,
    },
    suggestion: typoOr(named, right, {
      zh: '请核实该文件是否属于本项目',
      en: 'Check that the document belongs to this programme',
    }),
  };
}

/** An operator printed on a document that is not the contract's (spaces aside). */
export function operatorMismatch(
  document: NamedDocument,
  printedOperator: string,
  contractOperator: string,
): QualityFinding | null {
  const [printed, contracted] = [bare(printedOperator), bare(contractOperator)];
  if (printed === contracted) return null;
  return {
    code: 'quality/operator_mismatch',
    kind: 'INCONSISTENCY',
    severity: 'WARNING',
    figures: [
      figure('printedOperator', printedOperator.trim(), document.source),
      figure('operator', contractOperator.trim(), 'contract'),
    ],
    message: {
      zh: `${document.title}：所列承接机构为${printed}，合同承接机构为${contracted}`,
      en: `${document.name.en} (${document.title}): the operator is printed as ${printed}, but the contract's is ${contracted}`,
    },
    suggestion: typoOr(printed, contracted, {
      zh: '请核实该文件是否为本站的文件',
      en: "Check that the document is the station's",
    }),
  };
}

/**
 * A subtotal row (paid counts) that does not match the total row: another number of figures than
 * there are months, and months (by position) whose subtotal is not the total row's paid count.
 * Null figures (cut cells) are unknown and not compared.
 */
export function subtotalRows(
  document: PrintedDocument,
  totals: readonly { month: string; paid: number | null }[],
  subtotal: readonly (number | null)[],
  subtotalRow: number | null,
): QualityFinding | null {
  const countOff = subtotal.length !== totals.length;
  const differ = totals.flatMap((t, i) => {
    const s = subtotal[i];
    return s != null && t.paid != null && s !== t.paid ? [{ month: t.month, subtotal: s, paid: t.paid }] : [];
  });
  if (!countOff && differ.length === 0) return null;
  const row = {
    zh: subtotalRow == null ? '' : `第 ${subtotalRow} 行`,
    en: subtotalRow == null ? '' : ` (row ${subtotalRow})`,
  };
  const faults = {
    zh: [
      countOff ? `小计有 ${subtotal.length} 个数字，而表格有 ${totals.length} 个月` : '',
      ...differ.map((d) => `${d.month} 小计 ${num(d.subtotal)}，工资发放 ${num(d.paid)}`),
    ].filter(Boolean),
    en: [
      countOff ? `${subtotal.length} figures for ${totals.length} months` : '',
      ...differ.map((d) => `${d.month} subtotal ${num(d.subtotal)}, paid ${num(d.paid)}`),
    ].filter(Boolean),
  };
  return {
    code: 'quality/subtotal_mismatch',
    kind: 'INCONSISTENCY',
    severity: 'WARNING',
    figures: [
      ...(countOff
        ? [
            figure('subtotalCount', String(subtotal.length), document.source),
            figure('months', String(totals.length), document.source),
          ]
        : []),
      ...differ.flatMap((d) => [
        namedFigure(
          `subtotal:${d.month}`,
          { zh: `${d.month} 小计`, en: `${d.month} subtotal` },
          num(d.subtotal),
          document.source,
        ),
        namedFigure(
          `paid:${d.month}`,
          { zh: `${d.month} 工资发放`, en: `${d.month} paid` },
          num(d.paid),
          document.source,
        ),
      ]),
    ],
    message: {
      zh: `${document.title}：${row.zh}小计与总计行不符：${faults.zh.join('；')}`,
      en: `${document.title}: the subtotal row${row.en} disagrees with the totals: ${faults.en.join('; ')}`,
    },
    suggestion: {
      zh: '请核对小计行是否错位或多列了数字',
      en: 'Check whether the subtotal row is shifted or has extra figures',
    },
  };
}

export interface StaffMarks {
  name: string;
  position: string;
  /** ISO dates; null: open. */
  contractStart: string | null;
  contractEnd: string | null;
  /** Per month: √ true, —— false, null unknown (a cut cell). */
  marks: readonly { month: string; inPost: boolean | null; insured: boolean | null; paid: boolean | null }[];
}

/**
 * A person whose contract covers months with known marks, none of them √: listed as under
 * contract, yet never in post, insured or paid.
 */
export function unmarkedStaff(document: PrintedDocument, person: StaffMarks): QualityFinding | null {
  const known = person.marks.filter((m) => m.inPost != null || m.insured != null || m.paid != null);
  const covered = known.filter(
    (m) =>
      (person.contractStart == null || person.contractStart <= lastDayOfMonth(m.month)) &&
      (person.contractEnd == null || person.contractEnd >= `${m.month}-01`),
  );
  const first = covered[0]?.month;
  const last = covered[covered.length - 1]?.month;
  if (first == null || last == null) return null;
  if (person.marks.some((m) => m.inPost === true || m.insured === true || m.paid === true)) return null;
  const term = `${dotted(person.contractStart) || '…'}–${dotted(person.contractEnd) || '…'}`;
  const span = first === last ? first : `${first} – ${last}`;
  return {
    code: 'quality/staff_unmarked',
    kind: 'INCONSISTENCY',
    severity: 'WARNING',
    figures: [
      figure('contract', term, document.source),
      figure('marked', `0 / ${covered.length}`, document.source),
    ],
    message: {
      zh: `${document.title}：${person.name}（${person.position}）合同期 ${term}，但 ${span} 在岗、社保、工资均未打√`,
      en: `${document.title}: ${person.name} (${person.position}) is under contract ${term}, but has no √ for post, insurance or pay in ${span}`,
    },
    suggestion: {
      zh: '请核实此人是否在岗；如已离职，请注明离职日期',
      en: 'Check whether this person was in post; if they left, note when',
    },
  };
}
