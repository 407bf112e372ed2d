/**
 * The levels above the district (country → province → city) and the places the demo and the
 * generator use. Names of provinces and of Guangdong's cities and Guangzhou's districts are real;
 * every station the generator puts in them is synthetic (`isDemo`).
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import * as t from '../db/schema.ts';

export interface Place {
  code: string;
  nameZh: string;
  nameEn: string;
}

export const china: Place = { code: 'cn', nameZh: '全国', nameEn: 'China' };
export const guangdong: Place = { code: 'guangdong', nameZh: '广东省', nameEn: 'Guangdong' };
export const guangzhou: Place = { code: 'guangzhou', nameZh: '广州市', nameEn: 'Guangzhou' };

/** The provinces, autonomous regions and municipalities of the mainland, Guangdong first. */
export const provinces: Place[] = [
  guangdong,
  ...(
    [
      ['beijing', '北京市', 'Beijing'],
      ['tianjin', '天津市', 'Tianjin'],
      ['hebei', '河北省', 'Hebei'],
      ['shanxi', '山西省', 'Shanxi'],
      ['neimenggu', '内蒙古自治区', 'Inner Mongolia'],
      ['liaoning', '辽宁省', 'Liaoning'],
      ['jilin', '吉林省', 'Jilin'],
      ['heilongjiang', '黑龙江省', 'Heilongjiang'],
      ['shanghai', '上海市', 'Shanghai'],
      ['jiangsu', '江苏省', 'Jiangsu'],
      ['zhejiang', '浙江省', 'Zhejiang'],
      ['anhui', '安徽省', 'Anhui'],
      ['fujian', '福建省', 'Fujian'],
      ['jiangxi', '江西省', 'Jiangxi'],
      ['shandong', '山东省', 'Shandong'],
      ['henan', '河南省', 'Henan'],
      ['hubei', '湖北省', 'Hubei'],
      ['hunan', '湖南省', 'Hunan'],
      ['guangxi', '广西壮族自治区', 'Guangxi'],
      ['hainan', '海南省', 'Hainan'],
      ['chongqing', '重庆市', 'Chongqing'],
      ['sichuan', '四川省', 'Sichuan'],
      ['guizhou', '贵州省', 'Guizhou'],
      ['yunnan', '云南省', 'Yunnan'],
      ['xizang', '西藏自治区', 'Tibet'],
      ['shaanxi', '陕西省', 'Shaanxi'],
      ['gansu', '甘肃省', 'Gansu'],
      ['qinghai', '青海省', 'Qinghai'],
      ['ningxia', '宁夏回族自治区', 'Ningxia'],
      ['xinjiang', '新疆维吾尔自治区', 'Xinjiang'],
    ] as const
  ).map(([code, nameZh, nameEn]) => ({ code, nameZh, nameEn })),
];

/** Guangdong's 21 prefecture-level cities, Guangzhou first. */
export const guangdongCities: Place[] = [
  guangzhou,
  ...(
    [
      ['shenzhen', '深圳市', 'Shenzhen'],
      ['zhuhai', '珠海市', 'Zhuhai'],
      ['shantou', '汕头市', 'Shantou'],
      ['foshan', '佛山市', 'Foshan'],
      ['shaoguan', '韶关市', 'Shaoguan'],
      ['heyuan', '河源市', 'Heyuan'],
      ['meizhou', '梅州市', 'Meizhou'],
      ['huizhou', '惠州市', 'Huizhou'],
      ['shanwei', '汕尾市', 'Shanwei'],
      ['dongguan', '东莞市', 'Dongguan'],
      ['zhongshan', '中山市', 'Zhongshan'],
      ['jiangmen', '江门市', 'Jiangmen'],
      ['yangjiang', '阳江市', 'Yangjiang'],
      ['zhanjiang', '湛江市', 'Zhanjiang'],
      ['maoming', '茂名市', 'Maoming'],
      ['zhaoqing', '肇庆市', 'Zhaoqing'],
      ['qingyuan', '清远市', 'Qingyuan'],
      ['chaozhou', '潮州市', 'Chaozhou'],
      ['jieyang', '揭阳市', 'Jieyang'],
      ['yunfu', '云浮市', 'Yunfu'],
    ] as const
  ).map(([code, nameZh, nameEn]) => ({ code, nameZh, nameEn })),
];

/** Guangzhou's districts other than Haizhu (which the reference station belongs to). */
export const guangzhouDistricts: Place[] = (
  [
    ['yuexiu', '越秀区', 'Yuexiu District'],
    ['liwan', '荔湾区', 'Liwan District'],
    ['tianhe', '天河区', 'Tianhe District'],
    ['baiyun', '白云区', 'Baiyun District'],
    ['huangpu', '黄埔区', 'Huangpu District'],
    ['panyu', '番禺区', 'Panyu District'],
    ['huadu', '花都区', 'Huadu District'],
    ['nansha', '南沙区', 'Nansha District'],
    ['conghua', '从化区', 'Conghua District'],
    ['zengcheng', '增城区', 'Zengcheng District'],
  ] as const
).map(([code, nameZh, nameEn]) => ({ code, nameZh, nameEn }));

/** The region of `code`, created under `parent` (null: the top) when it does not exist yet. */
export async function ensureRegion(
  db: Db,
  place: Place,
  level: (typeof t.REGION_LEVELS)[number],
  parent: t.RegionRow | null,
): Promise<t.RegionRow> {
  const existing = (await db.select().from(t.regions).where(eq(t.regions.code, place.code)))[0];
  if (existing) return existing;
  return (
    await db
      .insert(t.regions)
      .values({ ...place, level, parentId: parent?.id ?? null, path: `${parent?.path ?? '/'}${place.code}/` })
      .returning()
  )[0]!;
}

/** China → Guangdong → Guangzhou, the regions above the reference station's district. */
export async function ensureGuangzhou(db: Db): Promise<{
  country: t.RegionRow;
  province: t.RegionRow;
  city: t.RegionRow;
}> {
  const country = await ensureRegion(db, china, 'COUNTRY', null);
  const province = await ensureRegion(db, guangdong, 'PROVINCE', country);
  const city = await ensureRegion(db, guangzhou, 'CITY', province);
  return { country, province, city };
}
