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
    resources: '资源链接完成率', stability: '人员稳定率', grade: '评估等级', chartTitle: '各站点指标总体完成率', open: '查看',
  },
  station: {
    back: '返回区总览', overall: '指标总体完成率', resources: '社会资源链接', stability: '人员稳定率', grade: '末期评估',
    stabilityDetail: '全年在岗 / 协议岗位', resourcesDetail: '{actual} / {target} 元', gradeDetail: '总分 {total}',
    chartTitle: '各指标完成率（按片区）', table: '指标明细', indicator: '指标', unit: '单位', target: '目标', actual: '完成',
    completion: '完成率', stated: '报告所列', status: '状态', gap: '差额', targetLine: '目标 100%', paceLine: '应达进度 {rate}',
    contract: '合同期 {start} 至 {end}', positions: '协议岗位 {n} 个', operator: '承接机构', purchaser: '购买方',
  },
};
