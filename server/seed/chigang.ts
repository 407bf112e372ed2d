/**
 * Loads Chigang 2023–2024 from the reference file, exactly as printed. The report gives no
 * staff names and no roster, only aggregates, so the roster here is rebuilt to reproduce them
 * (see `chigangRoster`); every name is a pseudonym.
 */
import type { Db } from '../db/client.ts';
import * as t from '../db/schema.ts';
import { contractMonths } from '../domain/dates.ts';
import { parseStatedRate } from '../domain/progress.ts';
import { chigangReference as ref } from './reference.ts';

type Certification = (typeof t.CERTIFICATIONS)[number];

interface RosterEntry {
  name: string;
  position: string;
  area: string | null;
  certification: Certification;
  practiceStart: string;
  /** First and last month in post (inclusive). */
  from: string;
  to: string;
  leftOn?: string;
  leavingReason?: (typeof t.LEAVING_REASONS)[number];
  insuranceExemption?: string;
}

/**
 * 23 people over the year reproduce the report: 16 in post all 12 months (incl. one re-employed
 * retiree without social insurance), one who left in June 2023, one transferred to Huazhou
 * Street on 2023-12-01, five who joined in July 2023. Person-months: 16×12 + 1 + 6 + 5×11 = 254.
 * In post at the end: 21 (the report's average headcount), of whom 3 intermediate + 14 assistant
 * certified (17) and 17 with ≥ 2 years' practice; 9 / 5 / 4 assigned to areas A / B / C.
 */
export function chigangRoster(): RosterEntry[] {
  const all = { from: '2023-06', to: '2024-05' };
  const joinedJuly = { from: '2023-07', to: '2024-05' };
  const people: RosterEntry[] = [
    {
      name: '林晓岚',
      position: '项目主管',
      area: null,
      certification: 'intermediate',
      practiceStart: '2012-06-01',
      ...all,
    },
    {
      name: '陈思远',
      position: '行政主管',
      area: null,
      certification: 'none',
      practiceStart: '2016-03-01',
      ...all,
    },
    {
      name: '黄伯年',
      position: '社区协管员',
      area: null,
      certification: 'none',
      practiceStart: '2015-09-01',
      ...all,
      insuranceExemption: 'retired_reemployed',
    },
    {
      name: '周嘉怡',
      position: '社工',
      area: 'A',
      certification: 'intermediate',
      practiceStart: '2014-07-01',
      ...all,
    },
    {
      name: '吴子涵',
      position: '社工',
      area: 'A',
      certification: 'assistant',
      practiceStart: '2017-07-01',
      ...all,
    },
    {
      name: '郑雨桐',
      position: '社工',
      area: 'A',
      certification: 'assistant',
      practiceStart: '2018-07-01',
      ...all,
    },
    {
      name: '王若曦',
      position: '社工',
      area: 'A',
      certification: 'assistant',
      practiceStart: '2019-07-01',
      ...all,
    },
    {
      name: '冯梓航',
      position: '社工',
      area: 'A',
      certification: 'assistant',
      practiceStart: '2020-07-01',
      ...all,
    },
    {
      name: '何佳琪',
      position: '社工',
      area: 'A',
      certification: 'assistant',
      practiceStart: '2021-07-01',
      ...all,
    },
    {
      name: '罗文博',
      position: '社工',
      area: 'B',
      certification: 'intermediate',
      practiceStart: '2013-07-01',
      ...all,
    },
    {
      name: '梁诗琪',
      position: '社工',
      area: 'B',
      certification: 'assistant',
      practiceStart: '2018-03-01',
      ...all,
    },
    {
      name: '宋一鸣',
      position: '社工',
      area: 'B',
      certification: 'assistant',
      practiceStart: '2019-03-01',
      ...all,
    },
    {
      name: '谢婉婷',
      position: '社工',
      area: 'C',
      certification: 'assistant',
      practiceStart: '2017-09-01',
      ...all,
    },
    {
      name: '唐浩然',
      position: '社工',
      area: 'C',
      certification: 'assistant',
      practiceStart: '2020-09-01',
      ...all,
    },
    {
      name: '许安琪',
      position: '社工',
      area: 'C',
      certification: 'assistant',
      practiceStart: '2022-09-01',
      ...all,
    },
    {
      name: '邓明轩',
      position: '社工助理',
      area: 'A',
      certification: 'none',
      practiceStart: '2019-09-01',
      ...all,
    },
    {
      name: '韩晓彤',
      position: '社工',
      area: 'A',
      certification: 'assistant',
      practiceStart: '2023-07-01',
      ...joinedJuly,
    },
    {
      name: '曹欣然',
      position: '社工',
      area: 'A',
      certification: 'assistant',
      practiceStart: '2018-10-01',
      ...joinedJuly,
    },
    {
      name: '彭俊熙',
      position: '社工',
      area: 'B',
      certification: 'assistant',
      practiceStart: '2023-07-01',
      ...joinedJuly,
    },
    {
      name: '曾可馨',
      position: '社工',
      area: 'B',
      certification: 'assistant',
      practiceStart: '2016-05-01',
      ...joinedJuly,
    },
    {
      name: '萧宇轩',
      position: '社工助理',
      area: 'C',
      certification: 'none',
      practiceStart: '2023-07-01',
      ...joinedJuly,
    },
    {
      name: '蔡雅文',
      position: '社工',
      area: 'B',
      certification: 'assistant',
      practiceStart: '2020-09-01',
      from: '2023-06',
      to: '2023-06',
      leftOn: '2023-06-30',
      leavingReason: 'left',
    },
    {
      name: '潘志豪',
      position: '社工',
      area: 'C',
      certification: 'assistant',
      practiceStart: '2019-07-01',
      from: '2023-06',
      to: '2023-11',
      leftOn: '2023-12-01',
      leavingReason: 'transferred_out',
    },
  ];
  return people;
}

const findingsText: Array<{
  dimension: string;
  polarity: 'strength' | 'concern';
  area?: string;
  zh: string;
  en: string;
}> = [
  {
    dimension: 'service_quality',
    polarity: 'concern',
    area: 'B',
    zh: '服务对象风险等级评定依据不足（如两名一级残疾人的家庭被评为四级），部分服务缺少回访记录。',
    en: 'Risk levels of recipients are poorly founded (a household with two first-degree disabilities rated level 4); follow-up records are missing for some services.',
  },
  {
    dimension: 'service_quality',
    polarity: 'concern',
    area: 'C',
    zh: '服务对象需求评估过于简略，几乎全部评为四级。',
    en: 'Recipient assessments are thin; almost all are rated level 4.',
  },
  {
    dimension: 'service_outcomes',
    polarity: 'concern',
    zh: '社会资源链接未达到协议目标。',
    en: 'Resource mobilisation fell short of the contract target.',
  },
  {
    dimension: 'service_outcomes',
    polarity: 'strength',
    zh: '服务量指标基本全部完成，部分指标超额完成。',
    en: 'Service volume targets were met almost throughout, several exceeded.',
  },
  {
    dimension: 'service_monitoring',
    polarity: 'concern',
    zh: '满意度抽查中有一名独居长者反映未曾接到社工联系。',
    en: 'The satisfaction survey found an elderly person living alone who reported no contact from social workers.',
  },
  {
    dimension: 'service_monitoring',
    polarity: 'strength',
    zh: '服务对象满意度较中期评估有所提升。',
    en: 'Recipient satisfaction rose since the mid-term evaluation.',
  },
  {
    dimension: 'project_management',
    polarity: 'strength',
    zh: '项目负责人持中级社工证，从业十年以上，团队持证比例较高。',
    en: 'The project lead holds the intermediate certificate with over ten years of practice; the team is largely certified.',
  },
  {
    dimension: 'supervision_centre',
    polarity: 'concern',
    zh: '实务研究成果发表较少。',
    en: 'Few practice-research publications.',
  },
  {
    dimension: 'supervising_bureau',
    polarity: 'concern',
    zh: '可更多利用智慧管理平台开展监管。',
    en: 'Make more use of the smart management platform.',
  },
  {
    dimension: 'purchaser',
    polarity: 'strength',
    zh: '协助街道介入并解决社区公共问题，完成协议要求。',
    en: 'Helped the street office resolve community public issues as contracted.',
  },
];

/** Inserts the district row if needed and returns its id. */
export function ensureHaizhu(db: Db): number {
  const existing = db.query.districts
    .findFirst({ where: (d, { eq }) => eq(d.code, ref.district.code) })
    .sync();
  if (existing) return existing.id;
  const { district } = ref;
  return db
    .insert(t.districts)
    .values({
      code: district.code,
      nameZh: district.nameZh,
      nameEn: district.nameEn,
      cityZh: district.cityZh,
    })
    .returning({ id: t.districts.id })
    .get().id;
}

export function seedChigang(db: Db, indicatorIds: Map<string, number>): void {
  const districtId = ensureHaizhu(db);
  const { station: s, contract: c } = ref;
  const stationId = db
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
    .get().id;
  const contractId = db
    .insert(t.contracts)
    .values({
      stationId,
      serviceYear: c.serviceYear,
      start: c.start,
      end: c.end,
      budgetYuan: c.budgetYuan,
      contractedPositions: c.contractedPositions,
    })
    .returning({ id: t.contracts.id })
    .get().id;

  const areaIds = new Map<string, number>();
  for (const a of ref.areas) {
    const areaId = db
      .insert(t.serviceAreas)
      .values({ stationId, code: a.code, label: a.annexLabel, socialWorkers: a.socialWorkers })
      .returning({ id: t.serviceAreas.id })
      .get().id;
    areaIds.set(a.code, areaId);
    db.insert(t.communities)
      .values(a.communities.map((nameZh) => ({ areaId, nameZh })))
      .run();
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
      db.insert(t.targets).values({ contractId, indicatorId, areaId, value: target }).run();
      // Known only as year totals: one entry spanning the whole contract.
      db.insert(t.progressEntries)
        .values({
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
          note: ind.note ?? null,
        })
        .run();
    }
  }

  const reachCodes = {
    registeredHouseholds: 'registered_households',
    registeredPersons: 'registered_persons',
    visitedHouseholds: 'visited_households',
    personsServedByVisits: 'persons_served_by_visits',
    residentsServed: 'residents_served',
  } as const;
  db.insert(t.reachFigures)
    .values(
      Object.entries(reachCodes).map(([key, code]) => ({
        contractId,
        code,
        value: ref.reach[key as keyof typeof reachCodes],
        source: 'reference' as const,
      })),
    )
    .run();

  const v = ref.volunteersFromSystemCheck;
  db.insert(t.volunteerTeams)
    .values(v.newTeams.map((name) => ({ stationId, name, registeredWithStreet: true })))
    .run();
  db.insert(t.volunteerSystemCounts)
    .values({
      contractId,
      newVolunteers: v.newVolunteers,
      backbone: v.newBackbone,
      activeTeams: v.activeTeams,
      note: v.note,
    })
    .run();

  seedRoster(db, stationId, contractId, areaIds, chigangRoster(), contractMonths(c.start, c.end));

  const evaluationId = db
    .insert(t.evaluations)
    .values({
      contractId,
      stage: 'FINAL',
      date: ref.evaluation.date,
      totalGiven: ref.evaluation.total,
      satisfactionRate: ref.satisfaction.rate,
      satisfactionSample: ref.satisfaction.sampled,
    })
    .returning({ id: t.evaluations.id })
    .get().id;
  db.insert(t.findings)
    .values(
      findingsText.map((f) => ({
        evaluationId,
        dimension: f.dimension,
        polarity: f.polarity,
        areaId: f.area ? (areaIds.get(f.area) ?? null) : null,
        textZh: f.zh,
        textEn: f.en,
      })),
    )
    .run();
}

function seedRoster(
  db: Db,
  stationId: number,
  contractId: number,
  areaIds: Map<string, number>,
  roster: RosterEntry[],
  months: string[],
): void {
  for (const p of roster) {
    const staffId = db
      .insert(t.staff)
      .values({
        stationId,
        name: p.name,
        position: p.position,
        areaId: p.area ? (areaIds.get(p.area) ?? null) : null,
        certification: p.certification,
        practiceStart: p.practiceStart,
        contractStart: `${p.from}-01`,
        contractEnd: p.leftOn ? null : '2026-05-30',
        leftOn: p.leftOn ?? null,
        leavingReason: p.leavingReason ?? null,
        insuranceExemption: p.insuranceExemption ?? null,
      })
      .returning({ id: t.staff.id })
      .get().id;
    const inPostMonths = months.filter((m) => m >= p.from && m <= p.to);
    db.insert(t.attendance)
      .values(
        inPostMonths.map((month) => ({
          staffId,
          contractId,
          month,
          inPost: true,
          insured: p.insuranceExemption === undefined,
          paid: true,
        })),
      )
      .run();
  }
}
