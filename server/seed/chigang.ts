/**
 * Loads Chigang 2023–2024 from the reference file, exactly as printed, with what the report says
 * beyond its table (`chigangReport.ts`). The report gives no staff names; the roster is rebuilt
 * to agree with the attendance annex (`chigangRoster.ts`), and every name is a pseudonym.
 */
import type { Db } from '../db/client.ts';
import * as t from '../db/schema.ts';
import { parseStatedRate } from '../domain/progress.ts';
import {
  chigangClaims,
  chigangDocuments,
  chigangEvaluationMeta,
  chigangReach,
  indicatorDocument,
  printedAreaLabels,
  type ChigangDocument,
} from './chigangReport.ts';
import { chigangPrintedFacts, chigangProgramme } from './chigangAnnexes.ts';
import { chigangFindings, findingNote } from './chigangFindings.ts';
import { chigangRoster, type RosterEntry } from './chigangRoster.ts';
import { ensureGuangzhou } from './regions.ts';
import { chigangReference as ref } from './reference.ts';

export { chigangRoster };

/** Inserts the district row if needed and returns its id. */
export async function ensureHaizhu(db: Db): Promise<number> {
  const existing = await db.query.districts.findFirst({
    where: (d, { eq }) => eq(d.code, ref.district.code),
  });
  if (existing) return existing.id;
  const { district } = ref;
  return (
    await db
      .insert(t.districts)
      .values({
        code: district.code,
        nameZh: district.nameZh,
        nameEn: district.nameEn,
        cityZh: district.cityZh,
        regionId: (await ensureGuangzhou(db)).city.id,
      })
      .returning({ id: t.districts.id })
  )[0]!.id;
}

export async function seedChigang(db: Db, indicatorIds: Map<string, number>): Promise<void> {
  const districtId = await ensureHaizhu(db);
  const { station: s, contract: c } = ref;
  const stationId = (
    await db
      .insert(t.stations)
      .values({
        code: s.code,
        districtId,
        nameZh: s.nameZh,
        nameEn: 'Chigang Street Social Work Station',
        streetZh: s.streetZh,
        address: s.address,
        operator: s.operator,
        purchaser: s.purchaser,
        operatingSince: s.operatingSince,
        communityCount: s.communityCount,
        residentPopulation: s.residentPopulation,
        isDemo: false,
      })
      .returning({ id: t.stations.id })
  )[0]!.id;
  const contractId = (
    await db
      .insert(t.contracts)
      .values({
        stationId,
        serviceYear: c.serviceYear,
        start: c.start,
        end: c.end,
        budgetYuan: c.budgetYuan,
        programme: chigangProgramme,
        contractedPositions: c.contractedPositions,
      })
      .returning({ id: t.contracts.id })
  )[0]!.id;

  const documentIds = new Map<ChigangDocument, number>();
  for (const [key, d] of Object.entries(chigangDocuments) as Array<
    [ChigangDocument, (typeof chigangDocuments)[ChigangDocument]]
  >) {
    const row = {
      contractId,
      kind: d.kind,
      title: d.title,
      periodStart: d.periodStart ?? null,
      periodEnd: d.periodEnd ?? null,
    };
    documentIds.set(
      key,
      (await db.insert(t.sourceDocuments).values(row).returning({ id: t.sourceDocuments.id }))[0]!.id,
    );
  }
  const documentId = (key: ChigangDocument) => documentIds.get(key) ?? null;
  await db.insert(t.documentFacts).values(
    chigangPrintedFacts.map((f) => {
      const indicatorId = f.indicator === undefined ? null : indicatorIds.get(f.indicator);
      if (indicatorId === undefined) throw new Error(`printed fact of unknown indicator ${f.indicator}`);
      return {
        documentId: documentId(f.document)!,
        kind: f.kind,
        indicatorId,
        printed: f.printed,
        cells: f.cells ? JSON.stringify(f.cells) : null,
        line: f.line,
        cell: f.cell ?? null,
      };
    }),
  );

  const areaIds = new Map<string, number>();
  for (const a of ref.areas) {
    const areaId = (
      await db
        .insert(t.serviceAreas)
        .values({
          stationId,
          code: a.code,
          label: a.annexLabel,
          printedLabel: printedAreaLabels[a.code] ?? null,
          socialWorkers: a.socialWorkers,
        })
        .returning({ id: t.serviceAreas.id })
    )[0]!.id;
    areaIds.set(a.code, areaId);
    await db.insert(t.communities).values(a.communities.map((nameZh) => ({ areaId, nameZh })));
  }

  for (const ind of ref.indicators) {
    const indicatorId = indicatorIds.get(ind.code);
    if (indicatorId === undefined) throw new Error(`reference indicator ${ind.code} is not in the catalogue`);
    const scopes: Array<[number | null, [number, number, string], string | undefined]> = [
      ...Object.entries(ind.byArea ?? {}).map(
        ([code, fig]) =>
          [areaIds.get(code) ?? null, fig, undefined] as [number | null, [number, number, string], undefined],
      ),
      [null, ind.total, ind.printedActual],
    ];
    for (const [areaId, [target, actual, printed], printedValue] of scopes) {
      await db.insert(t.targets).values({ contractId, indicatorId, areaId, value: target });
      // Known only as year totals: one entry spanning the whole contract.
      await db.insert(t.progressEntries).values({
        contractId,
        indicatorId,
        areaId,
        periodStart: c.start,
        periodEnd: c.end,
        value: actual,
        statedRate: parseStatedRate(printed),
        statedRateText: printed,
        printedValue: printedValue ?? null,
        source: 'reference',
        sourceFile: 'chigang-2023-2024.json',
        documentId: documentId(indicatorDocument[ind.code] ?? 'table'),
        note: ind.note ?? null,
      });
    }
  }

  await db.insert(t.reachFigures).values(
    chigangReach().map((f) => ({
      contractId,
      code: f.code,
      areaId: f.area ? (areaIds.get(f.area) ?? null) : null,
      value: f.value,
      printedText: f.printedText ?? null,
      source: 'reference' as const,
      documentId: documentId(f.document),
      note: f.note ?? null,
    })),
  );
  await db.insert(t.reportClaims).values(
    chigangClaims.map((c) => ({
      contractId,
      code: c.code,
      text: c.text,
      documentId: documentId(c.document),
    })),
  );

  const v = ref.volunteersFromSystemCheck;
  await db
    .insert(t.volunteerTeams)
    .values(v.newTeams.map((name) => ({ stationId, name, registeredWithStreet: true })));
  await db.insert(t.volunteerSystemCounts).values({
    contractId,
    newVolunteers: v.newVolunteers,
    backbone: v.newBackbone,
    activeTeams: v.activeTeams,
    note: v.note,
  });

  await seedRoster(db, stationId, contractId, areaIds, chigangRoster());

  const evaluationId = (
    await db
      .insert(t.evaluations)
      .values({
        contractId,
        stage: 'FINAL',
        date: ref.evaluation.date,
        totalGiven: ref.evaluation.total,
        satisfactionRate: ref.satisfaction.rate,
        satisfactionSample: ref.satisfaction.sampled,
        ...chigangEvaluationMeta,
      })
      .returning({ id: t.evaluations.id })
  )[0]!.id;
  await db.insert(t.findings).values(
    chigangFindings.map((f) => ({
      evaluationId,
      party: f.party,
      dimension: f.dimension,
      kind: f.kind,
      polarity: f.polarity,
      areaId: f.area ? (areaIds.get(f.area) ?? null) : null,
      textZh: f.textZh,
      textEn: null,
      verbatim: f.verbatim,
      ref: f.id,
      section: f.section,
      sectionTitle: f.sectionTitle,
      number: f.number,
      line: f.line,
      caseNote: f.case,
      partOfRef: f.partOf ?? null,
      note: findingNote(f),
    })),
  );
}

async function seedRoster(
  db: Db,
  stationId: number,
  contractId: number,
  areaIds: Map<string, number>,
  roster: RosterEntry[],
): Promise<void> {
  for (const p of roster) {
    const staffId = (
      await db
        .insert(t.staff)
        .values({
          stationId,
          name: p.name,
          position: p.position,
          areaId: p.area ? (areaIds.get(p.area) ?? null) : null,
          certification: p.certification,
          certificationText: p.certificationText ?? null,
          practiceStart: p.practiceStart,
          contractStart: p.contractStart,
          contractEnd: p.contractEnd,
          leftOn: p.leftOn ?? null,
          leavingReason: p.leavingReason ?? null,
          transferredTo: p.transferredTo ?? null,
          insuranceExemption: p.insuranceExemption ?? null,
          note: p.note ?? null,
          derivation: p.derivation,
        })
        .returning({ id: t.staff.id })
    )[0]!.id;
    await db.insert(t.attendance).values(
      Object.entries(p.marks).map(([month, [inPost, insured, paid]]) => ({
        staffId,
        contractId,
        month,
        inPost,
        insured,
        paid,
      })),
    );
  }
}
