"""Write the English translations of ``EN`` into liuke_en.ts (only where a message is still unfinished).

    python resources/i18n/fill_translations.py && pyside6-lrelease resources/i18n/liuke_en.ts

``update_translations.py`` runs this after extracting, so normally just run that. A translator may also
work in pyside6-linguist; this file is the record of the English, so a full re-extraction loses nothing.

``BY_CONTEXT`` holds the English per context (the ``<name>`` in the .ts: a widget class, or a core/ ``CTX``);
``EN`` holds words shared by many contexts and is used where a context has no entry of its own.
Keep every ``{placeholder}`` (format specs too, e.g. ``{customers:,}``) and a sensible ``&`` shortcut.

Terms: 客户 customer, 管户经理/客户经理 (relationship) manager, 金融资产 AUM, 流失预警 churn warning,
预警 warning, 走访/联系 contact, 意见反馈 feedback, 考核 scorecard, 网点 branch, 批次 batch,
（万元） "(10k CNY)" in headings and "×10k CNY" in sentences, 元 CNY.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().with_name("liuke_en.ts")
EN = {
    "留客 - 客户维护与流失预警": "Liuke - Customer Care and Attrition Warnings",
    "工作台": "Dashboard", "客户": "Customers", "流失预警": "At-risk customers", "走访": "Contacts",
    "意见反馈": "Feedback", "考核": "Scorecard", "报表": "Reports", "导入": "Import", "设置": "Settings",
    "文件(&F)": "&File", "查看(&V)": "&View", "帮助(&H)": "&Help", "导入文件…": "Import file…",
    "查找客户": "Find customer", "刷新": "Refresh", "退出": "Quit", "关于留客": "About Liuke",
    "电话": "Phone", "面谈": "Meeting", "上门": "Home visit", "微信": "WeChat", "短信": "SMS", "网点接待": "At the branch",
    "挽留": "Retention", "到期提醒": "Maturity reminder", "关怀回访": "Courtesy call", "产品营销": "Product offer",
    "投诉处理": "Complaint handling", "其他": "Other", "稳定": "Stable", "犹豫": "Hesitant",
    "有意转出": "Intends to move funds", "已转出": "Funds moved out", "他行利率更高": "Better rate elsewhere",
    "冲量资金到期": "Short-term deposit ended", "购房/大额消费": "Home purchase / large spending",
    "转投理财/基金/股市": "Moving to wealth products / funds / stocks", "服务不满意": "Unhappy with service",
    "网点/渠道不便": "Branch / channels inconvenient", "利率/价格": "Rates / pricing", "产品": "Products",
    "服务": "Service", "渠道/系统": "Channels / systems", "流程": "Procedures", "已记录": "Recorded",
    "已转交": "Forwarded", "已答复": "Answered", "已告知客户": "Customer informed", "新预警": "New",
    "已分派": "Assigned", "已联系": "Contacted", "已挽留": "Retained", "已流失": "Lost", "误报": "False alarm",
    "不变": "Unchanged", "柜员": "Teller", "客户经理": "Relationship manager", "主管": "Supervisor",
    "大众": "Mass", "金卡": "Gold", "白金": "Platinum", "钻石": "Diamond", "私行": "Private",
    "记录联系…": "Record contact…", "记录联系": "Record contact", "记录一次联系": "Record a contact",
    "客户号": "Customer no.", "姓名": "Name", "等级": "Tier", "金融资产（万元）": "AUM (10k CNY)",
    "管户经理": "Manager", "上次联系": "Last contact", "应联系日": "Due on", "逾期（天）": "Days late",
    "预警状态": "Warning status", "联系时间": "Contacted at", "联系人": "Contacted by", "方式": "Channel",
    "目的": "Purpose", "客户态度": "Attitude", "原因": "Reasons", "下次跟进": "Next follow-up", "摘要": "Summary",
    "联系方式": "Channel", "联系目的": "Purpose", "他行名称": "Other bank", "预警处理": "Warning",
    "保存": "Save", "取消": "Cancel", "确定": "OK", "全网点": "Whole branch", "最近联系": "Recent contacts",
    "今日到期 ({n})": "Due today ({n})", "已逾期 ({n})": "Overdue ({n})", "预警待联系 ({n})": "Warnings to call ({n})",
    "周期待维护 ({n})": "Out of cadence ({n})", "约定下次跟进": "Agree a follow-up",
    "自动（按客户态度）": "Automatic (from attitude)", "推进到下一步…": "Move to next step…", "退回…": "Send back…",
    "月度汇总": "Monthly digest", "考核月份": "Month", "报表月份": "Month", "主要指标预览": "Headline figures",
    "月度报表": "Monthly report", "导出月度报表…": "Export monthly report…", "清单导出": "List exports",
    "客户清单…": "Customer list…", "流失预警工作清单…": "At-risk work list…", "走访记录…": "Contact records…",
    "意见反馈…": "Feedback…", "指标": "Figure", "本月": "This month", "上月": "Last month", "变化": "Change",
    "说明": "Notes", "得分": "Score", "工号": "Staff no.", "管户数": "Customers", "客户明细": "Customers behind the figure",
    "{year}年{month}月": "{month}/{year}", "数据库：{path}": "Database: {path}", "用户：{name}": "User: {name}",
    "最新数据：{month}": "Latest data: {month}", "无": "none", "正在读取…": "Loading…", "正在取消…": "Cancelling…",
    "请先关闭同名文件「{name}」：它正在 Excel、WPS 或其他程序中打开，无法覆盖。原文件未作任何改动，关闭后请重新导出。":
        "Please close “{name}” first: it is open in Excel, WPS or another program and cannot be overwritten. "
        "The original file is unchanged; export again once it is closed.",
    "没有「{value}」这个{what}。可用的{what}：{valid}": "There is no {what} “{value}”. Valid values for {what}: {valid}",
    "下次跟进日期须在联系日期 {day} 之后、一年之内；收到 {next}。":
        "The next follow-up date must be after the contact date {day} and within a year; got {next}.",
    "联系时间 {at} 晚于现在，请记录已经发生的联系。": "The contact time {at} is in the future; record contacts that have happened.",
    "找不到客户号「{no}」。请核对客户号（须是已导入清单中的客户）。":
        "Customer no. “{no}” not found. Check the number (it must be a customer from an imported list).",
    "改为「已转交」须写明转交给谁或哪个部门（--to）。": "Moving to “Forwarded” needs the person or department it goes to (--to).",
    "改为「已答复」须填写答复内容（--answer）。": "Moving to “Answered” needs the answer (--answer).",
}
BY_CONTEXT: dict[str, dict[str, str]] = {
    "App": {
        "示范网点": "Demo branch",
        "示范网点数据未能生成，未创建任何文件。\n原因：{reason}": "The demo branch could not be generated; no files were created.\nReason: {reason}",
        "无法打开数据库": "Cannot open the database",
        "无法打开数据库文件：\n{path}\n\n文件可能已损坏、不是留客的数据库，或没有访问权限。自动备份位于同一文件夹下的 backups 文件夹中。":
            "Cannot open the database file:\n{path}\n\nThe file may be damaged, not a Liuke database, or not accessible. "
            "Automatic backups are in the backups folder next to it.",
    },
    "AssignDialog": {
        "分派管户经理": "Assign relationship manager",
        "{name}（{no}，{role}，管户 {n} 户）": "{name} ({no}, {role}, {n} customers)",
        "无工号": "no staff no.",
        "管户经理(&M)": "&Manager",
    },
    "BatchModel": {
        "批次": "Batch", "数据月份": "Data month", "状态": "Status", "拒绝": "Rejected", "警告": "Warnings",
        "新客户": "New customers", "导入时间": "Imported at", "操作人": "By", "文件": "File",
    },
    "CategoryChart": {"本月没有新的意见反馈": "No new feedback this month"},
    "ContactDialog": {
        "Tab 切换栏目，空格勾选，Ctrl+Enter 保存": "Tab moves between fields, Space ticks, Ctrl+Enter saves",
        "联系记录未能保存（{kind}），数据库未作修改。": "The contact could not be saved ({kind}); the database is unchanged.",
        "已记录对 {name} 的联系。": "Contact with {name} recorded.",
        "预警由「{old}」改为「{new}」。": " Warning changed from “{old}” to “{new}”.",
        "下次跟进：{day}。": " Next follow-up: {day}.",
    },
    "ContactForm": {
        "输入客户号后按 Tab": "Type the customer no., then Tab",
        "客户提到的他行（可不填）": "Other bank the customer mentioned (optional)",
        "简要记录沟通内容（不要写证件号、卡号等）": "Brief notes on the conversation (no ID or card numbers)",
        "找不到这个客户号。": "No customer with this number.",
        "管户：{name}": "Manager: {name}", "上次联系：{day}": "Last contact: {day}", "从未联系": "Never contacted",
        "预警：{status}": "Warning: {status}",
    },
    "ContactsPage": {
        "为选中的客户记录一次联系（Enter）；不选客户时可输入客户号（Ctrl+N）":
            "Record a contact with the selected customer (Enter); with none selected, type a customer no. (Ctrl+N)",
        "{day}：跟进到期 {today} 户，逾期 {overdue} 户，预警待联系 {warn} 户（其中超时 {late} 户）":
            "{day}: {today} follow-ups due, {overdue} overdue, {warn} warnings to call ({late} past the deadline)",
    },
    "CrashHandler": {
        "留客 - 意外错误": "Liuke - Unexpected error",
        "程序遇到了意外错误，错误日志也无法写入。\n请重新启动留客；如问题反复出现，请联系技术支持。":
            "Liuke hit an unexpected error and could not write the error log either.\n"
            "Please restart Liuke; if it keeps happening, contact technical support.",
        "程序遇到了意外错误。已导入的数据保存在数据库中，不受影响。\n\n错误日志（不含客户信息）已保存到：\n{path}\n\n如问题反复出现，请把该文件发给技术支持人员。":
            "Liuke hit an unexpected error. Imported data is safe in the database.\n\n"
            "An error log (no customer information) was saved to:\n{path}\n\n"
            "If this keeps happening, send that file to technical support.",
    },
    "Customer360Dialog": {
        "未能完成（{kind}），数据库未作修改。": "Not completed ({kind}); the database is unchanged.",
        "资产与等级": "Assets and tier", "处理记录": "History", "预警": "Warning", "联系记录": "Contacts",
        "记录一次电话、面谈或上门（Ctrl+N）": "Record a call, meeting or visit (Ctrl+N)",
        "更改预警状态…": "Change warning status…", "Ctrl+E": "Ctrl+E", "分派管户经理…": "Assign manager…",
        "Ctrl+D": "Ctrl+D", "关闭": "Close", "客户详情": "Customer details",
        "该客户已不在数据库中（可能其所在的导入批次已被撤销）。":
            "This customer is no longer in the database (the import batch may have been undone).",
        "客户详情 - {name}（{no}）": "Customer details - {name} ({no})",
        "证件号码": "ID no.", "手机号码": "Mobile", "性别": "Gender", "出生年月": "Born", "网点": "Branch",
        "在册月份": "Months on file", "存款": "Deposits", "理财": "Wealth products", "基金": "Funds",
        "保险": "Insurance", "（关注）": " (watch)", "未在册": "Not on file", "关闭说明：": "Closing note: ",
        "生成预警": "Warning raised", "新一期仍有信号": "Still flagged in new month", "状态变更": "Status changed",
        "有未结预警（{status}）": "Open warning ({status})", "无未结预警": "No open warning",
        "预警（{n}）": "Warnings ({n})", "转交 {to}": "forwarded to {to}", "（无）": "(none)",
        "联系记录（{n}）": "Contacts ({n})", "意见反馈（{n}）": "Feedback ({n})",
        "更改预警状态": "Change warning status", "把 {name}（{no}）分派给：": "Assign {name} ({no}) to:",
        "分派管户经理": "Assign relationship manager",
    },
    "CustomerDetailDialog": {
        "客户详情": "Customer details",
        "该客户已不在数据库中（可能其所在的导入批次已被撤销）。":
            "This customer is no longer in the database (the import batch may have been undone).",
        "客户详情 - {name}（{no}）": "Customer details - {name} ({no})",
        "金融资产走势（万元）": "AUM trend (10k CNY)", "月度明细": "Monthly details", "关闭": "Close",
        "证件类型": "ID type", "证件号码": "ID no.", "手机号码": "Mobile", "性别": "Gender", "出生年月": "Born",
        "网点": "Branch", "首次在册": "First on file", "最近在册": "Last on file",
    },
    "CustomerTableModel": {
        "金融资产（元）": "AUM (CNY)", "存款（元）": "Deposits (CNY)", "手机号码": "Mobile", "证件号码": "ID no.",
        "性别": "Gender", "网点": "Branch", "最近在册月份": "Last month on file", "没有管户经理": "No manager",
        "该客户不在 {period} 的清单中": "Not in the {period} list", "此列不能排序": "This column cannot be sorted",
    },
    "CustomersPage": {
        "搜索客户号、姓名，或手机号/证件号后4位": "Search customer no., name, or last 4 digits of mobile/ID",
        "数据月份": "Data month",
        "还没有客户数据。\n\n请导入本网点的月度客户清单（Excel 或 CSV），\n也可以直接把文件拖到这个窗口中。":
            "No customer data yet.\n\nImport the branch's monthly customer list (Excel or CSV),\n"
            "or drag the file onto this window.",
        "导入月度客户清单…": "Import monthly customer list…", "全部": "All", "（未分配）": "(unassigned)",
        "（最新）": " (latest)", "（无数据）": "(no data)", "找到 {n} 户": "{n} found", "共 {n} 户": "{n} customers",
    },
    "DashboardPage": {
        "上月无数据": "no data last month", "较上月 {change}": "{change} vs last month",
        "在册客户": "Customers on file", "金融资产总额（万元）": "Total AUM (10k CNY)",
        "高价值客户资产（万元）": "High-value AUM (10k CNY)", "本月预警客户": "Warnings this month",
        "涉险资产（万元）": "AUM at risk (10k CNY)", "今日跟进 / 逾期": "Follow-ups today / overdue",
        "预警待联系": "Warnings to call", "待办反馈": "Open feedback", "预警客户数": "Customers with warnings",
        "近12个月走势": "Last 12 months", "今日工作": "Today's work",
        "还没有数据：请先导入月度客户清单。": "No data yet: import a monthly customer list first.",
        "数据月份：{month}\u3000对比：{previous}": "Data month: {month}\u3000Compared with: {previous}",
        "；未结 {n}": "; {n} open", "尚未告知客户处理结果": "customer not yet told the outcome",
        "超出维护周期 {n} 户": "{n} out of cadence", "其中已超时 {n} 户": "{n} past the deadline",
        "逾期跟进": "Overdue follow-up", "今日跟进": "Follow-up today", "超出维护周期": "Out of cadence",
        "（未分配）": "(unassigned)", "从未联系": "Never contacted", "{n} 天": "{n} days",
        "共 {n} 项": "{n} items", "，显示最急的 {n} 项": ", showing the {n} most urgent", "\u3000{day}": "\u3000{day}",
    },
    "DemoBuildDialog": {
        "正在准备示范网点": "Preparing the demo branch",
        "正在生成示范网点的月度客户清单…": "Generating the demo branch's monthly customer lists…",
        "共 {customers:,} 位虚构客户、{months} 个月。": "{customers:,} fictitious customers, {months} months.",
        "正在取消…": "Cancelling…", "正在导入第 {month} / {total} 个月的数据…": "Importing month {month} of {total}…",
    },
    "FeedbackPage": {
        "选中一条反馈，按“推进”走到下一步；客户对答复不满意时可“退回”。":
            "Select a feedback item and press “Move to next step”; if the customer is not satisfied with the answer, “Send back”.",
        "{status}（{n}）": "{status} ({n})", "还没有导入数据。": "No data imported yet.",
        "本月新增 {raised} 条，办结 {closed} 条，平均办结 {days} 天；目前仍未办结 {open} 条。":
            "This month: {raised} new, {closed} closed, {days} days on average to close; {open} still open.",
        "本月联系中客户提到的他行：{banks}": "Other banks customers mentioned this month: {banks}",
        "已将 {who} 的反馈改为「{status}」。": "Feedback from {who} set to “{status}”.",
    },
    "FeedbackStepDialog": {
        "退回意见反馈": "Send feedback back", "推进意见反馈": "Move feedback forward",
        "转交给谁或哪个部门，如 个人金融部": "Person or department it goes to, e.g. Retail Banking",
        "为什么退回，如 客户对答复不满意": "Why it goes back, e.g. customer unhappy with the answer",
        "当前状态": "Current status", "改为": "Change to", "转交给": "Forwarded to", "答复内容": "Answer",
        "退回原因": "Reason for sending back", "日期": "Date",
    },
    "FirstStartDialog": {
        "欢迎使用留客": "Welcome to Liuke",
        "留客帮助网点记住每一位有价值的客户，及早发现资产流失的苗头。\n这台电脑上还没有留客的数据库，请选择如何开始：":
            "Liuke helps the branch keep track of every valuable customer and spot early signs of funds leaving.\n"
            "There is no Liuke database on this computer yet. How would you like to start?",
        "新建空数据库": "New empty database",
        "从导入本网点的月度客户清单（Excel 或 CSV）开始。": "Start by importing the branch's monthly customer list (Excel or CSV).",
        "打开示范网点（演示数据）": "Open the demo branch (sample data)",
        "生成一个虚构网点约 2,000 位客户、12 个月的数据，先熟悉各项功能。全部为虚构数据，通常不到一分钟。":
            "Generates a fictitious branch with about 2,000 customers and 12 months of data to try every feature. "
            "All data is made up; this usually takes under a minute.",
        "数据库位置：{path}": "Database location: {path}",
    },
    "FollowupModels": {
        "上月等级": "Last tier", "上月资产（万元）": "AUM last month (10k CNY)", "下次跟进": "Next follow-up",
        "减少高价值": "HV lost", "及时联系": "In time", "及时联系率": "Timely contact", "反馈办结": "Feedback closed",
        "周期内维护": "In cadence", "客户经理": "Manager", "得分": "Score", "挽留率": "Retention",
        "新发预警": "New warnings", "新增高价值": "HV gained", "月末资产（万元）": "AUM end (10k CNY)",
        "本月等级": "Tier", "本月资产（万元）": "AUM (10k CNY)", "本月预警": "Warned on", "维护覆盖率": "Coverage",
        "资产变化（万元）": "AUM change (10k CNY)", "逾期跟进": "Overdue", "预警状态": "Warning",
       "从未联系": "Never contacted", "尽快": "ASAP", "是": "Yes", "否": "No"},
    "HistoryModel": {
        "不在本月清单": "Not on this month's list",
        "月份": "Month", "金融资产（元）": "AUM (CNY)", "较上月（元）": "Change (CNY)", "存款（元）": "Deposits (CNY)",
        "理财（元）": "Wealth (CNY)", "基金（元）": "Funds (CNY)", "保险（元）": "Insurance (CNY)",
    },
    "ImportHistory": {
        "撤销导入": "Undo import", "不撤销": "Keep", "导入记录": "Import history",
        "撤销所选批次…": "Undo selected batch…",
        "删除该批次导入的月度数据，以及只在该批次中出现的客户。撤销前会自动备份数据库。":
            "Deletes the monthly data this batch imported and the customers that appear only in it. "
            "The database is backed up first.",
        "确定要撤销批次 {id} 吗？\n\n将删除 {month} 的 {n} 条月度数据（文件「{file}」），以及只在这个批次中出现的客户。撤销前会自动备份数据库。":
            "Undo batch {id}?\n\nThis deletes {n} rows of {month} data (file “{file}”) and the customers that appear "
            "only in this batch. The database is backed up first.",
        "正在撤销批次 {id}…": "Undoing batch {id}…",
        "已撤销批次 {id}：删除月度数据 {rows} 条，删除客户 {customers} 户。":
            "Batch {id} undone: {rows} monthly rows and {customers} customers deleted.",
    },
    "ImportPage": {
        "检查下一个文件": "Check next file",
        "还有 {n} 个文件待导入，下一个：「{file}」": "{n} more files to import; next: “{file}”",
        "之后还有 {n} 个文件": "{n} more files after this",
        "选择月度客户清单（可多选）": "Choose monthly customer lists (several allowed)",
        "导出未通过的行": "Export rejected rows",
        "{file}_未通过的行.xlsx": "{file}_rejected_rows.xlsx",
        "已把 {n} 行未通过的数据（含行号和原因）保存到「{file}」。": "Saved {n} rejected rows (with row numbers and reasons) to “{file}”.",
        "未能保存未通过的行：{error}": "Could not save the rejected rows: {error}",
        "在前20行中没有找到客户清单的表头（至少需要“客户号”“姓名”和一个资产金额列）。找到的内容：{found}。请确认选择的是客户清单；如表头写法特殊，请改为常见写法（如“客户号”“姓名”“金融资产（元）”）后重新导入。":
            "No customer list header found in the first 20 rows (it needs at least “客户号”, “姓名” and one amount column). "
            "Found: {found}. Check that this is a customer list; if the headers are unusual, rename them to the common "
            "forms (such as “客户号”, “姓名”, “金融资产（元）”) and import again.",
        "缺少必需的列：{columns}。表头在第 {row} 行，包含：{found}。请在文件中补齐该列，或把表头改为常见写法后重新导入。":
            "Required columns missing: {columns}. The header is on row {row} and contains: {found}. "
            "Add the column to the file, or rename the header to a common form, and import again.",
        "金额列「{column}」没有注明单位（元或万元）。请在表头注明，如“{column}（万元）”，或在标题行写“单位：万元”，保存后重新导入。":
            "Amount column “{column}” has no unit (元 or 万元). Add it to the header, e.g. “{column}（万元）”, "
            "or write “单位：万元” in the title row, then save and import again.",
        "无法确定数据所属的月份：表中没有“统计月份/数据日期”列，标题和文件名中也没有月份。请在下方选择数据月份，然后点击「重新检查」。":
            "Cannot tell which month the data is for: there is no period/data-date column and no month in the title "
            "or file name. Choose the data month below, then click “Check again”.",
        "{period} 的数据已由批次 {batch_id} 导入（文件「{file}」，{when}）。如要用本文件替换该月数据，请点击「替换该月数据」。":
            "Data for {period} was already imported by batch {batch_id} (file “{file}”, {when}). "
            "To replace that month with this file, click “Replace this month”.",
        "这个文件已由批次 {batch_id} 导入过（{when}，月份 {period}）。如确需重新导入，请点击「替换该月数据」。":
            "This file was already imported by batch {batch_id} ({when}, month {period}). "
            "To import it again, click “Replace this month”.",
        "找不到导入批次 {batch_id}，可能已被其他操作改变。请按 F5 刷新导入记录。":
            "Import batch {batch_id} not found; something else may have changed it. Press F5 to refresh the import history.",
        "以下列未被识别，未导入：{columns}。": "These columns were not recognised and were not imported: {columns}.",
        "已跳过隐藏的工作表：{sheets}。": "Hidden sheets skipped: {sheets}.",
        "拒绝": "Rejected", "警告": "Warning", "跳过": "Skipped", "自动识别": "Detected", "沿用上次": "As last time",
        "手动指定": "Set by hand", "手动选择": "chosen by hand", "统计月份列": "period column", "标题行": "title row",
        "文件名": "file name", "正在读取文件…": "Reading the file…", "正在校验数据…": "Checking the data…",
        "正在写入数据库…": "Writing to the database…", "元": "CNY", "万元": "10k CNY", "（不导入）": "(don't import)",
        "整个文件": "Whole file",
        "导入核心系统导出的月度客户清单。先完整检查文件，确认无误后才写入数据库。":
            "Import the monthly customer list exported from the core banking system. The whole file is checked "
            "first; nothing is written until you confirm.",
        "选择文件…": "Choose file…", "替换该月数据": "Replace this month", "重新检查": "Check again",
        "确认导入": "Import", "放弃": "Discard",
        "点击「选择文件…」，或把月度客户清单拖到这个窗口中": "Click “Choose file…”, or drag a monthly customer list onto this window",
        "支持 Excel（.xlsx、.xls）和 CSV 文件。每个月份导入一次；导入前会自动备份数据库，导入后可以撤销。":
            "Excel (.xlsx, .xls) and CSV files. Import each month once; the database is backed up before every "
            "import, and an import can be undone.",
        "选择月度客户清单": "Choose a monthly customer list", "正在检查「{file}」…": "Checking “{file}”…",
        "正在取消…": "Cancelling…",
        "已导入 {month} 的数据：{n} 行，其中新客户 {new} 户（批次 {batch}）。":
            "Imported {month}: {n} rows, {new} new customers (batch {batch}).",
        "原批次 {ids} 已被替换。": " Replaced batch {ids}.",
        "检查完成：{month} 的数据共 {n} 行可以导入。": "Check complete: {n} rows of {month} data can be imported.",
        "有 {n} 行未通过校验，不会导入，详见问题清单。": " {n} rows failed the checks and will not be imported; see the issues list.",
        "确认后，{month} 原有的数据将被本文件替换（替换前自动备份）。":
            " On import, the existing {month} data will be replaced by this file (backed up first).",
        "请核对列对应关系后点击「确认导入」。": " Check the column mapping, then click “Import”.",
        "导入未完成：发生了意外错误，数据库未作任何修改。": "Import not completed: an unexpected error occurred; the database is unchanged.",
        "未导入「{file}」：": "“{file}” not imported: ",
        "已取消导入，数据库未作任何修改。可以重新点击「确认导入」。":
            "Import cancelled; the database is unchanged. You can click “Import” again.",
        "已取消检查。": "Check cancelled.",
    },
    "IssueModel": {"行": "Row", "列": "Column", "类别": "Type", "单元格内容": "Cell content"},
    "MainWindow": {
        "流失预警": "Warnings",  # the navigation column is narrow
        "工具栏": "Toolbar",
        "<b>留客 Liuke</b><p>网点高价值客户维护与流失预警工具。</p><p>全部数据保存在本机数据库中，不联网。</p><p>数据库：{path}</p>":
            "<b>留客 Liuke</b><p>High-value customer care and churn warnings for a bank branch.</p>"
            "<p>All data stays in a database on this computer; nothing goes online.</p><p>Database: {path}</p>",
        "正在处理": "Busy",
        "导入或撤销仍在进行。要取消它并退出吗？（数据库不会被改动一半。）":
            "An import or undo is still running. Cancel it and quit? (The database will not be left half-changed.)",
    },
    "MappingModel": {"列": "Column", "文件中的表头": "Header in file", "导入为": "Import as", "单位": "Unit", "识别方式": "Matched by"},
    "PageParts": {"操作未完成（{kind}），数据库未作修改。": "Not completed ({kind}); the database is unchanged."},
    "PlanPreview": {
        "工作簿有多个工作表：选择另一个会重新检查": "The workbook has several sheets: choosing another checks again",
        "恢复自动识别": "Reset to detected",
        "点击「导入为」或「单位」可以修改，修改后自动重新检查；确认导入后，手动指定的对应关系会保存，下月同样格式的文件自动沿用。": "Click “Import as” or “Unit” to change a column; the file is checked again automatically. On import, the mapping you set is saved and reused for next month's file in the same layout.",
        "导出未通过的行…": "Export rejected rows…",
        "未通过校验的行不会导入。可以导出这些行（带行号和原因），在原文件中改正后重新导入。": "Rows that fail the checks are not imported. Export them (with row numbers and reasons), fix them in the original file and import again.",
        "前几行": "First rows",
        "工作表「{sheet}」第 {row} 行是表头（底色标出），下面是文件中的前 {n} 行数据，证件号、手机号和姓名已脱敏。": "Row {row} of sheet “{sheet}” is the header (highlighted); below are the first {n} data rows, with ID numbers, mobiles and names masked.",
        "只导出前 {kept} 行（共 {n} 行未通过）": "Exports only the first {kept} rows ({n} rejected in all)",
        "文件": "File", "工作表": "Sheet", "数据月份": "Data month", "表头位置": "Header row", "读取行数": "Rows read",
        "将导入": "To import", "跳过": "Skipped", "拒绝": "Rejected", "警告": "Warnings", "列对应关系": "Column mapping",
        "问题清单": "Issues", "已导入": "Imported", "{month}（来自{source}）": "{month} (from {source})",
        "第 {row} 行": "row {row}", "问题清单（{n}）": "Issues ({n})",
    },
    "QuickContactDialog": {
        "记录联系 - {customer}": "Record contact - {customer}",
        "客户提到的他行（可不填）": "Other bank the customer mentioned (optional)",
        "自动（联系后标为已联系）": "Automatic (mark as Contacted)", "联系人(&W)": "Contacted &by",
        "方式(&C)": "&Channel", "目的(&P)": "&Purpose", "客户态度(&A)": "&Attitude", "他行(&B)": "Other &bank",
        "情况摘要(&S)": "&Summary", "下次跟进(&N)": "&Next follow-up", "预警处理(&R)": "Wa&rning",
    },
    "ReportsPage": {
        "正在计算客户等级与预警…": "Calculating tiers and warnings…", "正在汇总数据…": "Summarising the data…",
        "正在生成工作表…": "Building the sheets…", "正在保存文件…": "Saving the file…", "正在导出…": "Exporting…",
        "客户维护月报": "Customer care monthly report", "客户清单": "Customer list",
        "流失预警工作清单": "At-risk work list", "走访记录": "Contact records",
        "保存为": "Save as",
        "一个 Excel 工作簿：摘要、客户分层、预警、挽留、走访、反馈、考核，可直接打印。客户姓名已脱敏。":
            "One print-ready Excel workbook: summary, tiers, warnings, retention, contacts, feedback, scorecard. "
            "Customer names are masked.",
        "Excel（.xlsx）或 CSV（.csv），在保存时选择。": "Excel (.xlsx) or CSV (.csv), chosen when saving.",
        "还没有导入数据，导入月度客户清单后即可生成报表。": "No data imported yet; import a monthly customer list to produce reports.",
        "正在计算…": "Calculating…", "{month}，与上月对比；金额单位：万元": "{month}, compared with last month; amounts in 10k CNY",
        "操作未完成（{kind}），未写入任何文件。": "Not completed ({kind}); no file was written.",
        "Excel 工作簿 (*.xlsx)": "Excel workbook (*.xlsx)",
        "Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)": "Excel workbook (*.xlsx);;CSV file (*.csv)",
        "正在取消…": "Cancelling…", "已保存：{path}": "Saved: {path}", "（{n} 行）": " ({n} rows)",
        "已取消导出，未写入任何文件。": "Export cancelled; no file was written.",
    },
    "ScorecardPage": {
        "新增高价值客户": "New high-value customers", "减少高价值客户": "High-value customers lost",
        "本月新发预警的客户": "Customers newly warned this month", "预警已有结果的客户": "Customers whose warning has an outcome",
        "有维护周期要求的客户": "Customers with a contact cadence", "本月有约定跟进的客户": "Customers with a follow-up due this month",
        "管户客户": "Managed customers",
        "点击任一数字，下方列出构成该数字的客户。得分为维护覆盖、及时联系、挽留、资产保有、按时跟进五项的加权平均。":
            "Click any figure to list the customers behind it below. The score is a weighted average of coverage, "
            "timely contact, retention, AUM retention and on-time follow-up.",
        "点击上表中的数字查看明细": "Click a figure in the table above to see the customers",
        "还没有导入数据。": "No data imported yet.",
        "{month}\u3000全网点 {customers} 户，月末资产 {aum} 万元，新发预警 {warnings} 条，逾期跟进 {overdue} 次":
            "{month}\u3000Branch: {customers} customers, month-end AUM {aum} ×10k CNY, {warnings} new warnings, "
            "{overdue} overdue follow-ups",
        "{who}：{what}": "{who}: {what}", "共 {n} 户": "{n} customers",
    },
    "SettingsModel": {
        "双击修改；填“默认”恢复默认值。键：{key}": "Double-click to edit; enter “默认” (default) to restore the default. Key: {key}",
        "设置项": "Setting", "当前值": "Value", "默认值": "Default"},
    "SettingsPage": {
        "员工": "Staff", "界面语言": "Language",
        "业务设置保存在数据库中，随数据一起备份；双击“当前值”修改，按 Enter 确认。":
            "Business settings are kept in the database and backed up with the data. Double-click a value to change it; Enter confirms.",
        "未保存：{why}": "Not saved: {why}", "已保存。相关清单将按新设置重新计算。": "Saved. Affected lists will be recalculated.",
        "登记员工": "Add staff", "新员工：": "New staff:",
        "导入时按清单中的管户经理自动建立员工；在这里可补登工号或登记新员工。":
            "Staff are created from the managers in imported lists; here you can add staff numbers or new staff.",
        "（未登记）": "(not registered)", "在岗": "Active", "停用": "Inactive", "已登记：{name}（{no}）": "Added: {name} ({no})",
        "界面语言保存在本机，重新启动留客后生效。": "The language is saved on this computer and applies after Liuke restarts.",
        "界面语言(&L)": "&Language", "已保存。重新启动留客后界面将使用 {name}。": "Saved. Liuke will use {name} after a restart.",
    },
    "StatusDialog": {
        "更改预警状态": "Change warning status", "{customer}：当前状态「{now}」": "{customer}: currently “{now}”",
        "改为(&S)": "Change &to", "原因/备注(&N)": "Reason / &note",
        "关闭预警（已挽留、已流失、误报）须填写原因。": "Closing a warning (Retained, Lost, False alarm) needs a reason.",
    },
    "TrendChart": {"{month}月": "{month}"},
    "WorklistModel": {
        "风险": "Risk", "涉险资产（元）": "At risk (CNY)", "金融资产（元）": "AUM (CNY)", "分数": "Score",
        "预警原因": "Warning reasons", "本月未在册": "Not on file this month",
    },
    "WorklistPage": {
        "流失预警": "Churn warnings",
        "正在读取…": "Loading…",
        "未能读取预警清单": "Could not load the warning list",
        "未能完成（{kind}），数据库未作修改。": "Not completed ({kind}); the database is unchanged.",
        "高价值客户工作清单，按涉险资产从高到低排列；选中多行可一次分派。":
            "High-value customers, most AUM at risk first; select several rows to assign them at once.",
        "月份(&P)": "&Month", "风险(&L)": "Risk &level", "状态(&T)": "Sta&tus", "管户经理(&G)": "Mana&ger",
        "原因(&R)": "&Reason", "分派给…": "Assign to…",
        "把选中的客户分派给一位管户经理（Ctrl+D）": "Assign the selected customers to a relationship manager (Ctrl+D)",
        "更改状态…": "Change status…", "推进或关闭选中客户的预警（Ctrl+E）": "Move on or close the selected warnings (Ctrl+E)",
        "客户详情": "Customer details", "打开客户详情（Enter 或双击）": "Open customer details (Enter or double-click)",
        "重新计算": "Recalculate", "按当前设置重新计算本月的等级、评分和预警": "Recalculate this month's tiers, scores and warnings with the current settings",
        "（最新）": " (latest)", "（无数据）": "(no data)", "全部": "All", "无预警": "No warning", "（未分配）": "(unassigned)",
        "显示 {shown} / {total} 户，涉险资产 {stake} 万元": "Showing {shown} of {total} customers, {stake} ×10k CNY at risk",
        "把选中的 {n} 位客户分派给：": "Assign the {n} selected customers to:", "分派": "Assign",
        "已分派 {n} 户；以下未能分派：\n{why}": "{n} assigned; these could not be assigned:\n{why}",
        "更改预警状态": "Change warning status", "正在处理…": "Working…", "未能完成": "Not completed",
    },
    "ImportSummary": {
        "新增客户": "New customers",
        "资产变动客户": "AUM changed",
        "本月消失客户": "Gone this month",
        "新增预警": "New warnings",
        "查看新预警": "View new warnings",
        "查看客户": "View customers",
        "{month} 导入完成（这是第一个月份，没有上月可比）": "{month} imported (the first month, so nothing to compare with)",
        "{month} 与 {previous} 相比": "{month} compared with {previous}",
        "新增：本月清单有、上月没有；资产变动：两月都有，金融资产变化达到上月的 {p}% 及以上；消失：上月有、本月清单没有。新增预警是本次导入后重新计算产生的预警。": "New: on this month's list but not last month's. AUM changed: on both, with AUM changing by {p}% or more of last month's. Gone: on last month's list but not this month's. New warnings come from the recalculation after this import.",
    },
    # ---- core/ (QT_TRANSLATE_NOOP with module constants) ----
    "Followup": {
        "月度清单": "Monthly list", "指定": "Assigned", "交接": "Handover",
        "交出和接收的是同一个人（{name}），未作修改。": "Handing over to the same person ({name}); nothing changed.",
        "反馈类别": "feedback category", "反馈状态": "feedback status", "岗位": "role",
        "没有编号为 {id} 的联系记录。": "There is no contact record #{id}.",
        "不能修改「{fields}」。可修改：{valid}": "“{fields}” cannot be changed. Editable: {valid}",
        "下次跟进日期": "Next follow-up date", "及时联系": "Contacted in time", "联系较晚": "Contacted late",
        "未联系": "Not contacted", "未及时联系（较晚＋未联系）": "Not in time (late + not contacted)",
        "反馈内容": "Feedback", "答复": "Answer", "转交对象": "Forwarded to",
        "没有编号为 {id} 的反馈。": "There is no feedback #{id}.", "请填写客户反馈的内容。": "Please enter the customer's feedback.",
        "反馈日期": "Feedback date", "日期": "Date", "反馈已是「{status}」。": "The feedback is already “{status}”.",
        "反馈当前为「{now}」，下一步应为「{next}」，不能直接改为「{to}」。":
            "The feedback is “{now}”; the next step is “{next}”, it cannot go straight to “{to}”.",
        "从「{now}」退回「{to}」须说明原因（--note）。": "Sending back from “{now}” to “{to}” needs a reason (--note).",
        "日期 {day} 早于上一步的日期 {floor}。": "The date {day} is before the previous step's date {floor}.",
        "客户 {no} 没有编号为 {id} 的联系记录。": "Customer {no} has no contact record #{id}.",
        "没有 {period} 的已导入数据。已有的月份：{valid}": "No imported data for {period}. Months available: {valid}",
        "（尚未导入任何月份）": "(no months imported yet)", "（无客户经理）": "(no relationship manager)",
        "全网点合计": "Branch total",
        "请填写姓名和工号（各不超过 {n} 个字）。": "Please enter a name and staff no. (at most {n} characters each).",
        "工号「{no}」已登记给「{name}」，未作修改。": "Staff no. “{no}” is already registered to “{name}”; nothing changed.",
        "（尚无员工，请先用 staff add 登记）": "(no staff yet; add them with staff add)",
        "找不到员工「{key}」。可用的工号：{valid}": "Staff “{key}” not found. Valid staff numbers: {valid}",
        "{field}中似乎有身份证号": "{field} seems to contain an ID card number",
        "{field}中似乎有银行卡号或账号": "{field} seems to contain a card or account number",
        "{field}中似乎有电话号码": "{field} seems to contain a phone number",
        "{field}中提到「{word}」：密码、验证码一律不得记录": "{field} mentions “{word}”: passwords and verification codes must never be recorded",
        "{field}共 {length} 个字，超过上限 {limit} 个字，请精简后再保存。":
            "{field} has {length} characters, over the limit of {limit}; please shorten it before saving.",
        "联系记录 #{id}（{channel}）": "Contact #{id} ({channel})",
        "联系记录 #{id}：客户态度{attitude}": "Contact #{id}: customer attitude {attitude}",
        "联系记录 #{id}：客户{attitude}": "Contact #{id}: customer {attitude}",
        "联系记录 #{id}：经联系核实为误报": "Contact #{id}: confirmed a false alarm",
        "这次联系（{day}）早于预警生成的日期（{raised}），不能据此改预警状态。":
            "This contact ({day}) is before the warning was raised ({raised}), so it cannot change the warning status.",
        "该客户没有未关闭的预警，不能改为「{to}」。": "This customer has no open warning to set to “{to}”.",
        "月份应为 YYYY-MM 格式，如 2026-10；收到「{value}」。": "A month must be YYYY-MM, e.g. 2026-10; got “{value}”.",
        "时间应写成 YYYY-MM-DD HH:MM，如 2026-11-03 14:30；收到「{value}」。":
            "A time must be YYYY-MM-DD HH:MM, e.g. 2026-11-03 14:30; got “{value}”.",
        "{what}应写成 YYYY-MM-DD，如 2026-11-10；收到「{value}」。": "{what} must be YYYY-MM-DD, e.g. 2026-11-10; got “{value}”.",
    },
    "ImportFields": {
        "证件类型": "ID type", "证件号码": "ID no.", "手机号码": "Mobile", "网点": "Branch",
        "管户经理工号": "Manager staff no.", "统计月份": "Period", "金融资产": "AUM", "存款": "Deposits",
        "定期存款": "Time deposits", "活期存款": "Demand deposits", "理财": "Wealth products", "基金": "Funds",
        "保险": "Insurance", "贷款": "Loans", "转出他行金额": "Transferred to other banks",
        "最近到期日": "Next maturity date", "电子银行交易笔数": "E-banking transactions",
        "最近交易日期": "Last transaction date", "代发工资": "Payroll", "持有产品": "Products held",
    },
    "ImportRejects": {"行号": "Row", "原因": "Reason", "未通过的行": "Rejected rows"},
    "ImportMessages": {
        "找不到文件「{file}」。请检查路径是否正确。": "File “{file}” not found. Check the path.",
        "无法读取文件「{file}」（可能正被其他程序占用或没有权限）。请关闭Excel/WPS后重试。":
            "Cannot read “{file}” (another program may be using it, or access is denied). Close Excel/WPS and try again.",
        "文件「{file}」是空的（0字节）。请重新从核心系统导出。": "“{file}” is empty (0 bytes). Export it again from the core system.",
        "「{file}」是Excel/WPS打开文件时生成的临时锁文件，不是数据文件。请选择不带“~$”前缀的原文件。":
            "“{file}” is a temporary lock file Excel/WPS creates while a file is open, not a data file. "
            "Choose the original file without the “~$” prefix.",
        "文件过大（{size_mb} MB，上限 {limit_mb} MB）。请按网点或月份拆分后分别导入。":
            "The file is too large ({size_mb} MB, limit {limit_mb} MB). Split it by branch or month and import the parts.",
        "无法识别文件「{file}」的格式。请在Excel中另存为 .xlsx 或 CSV（逗号分隔）后再导入。":
            "Unrecognised format: “{file}”. Save it as .xlsx or CSV (comma-separated) in Excel and import again.",
        "无法识别文件「{file}」的文字编码（既不是UTF-8，也不是GBK/GB18030）。请在Excel中另存为“CSV UTF-8（逗号分隔）”后再导入。":
            "Unrecognised text encoding in “{file}” (neither UTF-8 nor GBK/GB18030). Save it in Excel as "
            "“CSV UTF-8 (comma delimited)” and import again.",
        "「{file}」是一个压缩包，但里面没有Excel工作簿。请选择真正的Excel文件（.xlsx）。":
            "“{file}” is a zip archive without an Excel workbook inside. Choose a real Excel file (.xlsx).",
        "文件内部条目过多（{count} 个，上限 {limit} 个），疑似损坏或恶意构造的文件，已拒绝。":
            "The file has too many internal entries ({count}, limit {limit}); it looks damaged or malicious and was rejected.",
        "文件解压后的体积异常（{entry} 压缩比约 {ratio}:1，解压后 {size_mb} MB），疑似恶意构造的文件，已拒绝。":
            "The file expands abnormally ({entry} compresses about {ratio}:1, {size_mb} MB unpacked); "
            "it looks malicious and was rejected.",
        "文件「{file}」已损坏或不完整，无法读取。请在Excel中打开后“另存为”新的 .xlsx 文件，或重新从核心系统导出。":
            "“{file}” is damaged or incomplete and cannot be read. Open it in Excel and “Save As” a new .xlsx file, "
            "or export it again from the core system.",
        "工作簿「{file}」设置了打开密码，无法读取。请在Excel中取消密码（文件→信息→保护工作簿→用密码进行加密，清空密码）后另存再导入。":
            "Workbook “{file}” is password-protected and cannot be read. Remove the password in Excel "
            "(File → Info → Protect Workbook → Encrypt with Password, clear it), save, and import again.",
        "文件含有不安全的XML内容（实体声明或外部引用），已拒绝。请重新从核心系统导出。":
            "The file contains unsafe XML (entity declarations or external references) and was rejected. "
            "Export it again from the core system.",
        "工作表「{sheet}」的数据区域异常大（{cell} 单元格有内容），通常是表格远处残留了格式或数据。请在Excel中删除多余的行和列后另存再导入。":
            "Sheet “{sheet}” has an unusually large data range (cell {cell} has content), usually leftover formatting "
            "or data far from the table. Delete the extra rows and columns in Excel, save, and import again.",
        "工作表「{sheet}」中有 {count} 个公式没有计算结果（文件由程序生成后未在Excel中保存过）。请用Excel打开、保存一次，或将公式“选择性粘贴为数值”后再导入。":
            "Sheet “{sheet}” has {count} formulas without calculated values (the file was generated by a program and "
            "never saved in Excel). Open and save it once in Excel, or paste the formulas as values, then import again.",
        "文件「{file}」里没有任何数据。": "“{file}” contains no data.",
        "在前20行中没有找到客户清单的表头（至少需要“客户号”“姓名”和一个资产金额列）。找到的内容：{found}。如表头写法特殊，可用 --map \"表头=字段\" 指定。":
            "No customer list header found in the first 20 rows (it needs at least “客户号”, “姓名” and one amount column). "
            "Found: {found}. For unusual headers, use --map \"header=field\".",
        "找不到名为「{sheet}」的工作表。文件中的工作表有：{sheets}。": "No sheet named “{sheet}”. Sheets in the file: {sheets}.",
        "缺少必需的列：{columns}。表头在第 {row} 行，包含：{found}。请补齐该列，或用 --map \"表头=字段\" 指定对应关系。":
            "Required columns missing: {columns}. The header is on row {row} and contains: {found}. "
            "Add the column, or map it with --map \"header=field\".",
        "「{field}」对应了多列（{columns}），无法确定使用哪一列。请删除多余的列后重新导入。":
            "“{field}” matches several columns ({columns}); cannot tell which to use. Delete the extra columns and import again.",
        "文件含有认证信息列「{column}」（密码、验证码、CVV、卡片有效期、磁道信息等），按规定不得导入或保存。整份文件已拒绝，请删除该列后重新导出。":
            "The file has an authentication data column “{column}” (password, verification code, CVV, card expiry, "
            "track data…), which must never be imported or stored. The whole file was rejected; remove the column and export again.",
        "金额列「{column}」没有注明单位（元或万元）。请在表头注明，如“{column}（万元）”，或在标题行写“单位：万元”，或用 --map \"{column}={field}:万元\" 指定。":
            "Amount column “{column}” has no unit (元 or 万元). Add it to the header, e.g. “{column}（万元）”, write "
            "“单位：万元” in the title row, or use --map \"{column}={field}:万元\".",
        "无法确定数据所属的月份：表中没有“统计月份/数据日期”列，标题和文件名中也没有月份。请用 --period YYYY-MM 指定，例如 --period 2026-10。":
            "Cannot tell which month the data is for: there is no period/data-date column and no month in the title or "
            "file name. Give it with --period YYYY-MM, e.g. --period 2026-10.",
        "表中含有多个统计月份（{periods}），一次只能导入一个月的数据。请按月份拆分后分别导入。":
            "The table contains several periods ({periods}); only one month can be imported at a time. Split it by month.",
        "月份“{value}”格式不对，应为 YYYY-MM，例如 2026-10。": "Month “{value}” is not valid; use YYYY-MM, e.g. 2026-10.",
        "{period} 的数据已由批次 {batch_id} 导入（文件「{file}」，{when}）。如要用本文件替换该月数据，请加 --replace。":
            "Data for {period} was already imported by batch {batch_id} (file “{file}”, {when}). "
            "To replace that month with this file, add --replace.",
        "这个文件已由批次 {batch_id} 导入过（{when}，月份 {period}）。如确需重新导入，请加 --replace。":
            "This file was already imported by batch {batch_id} ({when}, month {period}). To import it again, add --replace.",
        "没有任何一行通过校验，未写入任何数据。请根据问题清单修正文件后重新导入。":
            "No row passed the checks; nothing was written. Fix the file using the issues list and import again.",
        "映射“{value}”写法不对，应为 “表头=字段” 或 “表头=字段:万元”。可用的字段：{fields}。":
            "Mapping “{value}” is not valid; use “header=field” or “header=field:万元”. Fields: {fields}.",
        "映射中的表头「{column}」在文件中不存在。文件表头：{found}。": "Mapped header “{column}” is not in the file. Headers in the file: {found}.",
        "找不到导入批次 {batch_id}。可用 batches 命令查看所有批次。": "Import batch {batch_id} not found. The batches command lists all batches.",
        "批次 {batch_id} 的状态是“{status}”，不能撤销。": "Batch {batch_id} is “{status}” and cannot be undone.",
        "工作表「{sheet}」有 {rows} 行，超过上限 {limit} 行。请拆分后分别导入。":
            "Sheet “{sheet}” has {rows} rows, over the limit of {limit}. Split it and import the parts.",
        "必填项为空，该行未导入。": "A required value is empty; row not imported.",
        "不是有效的金额或数字，该行未导入。请改为数字，如 12345.67。": "Not a valid amount or number; row not imported. Use a number such as 12345.67.",
        "金额不能为负数，该行未导入。": "Amounts cannot be negative; row not imported.",
        "金额大得不合理（超过一千亿元），可能单位或格式有误，该行未导入。":
            "Implausibly large amount (over 100 billion CNY); the unit or format may be wrong. Row not imported.",
        "不是有效的笔数（应为不小于0的整数），该行未导入。": "Not a valid count (must be a whole number ≥ 0); row not imported.",
        "无法识别的取值（应为 是/否），该行未导入。": "Unrecognised value (must be 是/否, yes/no); row not imported.",
        "不是有效的日期，该行未导入。请使用 2026-10-31 这样的格式。": "Not a valid date; row not imported. Use a format like 2026-10-31.",
        "日期写法有歧义（无法确定年、月、日的顺序），该行未导入。请改为 2026-10-31 这样的格式。":
            "Ambiguous date (the order of year, month and day is unclear); row not imported. Use a format like 2026-10-31.",
        "单元格是Excel错误值，该行未导入。请在Excel中修正公式或数据后重新导出。":
            "The cell holds an Excel error value; row not imported. Fix the formula or data in Excel and export again.",
        "证件号码是数字格式，Excel已把它截断为15位有效数字，无法还原，该行未导入。请在核心系统导出时把证件号码列设为文本，或在Excel中把该列设置为“文本”格式后重新导出原始数据。":
            "The ID number is stored as a number, so Excel cut it to 15 significant digits and it cannot be restored; "
            "row not imported. Export the ID column as text from the core system, or format the column as “Text” in "
            "Excel and export the original data again.",
        "证件号码应为18位，该行未导入。": "The ID number must have 18 characters; row not imported.",
        "证件号码含有非法字符（应为17位数字加1位数字或X），该行未导入。":
            "The ID number has invalid characters (it must be 17 digits plus a digit or X); row not imported.",
        "证件号码中的出生日期不存在，该行未导入。": "The birth date in the ID number does not exist; row not imported.",
        "证件号码校验位不正确（可能录入有误，或被Excel截断后末尾补了0），该行未导入。请核对原始证件号码。":
            "The ID number's check digit is wrong (a typo, or Excel truncated it and padded with 0); row not imported. "
            "Check the original ID number.",
        "编号是超过15位的数字格式，Excel已截断，无法还原，该行未导入。请把该列设为文本后重新导出。":
            "The number has more than 15 digits stored as a number; Excel truncated it and it cannot be restored. "
            "Row not imported. Format the column as text and export again.",
        "编号含有无效字符，该行未导入。": "The number has invalid characters; row not imported.",
        "内容过长（超过 {limit} 个字符），该行未导入。": "Too long (over {limit} characters); row not imported.",
        "电话号码格式不对，已忽略该号码（其余数据已导入）。": "Invalid phone number; the number was ignored (the rest of the row was imported).",
        "与第 {other_row} 行完全相同，已合并为一行。": "Identical to row {other_row}; merged into one row.",
        "同一客户号在第 {rows} 行重复出现且内容不同，无法判断哪一行正确，这些行都未导入。请核对后保留一行。":
            "The same customer no. appears on rows {rows} with different content; cannot tell which is right, so none "
            "were imported. Check them and keep one.",
        "合计/小计行，已跳过。": "Total/subtotal row; skipped.",
        "表尾说明行（如制表人、备注），不是客户数据，已跳过。": "Footer note (e.g. prepared by, remarks), not customer data; skipped.",
        "文件没有“金融资产”列，金融资产按 {columns} 之和计算。": "The file has no AUM column; AUM is the sum of {columns}.",
        "以下列未被识别，未导入：{columns}。如需导入，可用 --map \"表头=字段\" 指定。":
            "These columns were not recognised and were not imported: {columns}. To import them, use --map \"header=field\".",
        "已跳过隐藏的工作表：{sheets}。如需导入隐藏表，请用 --sheet 指定。":
            "Hidden sheets skipped: {sheets}. To import a hidden sheet, name it with --sheet.",
        "使用工作表「{sheet}」；其他工作表未导入：{sheets}。": "Using sheet “{sheet}”; other sheets not imported: {sheets}.",
        "客户号列是数字格式（共 {count} 行）；如果客户号本应有前导0，请把该列设为文本后重新导出。":
            "The customer no. column is numeric ({count} rows); if numbers should have leading zeros, "
            "format the column as text and export again.",
        "{source}中的月份（{other}）与采用的月份 {period} 不一致，请确认。":
            "The month in the {source} ({other}) differs from the month used, {period}; please check.",
        "跳过空行 {count} 行。": "{count} empty rows skipped.",
        "沿用了上次为同样表头保存的列对应关系。": "Reused the column mapping saved last time for the same headers.",
    },
    "Reports": {
        "万元": "10k CNY", "元": "CNY", "走访记录": "Contacts", "走访记录（{month}）": "Contacts ({month})",
        "本月联系 {count} 次，涉及客户 {customers} 户。按联系方式：{channels}；按客户态度：{attitudes}。":
            "{count} contacts this month with {customers} customers. By channel: {channels}; by attitude: {attitudes}.",
        "序号": "No.", "客户姓名": "Customer name", "提到的他行": "Other bank mentioned", "联系摘要": "Summary",
        "客户维护月报": "Customer care monthly report",
        "只能导出为 .xlsx 或 .csv 文件；收到「{name}」。": "Exports must be .xlsx or .csv files; got “{name}”.",
        "没有「{kind}」这种清单。可导出：{valid}": "There is no “{kind}” list. Available: {valid}",
        "没有可导出的导入批次。": "There are no import batches to export.",
        "CSV 编码只能是 utf-8（带BOM，Excel可直接打开）或 gb18030；收到「{value}」。":
            "CSV encoding must be utf-8 (with BOM, opens directly in Excel) or gb18030; got “{value}”.",
        "客户清单": "Customer list", "流失预警工作清单": "At-risk work list", "导入问题行": "Import issue rows",
        "未导入": "Not imported", "已导入，有提示": "Imported with notes", "已跳过": "Skipped",
        "证件号码": "ID no.", "手机号码": "Mobile", "性别": "Gender", "网点": "Branch", "客户等级": "Tier",
        "风险等级": "Risk level", "金融资产": "AUM", "存款": "Deposits", "首次出现月份": "First month",
        "最近出现月份": "Last month", "涉及资产": "AUM at stake", "评分": "Score", "预警原因": "Warning reasons",
        "批次": "Batch", "文件": "File", "数据月份": "Data month", "行号": "Row", "列": "Column", "处理": "Action",
        "问题": "Issue", "单元格内容（已脱敏）": "Cell content (masked)", "导入时间": "Imported at",
        "记录编号": "Record no.", "关联预警": "Linked warning", "修改次数": "Edits", "记录人": "Recorded by",
        "记录时间": "Recorded at", "编号": "No.", "提出日期": "Raised on", "类别": "Category", "反馈内容": "Feedback",
        "提出人": "Raised by", "当前状态": "Status", "转交给": "Forwarded to", "转交日期": "Forwarded on",
        "答复": "Answer", "答复日期": "Answered on", "告知客户日期": "Customer informed on",
        "来自联系记录": "From contact", "客户意见反馈（{month}）": "Customer feedback ({month})",
        "反馈闭环：已记录 → 已转交 → 已答复 → 已告知客户。下表列出本月提出的反馈，以及此前提出、尚未办结的反馈。":
            "Feedback loop: Recorded → Forwarded → Answered → Customer informed. Below: feedback raised this month, "
            "and earlier feedback still open.",
        "一、本月提出的反馈（按类别，当前状态）": "1. Feedback raised this month (by category, current status)",
        "二、反馈摘要": "2. Feedback summary", "三、按类别": "3. By category",
        "本月意见反馈（按类别，条）": "Feedback this month (by category)", "四、反馈明细": "4. Feedback details",
        "合计": "Total", "本月没有新的客户反馈。": "No new customer feedback this month.",
        "没有本月提出或尚未办结的反馈。": "No feedback raised this month or still open.",
        "本月提出 {raised} 条，本月办结（已告知客户）{closed} 条，平均办结用时 {days}。":
            "{raised} raised this month, {closed} closed (customer informed); average time to close {days}.",
        "各环节平均等待：{steps}。": "Average wait per step: {steps}.",
        "目前尚未办结 {open} 条{oldest}。": "{open} still open{oldest}.",
        "，等待最久的：{items}": "; longest waiting: {items}",
        "近三个月反复出现的类别（前两月、上月、本月条数）：{items}。":
            "Categories recurring over three months (two months ago, last month, this month): {items}.",
        "本月联系中客户提到的他行：{items}。": "Other banks customers mentioned this month: {items}.",
        "本月联系中客户给出的原因：{items}。": "Reasons customers gave this month: {items}.",
        "{n} 天": "{n} days", "本月提出": "Raised this month", "办结日期": "Closed on", "已用天数": "Days taken",
        "联系客户（次）": "Customer contacts",
        "当月的走访、电话等联系记录，明细见“走访记录”表": "Visits, calls and other contacts this month; details on the “Contacts” sheet",
        "维护覆盖率": "Care coverage",
        "有维护周期要求的客户中，月末仍在周期内联系过的比例": "Share of customers with a contact cadence who were contacted within it at month end",
        "新发预警及时联系率": "New warnings contacted in time", "逾期未跟进（次）": "Overdue follow-ups",
        "约定的下次跟进日已过、其间没有联系记录": "Agreed follow-up date passed with no contact since",
        "意见反馈提出（条）": "Feedback raised", "明细见“意见反馈”表": "Details on the “Feedback” sheet",
        "意见反馈办结（条）": "Feedback closed",
        "当月告知客户处理结果的反馈（不论何时提出）": "Feedback whose outcome the customer was told this month (whenever raised)",
        "高价值客户（户）": "High-value customers", "高价值客户金融资产（万元）": "High-value AUM (10k CNY)",
        "新增高价值客户（户）": "New high-value customers",
        "本月达到高价值等级、上月不是（含新客户）": "High-value this month but not last month (incl. new customers)",
        "减少高价值客户（户）": "High-value customers lost",
        "上月是高价值客户、本月降级或不在清单": "High-value last month, downgraded or off the list this month",
        "流失预警（户）": "Churn warnings (customers)",
        "当月有预警信号的高价值客户，明细见“流失预警”表": "High-value customers flagged this month; details on the “Churn warnings” sheet",
        "其中本月新发预警（户）": "of which new this month", "当月首次发出的预警": "Warnings raised for the first time this month",
        "已联系（户）": "Contacted", "预警发出后有联系记录，或标记过已联系": "Contact recorded after the warning, or marked Contacted",
        "已挽留（户）": "Retained", "已流失（户）": "Lost", "挽留率": "Retention rate",
        "已挽留 ÷（已挽留 + 已流失）": "Retained ÷ (Retained + Lost)", "涉及资产（万元）": "AUM at stake (10k CNY)",
        "预警客户可能流失的资产": "AUM that warned customers may take away", "挽留资产（万元）": "AUM retained (10k CNY)",
        "已挽留客户的涉及资产": "AUM at stake of retained customers", "流失客户（户）": "Lost customers",
        "流失资产（万元）": "AUM lost (10k CNY)",
        "流失客户较上月减少的金融资产，明细见“流失客户”表": "AUM lost customers held less than last month; details on the “Lost customers” sheet",
        "新发预警在 {days} 个工作日内联系的比例": "Share of new warnings contacted within {days} working days",
        "{tier}及以上等级的客户": "Customers at {tier} tier or above",
        "本月不在清单，或金卡及以上客户资产较上月下降 {pct}% 以上":
            "Off the list this month, or Gold-and-above customers whose AUM fell more than {pct}% from last month",
        "制表：{who}  {when}": "Prepared by {who}  {when}", "流失客户": "Lost customers", "流失客户（{month}）": "Lost customers ({month})",
        "上月（{previous}）在清单、本月不在清单的客户，以及金卡及以上客户资产较上月下降 {pct}% 以上的，共 {count} 户，减少金融资产 {aum} 万元。":
            "Customers on last month's list ({previous}) but not this month's, plus Gold-and-above customers whose AUM "
            "fell more than {pct}%: {count} customers, AUM down {aum} ×10k CNY.",
        "本月是第一个导入的月份，没有上月可比。": "This is the first imported month; there is no previous month to compare.",
        "本月不在清单": "Off the list", "资产大幅转出": "Large outflow", "上月等级": "Last month's tier",
        "流失类型": "Type", "上月金融资产": "AUM last month", "本月金融资产": "AUM this month", "减少资产": "AUM lost",
        "月份应为 YYYY-MM 格式，如 2026-10；收到「{value}」。": "A month must be YYYY-MM, e.g. 2026-10; got “{value}”.",
        "没有 {period} 的已导入数据。已有的月份：{valid}": "No imported data for {period}. Months available: {valid}",
        "还没有导入任何月度数据，无法生成报表。请先导入客户清单。": "No monthly data imported yet, so no report can be made. Import a customer list first.",
        "本网点": "This branch", "挽留成效": "Retention", "挽留成效（{month}）": "Retention ({month})",
        "本月预警的处理结果（截至制表时）与联系是否及时的对比。是否流失按回测口径：其后 {horizon} 个月内不在清单，或金融资产较预警月下降 {pct}% 以上；“及时联系”指预警后 {days} 天内有联系记录或标记为已联系；“处理中”指新预警、已分派、已联系。":
            "Outcomes of this month's warnings (as of preparation) compared by how promptly customers were contacted. "
            "Lost, as in the backtest: off the list within {horizon} months, or AUM down more than {pct}% from the "
            "warning month. “Contacted in time”: a contact recorded or marked Contacted within {days} days of the "
            "warning. “In progress”: New, Assigned or Contacted.",
        "一、本月预警处理结果": "1. Outcomes of this month's warnings",
        "二、联系是否及时的对比：{month}新发预警（{observed}）": "2. Timely vs late contact: new warnings of {month} ({observed})",
        "已观察 {months} 个月，至 {until}": "observed {months} months, to {until}",
        "其后月份尚未导入，去留待观察": "later months not yet imported; outcome still open",
        "三、联系是否及时的对比：{month}新发预警（{observed}）": "3. Timely vs late contact: new warnings of {month} ({observed})",
        "{number}、已挽留和已流失的客户": "{number}. Retained and lost customers",
        "本月预警中还没有关闭为已挽留或已流失的。": "None of this month's warnings has been closed as Retained or Lost yet.",
        "处理中": "In progress", "处理结果": "Outcome", "户数": "Customers", "占比": "Share", "分组": "Group",
        "客户数": "Customers", "其后流失": "Lost later", "流失率": "Loss rate", "预警月资产": "AUM at warning",
        "观察期末资产": "AUM at end", "资产保有率": "AUM retained", "关闭说明": "Closing note",
        "请先关闭同名文件「{name}」：它正在 Excel、WPS 或其他程序中打开，无法覆盖。原文件未作任何改动，关闭后请重新导出。（如果确实没有打开，请删除同一文件夹中的隐藏文件「{owner}」后重试。）":
            "Please close “{name}” first: it is open in Excel, WPS or another program and cannot be overwritten. "
            "The original file is unchanged; export again once it is closed. (If it really is not open, delete the "
            "hidden file “{owner}” in the same folder and try again.)",
        "无法写入文件夹「{folder}」（没有权限或磁盘已满）。请换一个文件夹后重试，未写入任何文件。":
            "Cannot write to folder “{folder}” (no permission or disk full). Choose another folder and try again; no file was written.",
        "文件夹「{folder}」不存在。请先建好文件夹，或换一个位置。": "Folder “{folder}” does not exist. Create it first, or choose another location.",
        "「{name}」是一个文件夹，不能作为导出文件。请指定文件名，如 {name}/月报.xlsx。":
            "“{name}” is a folder, not a file to export to. Give a file name, e.g. {name}/report.xlsx.",
        "客户经理考核": "Manager scorecard", "客户经理考核（{month}）": "Manager scorecard ({month})",
        "综合得分 = {weights}（满分 100；没有基数的项不计，其余按权重折算）。月初资产为上月末（{previous}）管户资产。":
            "Score = {weights} (out of 100; items with no base are left out and the rest reweighted). "
            "Opening AUM is the managed AUM at the end of last month ({previous}).",
        "一、综合得分": "1. Overall score", "二、考核明细": "2. Details", "无上月数据": "no data for last month",
        "及时联系率": "Timely contact rate", "跟进按时率": "On-time follow-up rate", "排名": "Rank",
        "综合得分": "Score", "高价值客户": "High-value customers", "月初资产": "Opening AUM", "月末资产": "Closing AUM",
        "资产变动": "AUM change", "新增高价值": "New high-value", "减少高价值": "High-value lost",
        "新发预警": "New warnings", "及时联系": "Contacted in time", "应维护客户": "Customers due care",
        "已维护": "Cared for", "到期跟进": "Follow-ups due", "逾期跟进": "Overdue follow-ups", "办结反馈": "Feedback closed",
        "平均办结天数": "Avg. days to close",
        "{branch} 客户维护月报（{month}）": "{branch} customer care monthly report ({month})",
        "数据月份：{month}\u3000对比：{previous}\u3000金额单位：万元\u3000{masking}\u3000制表：{who}\u3000{when}":
            "Data month: {month}\u3000Compared with: {previous}\u3000Amounts in 10k CNY\u3000{masking}\u3000Prepared by {who}\u3000{when}",
        "客户姓名已脱敏": "Customer names masked", "含客户完整姓名，请妥善保管": "Contains full customer names; keep it safe",
        "无（首个月份）": "none (first month)", "一、客户与资产": "1. Customers and AUM", "二、维护指标": "2. Care figures",
        "三、涉及资产最多的十位预警客户": "3. Ten warned customers with the most AUM at stake",
        "四、近12个月金融资产": "4. AUM over the last 12 months", "五、预警原因分布": "5. Warning reasons",
        "近12个月金融资产（万元）": "AUM, last 12 months (10k CNY)", "本月预警原因（条）": "Warning reasons this month",
        "本月没有高价值客户流失预警。": "No churn warnings for high-value customers this month.",
        "说明：预警状态为截至制表时的处理状态；挽留率 = 已挽留 ÷（已挽留 + 已流失）。制表人：{who}；制表时间：{when}。":
            "Notes: warning status is as of preparation; retention rate = Retained ÷ (Retained + Lost). "
            "Prepared by {who} at {when}.",
        "变动": "Change", "口径说明": "Definition", "月份": "Month", "预警数": "Warnings",
        "客户分层": "Tiers", "客户分层（{month}）": "Customer tiers ({month})",
        "等级按月末金融资产认定：金卡 {gold} 起，白金 {platinum} 起，钻石 {diamond} 起，私行 {private} 起；资产低于等级标准连续 {months} 个月（私行 {private_months} 个月）后降级，期间为“关注”。上月为 {previous}。":
            "Tiers follow month-end AUM: Gold from {gold}, Platinum from {platinum}, Diamond from {diamond}, Private "
            "from {private}. A customer below the tier threshold for {months} months in a row ({private_months} for "
            "Private) is downgraded, and is on “watch” meanwhile. Last month is {previous}.",
        "一、等级分布": "1. Tier distribution", "二、等级迁移（上月 → 本月，户数）": "2. Tier moves (last month → this month, customers)",
        "绿色：升级或新进入清单；红色：降级或离开清单；蓝色：等级不变。":
            "Green: upgraded or new to the list; red: downgraded or left the list; blue: unchanged.",
        "三、等级分布图": "3. Tier charts", "各等级客户数（户）": "Customers by tier", "户": "customers",
        "各等级金融资产（万元）": "AUM by tier (10k CNY)", "其中高价值（{tier}及以上）": "of which high-value ({tier} and above)",
        "上月＼本月": "Last ＼ this month", "上月不在清单（新客户）": "Not on last month's list (new)",
        "本月户数": "This month", "上月户数": "Last month", "户数变动": "Change", "户数占比": "Share of customers",
        "资产占比": "Share of AUM", "其中关注": "of which on watch",
        "高价值客户流失预警（{month}）": "High-value churn warnings ({month})",
        "本月有预警信号的高价值客户 {count} 户，涉及资产 {stake} 万元；按涉及资产从多到少排列。状态为截至制表时的处理状态。":
            "{count} high-value customers flagged this month, {stake} ×10k CNY at stake; most AUM at stake first. "
            "Status is as of preparation.",
        "处理状态": "Status", "首次预警": "First warned", "内部资料 注意保密": "Internal - confidential",
        "第 &P 页，共 &N 页": "Page &P of &N",
    },
    "Backtest": {
        "评分 > 0（任一规则触发）": "Score > 0 (any rule fired)", "风险等级 中 及以上": "Risk level Medium or higher",
        "风险等级 高": "Risk level High",
        "{period} 不能回测：回测需要该月之后至少 {horizon} 个月的数据。可回测的月份：{valid}":
            "Cannot backtest {period}: a backtest needs at least {horizon} months of data after it. Months that can be backtested: {valid}",
        "数据不足，无法回测：至少需要 {n} 个月的数据（已有 {have} 个月）。":
            "Not enough data to backtest: at least {n} months are needed ({have} available).",
    },
    "RiskCodes": {
        "本月清单中消失": "Dropped off this month's list", "金融资产下降": "AUM decline", "大额转出": "Large transfer out",
        "代发工资停发": "Payroll stopped", "联系反馈有转走意向或投诉": "Contact shows intent to leave or a complaint",
        "定期/理财即将到期": "Time deposit / wealth product maturing", "电子银行活跃度下降": "Less e-banking activity",
        "等级关注（资产低于等级标准）": "Tier watch (AUM below tier threshold)", "季末冲量资金流出": "Quarter-end window-dressing outflow",
        "高": "High", "中": "Medium", "低": "Low",
    },
    "Risk": {
        "还没有导入任何月度数据。": "No monthly data imported yet.",
        "没有 {period} 的已导入数据。已有的月份：{valid}": "No imported data for {period}. Months available: {valid}",
    },
    "RiskModel": {
        "金融资产较上月变化": "AUM change vs last month", "金融资产较近3个月平均变化": "AUM change vs 3-month average",
        "电子银行笔数较近3个月平均变化": "E-banking transactions vs 3-month average",
        "本月电子银行笔数": "E-banking transactions this month", "距最近一次交易的月数": "Months since last transaction",
        "持有产品数": "Products held", "客户等级": "Tier", "资产低于所持等级的档数": "Tiers AUM is below the held tier",
        "代发工资": "Payroll", "代发工资停发": "Payroll stopped", "30天内到期资金占资产比例": "Share of AUM maturing within 30 days",
        "转出他行占上月资产比例": "Transfers to other banks as share of last month's AUM", "本月不在清单中": "Off this month's list",
        "历史中只有 {n} 个流失样本，至少需要 {m} 个才训练模型（设置 model.min_leavers）":
            "History has only {n} lost customers; the model needs at least {m} to train (setting model.min_leavers)",
        "学习模型是可选功能，需要 scikit-learn：pip install scikit-learn":
            "The learned model is optional and needs scikit-learn: pip install scikit-learn",
    },
    "RiskRules": {
        "金融资产较上月下降{pct}%（-{amount}）": "AUM down {pct}% from last month (-{amount})",
        "金融资产较近{months}个月平均下降{pct}%（-{amount}）": "AUM down {pct}% from the {months}-month average (-{amount})",
        "金融资产较季末冲量前{months}个月平均下降{pct}%（-{amount}）":
            "AUM down {pct}% from the {months}-month average before the quarter-end peak (-{amount})",
        "定期存款/理财共{amount}，最近一笔将于{date}到期（{days}天后）":
            "{amount} in time deposits / wealth products; the next matures on {date} (in {days} days)",
        "{quarter}季末金融资产比此前{months}个月平均高出{lift}%，本月流出{amount}，疑为冲量资金流出":
            "AUM at the end of {quarter} was {lift}% above the previous {months}-month average; {amount} left this month, "
            "likely window-dressing funds",
        "本月转出他行{amount}，占上月金融资产的{pct}%": "{amount} transferred to other banks this month, {pct}% of last month's AUM",
        "本月金融资产减少{amount}，占上月的{pct}%": "AUM fell by {amount} this month, {pct}% of last month's",
        "本月电子银行交易{count}笔，近{months}个月平均{avg}笔，下降{pct}%":
            "{count} e-banking transactions this month vs an average of {avg} over {months} months, down {pct}%",
        "代发工资由“是”变为“否”（{last}仍有代发）": "Payroll changed from yes to no (still paid in {last})",
        "{last}在册（金融资产{amount}），本月客户清单中已无此客户": "On file in {last} (AUM {amount}), missing from this month's customer list",
        "金融资产{aum}，低于{tier}标准（{bound}），已连续{below}个月；再有{left}个月将降级":
            "AUM {aum}, below the {tier} threshold ({bound}) for {below} months in a row; downgrade in {left} more months",
        "最近一次联系（{date}）：客户有转走资金的意向，尚未解决": "Last contact ({date}): customer intends to move funds; unresolved",
        "最近一次联系（{date}）：客户投诉，尚未解决": "Last contact ({date}): customer complaint; unresolved",
        "连续{months}个月没有电子银行交易（此前月均{avg}笔）": "No e-banking transactions for {months} months (previously {avg} a month)",
    },
    "Settings": {
        "金卡起点（月末金融资产）": "Gold threshold (month-end AUM)", "白金起点（月末金融资产）": "Platinum threshold (month-end AUM)",
        "钻石起点（月末金融资产）": "Diamond threshold (month-end AUM)", "私行起点（月末金融资产）": "Private threshold (month-end AUM)",
        "高价值客户的最低等级": "Lowest high-value tier",
        "连续几个月低于等级标准后降级": "Months below the tier threshold before downgrade",
        "私行：连续几个月低于标准后降级": "Private: months below the threshold before downgrade",
        "资产下降：较上月或近3个月平均下降至少": "AUM decline: drop vs last month or 3-month average of at least",
        "资产下降：下降金额至少": "AUM decline: amount of at least",
        "到期：到期的定期/理财至少": "Maturity: maturing deposits / wealth products of at least",
        "到期：未来多少天内到期": "Maturity: maturing within (days)",
        "冲量：季末资产高出前3个月平均至少": "Window dressing: quarter-end AUM above 3-month average by at least",
        "冲量：次月流出至少": "Window dressing: outflow next month of at least",
        "大额转出：单月流出达到": "Large transfer: monthly outflow of",
        "大额转出：或单月流出占上月资产达到": "Large transfer: or monthly outflow as share of last month's AUM of",
        "大额转出：按比例判断时流出至少": "Large transfer: minimum outflow for the share test",
        "活跃度：本月笔数不超过近3个月平均的": "Activity: transactions this month at most this share of the 3-month average",
        "活跃度：近3个月平均笔数至少": "Activity: 3-month average transactions of at least",
        "活跃度：连续无交易的月数": "Activity: months in a row with no transactions",
        "风险等级“高”的分数线": "Score for risk level “High”", "风险等级“中”的分数线": "Score for risk level “Medium”",
        "回测：观察其后几个月": "Backtest: months to observe afterwards", "回测：资产下降多少算流失": "Backtest: AUM drop that counts as lost",
        "学习模型：至少需要的流失样本数": "Learned model: minimum lost customers to train",
        "维护周期：私行客户至少每几天联系一次（0为不要求）": "Cadence: contact Private customers every N days (0 = no requirement)",
        "维护周期：钻石客户至少每几天联系一次（0为不要求）": "Cadence: contact Diamond customers every N days (0 = no requirement)",
        "维护周期：白金客户至少每几天联系一次（0为不要求）": "Cadence: contact Platinum customers every N days (0 = no requirement)",
        "维护周期：金卡客户至少每几天联系一次（0为不要求）": "Cadence: contact Gold customers every N days (0 = no requirement)",
        "维护周期：大众客户至少每几天联系一次（0为不要求）": "Cadence: contact Mass customers every N days (0 = no requirement)",
        "预警生成后须在几个工作日内联系客户": "Working days to contact the customer after a warning",
        "挽留效果：预警后几天内联系算“及时联系”": "Retention: days after a warning that count as “in time”",
        "联系记录、反馈等文字最多几个字": "Maximum length of contact notes, feedback and other text (characters)",
        "服务考核权重：维护覆盖率": "Scorecard weight: care coverage", "服务考核权重：预警及时联系率": "Scorecard weight: timely warning contact",
        "服务考核权重：预警客户挽留率": "Scorecard weight: warning retention rate",
        "服务考核权重：管户资产保有率": "Scorecard weight: managed AUM retention",
        "服务考核权重：跟进按时率": "Scorecard weight: on-time follow-up",
        "没有这个设置项「{key}」。可用的设置项：{keys}": "There is no setting “{key}”. Settings: {keys}",
        "「{value}」不是客户等级。可用：{valid}": "“{value}” is not a tier. Valid: {valid}",
        "金额，如 5万、50000、50,000.00元": "an amount, e.g. 5万, 50000, 50,000.00元", "整数": "a whole number",
        "「{value}」不是有效的值，{label}应填{hint}": "“{value}” is not valid; {label} takes {hint}",
        "{label}须{valid}，「{value}」超出范围": "{label} must be {valid}; “{value}” is out of range",
        "在 {low} 至 {high} 之间": "between {low} and {high}", "不小于 {low}": "at least {low}",
        "{low}（{low_value}）须低于{high}（{high_value}）": "{low} ({low_value}) must be below {high} ({high_value})",
    },
    "Warnings": {
        "生成预警": "Warning raised", "新一期仍有预警信号": "Still flagged in new month", "状态变更": "Status changed",
        "找不到客户号「{no}」": "Customer no. “{no}” not found",
        "没有「{value}」这个状态。可用的状态：{valid}": "There is no status “{value}”. Valid statuses: {valid}",
        "客户「{no}」没有预警": "Customer “{no}” has no warning",
        "客户「{no}」的预警已关闭（{status}），不能再修改": "Customer “{no}”'s warning is closed ({status}) and can no longer change",
        "预警已是「{status}」": "The warning is already “{status}”",
        "预警当前为「{now}」，不能改为「{to}」。可改为：{valid}": "The warning is “{now}” and cannot change to “{to}”. Possible: {valid}",
        "改为「{to}」即关闭预警，须填写原因（备注）": "Changing to “{to}” closes the warning; a reason (note) is required",
    },
}

# column headers, tab names and notes marked later (merged into the contexts above)
_ADDED: dict[str, dict[str, str]] = {
    "App": {
        "示范网点已就绪：{months} 个月的客户清单已导入。\n\n下个月的清单没有导入，放在：\n{file}\n\n"
        "可以在「导入」页选择它（或把它拖到窗口上），体验导入和新的流失预警。":
            "The demo branch is ready: {months} months of customer lists have been imported.\n\n"
            "Next month's list has not been imported; it is in:\n{file}\n\n"
            "Choose it on the Import page (or drop it onto the window) to try an import and see the new warnings.",
    },
    "Charts": {"{month}月": "{month}"},
    "Customer360Dialog": {
        "状态": "Status", "风险": "Risk", "分数": "Score", "涉险资产（元）": "AUM at stake (yuan)",
        "首次预警": "First warned", "最近一期": "Latest period", "原因/关闭说明": "Reasons / closing note",
        "时间": "Time", "事项": "Event", "备注": "Note", "操作人": "By", "态度": "Attitude", "日期": "Date",
        "类别": "Category", "内容": "Content", "转交/答复": "Forwarded / answer", "起始日期": "From",
        "来源": "Source", "月份": "Month", "持有等级": "Tier held", "按当月资产": "By month's AUM",
        "金融资产（元）": "AUM (yuan)", "存款（元）": "Deposits (yuan)", "理财（元）": "Wealth products (yuan)",
        "基金（元）": "Funds (yuan)", "保险（元）": "Insurance (yuan)",
    },
    "DashboardPage": {"事项": "Item", "逾期": "Overdue"},
    "SettingsModel": {"未能保存（{kind}），数据库未作修改。": "Not saved ({kind}); the database was not changed."},
    "SettingsPage": {
        "客户等级": "Customer tiers",
        "按月末金融资产划分等级；低于等级标准的客户先列为“关注”，连续数月后降级。":
            "Tiers by month-end AUM; a customer below the tier's threshold is first put on watch, and moves down after several months.",
        "预警规则": "Warning rules",
        "各项流失信号的触发条件。修改后，下次打开流失预警时按新设置重新计算。":
            "When each attrition signal fires. After a change, the at-risk list is recomputed with the new settings when next opened.",
        "规则权重与分数线": "Rule weights and score lines",
        "每条规则触发时最多加多少分，以及“高”“中”风险的分数线。":
            "The most points each rule adds when it fires, and the score lines for high and medium risk.",
        "维护周期与考核": "Cadences and scorecard",
        "各等级客户的联系周期、预警联系时限和服务考核权重。":
            "Contact cadence per tier, the time allowed to contact a warned customer, and the scorecard weights.",
        "岗位": "Role", "状态": "Status", "管户客户": "Customers", "未结预警": "Open warnings",
        "未能保存（{kind}），数据库未作修改。": "Not saved ({kind}); the database was not changed.",
    },
}
for _ctx, _english in _ADDED.items():
    BY_CONTEXT.setdefault(_ctx, {}).update(_english)


def english(context: str, source: str) -> str | None:
    """The English for ``source`` in ``context``, or None if the table has none."""
    return BY_CONTEXT.get(context, {}).get(source, EN.get(source))


def fill(ts: Path = TS) -> int:
    """Fill unfinished messages whose English is known; return how many."""
    tree = ET.parse(ts)
    done = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source, translation = message.findtext("source") or "", message.find("translation")
            text = english(name, source)
            if translation is None or translation.get("type") != "unfinished" or text is None:
                continue
            translation.text = text
            del translation.attrib["type"]
            done += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return done


if __name__ == "__main__":
    print(f"filled {fill()}")
