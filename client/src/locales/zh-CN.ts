export default {
  app: { title: '社工站监测看板', subtitle: '政府购买社工服务监测', language: '语言', skip: '跳到主要内容' },
  common: {
    loading: '加载中…', retry: '重试', empty: '暂无数据', demo: '示例数据', demoHint: '示例数据：由生成器合成，仅供演示',
    real: '评估报告数据', year: '服务年度', yearOption: '{year} 年度', noContract: '该年度无合同数据', total: '全站合计',
    allAreas: '全部片区', area: '片区', asOf: '统计截至 {date}', tableOf: '数据表：{name}',
  },
  errors: {
    'input/bad_date': '日期格式无效', 'input/bad_year': '服务年度无效', 'server/internal': '服务器内部错误，请稍后重试',
    network: '无法连接服务器，请检查网络后重试', notFound: '未找到：{code}', unknown: '加载失败',
  },
  status: { MET: '已完成', ON_TRACK: '进度正常', BEHIND: '进度滞后', CRITICAL: '严重滞后', NO_TARGET: '无目标' },
  grade: { EXCELLENT: '优秀', GOOD: '良好', PASS: '合格', FAIL: '不合格', none: '未评估' },
  district: {
    title: '{name} 站点总览', stations: '站点', completion: '指标总体完成率', completionHint: '各指标完成率（超过 100% 按 100% 计）的平均值',
    resources: '资源链接完成率', stability: '人员稳定率', grade: '评估等级', chartTitle: '各站点指标总体完成率', open: '查看', sortBy: '排序', gradeTitle: '末期评估等级分布', stabilityTitle: '各站点人员稳定率',
  },
  nav: { overview: '总览', quarterly: '季度进度', resources: '资源链接', staffing: '人员', volunteers: '志愿者', evaluation: '评估', districtResources: '资源链接', districtStaffing: '人员稳定', weak: '薄弱指标', quality: '数据质量' },
  quarterly: {
    title: '季度进度', asOf: '统计截至', indicator: '指标', actual: '累计完成', pace: '应达进度', projection: '年末预测', projected: '预计年末完成率',
    yearTotalOnly: '本年度数据仅有全年合计（来自评估报告），无法按季度拆分；下表为全年数字。', behindTitle: '进度落后的指标', noneBehind: '暂无进度落后的指标',
    quarter: '季度', quarterRange: '{start} 至 {end}', running: '（进行中）', gap: '差额', paceGap: '距应达进度',
  },
  resources: {
    districtTitle: '各站点资源链接完成率', stationTitle: '资源链接明细', monthlyTitle: '资源链接月度累计', sourcesTitle: '按来源', areasTitle: '按片区', yuan: '元',
    monthAmount: '当月链接', cumulative: '累计链接', records: '资源记录', date: '日期', source: '来源', kind: '形式', value: '金额（元）', description: '说明',
    noRecords: '仅有全年合计，无逐笔记录', pickStation: '点击图表或表格中的站点查看明细', band: '分档', station: '站点', projected: '预计年末',
  },
  sourceType: { ENTERPRISE: '企业', FOUNDATION: '基金会', MEDICAL: '医疗机构', COMMUNITY_CHARITY_FUND: '社区慈善基金', INDIVIDUAL: '个人', GOVERNMENT: '政府部门' },
  kind: { CASH: '资金', IN_KIND: '物资', SERVICE: '服务' },
  staffing: {
    districtTitle: '各站点人员稳定情况', monthlyTitle: '每月在岗、参保、发薪人数', stabilityRate: '稳定率', certifiedRatio: '持证率', attendanceRate: '出勤率', experienceRatio: '两年以上从业',
    inPost: '在岗', insured: '参保', paid: '发薪', positions: '协议岗位', headcount: '期末在岗', certification: '持证情况', events: '人员变动', compliance: '合规问题', exemptions: '已说明的例外',
    noIssues: '无合规问题', roster: '人员名单（化名）', name: '姓名（化名）', position: '岗位', practiceYears: '从业年限', leftOn: '离职日期', month: '月份', problem: '问题', reason: '原因', date: '日期', kind: '变动',
    personMonths: '实际 {actual} / 应有 {expected} 人月',
  },
  certification: { INTERMEDIATE: '中级社工师', ASSISTANT: '助理社工师', NONE: '未持证' },
  staffEvent: { JOINED: '入职', LEFT: '离职', TRANSFERRED_OUT: '调出' },
  problem: { NOT_INSURED: '在岗未参保', NOT_PAID: '在岗未发薪' },
  exemption: { retired_reemployed: '退休返聘（无需参保）' },
  volunteers: {
    title: '志愿者', monthlyTitle: '每月新增志愿者与服务时数', newVolunteers: '新增志愿者', backbone: '新增骨干', teamsFounded: '新增队伍', serviceHours: '服务时数', people: '人', hours: '小时',
    teams: '志愿队伍', teamName: '队伍名称', foundedOn: '成立日期', registered: '已在街道备案', system: '志愿者系统核查', systemHint: '评估方核查志愿者系统得到的数字，可与指标表对照', yes: '是', no: '否', noMonthly: '暂无月度记录（仅有全年合计）',
  },
  evaluation: {
    chartTitle: '各方评分与加权总分', stage: { MID: '中期评估', FINAL: '末期评估' }, party: { THIRD_PARTY: '第三方评估', STREET_OFFICE: '街道办', SUPERVISION_CENTRE: '督导中心', DISTRICT_BUREAU: '区民政局' },
    partyLabel: '评分方', total: '加权总分', weight: '权重', score: '得分', weighted: '加权得分', satisfaction: '满意度', sample: '抽样 {n} 人', findings: '评估发现', dimension: '维度', polarity: '性质', noParts: '仅公布总分，无分项得分',
    none: '本年度暂无评估', allDimensions: '全部维度', allPolarities: '全部', date: '评估日期',
  },
  polarity: { STRENGTH: '优势', CONCERN: '不足' },
  dimension: { project_management: '项目管理', service_quality: '服务质量', service_monitoring: '服务监测', service_outcomes: '服务成效', purchaser: '购买方', supervision_centre: '督导中心', supervising_bureau: '主管部门' },
  weak: {
    title: '薄弱指标', heatmapTitle: '各站点指标状态', weakCount: '{n} 项薄弱', ranked: '薄弱指标排序', explanation: '说明', station: '站点', indicator: '指标',
    allFeeds: '全部类别', allAreas: '全部范围', totalOnly: '仅全站合计', allStatuses: '全部状态', none: '所选条件下没有薄弱指标', noRunning: '该日期没有执行中的合同',
    asOf: '统计日期', feed: { SERVICE: '服务', VOLUNTEER: '志愿者', RESOURCE: '资源', RESEARCH: '调研' }, panel: '本站薄弱指标', panelNone: '本站没有进度落后的指标',
  },
  quality: {
    title: '数据质量', severity: '级别', station: '站点', year: '年度', indicator: '指标', message: '问题', figures: '数字对照', suggestion: '建议', none: '未发现数据质量问题', allSeverities: '全部级别',
    level: { ERROR: '错误', WARNING: '警告', INFO: '提示' }, count: '共 {n} 项',
  },
  narrative: { title: '服务进度（报告草稿）', copy: '复制', copied: '已复制', download: '下载 .md', hint: '由系统根据数据生成，可直接用于评估报告“服务进度”部分' },
  station: {
    back: '返回区总览', overall: '指标总体完成率', resources: '社会资源链接', stability: '人员稳定率', grade: '末期评估',
    stabilityDetail: '全年在岗 / 协议岗位', resourcesDetail: '{actual} / {target} 元', gradeDetail: '总分 {total}',
    chartTitle: '各指标完成率（按片区）', table: '指标明细', indicator: '指标', unit: '单位', target: '目标', actual: '完成',
    completion: '完成率', stated: '报告所列', status: '状态', gap: '差额', targetLine: '目标 100%', paceLine: '应达进度 {rate}',
    contract: '合同期 {start} 至 {end}', positions: '协议岗位 {n} 个', operator: '承接机构', purchaser: '购买方',
  },
};
