"""Simplified Chinese templates for the message codes of ``messages.ENGLISH``, in the words Chinese offices use.

项目 (program), 任务 (task; 行动计划 and 子任务 for its two levels), 进展 (progress), 完成率 (percent complete),
责任单位 (lead organization), 指标 (indicator), 案例库 (the case library), 编号 (key).
Each template takes the same parameters as its English one (tests/unit/test_messages.py checks it).
"""

from __future__ import annotations

CHINESE: dict[str, str] = {
    # rules.py: values a user types
    "key.invalid": "{what}“{key}”须为 1 至 64 个字符，只含字母 A–Z、数字、“-”“_”或“.”，并以字母或数字开头",
    "title.empty": "标题不能为空",
    "title.invisible": "标题没有可见内容：只有空格或不可见字符",
    "title.too_long": "标题超过 {limit:,} 个字符",
    "percent.out_of_range": "完成率 {value:g} 不在 0 到 100 之间",
    "weight.negative": "权重 {value:g} 不能为负数",
    "weight.too_large": "权重 {value:g} 超过本软件允许的最大权重 {limit:,g}",
    "range.end_before_start": "结束日期（{end}）早于开始日期（{start}）",
    "task.too_deep": (
        "该任务将达到第 {depth} 级；任务最多 {limit} 级（行动计划、子任务及其下 {below} 级），以便每一级都能显示和打印"
    ),
    "task.under_itself": "不能把任务移到它自己下面",
    # the case library
    "case.read_only": "项目“{key}”是案例库中的案例，按其来源所述保存，不能在此修改（请改为以该案例新建本单位的项目）",
    # dates.py: a partial date as people write it
    "date.year_out_of_range": "年份 {year} 超出范围",
    "date.decade_form": "年代写作 2000s 这样的形式",
    "date.decade_qualifier": "年代的修饰词须为以下之一：{allowed}",
    "date.qualifier_without_decade": "只有年代才能用初期、中期、后期",
    "date.month_out_of_range": "月份 {month} 不在 1 到 12 之间",
    "date.day_without_month": "写日期须同时写月份",
    "date.no_such_day": "{year}-{month:02d} 没有第 {day} 日",
    "date.wrong_in": "“{text}”：{problem}",
    "date.empty": "日期为空",
    "date.ambiguous": "“{text}”有歧义：日和月可能颠倒；请写成 {year}-MM-DD",
    "date.unreadable": "“{text}”不是日期；请写年份（2015）、年月（2015-03）或日期（2015-03-01）",
    # enums.py: fixed vocabularies
    "status.unknown": "状态“{text}”不是以下之一：{allowed}",
    # excel/cells.py: what a cell holds
    "cell.not_a_date": "“{text}”不是日期",
    "cell.not_a_date_serial": "{serial:g} 不是 Excel 日期序号",
    "cell.number_not_a_date": "“{text}”不是日期（数字按 2015 这样的年份或 Excel 日期序号读取）",
    "list.more": "{first}、{rest}",
    "import.value_key": "{key} {period} {kind}",
    "money.krw": "韩元",
    "money.cny": "元",
    "money.usd": "美元",
    "money.krw_scaled": "{scale}韩元",
    "money.cny_scaled": "{scale}元",
    "money.usd_scaled": "{scale}美元",
    "money.scale_thousand": "千",
    "money.scale_10_thousand": "万",
    "money.scale_million": "百万",
    "money.scale_10_million": "千万",
    "money.scale_100_million": "亿",
    "import.as_of_stated": "完成率和金额按表格的统计日期 {date} 记录",
    "import.as_of_today": (
        "完成率和金额按今天（{date}）记录：表格未写明统计日期（如标题行中的“统计截至：2024年3月31日”）"
    ),
    "import.nul_dropped": "（文件第 {lines} 行中的 NUL 字节不属于文本，已舍弃。）",
    "cell.not_a_number": "{what}“{text}”不是数字",
    "cell.what_percent": "百分比",
    "cell.percent_out_of_range": "百分比“{text}”不在 0% 到 100% 之间",
    "cell.unknown_sector": "部门“{text}”不是以下之一：{allowed}",
    "cell.unknown_kind": "类型“{text}”不是以下之一：{allowed}",
    "cell.unknown_direction": "方向“{text}”不是以下之一：{allowed}",
    "cell.not_an_id": "记录编号“{text}”不是整数",
    "cell.text_too_long": "{length:,} 个字符的文本超过上限 {limit:,}",
    # importing/reading.py: a bad cell, and what its column accepts
    "cell.invalid": "{problem}（可接受：{accepts}）",
    "accepts.date": "年份（2015）、年月（2015-03）或日期（2015-03-01、2015.3.1、2015년 3월 1일、2015年3月1日）",
    "accepts.percent": "0% 到 100%，如 45% 或 0.45",
    "accepts.number": "数字，如 1234.5 或 1,234.5",
    # keys given by hand
    "program.key_taken": "项目编号“{key}”已被使用",
    "task.key_taken": "任务编号“{key}”已被使用",
    "indicator.key_taken": "指标编号“{key}”已被使用",
    # services/programs.py: programs, tasks, progress entries and indicators
    "program.unknown_sort": "不能按“{sort}”排序；请从以下选择：{allowed}",
    "program.unknown_fields": "未知的项目字段：{fields}",
    "program.not_found": "没有编号为“{key}”的项目",
    "program.id_not_found": "没有 ID 为 {id} 的项目",
    "program.not_in_trash": "项目“{key}”不在回收站中",
    "task.unknown_fields": "未知的任务字段：{fields}",
    "task.not_found": "任务 {id} 不存在",
    "task.not_in_trash": "任务 {id} 不在回收站中",
    "task.parent_in_other_program": "子任务必须与其行动计划属于同一项目",
    "task.move_to_other_program": "任务只能在本项目内移动",
    "progress.task_of_other_program": "该任务属于另一个项目",
    "progress.not_found": "进展记录 {id} 不存在",
    "progress.not_in_trash": "进展记录 {id} 不在回收站中",
    "indicator.unknown_fields": "未知的指标字段：{fields}",
    "indicator.not_found": "指标 {id} 不存在",
    "indicator.not_in_trash": "指标 {id} 不在回收站中",
    "indicator_value.not_found": "指标值 {id} 不存在",
    "place.not_found": "地区 {id} 不存在",
    "organization.not_found": "单位 {id} 不存在",
    "organization.name_empty": "单位名称不能为空",
    "case.not_a_case": "“{key}”不是案例库中的项目",
    # services/programs.py: an edit based on what somebody else has changed since
    "program.changed_by_other": "项目“{key}”在您打开后已被他人修改。您的修改未保存；请重新加载查看对方的修改。",
    "program.changed_by_other_since": (
        "项目“{key}”在您打开后已被他人修改。{last}您的修改未保存；请重新加载查看对方的修改。"
    ),
    "task.changed_by_other": "任务“{title}”在您打开后已被他人修改。您的修改未保存；请重新加载查看对方的修改。",
    "task.changed_by_other_since": (
        "任务“{title}”在您打开后已被他人修改。{last}您的修改未保存；请重新加载查看对方的修改。"
    ),
    "indicator.changed_by_other": "指标“{name}”已被他人修改；请重新加载后再试",
    "change.last_by": "{actor} 于 {at} 修改了它（{changes}）。",
    "change.last_by_someone": "有人于 {at} 修改了它（{changes}）。",
    # the import: a row that cannot be planned
    "import.listed_twice": "“{value}”出现了两次（第 {row} 行也有）；每一行必须各不相同",
    "import.needs_program_key": "新行须填写项目编号",
    "import.no_program": "没有编号为“{key}”的项目（软件中和项目工作表中都没有）",
    "import.no_program_titled": "没有编号为“{text}”的项目；请填写项目编号（与项目工作表一致，例如 {example}）",
    "import.programs_titled": "有 {count} 个项目的标题为“{title}”（{keys}）；请填写项目编号（与项目工作表一致）",
    "import.no_task": "没有编号为“{key}”的任务",
    "import.task_of_other_program": "任务“{key}”属于项目“{owner}”，而不是“{given}”",
    # the import: the Programs sheet
    "import.unknown_place": (
        "地区“{place}”不是软件已知的地区；请在导入预览的“地区”标签页中选择其归属，或先在“工具 > 地区”中添加"
    ),
    "import.chosen_place_unknown": (
        "没有地区“{place}”可用来读取或放置“{name}”；请先在“工具 > 地区”中添加（或：civic-tracker places add）"
    ),
    "import.programs_share_title": "有 {count} 个项目的标题为“{title}”（{keys}）；请添加编号列以指明是哪一个",
    "import.program_in_trash": "项目“{key}”在回收站中；请先在软件中恢复",
    "import.program_needs_title": "新项目须填写标题",
    # the import: the Tasks sheet
    "import.task_in_trash": "任务“{key}”在回收站中；请先在软件中恢复",
    "import.task_cannot_change_program": "任务“{key}”属于项目“{program}”；不能通过导入把任务移到其他项目",
    "import.task_cannot_move": "任务“{key}”位于“{parent}”之下；请在软件中移动任务",
    "import.top_task_cannot_move": "任务“{key}”是顶级任务；请在软件中移动任务",
    "import.task_needs_title": "新任务须填写标题",
    "import.tasks_share_title": (
        "项目“{program}”中有 {count} 个任务的标题为“{title}”（{keys}）；请填写任务编号列以指明是哪一个"
    ),
    # the import: the Progress sheet
    "import.no_progress_entry": "没有进展记录 {id}；要新增记录，请将记录编号留空",
    "import.progress_in_trash": "进展记录 {id} 在回收站中；请先在软件中恢复",
    "import.entry_cannot_change_program": "记录 {id} 属于项目“{program}”；不能通过导入移到其他项目",
    "import.progress_needs_date": "新进展记录须填写日期",
    "import.progress_needs_title": "新进展记录须填写标题",
    # the import: the Indicators sheet
    "import.indicator_in_trash": "指标“{key}”在回收站中",
    "import.indicators_share_name": (
        "项目“{program}”中有 {count} 个指标名为“{name}”（{keys}）；请填写指标编号列以指明是哪一个"
    ),
    "import.indicator_of_other_program": "指标“{key}”属于项目“{program}”",
    "import.indicator_name_differs": (
        "指标“{key}”在工作表“{sheet}”第 {row} 行名为“{first}”，此处却为“{here}”；同一指标的每一行须填写一致"
    ),
    "import.indicator_unit_differs": (
        "指标“{key}”在工作表“{sheet}”第 {row} 行单位为“{first}”，此处却为“{here}”；同一指标的每一行须填写一致"
    ),
    "import.indicator_needs_name": "新指标须在指标列填写名称",
    "import.value_needs_period": "指标值须填写期间（如年份 2015 或 2015-03）",
    "import.value_needs_value": "新指标值须填写数值",
    # the import: a change made in the app since the export
    "import.someone": "某人",
    "import.conflict": (
        "本工作簿导出后，{actor} 于 {at} 将{column}改为“{current}”（导出时为“{exported}”），"
        "而本行也修改了它；请重新导出工作簿，或在软件中修改"
    ),
    "import.unstamped_one": (
        "{count:,} 条修改过的行没有导出时间（如同手工制作的表）：将按所写的值导入，即使同事在此期间已作修改也会被覆盖"
    ),
    "import.unstamped": (
        "{count:,} 条修改过的行没有导出时间（如同手工制作的表）：将按所写的值导入，即使同事在此期间已作修改也会被覆盖"
    ),
    "import.status_sentences_one": (
        "{column} 列有 {count:,} 个单元格是文字说明而不是状态用语：已按原文加入项目的描述，"
        "项目状态保持不变（新项目为计划中）"
    ),
    "import.status_sentences": (
        "{column} 列有 {count:,} 个单元格是文字说明而不是状态用语：已按原文加入各项目的描述，"
        "项目状态保持不变（新项目为计划中）"
    ),
    # the import: a cell of a column the app works out itself (layout.Column.instead), typed over
    "import.not_read": "未导入“{value}”：{why}",
    "import.notices_one": "有 {count:,} 个单元格未导入，因为其所在列由软件计算（见提示）",
    "import.notices": "有 {count:,} 个单元格未导入，因为其所在列由软件计算（见提示）",
    # the import as a whole
    "import.no_such_sheet": "{file}：没有名为“{sheet}”的工作表（现有：{sheets}）",
    "import.nothing_to_import": "{file}：工作簿中没有可导入的数据（为空）",
    "import.no_header_row": "{file}：工作表“{sheet}”：未找到表头行；无法匹配必需的列 {columns}",
    "import.columns_unmatched": (
        "{file}：工作表“{sheet}”（表头第 {row} 行）：无法匹配必需的列 {columns}；找到的列：{found}"
    ),
    "import.columns_unmatched_none_found": (
        "{file}：工作表“{sheet}”（表头第 {row} 行）：无法匹配必需的列 {columns}；未找到任何列"
    ),
    "import.unmatched_as_programs": (
        "{problem}。这是项目列表所需的列；若要导入任务、进展或指标，请将工作表命名为 Tasks、Progress 或 "
        "Indicators，并添加 {column}（{aliases}）列"
    ),
    "import.cancelled": "已取消导入；未写入任何内容",
    "import.entries_written_meanwhile": "导入期间另一程序写入了进展记录；未导入任何内容",
    "import.refused": "{first}；未导入任何内容",
    "import.refused_one_more": "{first}（另有 1 个错误）；未导入任何内容",
    "import.refused_more": "{first}（另有 {more:,} 个错误）；未导入任何内容",
    "import.refused_unread": "没有可读取的工作表；未导入任何内容",
    "import.summary": "新建 {created:,} 条，更新 {updated:,} 条，未变 {unchanged:,} 条，{errors}",
    "import.one_error": "{count:,} 个错误",
    "import.errors": "{count:,} 个错误",
    "import.summary_one_missing": "{summary}；{missing:,} 条已存储的行不在文件中（保持不变）",
    "import.summary_missing": "{summary}；{missing:,} 条已存储的行不在文件中（保持不变）",
    "place.name_empty": "地区必须有名称",
    "place.unknown_parent": "没有可归属的地区“{parent}”；请查看：civic-tracker places list",
    "place.parent_ambiguous": "名为“{parent}”的地区不止一个（{keys}）；请写出所指地区的编号",
    "place.level_unknown": (
        "无法判断“{name}”是哪一级地区；请给出 --level（country、province、city、district 或 neighbourhood）"
    ),
    "place.exists": "该处已有地区“{name}”",
    "place.unknown": "没有地区“{place}”；请查看：civic-tracker places list",
    "place.seeded": "“{name}”是案例库的地区，按其来源所述保存，不能改名、移动、合并或删除（请改为添加本单位的地区）",
    "place.under_itself": "“{name}”不能放到自身或其下属地区（“{parent}”）之下",
    "place.level_mismatch": "{level}不能位于{parent_level}（“{parent}”）之内；地区只能位于更大的地区之内",
    "place.merge_into_itself": "“{name}”不能合并到自身或其下属地区（“{into}”）",
    "place.in_use": "无法删除“{name}”：其中有 {programs} 个项目、{organizations} 个单位和 {places} 个地区",
    "import.new_place": "{name}（{parent}下的{level}）",
    "place_level.country": "国家",
    "place_level.province": "省",
    "place_level.city": "市",
    "place_level.district": "区",
    "place_level.neighbourhood": "街道",
    "status.unknown_local": "状态“{text}”不是软件认识的状态用语；可用：{allowed}",
    "status.accepted": "计划中（计划、未启动）、进行中（正常推进、推进中、滞后）、暂停（搁置）、已完成（完成）、已取消",
    "status.accepted_korean": (
        "计划中（计划、未启动）、进行中（正常推进、推进中、滞后）、暂停（搁置）、已完成（完成）、已取消"
    ),
    "status.accepted_chinese": (
        "计划中（计划、未启动）、进行中（正常推进、推进中、滞后）、暂停（搁置）、已完成（完成）、已取消"
    ),
    "import.skipped_total": "合计行",
    "import.skipped_note": "备注或脚注",
    "import.skipped_section": "横跨表格的单格行（分节标题或备注）",
    "import.skipped_header": "重复的表头行或第二行表头",
    "import.skipped_blank": "空行",
    "import.skipped_chosen": "按您的选择跳过的行",
    "import.reading_note_line": "备注中的一行（照录）",
    "import.reading_contact": "负责人（记入备注）",
    "import.reading_row_numbers": "行号",
    "import.column_part": "{header}（{part}）",
    "import.reading_period": "开始和结束日期（一格中的期限：2024.1~2024.12）",
    "import.reading_sub_place": "本行地区内的地点（区内的街道）",
    "import.budget_rate_differs": "执行率 {rate}% 与预算 {budget} 中的执行金额 {spent}（{worked_out}%）不符："
    "请更正执行率、执行金额或预算",
    "import.budget_unit_differs": "该项目的指标'{name}'单位为 {stored}；本表为 {unit}，"
    "无法换算：请按 {stored} 填写金额",
    "import.budget_negative": "预算金额不能为负数：'{value}'",
    "import.budget_no_currency": "无币种（表头、地点和表格语言均未说明币种）",
    "import.budget_read": "预算列 {columns} 读作各项目的指标'{indicator}'（预算为计划值，执行金额为实际值），"
    "单位 {unit}，日期 {as_of}",
    "import.budget_rate_fractions": "0.6 即 60%",
    "import.budget_rate_whole": "60 即 60%",
    "import.budget_rate_checked": "{reading}；执行率（{rule}）与执行金额 / 预算核对，执行金额为空时据此计算",
    "import.budget_rate_gives_spent": "{reading}；执行金额按预算 x 执行率（{rule}）计算",
    "import.budget_rate_gives_budget": "{reading}；预算按执行金额 / 执行率（{rule}）计算",
    "cli.import.budget": "    {reading}",
    "workbook.header.budget": "预算",
    "workbook.header.spent": "执行金额",
    "workbook.header.execution_rate": "执行率",
    # text fields: a character that is not valid text
    "text.broken_character": (
        "{field}第{position}个字符（'{text}'）不是有效文字，请重新输入（从其他编码的文件复制的文字可能带有这种字符）"
    ),
    "text.broken_character_given": (
        "文字“{text}”第{position}个字符不是有效文字，请重新输入（从其他编码的文件复制的文字可能带有这种字符）"
    ),
    # services/database.py: reading the database URL
    "database.url_unreadable": (
        "无法识别数据库地址 {url}。文件请写 sqlite:////路径/文件.sqlite3，服务器请写 postgresql://用户@主机:端口/数据库"
    ),
    "database.url_backend": (
        "Civic Tracker 只能打开 SQLite 文件和 PostgreSQL 服务器，不能打开 {backend}（{url}）。"
        "请使用 sqlite:////路径/文件.sqlite3 或 postgresql://用户@主机:端口/数据库"
    ),
    "database.driver_missing": (
        "数据库地址 {url} 要求使用未安装的驱动 {driver}。请写 postgresql+psycopg:// 以使用 Civic Tracker 自带的驱动"
    ),
    # services/database.py: starting on a shared server
    "server.tables_not_allowed": (
        "{database} 尚无数据表，且角色 {role} 无权创建。请管理员以数据库所有者身份运行“civic-tracker db upgrade”。"
    ),
    "server.upgrade_not_allowed": (
        "{database} 的结构版本为 {current}，本版本需要 {head}，但角色 {role} 无权升级。"
        "请管理员以数据库所有者身份运行“civic-tracker db upgrade”。"
    ),
    "server.upgrade_lock_wait": (
        "正在等待另一会话完成 {database} 的升级：{holder} 持有升级锁（最多等待 {seconds} 秒）。"
    ),
    "server.upgrade_lock_timeout": (
        "为升级 {database} 等待 {seconds} 秒后放弃：{holder} 持有升级锁。未做任何更改。"
        "请在该会话结束后重试，或请管理员结束该会话。"
    ),
    "server.lock_holder": "{user}，通过 {application} 从 {address} 连接，自 {since} 起（服务器进程 {pid}）",
    "server.lock_holder_local": "{user}，在服务器本机通过 {application} 连接，自 {since} 起（服务器进程 {pid}）",
    "server.lock_holder_hidden": (
        "{user}，通过 {application} 连接（服务器进程 {pid}；从何处、自何时连接，只有具备 pg_read_all_stats 的角色可见）"
    ),
    "server.lock_holder_gone": "一个已结束的会话",
    "server.unnamed_program": "一个未命名的程序",
    "server.unknown_role": "未知角色",
    # services/backups.py and store/backup.py: a backup counts only once its copy is checked
    "backup.no_schema": "其中没有 Civic Tracker 的数据结构（没有结构版本）",
    "backup.check_failed": "副本未通过 SQLite 完整性检查（{detail}）",
    "backup.schema_differs": "副本的数据表与数据库不同（{tables}）",
    "backup.rows_differ": "数据表 {table} 在副本中有 {copied} 行，在数据库中有 {source} 行",
    "backup.damaged": (
        "{database} 的备份未保留：{problem}，因此数据库本身可能已损坏。没有留下文件，较早的备份均保留。"
        "请关闭 Civic Tracker 并重新启动：届时将检查整个文件，并提示恢复最新的已检查备份"
    ),
    "backup.not_verified": "{database} 的备份未保留：{problem}。没有留下文件",
    "backup.second_copy_failed": "备份 {backup} 已写入并检查，但复制到第二备份文件夹 {folder} 失败：{problem}",
    "backup.second_is_primary": "它就是备份文件夹本身；请选择另一磁盘上的文件夹",
    # where an import problem is: file, sheet, row, column
    "issue.in_cell": "{file}，工作表“{sheet}”，第 {row} 行，{column} 列：{problem}",
    "issue.in_row": "{file}，工作表“{sheet}”，第 {row} 行：{problem}",
    "issue.in_column": "{file}，工作表“{sheet}”，{column} 列：{problem}",
    "issue.in_sheet": "{file}，工作表“{sheet}”：{problem}",
    # excel/layout.py, excel/writer.py, services/workbook_export.py: the meeting workbook in Chinese
    "workbook.sheet.summary": "摘要",
    "workbook.sheet.programs": "项目",
    "workbook.sheet.tasks": "任务",
    "workbook.sheet.progress": "进展",
    "workbook.sheet.indicators": "指标",
    "workbook.sheet.sources": "来源",
    "workbook.sheet.charts": "图表",
    "workbook.sheet.how_to": "编辑说明",
    "workbook.sheet.history": "修改记录",
    "workbook.sheet.errors": "错误",
    "workbook.errors.sheet": "工作表",
    "workbook.errors.row": "行",
    "workbook.errors.column": "列",
    "workbook.errors.value": "值",
    "workbook.errors.problem": "问题",
    "workbook.errors.write_failed": "无法写入 {file}：{problem}",
    "export.wrote": "已写入 {path}：{counts}",
    "export.count.program_one": "项目 {count} 个",
    "export.count.programs": "项目 {count} 个",
    "count.task_one": "任务 {count} 项",
    "count.tasks": "任务 {count} 项",
    "count.progress_one": "进展记录 {count} 条",
    "count.progress": "进展记录 {count} 条",
    "export.count.value_one": "{count} 个数值",
    "export.count.values": "{count} 个数值",
    "count.indicator_one": "{count} 个指标",
    "count.indicators": "{count} 个指标",
    "export.count.values_of": "{indicators}的 {values}",
    "export.count.without_values_one": "“指标”工作表 {rows} 行：{count} 个指标尚无数值",
    "export.count.without_values": "“指标”工作表 {rows} 行：{count} 个指标尚无数值",
    "export.count.with_note": "{counts}（{note}）",
    "export.count.source_one": "来源 {count} 条",
    "export.count.sources": "来源 {count} 条",
    "export.count.chart_one": "图表 {count} 个",
    "export.count.charts": "图表 {count} 个",
    "export.count.change_one": "变更记录 {count} 条",
    "export.count.changes": "变更记录 {count} 条",
    "export.file.place": "{place}项目",
    "export.file.cases": "案例库",
    "export.file.program": "{key} 项目",
    "export.file.all": "全部项目",
    "cli.filter.bad_since": "--since：{problem}",
    "workbook.header.key": "编号",
    "workbook.header.program_title": "项目名称",
    "workbook.header.local_title": "本地名称",
    "workbook.header.place": "地区",
    "workbook.header.lead_organization": "责任单位",
    "workbook.header.status": "状态",
    "workbook.header.start": "开始日期",
    "workbook.header.end": "结束日期",
    "workbook.header.percent": "完成率",
    "workbook.header.sector": "领域",
    "workbook.header.themes": "主题",
    "workbook.header.summary": "摘要",
    "workbook.header.description": "描述",
    "workbook.header.last_progress": "最近进展",
    "workbook.header.case_library": "案例库",
    "workbook.header.exported": "导出时间 (UTC)",
    "workbook.header.program_key": "项目编号",
    "workbook.header.task_key": "任务编号",
    "workbook.header.task_title": "任务名称",
    "workbook.header.owner": "负责人",
    "workbook.header.due": "完成时限",
    "workbook.header.parent_key": "上级任务编号",
    "workbook.header.weight": "权重",
    "workbook.header.entry_id": "记录编号",
    "workbook.header.date": "日期",
    "workbook.header.progress_title": "事项",
    "workbook.header.note": "备注",
    "workbook.header.author": "记录人",
    "workbook.header.indicator_key": "指标编号",
    "workbook.header.indicator": "指标名称",
    "workbook.header.unit": "单位",
    "workbook.header.period": "期间",
    "workbook.header.value": "数值",
    "workbook.header.kind": "类型",
    "workbook.header.source": "来源",
    "workbook.header.source_author": "作者",
    "workbook.header.year": "年份",
    "workbook.header.source_title": "标题",
    "workbook.header.publication": "出版物",
    "workbook.header.url": "网址",
    "workbook.header.accessed": "访问日期",
    "workbook.header.when": "时间 (UTC)",
    "workbook.header.who": "修改人",
    "workbook.header.action": "操作",
    "workbook.header.what": "对象",
    "workbook.header.field": "字段",
    "workbook.header.old_value": "原值",
    "workbook.header.new_value": "新值",
    "workbook.header.import": "导入",
    "workbook.note.program_key": "项目的编号。请勿修改；新行留空。",
    "workbook.note.place": "应用中的地区名称（例如 盐田区 或 Yantian）。",
    "workbook.note.organization": "应用中已有的单位名称。",
    "workbook.note.rolled_up": "由任务计算得出；请修改任务。",
    "workbook.note.themes": "用逗号分隔。",
    "workbook.note.last_progress": "最近一条进展的日期。",
    "workbook.note.task_program": "任务所属的项目；新行须填写。",
    "workbook.note.task_key": "任务的编号。新行留空。",
    "workbook.note.parent_key": "子任务所属的行动计划；仅在新行中读取。",
    "workbook.note.entry_id": "记录的编号。新行留空。",
    "workbook.note.fill_in_new": "新行须填写。",
    "workbook.note.task_optional": "可选；仅在新行中读取。",
    "workbook.note.indicator_key": "指标的编号；留空则按指标名称新增指标。",
    "workbook.note.indicator": "指标的名称（同一指标的各行须相同）。",
    "workbook.note.period": "年份（2015）、月份（2015-03）或日期。与类型一起确定数值。",
    "workbook.note.sources": "来源编号（见“来源”工作表）。",
    "workbook.instead.percent": (
        "此列由软件根据项目的任务计算（没有任务时根据已记录的进展）；如需修改，请记录进展（在“进展”工作表中添加一行，"
        "或在软件中记录进展），或在“任务”工作表中修改项目的任务"
    ),
    "workbook.instead.last_progress": (
        "此列由软件根据项目各条进展的日期计算；如需修改，请在“进展”工作表（或软件中项目的进展记录）中添加或更正进展"
    ),
    "workbook.instead.case_library": (
        "此列由软件维护：案例库的项目按其来源所述保存，本单位的项目不能成为案例（请改为以案例新建本单位的项目）"
    ),
    "workbook.instead.sources": "此列由软件维护：数值引用的来源随案例库提供，不从工作簿读取（见“来源”工作表）",
    "workbook.note.stamp": (
        "该行导出的时间。导入时据此保留同事之后所做的修改：请保持原样（排序和复制时会随行移动）；新行留空。"
    ),
    "workbook.accepts.date": "年份、月份（2015-03）或日期。",
    "workbook.accepts.percent": "0% 至 100%。",
    "workbook.accepts.list": "{names}。",
    "workbook.accepts.number": "数字；可写作 1,234.5。",
    "workbook.accepts.text": "文本。",
    "workbook.accepts.text_required": "文本。新行必填。",
    "workbook.kind.actual": "实际",
    "workbook.kind.target": "目标",
    "workbook.kind.plan": "计划",
    "direction.higher": "越高越好",
    "direction.lower": "越低越好",
    "workbook.sector.public": "公共",
    "workbook.sector.private": "私营",
    "workbook.sector.civil_society": "社会组织",
    "workbook.yes": "是",
    "workbook.no": "否",
    "workbook.list.separator": "、",
    "workbook.title.programs": "项目：{filter}",
    "workbook.title.cases": "案例库：{filter}",
    "workbook.filter.all": "全部项目",
    "workbook.filter.place": "地区 {place}",
    "workbook.filter.programs": "项目 {keys}",
    "workbook.filter.status": "状态 {statuses}",
    "workbook.filter.cases": "仅案例库",
    "workbook.filter.own": "仅本单位项目",
    "workbook.filter.since": "{date} 以来的进展",
    "workbook.filter.separator": "；",
    "workbook.summary.made": "生成时间",
    "workbook.summary.stamp_note": "（导入时据此保留同事之后所做的修改）",
    "workbook.summary.filter": "筛选条件",
    "workbook.summary.progress_entries": "进展记录",
    "workbook.summary.indicator_values": "指标值",
    "workbook.summary.by_status": "按状态统计项目",
    "workbook.summary.no_status": "无状态",
    "workbook.summary.overdue": "逾期任务（{count}）",
    "workbook.summary.task": "任务",
    "workbook.summary.none": "无",
    "workbook.summary.since": "{date} 以来的进展",
    "workbook.summary.latest": "最近进展",
    "workbook.summary.what_happened": "事项",
    "workbook.chart.only_first": "仅为前 {count} 个指标绘制了图表；全部指标见“指标”工作表。",
    "workbook.chart.none": "尚无有两个及以上数值、可绘制图表的指标。",
    "workbook.chart.actual": "实际",
    "workbook.chart.target": "目标",
    "workbook.chart.lower_is_better": "{name}（越低越好）",
    "workbook.footer": "&A，第 &P 页，共 &N 页",
    "workbook.status_list.error": (
        "列表提供：{statuses}。英文、韩文和中文的状态名称（active、진행중、보류、进行中、暂停……）也可接受："
        "若属其中之一，可保留。"
    ),
    "workbook.how_to.title": "如何编辑本工作簿并导入回应用",
    "workbook.how_to.columns": (
        "请编辑蓝色表头的列。灰色表头的列（编号、计算得出的值和导出时间）为往返导入而保留，在已有行中被锁定"
        "（如确有必要：审阅 > 撤消工作表保护，无密码）。"
    ),
    "workbook.how_to.new_rows": (
        "在工作表底部添加一行即可新建项目、任务、进展记录或指标值：将编号或{entry_id}留空。再次导入同一文件时，"
        "这些行会被识别而不会重复添加：项目按名称，任务按项目、名称和上级任务，指标按项目和名称，进展记录按项目、"
        "任务、日期和事项。"
    ),
    "workbook.how_to.deleting": "删除一行不会删除任何内容：导入会将其列为缺失并保持不变。",
    "workbook.how_to.empty": "已有行中的空单元格保留已存储的值。要清除某个值，请在应用中修改。",
    "workbook.how_to.colleagues": (
        "导出之后同事可能会修改内容。您未改动的单元格保留同事较新的值；您改动而同事也改动过的单元格会报告为冲突，"
        "且不会导入任何内容。每行右侧的“{stamp}”列用于区分两者，行被排序或复制到其他工作簿时同样有效：请保持原样。"
    ),
    "workbook.how_to.dates": (
        "日期保留其精度：年份输入 2015，月份输入 2015-03，日期输入 2015-03-01。显示为 yyyy-mm 的日期单元格按该月读取。"
    ),
    "workbook.how_to.values": (
        "完成率单元格可填 45% 或 0.45；状态单元格提供列表（{statuses}；其他语言的状态名称也能识别）。"
    ),
    "workbook.how_to.bring_back": (
        "用 文件 > 导入工作簿... 将文件导入回来（或先运行 civic-tracker import FILE --dry-run）。保存之前会列出"
        "每项修改，编辑 > 撤销上次导入 可将其撤回。"
    ),
    "workbook.how_to.not_read": "{sheets}工作表和本工作表不会被读回。",
    "workbook.how_to.hidden": "没有内容的工作表已隐藏，因此不会打印：如需添加行，请右键单击工作表标签 > 取消隐藏。",
    "workbook.how_to.sheet": "工作表",
    "workbook.how_to.column": "列",
    "workbook.how_to.editable": "可编辑",
    "workbook.how_to.takes": "可填写的内容",
    # enums.py: the names of the statuses
    "status.planned": "计划中",
    "status.active": "进行中",
    "status.on_hold": "暂停",
    "status.completed": "已完成",
    "status.cancelled": "已取消",
    # the kinds of record an import creates or changes
    "record.program": "项目",
    "record.task": "任务",
    "record.progress": "进展记录",
    "record.indicator": "指标",
    "record.indicator_value": "指标值",
    # the command line's own lines
    "cli.warning": "警告：{text}",
    "cli.show.place": "地区",
    "cli.show.lead": "责任单位",
    "cli.show.status": "状态",
    "cli.show.start": "开始",
    "cli.show.end": "结束",
    "cli.show.themes": "主题",
    "cli.show.percent": "完成率",
    "cli.show.tasks": "任务：",
    "cli.show.indicators": "指标：",
    "cli.show.progress": "进展：",
    "cli.show.sources": "来源：",
    "cli.list.case": "案例",
    "cli.list.own": "本单位",
    "cli.seeded": "{cases} 个案例：新建 {created}，更新 {updated}，未变 {unchanged}",
    "cli.history.older": "……另有 {count} 条较早的修改未显示（使用 --limit）",
    "cli.trash.empty": "回收站是空的",
    "backup.reason.daily": "每日",
    "backup.reason.manual": "手动",
    "backup.reason.before_import": "导入前",
    "backup.reason.before_restore": "恢复前",
    "backup.reason.before_empty_trash": "清空回收站前",
    "backup.reason.before_upgrade": "升级前",
    "cli.trash.with": "（连同{contents}）",
    "trash.contents.join": "{first}、{rest}",
    "cli.trash.restored": "已恢复{kind} {key}",
    "cli.trash.confirm": "这将永久删除 {count} 项；请加 --yes 再次运行",
    "cli.trash.emptied": (
        "已永久删除：项目 {programs} 个，任务 {tasks} 个，进展记录 {progress} 条，指标 {indicators} 个"
    ),
    "cli.db.at_head": "{database} 已是最新的数据结构",
    "cli.db.upgraded": "{database} 已从 {revision} 升级到最新的数据结构",
    "cli.db.created": "{database} 已从空库升级到最新的数据结构",
    "cli.db.backup_first": "已先写入备份：{path}",
    "cli.db.revision": "{current}（最新 {head}；{state}）",
    "cli.db.empty": "空",
    "cli.db.at_head_state": "已是最新",
    "cli.db.newer_state": "比本软件更新",
    "cli.db.behind_state": "需要升级",
    "cli.db.second_copy": "第二备份文件夹中的副本：{path}",
    "cli.db.folder_or_off": "请给出 FOLDER 或 --off，不能同时给出",
    "cli.db.no_second_folder": "没有第二备份文件夹：备份只保存在数据库旁边",
    "cli.db.second_folder_env": "{path}（由 {variable} 设置，优先于已保存的设置）",
    "cli.db.sqlite_only": "只为 SQLite 文件保存备份；服务器数据库请用 pg_dump 备份",
    "cli.db.no_backups": "{path} 还没有备份",
    "cli.db.checked": "已检查",
    "cli.db.not_checked": "未检查",
    "cli.db.restored": "已从 {backup} 恢复 {path}",
    "cli.db.restore_safety": "恢复前的状态已保存为 {path}",
    "cli.db.restore_damaged": "损坏的文件原样保留为 {path}",
    "cli.db.restore_upgraded": "备份已从结构版本 {revision} 升级到最新",
    "cli.import.nothing_to_save": "--save-mapping 保存本单位自己表格的读取方式；此文件中没有这样的表格",
    "cli.import.mapping_saved": "工作表“{sheet}”的读取方式已保存为“{name}”：下个月的表格请用 --mapping {name} 导入",
    "cli.import.needs_file": "import 需要 FILE（或 --undo-last）",
    "cli.import.place_form": "{option} 的写法是 NAME=PLACE（如 盐田区=Shenzhen），而不是“{value}”",
    "cli.import.places_as": "    读作软件已知地区的地区：{names}",
    "cli.import.unknown_places": "    软件未知的地区（请用 --place-in 或 --place-is 指明归属）：{names}",
    "cli.import.sheet": (
        "  工作表“{sheet}”按 {reads_as} 读取（表头第 {row} 行）：新建 {created:,}，更新 {updated:,}，"
        "未变 {unchanged:,}，有错误 {errors:,}"
    ),
    "cli.tasks.due_within": "--due-within 须为天数，0 或以上",
    "cli.tasks.overdue": "已逾期",
    "cli.people.open_task_one": "未完成任务 {count:,} 项",
    "cli.people.open_tasks": "未完成任务 {count:,} 项",
    "cli.people.anonymised": "已匿名化：任务、进展和历史中现显示为“{name}”",
    "person.not_found": "没有叫这个名字的人：“{name}”（civic-tracker people list 可列出所有人）",
    "person.already_anonymised": "{name} 已经匿名化",
    "organization.not_named": "没有编号或名称为“{text}”的单位",
    "cli.places.none": "还没有地区；添加请用：civic-tracker places add 名称",
    "cli.places.added": "已添加{level} {key}：{path}",
    "cli.places.renamed": "已为 {key} 改名：{path}",
    "cli.places.local_set": "{key}（{path}）的本地名称为“{name}”",
    "cli.places.local_cleared": "已清除 {key}（{path}）的本地名称",
    "cli.places.moved": "已移动 {key}：{path}",
    "cli.places.merged": (
        "已将“{name}”合并到 {key}（{path}）：移动了 {programs} 个项目、{organizations} 个单位和 {places} 个地区"
    ),
    "cli.import.percent_fractions": "    百分比按列识别：0.6 即 60%",
    "cli.import.percent_whole": "    百分比按列识别：60 即 60%，1 即 1%",
    "cli.import.new_places": "    本单位的新地区：{names}",
    "cli.import.new_organizations": "    本单位的新单位：{names}",
    "cli.import.row_numbers": "    列“{column}”识别为行号，而不是编号",
    "cli.import.skipped_rows": "    跳过 {count:,} 行非记录行：",
    "cli.import.skipped_row": "      第 {row} 行：{reason}{said}",
    "cli.import.skipped_more": "      …… 另有 {count:,} 行",
    "cli.import.columns": "    各列读取为：{columns}",
    "import.column_read": "{header}（{letter}）→ {reading}",
    "import.column_not_read": "{header}（{letter}）→ 不读取",
    "cli.import.included": "    虽不像记录、但按您的选择读取的行：{rows}",
    "cli.import.ignored": "；忽略的列：{columns}",
    "cli.import.missing": "    {count:,} 条已存储的行不在此工作表中，保持不变：{keys}",
    "cli.import.skipped": "  已跳过工作表“{sheet}”：无法匹配必需的列 {columns}",
    "cli.import.more": "  ……还有更多（使用 --limit 列出更多）",
    "cli.import.create": "  + {sheet} 第 {row} 行：新{record} {key}：{label}",
    "cli.import.update": "  ~ {sheet} 第 {row} 行：{record} {key}",
    "cli.import.empty": "（空）",
    "cli.import.more_errors": "  ! ……另有 {count:,} 个错误",
    "cli.import.one_more_error": "  ! ……另有 1 个错误",
    "cli.import.notice": "  提示：{notice}",
    "cli.import.more_notices": "  提示：……另有 {count:,} 条",
    "cli.import.first_error_more": "{first}（另有 {count:,} 个错误）",
    "cli.import.first_error_one_more": "{first}（另有 1 个错误）",
    "cli.import.nothing": "没有可导入的内容：文件与数据库一致，未写入任何内容。",
    "cli.import.done": "已作为第 {batch} 次导入完成。撤销：civic-tracker import --undo-last",
    "cli.import.done_backup": (
        "已作为第 {batch} 次导入完成；已先写入备份：{backup}。撤销：civic-tracker import --undo-last"
    ),
    "cli.import.undone": (
        "已撤销第 {batch} 次导入（{file}）：恢复了 {restored} 个字段，{trashed} 条新建的行已移到回收站"
    ),
    "cli.import.undone_values": (
        "已撤销第 {batch} 次导入（{file}）：恢复了 {restored} 个字段，{trashed} 条新建的行已移到回收站，"
        "删除了 {removed} 个新增的指标值"
    ),
    # Daily work: programs new, progress add and edit
    "place.not_named": "没有编号或名称为“{text}”的地区；请查看：civic-tracker places list",
    "place.ambiguous": "名为“{text}”的地区不止一个（{keys}）；请写出所指地区的编号",
    "task.not_named": "项目 {program} 没有任务 {key}；请查看：civic-tracker programs show {program}",
    "progress.unknown_fields": "未知的进展记录字段：{fields}",
    "progress.date_missing": "进展记录需要日期",
    "progress.changed_by_other": "进展记录“{title}”在您打开后已被他人修改。您的修改未保存；请重新加载查看对方的修改。",
    "cli.programs.created": "已创建 {key}：{title}",
    "cli.programs.from_case": "已从案例 {case} 开始：待办任务 {tasks} 个，指标 {indicators} 个",
    "cli.progress.logged": "已在 {program} 记录进展（{date}）：{title}",
    "cli.progress.bad_percent": "--percent 应为 0 到 100 之间的数字，而不是“{text}”",
    "cli.progress.task_now": "任务 {key}：{percent}，{status}",
    # attachments of progress entries (services/attachments.py, cli/progress.py)
    "attachment.too_large": "{name} 的大小为 {size}：进展记录的附件最大为 {limit}",
    "attachment.no_name": "附件需要文件名",
    "attachment.unreadable": "无法读取 {name}：{reason}",
    "attachment.not_found": "附件 {id} 不存在",
    "attachment.none_named": "{program} 的进展记录中没有名为“{name}”的附件",
    "attachment.several_named": (
        "{program} 有 {count} 条进展记录带有名为“{name}”的附件（记录 {entries}）；请用 --entry 指定"
    ),
    "cli.progress.attached": "已添加附件 {name}（{size}）",
    "cli.progress.cannot_write": "无法写入 {path}：{reason}",
    "cli.progress.attachment_written": "已将 {name}（{size}）写入 {path}",
    # the PDF report (services/report.py, ui/report_pdf.py, cli/report.py)
    "report.nothing_chosen": "没有符合报告所选条件的项目",
    "report.too_many": "报告将包含 {count:,} 个项目；报告最多打印 {limit:,} 个：请按项目、地区或状态缩小范围",
    "report.not_pdf": "{name}：报告保存为 PDF；请使用以 .pdf 结尾的文件名",
    "report.no_folder": "无法保存 {name}：文件夹 {folder} 不存在",
    "report.write_failed": "无法保存报告 {path}",
    "report.brief_title": "会议简报",
    "report.program_report": "项目报告",
    "report.made_on": "打印日期 {date}",
    "report.page": "第 {page} 页，共 {pages} 页",
    "report.place": "地区",
    "report.lead": "责任单位",
    "report.status": "状态",
    "report.dates": "起止日期",
    "report.percent": "完成率",
    "report.rollup": "{total} 个行动计划中 {counted} 个的加权平均",
    "report.rollup_none": "没有任务：由进展记录确定",
    "report.tasks": "任务",
    "report.task": "任务",
    "report.owner": "负责人",
    "report.due": "完成时限",
    "report.no_tasks": "还没有任务",
    "report.timeline": "时间线",
    "report.today": "今天",
    "report.quarter": "{year}年第{quarter}季度",
    "report.progress_since": "{date} 以来的进展",
    "report.no_progress": "{date} 以来没有进展记录",
    "report.more_progress": "……另有 {count:,} 条",
    "report.indicators": "指标",
    "report.period": "时期",
    "report.value": "数值",
    "report.baseline": "基准值",
    "report.target": "目标值",
    "report.actual": "实际",
    "report.planned": "计划",
    "report.lower_is_better": "越低越好",
    "report.no_values": "尚未记录数值",
    "report.sources": "来源",
    "report.programs": "项目",
    "report.program": "项目",
    "report.overdue": "逾期任务",
    "report.no_overdue": "没有逾期任务",
    "report.date": "日期",
    "report.entry": "进展",
    "report.case": "案例库中的案例",
    "cli.report.written": "已保存 {path}：{programs} 个项目，{pages} 页",
    "gui.no_display": "未找到显示器：请在桌面会话中运行 Civic Tracker，或使用命令行：civic-tracker --help",
    # store/database.py: what kept a database file from being read, when it is not damage
    "file.disk_full": "{folder} 所在的磁盘已满；请腾出空间后重试",
    "file.read_denied": "没有读取 {path} 的权限；请向本机管理员申请权限",
    "file.use_denied": "没有使用 {path} 的权限；请向本机管理员申请权限",
    "file.unreadable": "无法读取 {path}（{problem}）；请重试",
    "file.locked": "{path} 被另一个程序锁定；请关闭该程序后重试",
    "file.io_error": "无法读写 {folder} 所在的磁盘（输入输出错误或磁盘已满）；请重试",
    "file.cannot_open": "无法打开 {path}（其文件夹可能不存在、只读或已满）；请重试",
    # services/backups.py: taking, finding and restoring backups
    "backup.sqlite_only": "软件内的备份只适用于 SQLite 文件；服务器数据库请用 pg_dump 备份",
    "backup.bad_reason": "备份原因须为一个词（字母、数字、- 和 _），不能是“{reason}”",
    "backup.folder_unwritable": "无法在 {folder} 中写入备份：{problem}",
    "backup.write_failed": "无法写入备份 {backup}：{problem}",
    "backup.none": "{folder} 中没有 {database} 的备份",
    "backup.not_found": "没有备份“{name}”（见 'civic-tracker db backups'）",
    "backup.unusable": "备份 {backup} 无法使用：{problem}。未做任何更改。",
    "backup.not_a_backup": "{backup} 不是 Civic Tracker 的备份（没有结构版本）。未做任何更改。",
    "backup.newer": "{backup} 由更新版本的 Civic Tracker 写入（结构版本 {revision}）。未做任何更改。",
    "backup.not_sqlite": "它不是 Civic Tracker 数据库（不是 SQLite 文件）",
    "restore.read_only": "{database} 是只读的（文件权限不允许写入），无法恢复。未做任何更改。",
    "restore.not_now": "现在无法恢复 {database}：{problem}。未做任何更改。",
    "restore.copy_failed": "无法将备份 {backup} 复制到 {database}：{problem}。",
    "restore.copy_failed_kept": "无法将备份 {backup} 复制到 {database}：{problem}。损坏的文件保留为 {damaged}。",
    "restore.failed": "无法恢复到 {database}：{problem}。数据库未被更改。",
    # services/database.py: opening a database file or server
    "database.cannot_open_now": "现在无法打开 {database}：{problem}。文件未被更改。",
    "database.damaged_file": "无法打开 {database}：{problem}。文件未被更改。",
    "database.damaged_backup": (
        "{damaged}最新的备份是 {backup}（{taken} 创建）。要恢复它（损坏的文件会保留在旁边）："
        "civic-tracker db restore {name}"
    ),
    "database.damaged_no_backup": "{damaged}{folder} 中没有它的备份。",
    "database.damaged": "它已损坏",
    "database.unreadable": "无法作为数据库读取（{problem}）",
    "database.not_a_database": "无法将 {database} 作为数据库读取：{problem}",
    "database.missing_backup_there": (
        "{database} 不见了，但备份 {kept} 还在。要恢复最新的备份：civic-tracker db restore newest。"
        "若要改为新建一个空数据库，请先将文件夹 {folder} 移走。"
    ),
    "database.missing_damaged_there": (
        "{database} 不见了，但损坏的副本 {kept} 还在。要恢复最新的备份：civic-tracker db restore newest。"
        "若要改为新建一个空数据库，请先将文件夹 {folder} 移走。"
    ),
    "database.newer": (
        "{database} 由更新版本的 Civic Tracker 写入（结构版本 {current}）；本版本最高只认识 {head}。"
        "请安装新版本；文件未被更改。"
    ),
    "database.newer_server": (
        "{database} 由更新版本的 Civic Tracker 写入（结构版本 {current}）；本版本最高只认识 {head}。"
        "请安装新版本；未做任何更改。"
    ),
    "database.upgrade_read_only": "{database} 需要升级，但它是只读的",
    "database.needs_upgrade": "{database} 的结构版本是 {current}，而不是 {head}；请运行 'db upgrade'",
    # services/connection.py and services/database.py: reaching a server
    "server.field_empty": "{field}不能为空",
    "server.host": "主机",
    "server.database": "数据库",
    "server.user": "用户",
    "server.cannot_connect": "无法连接到 {server}：{problem}",
    "server.password_wanted": "服务器要求 {server} 的密码",
    "server.password_needed": (
        "服务器要求 {server} 的密码。请将其写入 ~/.pgpass（host:port:database:user:password，权限 600），"
        "或从终端启动以便输入。"
    ),
    "server.password_refused": (
        "服务器不接受 {server} 的密码。请将其写入 ~/.pgpass（host:port:database:user:password，权限 600），"
        "或从终端启动以便输入。"
    ),
    "server.wrong_password": "{server} 的密码错误",
    "server.no_password": "未输入 {server} 的密码；未打开任何内容",
    "server.connected": "已以 {role} 身份连接（PostgreSQL {version}）",
    "server.read_only_role": "您的数据库角色“{role}”只能读取此数据库；如需修改，请让管理员将您设为编辑者。",
    # services/history.py: reading the change records
    "history.bad_date": "“{text}”不是日期；请使用 2024-03-01 或 2024.3.1 这样的日期，或天数（如 7d）",
    "history.unknown_action": "未知的修改类型“{action}”；请从以下选择：{allowed}",
    "history.unknown_record": "未知的记录类型“{kind}”；请从以下选择：{allowed}",
    "history.line": "{record} {key}：{what}",
    "history.change": "{field}：“{old}” → “{new}”",
    "history.created_with": "创建，{field}为“{value}”",
    "history.changes_more": "{first}；{rest}",
    "history.changes_cut": "{changes}；……",
    "history.did.create": "已创建",
    "history.did.update": "已修改",
    "history.did.delete": "已移至回收站",
    "history.did.restore": "已从回收站恢复",
    "history.did.purge": "已永久删除",
    "history.record.program": "项目",
    "history.record.task": "任务",
    "history.record.progress": "进展记录",
    "history.record.indicator": "指标",
    "history.record.indicator_value": "指标值",
    # the fields a change record names, as the history shows them
    "field.key": "编号",
    "field.title": "标题",
    "field.local_title": "本地标题",
    "field.summary": "摘要",
    "field.description": "描述",
    "field.place": "地区",
    "field.lead_organization": "责任单位",
    "field.sector": "领域",
    "field.status": "状态",
    "field.start_date": "开始日期",
    "field.end_date": "结束日期",
    "field.is_case": "案例库",
    "field.based_on": "所依据的案例",
    "field.percent_complete": "完成率",
    "field.themes": "主题",
    "field.partners": "合作单位",
    "field.parent": "上级任务",
    "field.owner": "负责人",
    "field.due_date": "完成时限",
    "field.weight": "权重",
    "field.position": "顺序",
    "field.task": "任务",
    "field.entry_date": "日期",
    "field.note": "备注",
    "field.author": "填写人",
    "field.name": "名称",
    "field.unit": "单位",
    "field.direction": "方向",
    "field.baseline_value": "基准值",
    "field.baseline_period": "基准期间",
    "field.target_value": "目标值",
    "field.target_date": "目标日期",
    "field.period": "期间",
    "field.value": "数值",
    "field.kind": "类型",
    "field.attachment": "附件",
    # services/seed.py: the case library's data files
    "seed.bad_json": "案例数据文件 {file} 不是有效的 JSON：{problem}",
    "seed.unknown_parents": "案例数据中上级地区未知的地区：{keys}",
    "seed.case_clashes": "案例“{key}”的编号与本单位的一个项目相同",
    # store and services errors that were still plain text
    "database.busy": "数据库正忙：另一个 Civic Tracker 锁定时间过长。未保存任何内容；请稍后重试。",
    "database.disk_full": "数据库所在的磁盘已满。未保存任何内容；请释放空间后重试。",
    "database.cannot_write": "此数据库无法写入（只读）；无法保存修改",
    "database.damaged_now": "数据库文件已损坏。未保存任何内容；请关闭程序并恢复备份（civic-tracker db backups）。",
    "database.io_error": "无法读写磁盘（输入/输出错误）。未保存任何内容；请重试。",
    "database.failed": "数据库未能完成操作；未保存任何内容（{detail}）。",
    "database.open_read_only": "此数据库以只读方式打开；无法保存修改",
    "text.too_long": "{field}超过 {limit} 个字符（{length} 个）",
    "trash.not_in_trash": "{kind} {id} 不在回收站中",
    "import.nothing_to_undo": "没有可撤销的导入",
    "mapping.name_missing": "保存的列对应需要名称",
    "import.undo_blocked": (
        "无法撤销第 {batch} 次导入（{file}）：之后的修改改动了相同的数据：{edits}（共 {total} 处）。未做任何更改"
    ),
    "import.undo_blocked_backup": (
        "无法撤销第 {batch} 次导入（{file}）：之后的修改改动了相同的数据：{edits}（共 {total} 处）。"
        "未做任何更改；也可以恢复备份 {backup}"
    ),
    "mapping.not_found": "没有名为“{name}”的已保存列对应",
    # excel/reader.py: files that cannot be read
    "read.kind.pdf": "一个 PDF 文档",
    "read.kind.image": "一张图片",
    "read.kind.rtf": "一个 RTF 文档",
    "read.kind.html": "一个网页（HTML）",
    "read.kind.gzip": "一个 gzip 压缩文件（请先解压）",
    "read.kind.zip": "一个 zip 压缩包，可能是 Excel 工作簿（请将其重命名为 .xlsx）",
    "read.kind.old_office": "一个旧版 Office 文件，可能是 .xls 工作簿（请将其重命名为 .xls）",
    "read.kind.archive": "一个压缩包（请先解压）",
    "read.no_extension": "{file}：无法导入没有扩展名的文件；请使用 {supported}",
    "read.unsupported": "{file}：无法导入 {suffix} 文件；请使用 {supported}",
    "read.no_such_file": "{file}：文件不存在",
    "read.cannot_read": "{file}：无法读取：{problem}",
    "read.empty": "{file}：文件为空（0 字节）",
    "read.not_csv": "{file}：这不是 CSV 文本文件，而是{kind}",
    "read.binary_line": "{file}：这不是 CSV 文本文件（其中有二进制数据：第 {line} 行含有文本中不会出现的 NUL 字节）",
    "read.binary_lines": "{file}：这不是 CSV 文本文件（其中有二进制数据：第 {lines} 行含有文本中不会出现的 NUL 字节）",
    "read.csv_too_large": "{file}：已拒绝：{megabytes:,.0f} MB 超出了 CSV 导入可接受的大小",
    "read.utf16_damaged": "{file}：文件开头是 UTF-16 文本，但后面的部分已损坏；请重新保存",
    "read.unknown_encoding": "{file}：文本不是 UTF-8、CP949（韩文）或 GB18030（中文）；请另存为 UTF-8",
    "read.damaged_utf8": (
        "{file}：第 {line} 行第 {position} 个字节（0x{byte:02X}）不是 UTF-8，而文件其余部分都是；"
        "文件已损坏或混用了多种编码。请打开文件，修改该行后另存为 UTF-8"
    ),
    "read.quote_not_closed": '{file}：第 {row} 行：带引号的单元格没有结束（缺少一个 "）',
    "read.csv_row_unreadable": "{file}：第 {row} 行无法按 CSV 读取（{problem}）；请检查其中的引号",
    "read.not_a_spreadsheet": "{file}：虽然扩展名是 {suffix}，但这是{kind}，不是电子表格",
    "read.xls_named_otherwise": "{file}：这是旧版 .xls 工作簿，扩展名却是 {suffix}；请将其重命名为 .xls",
    "read.not_inside": "{file}：这不是电子表格（内容不是 {suffix} 文件）",
    "read.xlsx_named_xls": "{file}：这是 .xlsx 工作簿，扩展名却是 .xls；请将其重命名为 .xlsx",
    "read.not_xls": "{file}：这不是 Excel 97-2003（.xls）工作簿",
    "read.ods_named_excel": "{file}：这是 OpenDocument（.ods）文件，扩展名却是 Excel 的；请将其重命名为 .ods",
    "read.zip_not_excel": "{file}：此 zip 文件不是 Excel 工作簿（没有 xl/workbook.xml）",
    "read.zip_not_ods": "{file}：此 zip 文件不是 OpenDocument 电子表格（没有 content.xml）",
    "read.damaged": "{file}：文件已损坏或不完整（{detail}）",
    "read.incomplete_archive": "不是完整的 {kind} 压缩包",
    "read.unreadable": "{file}：文件已损坏或不是可读取的电子表格（{problem}）",
    "read.password_protected": "{file}：工作簿受密码保护；请另存一份不带密码的副本",
    "read.entity_bomb": "{file}：已拒绝：部件 {part} 声明了 XML 实体（可能是实体炸弹）",
    "read.zip_bomb_part": "{file}：已拒绝：部件 {part} 解压后会膨胀 {ratio:,} 倍（可能是 zip 炸弹）",
    "read.zip_bomb_total": "{file}：已拒绝：解压后将达到 {megabytes:,.0f} MB（超过 {limit:,.0f} MB；可能是 zip 炸弹）",
    "read.workbook_part_unsafe": "{file}：工作簿部件不是有效或安全的 XML（{problem}）",
    "read.unsafe_xml": "{file}：工作簿不是安全的 XML（{problem}）",
    "read.too_many_rows": "{file}：工作表“{sheet}”超过 {limit:,} 行；请拆分成较小的文件后逐个导入",
    "read.grid_too_large": (
        "{file}：工作表“{sheet}”的单元格一直延伸到 {cell}，构成一个 {cells:,} 个单元格的区域；"
        "一个工作表最多 {max_columns:,} 列、{max_cells:,} 个单元格。请删除远处的单元格（或拆分工作表）后重新导入"
    ),
    "read.sheet_unreadable": "{file}：无法读取工作表“{sheet}”（{problem}）",
    # excel/writer.py: a sheet longer than Excel allows
    "export.too_many_rows": "工作表“{sheet}”的行数超过 Excel 允许的上限（{limit:,} 行）",
}
