/**
 * Every error a user can see, with a namespaced code (sent as `extensions.code`), its message in
 * Chinese and English, and the HTTP status it answers with when it ends a request. The client
 * shows the server's message in the user's language; nothing else (stack, SQL, path) is sent.
 */
import { GraphQLError } from 'graphql';

const messages = {
  'input/bad_date': {
    zh: '日期格式无效：{value}（应为 YYYY-MM-DD）',
    en: 'Invalid date: {value} (expected YYYY-MM-DD)',
  },
  'input/bad_year': { zh: '服务年度无效：{value}', en: 'Invalid service year: {value}' },
  'input/bad_limit': {
    zh: '{field} 应为 {min} 到 {max} 之间的整数，收到 {value}',
    en: '{field} must be a whole number from {min} to {max}, got {value}',
  },
  'import/empty': { zh: '文件 {file} 是空的', en: 'The file {file} is empty' },
  'import/unreadable': {
    zh: '无法读取文件 {file}：它不是 UTF-8、GB18030 或 UTF-16 编码的文本表格，也不是 XLSX 工作簿',
    en: 'Cannot read the file {file}: it is neither a text table in UTF-8, GB18030 or UTF-16 nor an XLSX workbook',
  },
  'import/unreadable_text': {
    zh: '无法读取文件 {file}：引号不成对，无法分成单元格；请在 Excel 中打开后另存为 CSV 或 XLSX',
    en: 'Cannot read the file {file}: its quotes do not pair up, so it cannot be split into cells; open it in Excel and save it as CSV or XLSX',
  },
  'import/bad_xlsx': {
    zh: '无法读取文件 {file}：它不是完整的 Excel 工作簿（.xlsx），可能已损坏',
    en: 'Cannot read the file {file}: it is not a whole Excel workbook (.xlsx); it may be damaged',
  },
  'import/xls': {
    zh: '不支持 Excel 97–2003 格式（.xls）的文件 {file}：请在 Excel 中"另存为" Excel 工作簿（.xlsx）或 CSV 后再导入',
    en: 'Excel 97–2003 files (.xls) such as {file} are not read: in Excel, "Save As" an Excel workbook (.xlsx) or CSV, then import that',
  },
  'import/pdf': {
    zh: '文件 {file} 是 PDF：请把其中的表格复制到 Excel，另存为 .xlsx 或 CSV 后再导入',
    en: 'The file {file} is a PDF: copy its tables into Excel, save them as .xlsx or CSV, then import that',
  },
  'import/xlsx_entries': {
    zh: '文件 {file} 内含 {value} 个部件，超过上限 {limit}：这不像一份普通的工作簿',
    en: 'The file {file} holds {value} parts, over the limit of {limit}: not an ordinary workbook',
  },
  'import/xlsx_too_large': {
    zh: '文件 {file} 解压后至少 {value}，超过上限 {limit}；请删去多余的工作表或行后再导入',
    en: 'The file {file} unpacks to at least {value}, over the limit of {limit}; remove extra sheets or rows, then import it',
  },
  'import/xlsx_part_too_large': {
    zh: '文件 {file} 的部件 {value} 超过 {limit}：工作簿的样式等部件不会这么大，未读取',
    en: "The part {value} of the file {file} is over {limit}: a workbook's styles and such are never that large; not read",
  },
  'import/too_many_rows': {
    zh: '文件 {file} 的工作表有 {value} 行，超过上限 {limit} 行；请分成几个文件导入',
    en: 'The sheet of the file {file} spans {value} rows, over the limit of {limit}; split it into several files',
  },
  'import/xlsx_size_mismatch': {
    zh: '文件 {file} 中的部件解压后比它声明的 {value} 更大：文件已损坏或被改动，未读取',
    en: 'A part of the file {file} unpacks to more than the {value} it declares: the file is damaged or altered and was not read',
  },
  'import/too_many_cells': {
    zh: '文件 {file} 的单元格超过上限 {limit} 个；请分成几个文件导入',
    en: 'The file {file} has more than {limit} cells, the limit; split it into several files',
  },
  'import/too_slow': {
    zh: '读取文件 {file} 超过 {seconds} 秒，已停止；请分成几个较小的文件导入',
    en: 'Reading the file {file} took over {seconds} s and was stopped; split it into smaller files',
  },
  'import/too_complex': {
    zh: '读取文件 {file} 需要的内存超过上限 {limit}，已停止；请分成几个较小的文件导入',
    en: 'Reading the file {file} needed more memory than the limit of {limit} and was stopped; split it into smaller files',
  },
  'import/busy': {
    zh: '正在读取的文件太多，请稍后再试',
    en: 'Too many files are being read; try again shortly',
  },
  'import/bad_file_name': {
    zh: '文件名无效：{value}（最多 255 个字符，不能含控制字符）',
    en: 'Invalid file name: {value} (at most 255 characters, no control characters)',
  },
  'import/unpaired_quote': {
    zh: '第 {row} 行：单元格开头的引号（"）没有配对，吞掉了后面的行；文件已按不带引号的方式读取，请核对该行',
    en: 'Row {row}: a cell opens with a quote (") that is never closed and swallowed the rows after it; the file was read without quotes: check that row',
  },
  'import/ignored_cell': {
    zh: '第 {row} 行 {column} 列：「{value}」不属于可识别的表格部分，未导入',
    en: 'Row {row}, column {column}: "{value}" is not part of a table this importer recognises; not imported',
  },
  'import/ignored_more': {
    zh: '另有 {count} 个单元格未导入（只列出前 {listed} 个）',
    en: '{count} more cells were not imported (only the first {listed} are listed)',
  },
  'import/other_sheet': {
    zh: '工作表「{value}」（{count} 行）未读取：只读取第一张有内容的工作表「{sheet}」',
    en: 'The sheet "{value}" ({count} rows) was not read: only the first sheet with content, "{sheet}", is',
  },
  'import/workers_disagree': {
    zh: '第 {row} 行 {column} 列：投入社工人数 {value} 与第 {other} 行的 {otherValue} 不同，采用第 {other} 行',
    en: 'Row {row}, column {column}: {value} social workers, where row {other} says {otherValue}; row {other} is kept',
  },
  'import/cut_months': {
    zh: '表头列出 {count} 个月，但 {value} 的标记被截断（表格右侧缺失）：这些月份记为未知，未导入',
    en: 'The header lists {count} months, but the marks of {value} are cut off (the right of the table is missing): those months are unknown and not imported',
  },
  'import/attendance_totals': {
    zh: '第 {row} 行的总计（{value}）多于名单中逐人标记之和（{marked}）：名单只列出部分人员，总计不作为人员导入',
    en: 'Row {row}: the totals ({value}) exceed the sum of the marks of the people listed ({marked}): the list holds only some of the staff; totals are not imported as people',
  },
  'import/subtotal_cells': {
    zh: '第 {row} 行小计有 {count} 个数字，而表格有 {months} 个月',
    en: 'Row {row}: the subtotal row has {count} figures for {months} months',
  },
  'import/subtotal_mismatch': {
    zh: '第 {row} 行小计与总计行的工资发放人数不符：{value}',
    en: 'Row {row}: the subtotal row disagrees with the paid counts of the totals row: {value}',
  },
  'import/unattached_remark': {
    zh: '第 {row} 行：备注「{value}」在表格下方，无法确定属于哪位人员，未导入',
    en: 'Row {row}: the remark "{value}" sits below the table and cannot be tied to a person; not imported',
  },
  'import/too_large': {
    zh: '文件过大（上限 {limit}）',
    en: 'The file is too large (limit {limit})',
  },
  'import/no_header': {
    zh: '未找到可识别的表头：应为长表模板（片区、指标代码、期间、目标、完成）、指标完成情况统计表（服务片区 …）或人员考勤表（姓名 … 人员/社保/工资）',
    en: 'No recognisable header: expected the long template (area, indicator, period, target, actual), an indicator table (服务片区 …) or an attendance annex (姓名 … 人员/社保/工资)',
  },
  'import/missing_column': {
    zh: '表头缺少必需的列：{value}',
    en: 'The header lacks a required column: {value}',
  },
  'import/unknown_station': { zh: '未知的社工站：{value}', en: 'Unknown station: {value}' },
  'import/no_contract': {
    zh: '{value} 年度尚无合同；请确认由文件创建合同，并给出起止日期（文件未写明时）',
    en: 'There is no contract for {value} yet: confirm creating it from the file, with its dates if the file does not state them',
  },
  'import/not_a_number': {
    zh: '第 {row} 行 {column} 列：「{value}」不是数字',
    en: 'Row {row}, column {column}: "{value}" is not a number',
  },
  'import/negative': {
    zh: '第 {row} 行 {column} 列：{value} 为负数',
    en: 'Row {row}, column {column}: {value} is negative',
  },
  'import/bad_rate': {
    zh: '第 {row} 行 {column} 列：「{value}」不是百分比',
    en: 'Row {row}, column {column}: "{value}" is not a percentage',
  },
  'import/unknown_indicator': {
    zh: '第 {row} 行 {column} 列：未知指标「{value}」，该列的数字未导入',
    en: 'Row {row}, column {column}: unknown indicator "{value}"; its numbers were not imported',
  },
  'import/unknown_area': {
    zh: '第 {row} 行 {column} 列：本站没有片区「{value}」',
    en: 'Row {row}, column {column}: the station has no service area "{value}"',
  },
  'import/bad_period': {
    zh: '第 {row} 行 {column} 列：期间「{value}」无效（应为 YYYY-MM、全年或 起始日~结束日）',
    en: 'Row {row}, column {column}: invalid period "{value}" (expected YYYY-MM, 全年/year, or start~end)',
  },
  'import/period_outside_contract': {
    zh: '第 {row} 行 {column} 列：期间 {value} 不在合同期 {start} 至 {end} 内',
    en: 'Row {row}, column {column}: the period {value} is outside the contract, {start} to {end}',
  },
  'import/future_period': {
    zh: '第 {row} 行 {column} 列：期间 {value} 尚未开始（今天是 {today}），不能填报',
    en: 'Row {row}, column {column}: the period {value} has not begun (today is {today}): it cannot be reported',
  },
  'import/duplicate': {
    zh: '第 {row} 行：与第 {other} 行重复（同一片区、指标和期间）',
    en: 'Row {row} repeats row {other} (same area, indicator and period)',
  },
  'import/target_conflict': {
    zh: '第 {row} 行 {column} 列：目标 {value} 与第 {other} 行的 {otherValue} 不同',
    en: 'Row {row}, column {column}: target {value} differs from {otherValue} in row {other}',
  },
  'import/subheader_mismatch': {
    zh: '第 {row} 行 {column} 列：子表头「{value}」与其下的数字（{expected}）不符，按列的位置导入',
    en: 'Row {row}, column {column}: the sub-header "{value}" does not match the numbers under it ({expected}); imported by position',
  },
  'import/bad_mark': {
    zh: '第 {row} 行 {column} 列：「{value}」不是 √ 或 ——',
    en: 'Row {row}, column {column}: "{value}" is neither √ nor ——',
  },
  'import/bad_month': {
    zh: '第 {row} 行 {column} 列：无法识别月份「{value}」',
    en: 'Row {row}, column {column}: cannot read the month "{value}"',
  },
  'import/bad_date': {
    zh: '第 {row} 行 {column} 列：无法识别日期「{value}」',
    en: 'Row {row}, column {column}: cannot read the date "{value}"',
  },
  'import/practice_start_unknown': {
    zh: '第 {row} 行：未写明从业起始时间，记为不详（不计入从业 2 年及以上人数）',
    en: 'Row {row}: no practice start given; kept as unknown (not counted among staff with 2 years’ practice)',
  },
  'import/overlapping_period': {
    zh: '第 {row} 行：期间 {value} 与已存的 {start} 至 {end} 的数字重叠，两者都会计入；请先删除其一',
    en: 'Row {row}: the period {value} overlaps figures stored for {start} to {end}; both would count. Remove one first',
  },
  'import/rejected': {
    zh: '文件有 {count} 个问题，未导入任何数据；请先修正',
    en: 'The file has {count} problems; nothing was imported. Fix them first',
  },
  'import/no_positions': {
    zh: '新合同需要协议岗位数：文件未写明投入社工人数，请给出',
    en: 'A new contract needs its contracted positions: the file does not count its social workers, give them',
  },
  'import/no_values': {
    zh: '文件中没有可导入的数字',
    en: 'The file holds no figures to import',
  },
  'entry/bad_code': {
    zh: '站点代码无效：{value}（应为 3–60 个小写字母、数字或连字符，如 haizhu-chigang）',
    en: 'Invalid station code: {value} (3–60 lower-case letters, digits or hyphens, e.g. haizhu-chigang)',
  },
  'entry/unknown_district': { zh: '未知的区：{value}', en: 'Unknown district: {value}' },
  'entry/required': { zh: '此项不能为空', en: 'This cannot be blank' },
  'entry/station_exists': { zh: '站点代码 {value} 已被使用', en: 'The station code {value} is taken' },
  'entry/duplicate_record': {
    zh: '同一天、同一来源、同一形式和金额的记录已存在：{value}',
    en: 'A record of the same day, source, form and amount exists: {value}',
  },
  'entry/not_positive': { zh: '应大于 0，收到 {value}', en: 'Must be more than 0, got {value}' },
  'entry/total_with_areas': {
    zh: '本站按片区填报此指标：请按片区填写（全站合计由片区相加）',
    en: 'This indicator is reported by area here: enter it per area (the station total is their sum)',
  },
  'auth/targets': {
    zh: '协议目标是合同条款，只有区民政局可以修改',
    en: 'Targets are contract terms: only the district bureau may change them',
  },
  'import/period_mismatch': {
    zh: '文件写明的数据统计时间 {value} 与 {year} 年度合同期 {start} 至 {end} 不符：是否选错了年度或文件？',
    en: 'The file states the data period {value}, not the {year} contract term {start} to {end}: wrong year or wrong file?',
  },
  'import/period_not_in_year': {
    zh: '文件写明的数据统计时间 {value} 不属于 {year} 服务年度（本站该年度尚无合同）：请选择 {startYear} 年度，或换用该年度的文件',
    en: 'The file states the data period {value}, which is not the {year} service year (this station has no contract for it yet): choose the year {startYear}, or a file of that year',
  },
  'import/other_station': {
    zh: '文件标题「{value}」写的是另一个站点（{other}），不是本站',
    en: 'The file title "{value}" names another station ({other}), not this one',
  },
  'import/total_with_areas': {
    zh: '第 {row} 行：本站已按片区存有此指标的数字，全站合计应由片区相加，不能单独导入',
    en: 'Row {row}: this indicator is stored by area here; the station total is their sum and cannot be imported on its own',
  },
  'entry/negative': { zh: '不能为负数，收到 {value}', en: 'Cannot be negative, got {value}' },
  'entry/not_a_number': { zh: '应为数字，收到 {value}', en: 'Must be a number, got {value}' },
  'entry/not_whole': { zh: '应为整数，收到 {value}', en: 'Must be a whole number, got {value}' },
  'entry/unknown_indicator': { zh: '未知指标代码：{value}', en: 'Unknown indicator code: {value}' },
  'entry/unknown_area': { zh: '本站没有片区 {value}', en: 'The station has no service area {value}' },
  'entry/unknown_staff': {
    zh: '本站没有名为 {value} 的人员',
    en: 'The station has no staff member named {value}',
  },
  'entry/too_large': {
    zh: '{value} 超出合理范围（最大 {max}）',
    en: '{value} is beyond any plausible figure (at most {max})',
  },
  'entry/too_long': {
    zh: '文字过长（{length} 字，最多 {max} 字）',
    en: 'The text is too long ({length} characters, at most {max})',
  },
  'entry/too_many': {
    zh: '一次最多 {max} 项，收到 {value} 项',
    en: 'At most {max} items at once, got {value}',
  },
  'entry/repeated_cell': {
    zh: '{value} 在本次提交中出现了两次，请只保留一个数字',
    en: '{value} is sent twice in this save: keep one figure',
  },
  'entry/not_in_grid': {
    zh: '{value} 不是本合同按月填报的项目',
    en: '{value} is not one of the figures this contract reports each month',
  },
  'period/not_ended': {
    zh: '{month} 还没有结束（今天是 {today}），月末之后才能提交',
    en: '{month} has not ended (today is {today}): it can be submitted once it has',
  },
  'period/no_contract': {
    zh: '{station} 没有覆盖 {month} 的合同',
    en: '{station} has no contract that reports {month}',
  },
  'entry/no_contract': {
    zh: '{value} 年度没有合同，请先导入或创建合同',
    en: 'There is no contract for {value}: import or create it first',
  },
  'entry/bad_month': {
    zh: '月份格式无效：{value}（应为 YYYY-MM）',
    en: 'Invalid month: {value} (expected YYYY-MM)',
  },
  'entry/period_outside_contract': {
    zh: '{value} 不在合同期 {start} 至 {end} 内',
    en: '{value} is outside the contract, {start} to {end}',
  },
  'entry/future_period': {
    zh: '{value} 尚未到来（今天是 {today}），不能填报',
    en: '{value} has not begun yet (today is {today}): it cannot be reported',
  },
  'entry/duplicate': {
    zh: '{value} 已有记录；如需更正，请选择“替换”（原记录会保留在历史中）',
    en: '{value} is already recorded; to correct it, choose "replace" (the old record is kept in the history)',
  },
  'entry/overlapping_period': {
    zh: '未保存：{value} 落在已存的 {start} 至 {end} 全年合计之内，再按月填报会重复计数',
    en: 'Not saved: {value} falls within the total stored for {start} to {end}; a month on top of it would count twice',
  },
  'quality/unknown_issue': {
    zh: '{station} 没有这个数据质量问题（{value}）：数字改动后，问题会以新的编号重新出现',
    en: '{station} has no such data-quality issue ({value}): when its figures change, an issue comes back under a new key',
  },
  'quality/explanation_required': {
    zh: '说明问题时请写明原因',
    en: 'Say why, to explain an issue',
  },
  'quality/bad_assignee': {
    zh: '不能指派给 {value}：该用户不存在，或不能处理本站的问题',
    en: 'Cannot assign to {value}: no such user, or one who cannot work on this station',
  },
  'period/locked': {
    zh: '未保存：{station} {month} 已由区民政局锁定，不能再修改；如需更正，请区民政局先解锁',
    en: 'Not saved: {month} of {station} is locked by the bureau; it must be unlocked before it can change',
  },
  'period/under_review': {
    zh: '未保存：{station} {month} 已提交（{stateZh}），督导退回后才能修改',
    en: 'Not saved: {month} of {station} has been submitted ({stateEn}); it can change once it is returned',
  },
  'period/bad_transition': {
    zh: '{station} {month} 当前为「{stateZh}」，不能{actionZh}',
    en: '{month} of {station} is {stateEn}: it cannot be {actionEn}',
  },
  'period/incomplete': {
    zh: '{month} 还有 {count} 项未填：{cells}。请填写数字，没有的填 0 或标记“无”',
    en: '{month} has {count} cells not filled: {cells}. Enter a number, or 0 / “none” where there was nothing',
  },
  'period/unexplained': {
    zh: '{month} 有 {count} 个数据质量问题：{issues}。请改正，或在提交说明中解释',
    en: '{month} has {count} data-quality issues: {issues}. Correct them, or explain them when submitting',
  },
  'period/comment_required': {
    zh: '退回 {month} 时请写明需要更正的内容',
    en: 'Say what needs correcting when returning {month}',
  },
  'period/reason_required': {
    zh: '解锁 {month} 须写明原因（会记入审计日志）',
    en: 'Give a reason to unlock {month} (it is kept in the audit trail)',
  },
  'period/bad_range': {
    zh: '月份范围 {from} 至 {to} 无效（格式 YYYY-MM，起始不晚于结束）',
    en: 'The months {from} to {to} are not a range (YYYY-MM, the first not after the last)',
  },
  'user/exists': { zh: '用户名 {username} 已被使用', en: 'The username {username} is already taken' },
  'user/unknown': { zh: '没有用户 {username}', en: 'There is no user {username}' },
  'auth/unauthenticated': { zh: '请先登录', en: 'Please log in' },
  'auth/bad_token': {
    zh: '登录已失效，请重新登录',
    en: 'Your session is no longer valid, please log in again',
  },
  'auth/bad_credentials': { zh: '用户名或密码错误', en: 'Wrong username or password' },
  'auth/forbidden': { zh: '没有权限执行此操作', en: 'You are not allowed to do this' },
  'auth/too_many_logins': {
    zh: '登录尝试过于频繁，请 {seconds} 秒后再试',
    en: 'Too many login attempts, try again in {seconds} s',
  },
  'request/rate_limited': {
    zh: '请求过于频繁，请 {seconds} 秒后再试',
    en: 'Too many requests, try again in {seconds} s',
  },
  'request/bad_json': { zh: '请求正文不是有效的 JSON', en: 'The request body is not valid JSON' },
  'request/headers_too_large': {
    zh: '请求头过大（上限 {limit}）',
    en: "The request's headers are too large (limit {limit})",
  },
  'request/timeout': {
    zh: '请求未能及时完整送达，请重试',
    en: 'The request did not arrive in time, please try again',
  },
  'request/too_deep': {
    zh: '请求的 JSON 嵌套超过 {limit} 层',
    en: "The request's JSON is nested deeper than {limit} levels",
  },
  'request/too_complex': {
    zh: '请求的 JSON 含有超过 {limit} 个值',
    en: "The request's JSON holds more than {limit} values",
  },
  'request/too_large': {
    zh: '请求正文过大（上限 {limit}）',
    en: 'The request body is too large (limit {limit})',
  },
  'request/bad_content_type': {
    zh: '请以 application/json 发送 GraphQL 请求',
    en: 'Send GraphQL requests as application/json',
  },
  'request/csrf': {
    zh: '请求被拦截：缺少防跨站请求伪造的请求头（请使用 application/json 或带上 apollo-require-preflight）',
    en: 'Request blocked as a possible cross-site request forgery: send application/json or an apollo-require-preflight header',
  },
  'request/batching': {
    zh: '不支持批量请求，请逐个发送',
    en: 'Batched requests are not supported; send one at a time',
  },
  'request/bad_request': { zh: '请求格式无效：{detail}', en: 'Bad request: {detail}' },
  'request/not_found': { zh: '未找到该地址', en: 'No such address' },
  'graphql/parse_failed': { zh: 'GraphQL 语法错误：{detail}', en: 'GraphQL syntax error: {detail}' },
  'graphql/validation_failed': { zh: 'GraphQL 查询无效：{detail}', en: 'Invalid GraphQL query: {detail}' },
  'input/bad_variable': { zh: '输入值无效：{detail}', en: 'Invalid input value: {detail}' },
  'input/required': { zh: '请填写此项', en: 'This field is required' },
  'limit/depth': {
    zh: '查询嵌套过深（上限 {limit} 层）',
    en: 'Query nested too deeply (limit {limit} levels)',
  },
  'limit/aliases': {
    zh: '查询别名过多（上限 {limit} 个）',
    en: 'Too many aliases in the query (limit {limit})',
  },
  'limit/tokens': { zh: '查询过长（上限 {limit} 个词元）', en: 'Query too long (limit {limit} tokens)' },
  'limit/directives': { zh: '查询指令过多（上限 {limit} 个）', en: 'Too many directives (limit {limit})' },
  'limit/cost': {
    zh: '查询过于复杂（估算 {cost}，上限 {limit}），请缩小范围或分页',
    en: 'Query too expensive (estimated {cost}, limit {limit}): narrow it or page through',
  },
  'server/timeout': {
    zh: '查询超时（上限 {seconds} 秒），请缩小范围',
    en: 'The query took too long (limit {seconds} s): narrow it',
  },
  'server/unavailable': { zh: '服务暂不可用，请稍后重试', en: 'Service unavailable, please try again later' },
  'server/internal': {
    zh: '服务器内部错误，请稍后重试',
    en: 'Internal server error, please try again later',
  },
} as const;

export type ErrorCode = keyof typeof messages;

/** HTTP status of a request that fails with this error (a bad input makes the whole request a 400). */
export const errorStatus: Partial<Record<ErrorCode, number>> = {
  'input/bad_date': 400,
  'input/bad_year': 400,
  'input/bad_limit': 400,
  'input/bad_variable': 400,
  'input/required': 400,
  'entry/negative': 400,
  'entry/station_exists': 400,
  'entry/duplicate_record': 400,
  'entry/not_positive': 400,
  'entry/total_with_areas': 400,
  'auth/targets': 403,
  'entry/bad_code': 400,
  'entry/unknown_district': 400,
  'entry/required': 400,
  'entry/not_a_number': 400,
  'entry/not_whole': 400,
  'entry/unknown_indicator': 400,
  'entry/unknown_area': 400,
  'entry/unknown_staff': 400,
  'entry/no_contract': 400,
  'entry/too_large': 400,
  'entry/too_long': 400,
  'entry/too_many': 400,
  'entry/repeated_cell': 400,
  'entry/not_in_grid': 400,
  'period/no_contract': 400,
  'period/not_ended': 400,
  'entry/bad_month': 400,
  'entry/period_outside_contract': 400,
  'entry/future_period': 400,
  'entry/duplicate': 400,
  'entry/overlapping_period': 400,
  'quality/unknown_issue': 400,
  'quality/explanation_required': 400,
  'quality/bad_assignee': 400,
  'period/locked': 409,
  'period/under_review': 409,
  'period/bad_transition': 409,
  'period/incomplete': 400,
  'period/unexplained': 400,
  'period/comment_required': 400,
  'period/reason_required': 400,
  'period/bad_range': 400,
  'import/unknown_station': 400,
  'import/no_contract': 400,
  'import/no_positions': 400,
  'import/too_large': 413,
  'import/bad_file_name': 400,
  'import/busy': 503,
  'import/rejected': 400,
  'user/exists': 400,
  'user/unknown': 404,
  'auth/unauthenticated': 401,
  'auth/bad_token': 401,
  'auth/too_many_logins': 429,
  'request/rate_limited': 429,
  'request/bad_json': 400,
  'request/headers_too_large': 431,
  'request/timeout': 408,
  'request/too_large': 413,
  'request/too_deep': 400,
  'request/too_complex': 400,
  'request/bad_content_type': 415,
  'request/csrf': 400,
  'request/batching': 400,
  'request/bad_request': 400,
  'request/not_found': 404,
  'graphql/parse_failed': 400,
  'graphql/validation_failed': 400,
  'limit/depth': 400,
  'limit/aliases': 400,
  'limit/tokens': 400,
  'limit/directives': 400,
  'limit/cost': 400,
  'server/unavailable': 503,
  'server/internal': 500,
};

export const errorMessages: Record<ErrorCode, { zh: string; en: string }> = messages;

export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && code in messages;
}

function fill(template: string, params: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => params[key] ?? '');
}

/** The code, both messages and what the error is about, as a JSON error body carries them. */
/** Codes that mean the input was wrong (Apollo's BAD_USER_INPUT), whatever the namespace. */
const userInput = /^(input|entry|import|period|quality)\//;

export function errorBody(code: ErrorCode, params: Record<string, string> = {}) {
  const { zh, en } = messages[code];
  const classification = userInput.test(code) ? { classification: 'BAD_USER_INPUT' } : {};
  return {
    message: fill(en, params),
    extensions: {
      code,
      messageZh: fill(zh, params),
      messageEn: fill(en, params),
      ...classification,
      ...params,
    },
  };
}

/**
 * A GraphQL error carrying its code, both messages and what it is about (field, value). Errors
 * in what the user sent also say `classification: 'BAD_USER_INPUT'`.
 */
export function appError(code: ErrorCode, params: Record<string, string> = {}): GraphQLError {
  const { message, extensions } = errorBody(code, params);
  const status = errorStatus[code];
  return new GraphQLError(message, { extensions: status ? { ...extensions, http: { status } } : extensions });
}
