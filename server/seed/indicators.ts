/** The indicator catalogue. Codes and Chinese names follow the Chigang evaluation report. */
import type { indicatorDefinitions } from '../db/schema.ts';

type NewIndicator = typeof indicatorDefinitions.$inferInsert;

const rows: Array<Omit<NewIndicator, 'sortOrder'>> = [
  { code: 'vulnerable_registry', nameZh: '困难群众和特殊群体建档', nameEn: 'People in hardship registered', unit: '人', unitEn: 'persons', feed: 'service' },
  { code: 'phone_visits', nameZh: '电访', nameEn: 'Phone visits', unit: '个', unitEn: 'calls', feed: 'service' },
  { code: 'home_visits', nameZh: '入户探访', nameEn: 'Home visits', unit: '个', unitEn: 'visits', feed: 'service' },
  { code: 'consult_cases', nameZh: '咨询个案（结案）', nameEn: 'Consultation cases (closed)', unit: '个', unitEn: 'cases', feed: 'service' },
  { code: 'casework_cases', nameZh: '专业个案（接案）', nameEn: 'Casework cases (opened)', unit: '个', unitEn: 'cases', feed: 'service' },
  { code: 'casework_closed', nameZh: '专业个案（结案）', nameEn: 'Casework cases (closed)', unit: '个', unitEn: 'cases', feed: 'service' },
  { code: 'casework_sessions', nameZh: '专业个案服务节数', nameEn: 'Casework sessions', unit: '节', unitEn: 'sessions', feed: 'service' },
  { code: 'groups', nameZh: '专业小组', nameEn: 'Groups', unit: '个', unitEn: 'groups', feed: 'service' },
  { code: 'group_sessions', nameZh: '专业小组节数', nameEn: 'Group sessions', unit: '节', unitEn: 'sessions', feed: 'service' },
  { code: 'group_attendance', nameZh: '专业小组服务人次', nameEn: 'Group attendances', unit: '人次', unitEn: 'attendances', feed: 'service' },
  { code: 'large_events', nameZh: '大型社区活动', nameEn: 'Large community events', unit: '次', unitEn: 'events', feed: 'service' },
  { code: 'large_event_attendance', nameZh: '大型社区活动服务人次', nameEn: 'Large event attendances', unit: '人次', unitEn: 'attendances', feed: 'service' },
  { code: 'small_events', nameZh: '中小型社区活动', nameEn: 'Small community events', unit: '次', unitEn: 'events', feed: 'service' },
  { code: 'small_event_attendance', nameZh: '中小型社区活动服务人次', nameEn: 'Small event attendances', unit: '人次', unitEn: 'attendances', feed: 'service' },
  { code: 'new_volunteers', nameZh: '新增志愿者', nameEn: 'New volunteers', unit: '名', unitEn: 'volunteers', feed: 'volunteer' },
  { code: 'volunteer_backbone', nameZh: '新增志愿者骨干', nameEn: 'New backbone volunteers', unit: '名', unitEn: 'volunteers', feed: 'volunteer' },
  { code: 'volunteer_teams', nameZh: '新增志愿队伍', nameEn: 'New volunteer teams', unit: '支', unitEn: 'teams', feed: 'volunteer' },
  { code: 'community_surveys', nameZh: '社区调研', nameEn: 'Community surveys', unit: '次', unitEn: 'surveys', feed: 'research' },
  { code: 'public_issues_resolved', nameZh: '协助街道介入和解决的社区公共问题', nameEn: 'Community issues resolved with the street', unit: '个', unitEn: 'issues', feed: 'service' },
  { code: 'resources_linked', nameZh: '社会资源链接', nameEn: 'Social resources linked', unit: '元', unitEn: 'yuan', feed: 'resource' },
];

export const indicatorCatalogue: NewIndicator[] = rows.map((r, i) => ({ ...r, sortOrder: i + 1 }));
