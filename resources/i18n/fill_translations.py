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
        "从备份恢复": "Restore from backup",
        "未能从备份恢复，数据库保持原样。\n原因：{reason}": "Could not restore from the backup; the database is unchanged.\nReason: {reason}",
        "已从备份恢复：\n{source}\n\n恢复前的数据库已另存为：\n{kept}\n\n请重新登录。":
            "Restored from backup:\n{source}\n\nThe database as it was before the restore is saved as:\n{kept}\n\n"
            "Please sign in again.",
        "这个版本尚不支持从备份恢复。": "This version cannot restore from backups yet.",
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
        "{day}：跟进到期 {today} 户，逾期 {overdue} 户": "{day}: {today} follow-ups due, {overdue} overdue",
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
        "没有权限": "Not permitted",
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
        "数据月份：{month}": "Data month: {month}",
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
        "账户": "Accounts", "审计日志": "Audit log", "数据安全": "Data security",
        "锁定屏幕": "Lock screen", "修改密码…": "Change password…", "退出登录（切换用户）": "Sign out (switch user)",
        "用户：{name}（{role}）": "User: {name} ({role})", "修改密码": "Change password",
        "密码已修改，下次登录请使用新密码。": "Password changed. Use the new password next time you sign in.",
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
        "可导出本人管户客户的清单；证件号、手机号等均已脱敏。":
            "You can export lists of your own managed customers; ID numbers, mobiles and the like are masked.",
        "还没有导入数据。": "No data imported yet.",
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
        "安全与保留": "Security and retention",
        "无操作多少分钟后锁定窗口；月度快照、联系记录和审计日志各保留多少个月（审计日志至少 6 个月）。":
            "How many idle minutes before the window locks, and how many months monthly snapshots, contact records "
            "and the audit log are kept (the audit log at least 6 months).",
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
        "导出完整信息（不脱敏）须填写理由，如：报送总行风险管理部。请填写理由后重试，未导出任何文件。":
            "Exporting full (unmasked) details needs a reason, e.g. “for head office risk management”. "
            "Enter a reason and try again; no file was exported.",
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
        "无操作几分钟后锁定窗口": "Lock the window after this many idle minutes",
        "月度资产数据保留几个月": "Months to keep monthly asset data",
        "联系记录与意见反馈保留几个月": "Months to keep contact records and feedback",
        "审计日志保留几个月（至少6个月）": "Months to keep the audit log (at least 6)",
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
    # ---- accounts, roles and permissions (core/actors.py, core/security/) ----
    "Roles": {
        "柜员": "Teller", "客户经理": "Relationship manager", "主管": "Supervisor", "管理员": "Administrator",
        "审计": "Auditor",
        "柜员：登记联系记录，查看本人及未分配客户（脱敏，不含资产）":
            "Teller: records contacts; sees own and unassigned customers (masked, no balances)",
        "客户经理：本人管户客户、预警、联系记录，导出脱敏数据":
            "Relationship manager: own managed customers, warnings and contact records; exports masked data",
        "主管：全部客户、考核与报表；可说明理由后查看或导出完整信息":
            "Supervisor: all customers, scorecard and reports; can show or export full details after giving a reason",
        "管理员：账户与设置、备份，不接触客户数据": "Administrator: accounts, settings and backups; no access to customer data",
        "审计：只读审计日志": "Auditor: read-only audit log",
    },
    "Permissions": {
        "、": ", ",
        "查看客户": "View customers", "查看客户资产": "View customer balances",
        "按证件号/手机号查找客户": "Find customers by ID no. / mobile", "查看完整证件号/手机号": "Show full ID no. / mobile",
        "应客户要求删除其个人信息": "Erase a customer's personal data on request", "导入客户名单": "Import customer lists",
        "撤销导入": "Undo imports", "查看导入记录": "View import history", "查看流失预警": "View churn warnings",
        "重新计算预警": "Recalculate warnings", "预警回测": "Backtest warnings",
        "处理预警（更改状态）": "Handle warnings (change status)", "分派管户客户经理": "Assign relationship managers",
        "查看人员名单": "View staff list", "维护人员与交接": "Manage staff and handovers",
        "查看联系记录": "View contact records", "登记联系记录": "Record contacts",
        "修改他人登记的联系记录": "Edit contact records made by others", "查看意见反馈": "View feedback",
        "登记意见反馈": "Record feedback", "转交、答复意见反馈": "Forward and answer feedback",
        "查看服务考核": "View scorecard", "生成月度报告": "Produce monthly reports", "导出（脱敏）": "Export (masked)",
        "导出完整信息": "Export full details", "查看设置": "View settings", "修改设置": "Change settings",
        "管理账户": "Manage accounts", "查看审计日志": "View audit log", "导出审计日志": "Export audit log",
        "备份数据库": "Back up the database", "从备份恢复": "Restore from backup",
        "导出交换包": "Export exchange packages", "导入交换包": "Import exchange packages",
        "清理过期数据": "Purge expired data", "载入示范数据": "Load demo data",
        "没有权限：{role}不能{action}（可由{allowed}操作）。":
            "Not permitted: the {role} role does not allow “{action}” (allowed for: {allowed}).",
        "本人管户及未分配客户经理的客户": "your own managed customers and those with no relationship manager",
        "本人管户的客户": "your own managed customers",
        "没有权限：{role}只能处理{whose}，客户「{no}」不在其中。如需处理，请联系主管分派。":
            "Not permitted: as {role} you can only handle {whose}, and customer “{no}” is not among them. "
            "Ask a supervisor to assign the customer.",
    },
    "Accounts": {
        "用户名或密码不正确。连续输错 {n} 次将锁定 {minutes} 分钟。":
            "Incorrect user name or password. After {n} failed attempts in a row the account is locked for {minutes} minutes.",
        "用户名须为 1–32 个字符，且不含空格。": "A user name must be 1–32 characters, with no spaces.",
        "没有「{role}」这个角色。可用的角色：{roles}": "There is no role “{role}”. Roles: {roles}",
        "用户名「{name}」已被使用。": "User name “{name}” is already taken.",
        "找不到对应的人员记录。": "The linked staff record was not found.",
        "没有用户「{name}」。": "There is no user “{name}”.",
        "不能停用最后一个管理员账户。": "The last administrator account cannot be disabled.",
        "不能更改最后一个管理员账户的角色。": "The role of the last administrator account cannot be changed.",
        "原密码不正确。": "The current password is incorrect.",
        "新密码不能与原密码相同。": "The new password must be different from the current one.",
        "密码连续输错 {n} 次，账户已锁定。请 {minutes} 分钟后再试，或请管理员解锁。":
            "Wrong password {n} times in a row; the account is locked. Try again in {minutes} minutes, "
            "or ask an administrator to unlock it.",
        "账户「{name}」已停用，请联系管理员。": "Account “{name}” is disabled; contact an administrator.",
        "第一个账户必须是管理员（--role 管理员）。": "The first account must be an administrator (--role 管理员).",
        "密码至少需要 8 位。": "A password needs at least 8 characters.",
        "密码不能超过 128 位。": "A password can have at most 128 characters.",
        "密码首尾不能是空格。": "A password cannot start or end with a space.",
        "密码不能与用户名相同。": "The password cannot be the same as the user name.",
        "密码过于简单：请至少使用 4 个不同的字符。": "The password is too simple: use at least 4 different characters.",
    },
    # ---- sign-in, passwords and the lock screen (ui/session.py, ui/dialogs/, ui/idle_lock.py) ----
    "Session": {
        "{user}（{role}）": "{user} ({role})", "、": ", ",
        "示范网点的账户：{accounts}。密码均为 {password}。": "Demo branch accounts: {accounts}. The password for all of them is {password}.",
    },
    "SignInDialog": {
        "登录留客": "Sign in to Liuke", "用户名": "User name", "密码": "Password", "用户名(&U)": "&User name",
        "密码(&P)": "&Password", "登录": "Sign in", "请输入用户名和密码。": "Enter your user name and password.",
        "正在验证…": "Checking…",
    },
    "FirstAdminDialog": {
        "创建管理员账户": "Create the administrator account",
        "这个数据库还没有任何账户。请先创建管理员账户：管理员负责建立其他人员的账户、设置和备份，但不能查看客户数据。\n创建后，请在「账户」页为主管、客户经理和柜员建立各自的账户。":
            "This database has no accounts yet. First create the administrator account: the administrator sets up "
            "everyone else's accounts, the settings and backups, but cannot see customer data.\n"
            "Then, on the Accounts page, create an account for each supervisor, relationship manager and teller.",
        "创建并登录": "Create and sign in", "例如：张明（系统管理员）": "e.g. Zhang Ming (system administrator)",
        "用户名(&U)": "&User name", "显示名称(&N)": "Display &name", "密码(&P)": "&Password",
        "再次输入(&R)": "&Repeat password",
    },
    "ChangePasswordDialog": {
        "管理员重置了您的密码。请设置一个只有您自己知道的新密码，然后继续。":
            "An administrator has reset your password. Set a new password that only you know, then continue.",
        "请输入原密码，再输入两次新密码。": "Enter your current password, then the new password twice.",
        "修改密码": "Change password", "退出登录": "Sign out", "用户": "User", "原密码(&O)": "&Old password",
        "新密码(&P)": "New &password", "再次输入(&R)": "&Repeat new password",
    },
    "PasswordFields": {
        "至少 {n} 位、不少于 4 个不同字符，首尾不能是空格，不能与用户名相同。":
            "At least {n} characters, at least 4 of them different, no space at the start or end, not the same as the user name.",
        "请再输入一次密码。": "Enter the password again.", "两次输入的密码不一致。": "The two passwords do not match.",
        "✓ 密码符合要求。": "✓ The password meets the rules.", "请输入密码。": "Enter a password.",
    },
    "LockScreen": {
        "留客已锁定": "Liuke is locked", "{name}（{role}）": "{name} ({role})",
        "长时间无操作，窗口已锁定以保护客户信息。请输入密码解锁。":
            "The window was locked after a period of inactivity to protect customer information. Enter your password to unlock it.",
        "密码": "Password", "解锁": "Unlock", "切换用户": "Switch user", "请输入密码。": "Enter your password.",
        "正在验证…": "Checking…",
        "只能由 {name} 本人解锁；其他人请选择「切换用户」。": "Only {name} can unlock this; anyone else, choose “Switch user”.",
    },
    "Errors": {
        "没有权限": "Not permitted",
        "操作未完成（{kind}），数据库未作修改。": "Not completed ({kind}); the database is unchanged.",
    },
    # ---- the Accounts page (ui/pages/users_page.py, ui/dialogs/user_dialog.py, ui/pages/admin_parts.py) ----
    "UsersPage": {
        "新建账户…": "New account…", "修改…": "Edit…", "停用": "Disable", "重置密码…": "Reset password…",
        "账户": "Accounts",
        "每位使用留客的员工一个账户；角色决定能看到和操作什么。账户不会被删除（审计日志要引用它），不再使用时停用即可。密码连续输错 5 次锁定 30 分钟，“启用/解锁”可立即解除。":
            "One account for each employee who uses Liuke; the role decides what they can see and do. Accounts are "
            "never deleted (the audit log refers to them): disable one that is no longer used. Five wrong passwords "
            "in a row lock an account for 30 minutes; “Enable/Unlock” lifts the lock at once.",
        "下次登录时须设置新密码": "Must set a new password at next sign-in", "已停用": "Disabled",
        "锁定至 {time}": "Locked until {time}", "正常": "Active", "（待改密码）": " (password change due)",
        "共 {n} 个账户": "{n} accounts", "启用": "Enable", "解锁": "Unlock",
        "停用后 {name} 不能再登录，直到再次启用。其已有的记录和审计日志保留不变。":
            "Once disabled, {name} cannot sign in until the account is enabled again. Their existing records and "
            "audit log entries are kept.",
        "这是您当前登录的账户：停用后您将无法再登录，需要另一位管理员为您启用。":
            "This is the account you are signed in with: once it is disabled you cannot sign in again until another "
            "administrator enables it.",
        "停用账户": "Disable account", "用户名": "User name", "显示名": "Display name", "角色": "Role",
        "对应人员": "Staff record", "状态": "Status", "上次登录": "Last sign-in",
        "已创建账户 {name}（{role}）。请把初始密码当面告知本人；首次登录须改为自己的密码。":
            "Account {name} ({role}) created. Give the initial password to the person face to face; they must change "
            "it at first sign-in.",
        "已保存账户 {name} 的修改。": "Changes to account {name} saved.",
        "已重置 {name} 的密码。请当面告知临时密码；其下次登录时须设置新密码。":
            "Password of {name} reset. Give them the temporary password face to face; they must set a new one at next sign-in.",
        "已停用账户 {name}。": "Account {name} disabled.", "账户 {name} 已启用，可以登录。": "Account {name} enabled; they can sign in.",
    },
    "UserDialog": {
        "修改账户": "Edit account", "新建账户": "New account",
        "登录用的名字，如 zhangwei，不含空格": "Name used to sign in, e.g. zhangwei, no spaces",
        "姓名，如 张伟": "Full name, e.g. Zhang Wei", "（不对应人员）": "(no staff record)",
        "客户经理、柜员按对应的人员记录决定能看到哪些客户。":
            "For relationship managers and tellers, the linked staff record decides which customers they see.",
        "用户名": "User name", "显示名": "Display name", "角色": "Role", "对应人员": "Staff record",
        "初始密码": "Initial password", "再输入一次": "Repeat password", "创建账户": "Create account",
        "初始密码请当面告知本人；首次登录时须改为自己的密码。":
            "Give the initial password to the person face to face; they must change it at first sign-in.",
        "请填写用户名。": "Enter a user name.", "用户名不能含空格。": "A user name cannot contain spaces.",
        "请填写显示名（姓名）。": "Enter a display name (full name).",
        "请为客户经理选择对应的人员记录（没有时先在“设置 → 员工”中登记）。":
            "Choose the relationship manager's staff record (if there is none, add it first under “Settings → Staff”).",
    },
    "ResetPasswordDialog": {
        "重置密码：{name}": "Reset password: {name}",
        "设置一个临时密码并当面告知 {name}；其下次登录时必须改为自己的密码。":
            "Set a temporary password and give it to {name} face to face; they must change it at next sign-in.",
        "临时密码": "Temporary password", "再输入一次": "Repeat password", "重置密码": "Reset password",
    },
    "AdminParts": {
        "这项功能在本版本中尚未提供。": "This feature is not available in this version yet.",
        "无法读写文件（{kind}）：请检查文件夹是否存在、是否有写入权限、文件是否被其他程序占用。":
            "Cannot read or write the file ({kind}): check that the folder exists, that you may write to it, and that "
            "no other program is using the file.",
    },
    # ---- masked values and Show full (core/security/reveal.py, ui/dialogs/reveal.py) ----
    "Reveal": {
        "证件号码": "ID number", "手机号": "mobile number",
        "不能查看「{field}」的完整信息。": "The full {field} cannot be shown.",
        "请填写查看完整{field}的理由（如：客户临柜办理业务核对身份）。":
            "Give a reason for showing the full {field} (e.g. verifying the identity of a customer at the counter).",
        "找不到这位客户。": "Customer not found.",
    },
    "RevealField": {
        "查看完整": "Show full", "说明理由后查看完整{field}（记入审计日志）": "Give a reason to show the full {field} (recorded in the audit log)",
        "查看完整信息": "Show full details", "隐藏（{n} 秒）": "Hide ({n} s)",
        "客户临柜办理业务，核对身份": "Customer at the counter: verifying identity",
        "电话回访前核对联系方式": "Checking contact details before a follow-up call",
        "客户资料更正": "Correcting customer details",
    },
    "ReasonDialog": {
        "查看完整{field}": "Show full {field}", "请填写理由": "Enter a reason",
        "查看完整信息会记入审计日志（谁、何时、哪位客户、理由）。{n} 秒后自动恢复脱敏显示。":
            "Showing full details is recorded in the audit log (who, when, which customer, why). "
            "The value is masked again after {n} seconds.",
        "查看": "Show", "查看理由(&R)": "&Reason",
    },
    # ---- the audit log (core/security/audit*.py, ui/pages/audit_page.py, ui/models/audit_*.py) ----
    "Audit": {
        "登录": "Sign-in", "登录失败": "Failed sign-in", "退出登录": "Sign-out", "账户锁定": "Account locked",
        "屏幕锁定": "Screen locked", "屏幕解锁": "Screen unlocked", "新建账户": "Account created",
        "修改账户": "Account changed", "停用账户": "Account disabled", "启用/解锁账户": "Account enabled/unlocked",
        "修改密码": "Password changed", "越权操作被拒绝": "Action refused (not permitted)",
        "按证件号/手机号查找": "Search by ID no. / mobile", "查看完整信息": "Full details shown",
        "删除客户个人信息": "Customer personal data erased", "撤销导入": "Import undone", "导出": "Export",
        "生成报告": "Report produced", "打印": "Print", "登记联系记录": "Contact recorded",
        "修改联系记录": "Contact record edited", "登记意见反馈": "Feedback recorded", "处理意见反馈": "Feedback handled",
        "更改预警状态": "Warning status changed", "分派客户": "Customers assigned", "交接": "Handover",
        "维护人员": "Staff updated", "修改设置": "Settings changed", "重新计算预警": "Warnings recalculated",
        "备份": "Backup", "恢复": "Restore", "数据库升级": "Database upgrade",
        "导出交换包": "Exchange package exported", "导入交换包": "Exchange package imported",
        "清理过期数据": "Expired data purged", "载入示范数据": "Demo data loaded", "导出审计日志": "Audit log exported",
        "成功": "Succeeded", "拒绝": "Refused", "失败": "Failed",
        "审计日志已被篡改：第 {id} 条起哈希链不一致（{problem}）。":
            "The audit log has been tampered with: the hash chain breaks from entry {id} ({problem}).",
        "缺少记录": "entry missing", "与上一条的链接不符": "link to the previous entry does not match",
        "内容与哈希不符": "content does not match its hash",
        "审计日志完整：共 {rows} 条，哈希链校验通过。": "The audit log is intact: {rows} entries, hash chain verified.",
    },
    "AuditExport": {
        "审计日志": "Audit log", "导出说明": "About this export", "序号": "No.", "时间": "Time", "用户": "User",
        "角色": "Role", "操作": "Action", "操作代码": "Action code", "结果": "Outcome",
        "客户内部编号": "Customer internal no.", "对象": "Target", "详情": "Details", "哈希": "Hash",
        "导出人": "Exported by", "导出时间": "Exported at", "条数": "Entries", "筛选条件": "Filters",
        "哈希链校验": "Hash chain check",
        "审计记录只含客户内部编号，证件号、手机号等已脱敏。本文件含内部信息，请妥善保管。":
            "Audit entries hold only customers' internal numbers; ID numbers, mobiles and the like are masked. "
            "This file contains internal information; keep it safe.",
    },
    "AuditPage": {
        "日期": "Date", "用户名": "User name", "全部操作": "All actions", "全部结果": "All outcomes",
        "清除筛选": "Clear filters", "校验完整性": "Verify integrity",
        "重新计算每一条的哈希链，检查日志是否被改动或删除":
            "Recompute the hash chain of every entry to check whether the log was altered or entries deleted",
        "导出…": "Export…", "导出符合当前筛选的记录；导出本身也记入审计日志":
            "Export the entries matching the current filters; the export itself is also logged",
        "至": "to", "审计日志": "Audit log",
        "登录、查询、查看完整信息、导入导出、修改与删除都记录在此，只能追加，不能修改。“内部编号”是客户在本库中的编号，不含证件号、手机号等信息。":
            "Sign-ins, searches, full-detail views, imports and exports, changes and deletions are all recorded here; "
            "entries can only be added, never changed. “Internal no.” is the customer's number in this database and "
            "contains no ID number, mobile or other details.",
        "符合筛选的记录 {n} 条": "{n} entries match the filters", "共 {n} 条记录": "{n} entries",
        "正在校验审计日志…": "Verifying the audit log…", "审计日志-{day}.xlsx": "audit-log-{day}.xlsx",
        "Excel 工作簿 (*.xlsx)": "Excel workbook (*.xlsx)", "正在导出…": "Exporting…", "已导出：{path}": "Exported: {path}",
        "（{n} 条）": " ({n} entries)", "导出审计日志": "Export audit log",
    },
    "AuditTableModel": {
        "时间": "Time", "用户": "User", "角色": "Role", "操作": "Action", "结果": "Outcome", "内部编号": "Internal no.",
        "对象": "Target", "详情": "Details", "第 {id} 条": "Entry {id}",
        "点击切换：最新的在前 / 最早的在前": "Click to switch: newest first / oldest first",
        "客户在本库中的内部编号（不是客户号或证件号）": "The customer's internal number in this database (not the customer no. or ID number)",
        "此列不能排序": "This column cannot be sorted",
    },
    "LockCover": {"留客已锁定": "Liuke is locked"},
    "LockHost": {"留客已锁定": "Liuke is locked"},
    "AuditDetails": {
        "是": "yes", "否": "no", "角色 {old} → {new}": "role {old} → {new}", "改动 {what}": "changed {what}",
        "首个管理员账户": "first administrator account",
        "管理员重置，下次登录须改密码": "reset by the administrator; must change at next sign-in",
        "本人修改": "changed by the user", "状态 {old} → {new}": "status {old} → {new}",
        # the keys of an entry's details
        "角色": "Role", "字段": "Field", "连续失败次数": "Failures in a row", "锁定分钟": "Minutes locked",
        "所需权限": "Permission needed", "类别": "Category", "原状态": "From", "新状态": "To", "设置项": "Setting",
        "原值": "Old value", "新值": "New value", "变更": "Change", "原管户人员编号": "Previous manager's staff ID",
        "新管户人员编号": "New manager's staff ID", "修订版本": "Revision", "修改的项": "Fields changed",
        "原登记人": "Originally recorded by", "联系记录编号": "Contact record no.", "月份": "Month", "格式": "Format",
        "行数": "Rows", "读取行数": "Rows read", "拒收": "Rejected", "跳过": "Skipped", "替换的批次": "Batches replaced",
        "删除月度数据": "Monthly rows deleted", "删除客户": "Customers deleted", "找到": "Found", "客户数": "Customers",
        "预警客户": "Customers warned", "其中高价值": "of which high-value", "未结预警": "Open warnings",
        "待跟进": "Follow-ups due", "脱敏": "Masked", "数量": "Counts", "未变化": "Unchanged", "冲突": "Conflicts",
        "保留起点": "Kept from", "升级步骤": "Upgrade steps", "账户数": "Accounts", "月数": "Months",
        "随机种子": "Random seed", "筛选": "Filter", "备份文件": "Backup file", "原数据库另存为": "Previous database saved as",
        "备份": "Backup", "另选位置": "Chosen location", "文件": "File", "大小": "Size", "文件哈希": "File hash",
        "月度资产数据": "Monthly asset data", "预警评分": "Warning scores", "预警": "Warnings",
        "导入问题明细": "Import issue details", "联系记录": "Contact records", "审计日志": "Audit log",
        # codes in the values
        "用户名或密码不正确": "Incorrect user name or password", "账户已锁定": "Account locked",
        "账户已停用": "Account disabled", "证件号码": "ID no.", "手机号码": "Mobile", "手动": "Manual",
        "每日自动": "Daily automatic", "导入前": "Before import", "撤销导入前": "Before undoing an import",
        "升级前": "Before upgrade", "恢复前": "Before restore", "显示名": "Display name", "对应人员": "Staff record",
        "新登记": "Added", "补登工号": "Employee no. added", "客户清单": "Customer list",
        "流失预警工作清单": "At-risk work list", "走访记录": "Contact records", "拒收的行": "Rejected rows",
    },
    # ---- backups, retention and the database file (core/security/, core/db.py) ----
    "Backups": {
        "手动备份": "Manual backup", "每日自动备份": "Daily automatic backup", "导入前": "Before import", "导入交换包前": "Before importing an exchange package",
        "撤销导入前": "Before undoing an import", "升级前": "Before upgrade", "恢复前的数据库": "Database before restore",
        "当前数据库正在被使用（可能有留客窗口或另一个命令打开着它），无法替换。请先关闭后重试，当前数据库未作任何修改。":
            "The current database is in use (a Liuke window or another command may have it open) and cannot be "
            "replaced. Close it and try again; the current database is unchanged.",
        "内存数据库无法备份。": "An in-memory database cannot be backed up.",
        "「{name}」是一个文件夹：请给出备份文件名，如 {name}/留客备份.db。":
            "“{name}” is a folder: give a backup file name, e.g. {name}/liuke-backup.db.",
        "文件夹「{folder}」不存在。请先建好文件夹，或换一个位置。":
            "Folder “{folder}” does not exist. Create it first, or choose another location.",
        "不能把备份写到数据库文件本身。请换一个文件名。": "A backup cannot be written over the database file itself. Choose another file name.",
        "找不到备份文件「{name}」。": "Backup file “{name}” not found.",
        "「{name}」不是留客的数据库备份（不是 SQLite 文件）。当前数据库未作任何修改。":
            "“{name}” is not a Liuke database backup (not an SQLite file). The current database is unchanged.",
        "备份文件「{name}」已损坏（完整性检查未通过），不能用于恢复。当前数据库未作任何修改，请选择另一个备份。":
            "Backup file “{name}” is damaged (it failed the integrity check) and cannot be restored. "
            "The current database is unchanged; choose another backup.",
        "「{name}」不是留客的数据库备份。当前数据库未作任何修改。":
            "“{name}” is not a Liuke database backup. The current database is unchanged.",
        "备份「{name}」由更新版本的留客创建，当前版本无法使用（未作任何修改）。请安装最新版本的留客后再恢复。":
            "Backup “{name}” was made by a newer version of Liuke and this version cannot use it (nothing changed). "
            "Install the latest Liuke, then restore.",
        "所选文件就是当前数据库本身，无需恢复。": "The chosen file is the current database itself; there is nothing to restore.",
        "无法写入备份到「{folder}」（磁盘已满、没有权限或副本校验未通过）。未留下不完整的备份，请换一个位置后重试。":
            "Cannot write the backup to “{folder}” (disk full, no permission, or the copy failed verification). "
            "No incomplete backup was left; choose another location and try again.",
        "无法读取备份「{name}」或写入数据库所在文件夹（磁盘已满或没有权限）。当前数据库未作任何修改。":
            "Cannot read backup “{name}” or write to the database's folder (disk full or no permission). "
            "The current database is unchanged.",
    },
    "Retention": {
        "（应客户要求已删除）": "(erased at the customer's request)", "月度资产数据": "Monthly asset data",
        "预警评分与等级": "Warning scores and tiers", "已关闭的预警": "Closed warnings",
        "导入问题明细": "Import issue details", "联系记录": "Contact records", "审计日志": "Audit log",
        "请填写删除理由（如：客户书面申请，申请日期）。":
            "Give a reason for the erasure (e.g. the customer's written request and its date).",
        "找不到客户号「{no}」。请核对客户号。": "Customer no. “{no}” not found. Check the number.",
    },
    "Database": {
        "这个数据库由更新版本的留客创建，当前版本无法打开（未作任何修改）。请安装最新版本的留客后再打开。":
            "This database was created by a newer version of Liuke and this version cannot open it (nothing changed). "
            "Install the latest Liuke, then open it.",
        "网络驱动器": "network drive",
        "数据库文件「{path}」位于网络位置（{kind}），留客拒绝打开（未作任何修改）。"
        "SQLite 数据库通过网络共享（SMB/NFS 等）读写时文件锁不可靠，多台电脑同时使用会损坏数据。"
        "请把数据库文件复制到本机硬盘（例如 D:\\留客数据\\liuke.db），再用 --db 指定它或在本机打开；"
        "各电脑之间请用「交换包」互通联系记录。":
            "The database file “{path}” is on a network location ({kind}), so Liuke will not open it (nothing changed). "
            "File locking is unreliable when an SQLite database is used over a network share (SMB/NFS etc.), and "
            "several PCs using it at once will corrupt the data. Copy the database file to this PC's hard disk "
            "(e.g. D:\\Liuke data\\liuke.db), then point --db at it or open it on this PC; use exchange packages "
            "to share contact records between PCs.",
    },
    # ---- the Data security page: backups, exchange packages, retention (ui/pages/data_page.py, data_parts.py) ----
    "DataPage": {
        "您的角色（{role}）不能备份、交换或清理数据。": "Your role ({role}) cannot back up, exchange or purge data.",
        "数据安全": "Data security", "备份": "Backups",
        "每次导入前、数据库升级前和每天第一次打开时自动备份，每份写完都经过完整性校验。恢复时当前数据库会先另存一份，不会丢失。":
            "The database is backed up automatically before every import and upgrade, and when first opened each day; "
            "every backup is checked for integrity once written. A restore first saves the current database aside, "
            "so nothing is lost.",
        "立即备份": "Back up now", "恢复所选备份…": "Restore selected backup…", "交换包": "Exchange packages",
        "网点的几台电脑之间交换联系记录、意见反馈、分派和预警状态：导出本机上次交换以来登记的内容，用 U 盘带到另一台电脑导入。文件用密码加密；重复导入不会重复记录。客户清单仍通过每月导入更新。":
            "Exchange contact records, feedback, assignments and warning statuses between the branch's PCs: export what "
            "was recorded on this PC since the last exchange, carry it on a USB drive to another PC and import it there. "
            "Files are password-encrypted; importing twice does not duplicate records. Customer lists are still updated "
            "by the monthly import.",
        "导出交换包…": "Export exchange package…", "导入交换包…": "Import exchange package…",
        "导出全部记录（不只是上次导出以来新增的）": "Export all records (not only those new since the last export)",
        "另一台电脑上丢了交换包，或新加入一台电脑时使用；对方重复导入不会重复记录":
            "Use when a package went missing on another PC, or when a new PC joins; importing again there does not "
            "duplicate records",
        "数据保留": "Data retention",
        "超过保留期限的个人数据可以清理（安全删除，无法撤销）。期限在“设置 → 安全与保留”中修改。":
            "Personal data older than its retention period can be purged (securely deleted; this cannot be undone). "
            "Change the periods under “Settings → Security and retention”.",
        "预览清理": "Preview purge", "清理过期数据…": "Purge expired data…", "保留 {n} 个月": "Kept {n} months",
        "本机待导出 {n} 条记录。": "{n} records on this PC waiting to be exported.",
        "上次导出：{export}；上次导入：{imported}": "Last export: {export}; last import: {imported}",
        "另有 {n} 条收到的记录在等对应的客户（导入该月客户清单后自动补上）。":
            "{n} more received records are waiting for their customers (linked automatically once that month's "
            "customer list is imported).",
        "共 {n} 份，保存在：{folder}": "{n} backups, in: {folder}", "还没有备份。": "No backups yet.",
        "正在导出交换包…": "Exporting the exchange package…", "正在导入交换包…": "Importing the exchange package…",
        "已取消，数据库和文件都未作修改。": "Cancelled; the database and files are unchanged.",
        "正在备份…": "Backing up…", "已备份并校验：{path}": "Backed up and verified: {path}",
        "用 {time} 的备份（{reason}）替换当前数据库？\n\n当前数据库会先另存到备份文件夹，不会删除；此后登记的内容不在这份备份里。恢复时留客会关闭数据库，完成后所有人都需要重新登录。":
            "Replace the current database with the backup from {time} ({reason})?\n\n"
            "The current database is first saved to the backups folder, not deleted; anything recorded after this "
            "backup is not in it. Liuke closes the database during the restore, and everyone must sign in again afterwards.",
        "从备份恢复": "Restore from backup", "恢复": "Restore", "交换包-{user}-{day}": "exchange-{user}-{day}",
        "留客交换包 (*{suffix})": "Liuke exchange package (*{suffix})",
        "已导出交换包：{path}（{what}）。用 U 盘带到另一台电脑，在那里“导入交换包”；密码请另行告知。":
            "Exchange package exported: {path} ({what}). Carry it on a USB drive to the other PC and use "
            "“Import exchange package” there; give the password separately.",
        "上次导出：{what}": "Last export: {what}",
        "留客交换包 (*{suffix});;所有文件 (*)": "Liuke exchange package (*{suffix});;All files (*)",
        "已导入交换包：新增 {added}，未变化 {same} 条，冲突 {conflicts} 处。":
            "Exchange package imported. Added: {added}; unchanged: {same}; conflicts: {conflicts}.",
        "0 条": "0", "正在统计…": "Counting…",
        "永久删除超过保留期限的月度资产数据、联系记录、意见反馈和审计日志？\n\n删除后无法撤销（安全删除）；较早的备份中仍有这些数据，直到备份轮换删除。建议先“立即备份”。":
            "Permanently delete monthly asset data, contact records, feedback and audit log entries older than their "
            "retention periods?\n\nThis cannot be undone (secure deletion); older backups still hold the data until "
            "they are rotated out. Consider “Back up now” first.",
        "上次预览：{what}。": "Last preview: {what}.", "上次预览时没有过期数据。": "The last preview found no expired data.",
        "清理过期数据": "Purge expired data", "清理": "Purge", "正在清理…": "Purging…",
        "按当前设置将删除：{what}。": "With the current settings this deletes: {what}.",
        "没有超过保留期限的数据。": "No data is older than its retention period.",
        "已清理：{what}。": "Purged: {what}.",
        "没有超过保留期限的数据，未删除任何内容。": "No data is older than its retention period; nothing was deleted.",
        "保留起点：{dates}": "Kept from: {dates}",
        "月度资产数据": "Monthly asset data", "联系记录与意见反馈": "Contact records and feedback", "审计日志": "Audit log",
        "联系记录": "Contact records", "正在收集要导出的记录…": "Collecting the records to export…",
        "正在加密写入交换包…": "Encrypting and writing the exchange package…",
        "正在读取交换包…": "Reading the exchange package…", "正在合并记录…": "Merging records…",
        "时间": "Time", "大小": "Size", "文件": "File", "保存交换包": "Save exchange package",
        "选择交换包": "Choose exchange package", "{kind} {n} 条": "{kind} ({n})",
    },
    # ---- exchange packages between PCs (core/exchange/, ui/dialogs/exchange_dialog.py) ----
    "Exchange": {
        "不能把交换包写到数据库文件上。请另选一个文件名（.lkx）。":
            "An exchange package cannot be written over the database file. Choose another file name (.lkx).",
        "「{path}」是文件夹。请给出交换包的文件名，例如 {path}/交换包.lkx。":
            "“{path}” is a folder. Give a file name for the exchange package, e.g. {path}/exchange.lkx.",
        "文件夹「{folder}」不存在（U盘是否已插好？）。未生成交换包。":
            "Folder “{folder}” does not exist (is the USB drive plugged in?). No exchange package was created.",
        "无法写入「{path}」（{reason}）。请检查U盘是否已满或只读，换个位置再试。":
            "Cannot write “{path}” ({reason}). Check whether the USB drive is full or read-only, or try another location.",
        "自上次导出以来，本机没有新的联系记录、反馈、预警处理或分派，未生成交换包。如需把全部记录再导出一次，请选择「全部」（--all）。":
            "No new contact records, feedback, warning updates or assignments on this PC since the last export, so no "
            "exchange package was created. To export every record again, choose “Export all records” (--all).",
        "这是本机自己导出的交换包，不需要导入（未作任何修改）。请在另一台电脑上导入它。":
            "This exchange package was exported by this PC and does not need importing (nothing changed). "
            "Import it on another PC.",
        "这个交换包来自「{branch}」，与本机数据库的网点不同，未导入（未作任何修改）。":
            "This exchange package comes from “{branch}”, a different branch from this PC's database; "
            "it was not imported (nothing changed).",
        "导入前备份数据库失败（磁盘空间不足或没有写入权限？），未导入（未作任何修改）。":
            "Backing up the database before the import failed (disk full or no write permission?); "
            "nothing was imported (nothing changed).",
        "交换包中有本机无法识别的内容（可能来自不同版本的留客），未导入（未作任何修改）。请两台电脑使用同一版本的留客。":
            "The exchange package contains content this PC does not recognise (perhaps from a different version of "
            "Liuke); it was not imported (nothing changed). Use the same version of Liuke on both PCs.",
        "那台电脑在这个包之前还导出过一个交换包，本机没有导入过。如果没有导入过那个包，可能缺少其中的记录：请导入它，或请对方选择「全部」（--all）重新导出。":
            "The other PC exported another exchange package before this one, which this PC has not imported. "
            "Its records may be missing here: import it, or ask your colleague to export again with "
            "“Export all records” (--all).",
        "有 {n} 项预警处理或分派暂存待用：本机还没有对应的客户或预警，导入相应月份的清单后会自动补上。":
            "{n} warning updates or assignments are held for later: their customers or warnings are not on this PC "
            "yet, and they are applied automatically once that month's list is imported.",
        "有 {n} 条记录的客户本机尚未导入，已按客户号保存，导入其月度清单后自动关联。":
            "{n} records belong to customers not yet imported on this PC; they are kept by customer no. and linked "
            "automatically once the customers' monthly list is imported.",
        "这个交换包已于 {at} 导入过；重复导入不会重复添加记录。":
            "This exchange package was already imported at {at}; importing it again adds no duplicate records.",
        "本机还没有这位客户（其月度清单尚未导入）": "This customer is not on this PC yet (their monthly list has not been imported)",
        "（无）": "(none)", "{name}（{who}，{day}）": "{name} ({who}, {day})",
        "同一客户在两台电脑上分派给了不同的人：以较晚的分派为准，另一次保留在管户历史中。":
            "The customer was assigned to different people on the two PCs: the later assignment stands, and the "
            "other is kept in the assignment history.",
        "客户 {no} 的管户经理": "Relationship manager of customer {no}",
        "{who} 于 {at} 修改的版本": "Version edited by {who} at {at}",
        "同一条联系记录在两台电脑上都被修改：保留较晚的修改，另一版本已存入修改历史。":
            "The same contact record was edited on both PCs: the later edit is kept, and the other version is saved "
            "in the edit history.",
        "客户 {no} 在 {at} 的联系记录": "Contact record of customer {no} at {at}",
        "同一条反馈在两台电脑上都被处理：以较晚的一步为当前状态，两边的每一步都保留在处理记录中。":
            "The same feedback was handled on both PCs: the later step sets the current status, and every step from "
            "both is kept in its history.",
        "客户 {no} 在 {day} 提出的反馈": "Feedback from customer {no} on {day}",
        "本机还没有这个预警（该客户或该月份的清单尚未导入）":
            "This warning is not on this PC yet (the list for that customer or month has not been imported)",
        "同一预警在两台电脑上都改了状态：以时间较晚的修改为当前状态，另一修改保留在预警的处理记录中。":
            "The warning's status was changed on both PCs: the later change is the current status, and the other is "
            "kept in the warning's history.",
        "客户 {no} 的预警（{period} 起）": "Warning for customer {no} (from {period})",
        "这不是留客的交换包文件（未作任何修改）。请选择另一台电脑用「导出交换包」生成的 .lkx 文件。":
            "This is not a Liuke exchange package (nothing changed). Choose a .lkx file made with "
            "“Export exchange package” on another PC.",
        "交换包已损坏或被改动过，无法验证，未导入（未作任何修改）。请在原电脑上重新导出一份。":
            "The exchange package is damaged or has been altered and cannot be verified; it was not imported "
            "(nothing changed). Export it again on the original PC.",
        "交换包密码至少 {n} 个字符。请换一个更长的密码（交换包里有客户记录，会经U盘等途径传递）。":
            "An exchange package password needs at least {n} characters. Choose a longer one (the package holds "
            "customer records and travels on USB drives and the like).",
        "交换包密码过长（最多 {n} 个字符）。": "The exchange package password is too long (at most {n} characters).",
        "交换包超过 {mb} MB 的上限，未生成。请不加 --all，只导出上次导出以来的记录。":
            "The exchange package would exceed the {mb} MB limit and was not created. Export without --all, "
            "only the records since the last export.",
        "这个交换包由更新版本的留客生成，当前版本无法读取（未作任何修改）。请先升级本机的留客。":
            "This exchange package was made by a newer version of Liuke and this version cannot read it "
            "(nothing changed). Upgrade Liuke on this PC first.",
        "交换包密码不对（未作任何修改）。请向导出这个包的同事确认密码后重试。":
            "Wrong exchange package password (nothing changed). Check the password with the colleague who exported "
            "the package and try again.",
        "「{name}」有 {mb} MB，超过交换包 {limit} MB 的上限，不是留客导出的交换包（未作任何修改）。":
            "“{name}” is {mb} MB, over the {limit} MB limit for exchange packages, so it is not a package exported "
            "by Liuke (nothing changed).",
        "找不到文件「{name}」。请检查路径（U盘是否已插好）。":
            "File “{name}” not found. Check the path (is the USB drive plugged in?).",
        "「{name}」是文件夹，请选择交换包文件（.lkx）。": "“{name}” is a folder; choose an exchange package file (.lkx).",
        "交换包解压后超过 {mb} MB 的上限，未导入（未作任何修改）。":
            "The exchange package unpacks to more than the {mb} MB limit; it was not imported (nothing changed).",
        "交换包中的「{kind}」记录格式不对（可能来自不同版本的留客），未导入（未作任何修改）。":
            "The “{kind}” records in the exchange package are malformed (perhaps from a different version of Liuke); "
            "it was not imported (nothing changed).",
        "交换包中的记录超过 {n} 条的上限，未导入（未作任何修改）。":
            "The exchange package holds more than the limit of {n} records; it was not imported (nothing changed).",
    },
    "ExchangeDialog": {
        "联系记录": "Contact records", "联系记录的修改": "Contact record edits", "意见反馈的处理步骤": "Feedback steps",
        "预警状态变化": "Warning status changes", "预警当前状态更新": "Current warning status updates",
        "管户分派": "Assignments", "客户交接": "Customer handovers", "新登记的员工": "Newly added staff",
        "其中暂未对上客户的记录": "of which not yet linked to a customer", "预警": "Warning", "类别": "Type",
        "条数": "Count", "记录": "Record", "现为": "Now", "保留在历史中": "Kept in history",
        "{kind} {n} 人": "{kind} ({n})", "{kind} {n} 条": "{kind} ({n})",
    },
    "ExchangePasswordDialog": {
        "交换包密码": "Exchange package password",
        "交换包用这个密码加密。请把密码另行告知导入的同事，不要写在 U 盘上或与 U 盘放在一起。":
            "The exchange package is encrypted with this password. Tell it separately to the colleague who will "
            "import it; do not write it on the USB drive or keep it with the drive.",
        "请输入导出这个交换包时设置的密码。": "Enter the password set when this exchange package was exported.",
        "密码": "Password", "再输入一次": "Repeat password", "导出": "Export",
    },
    "ExchangeReportDialog": {
        "交换包导入结果": "Exchange package import results",
        "没有新内容：交换包中的 {n} 条记录本机都已有（同一个包导入两次不会重复）。":
            "Nothing new: all {n} records in the exchange package are already on this PC (importing the same "
            "package twice adds no duplicates).",
        "已合并：新增 {added} 条，本机已有（未变化）{same} 条，冲突 {conflicts} 处。":
            "Merged: {added} added, {same} already here (unchanged), {conflicts} conflicts.",
        "冲突：同一条记录在两台电脑上都改过，以较晚的修改为准，另一方保留在历史中":
            "Conflicts: the same record was changed on both PCs; the later change stands and the other is kept in the history",
        "关闭": "Close",
    },
}

# column headers, tab names and notes marked later (merged into the contexts above)
_ADDED: dict[str, dict[str, str]] = {
    "App": {
        "正在检查备份并恢复数据库…": "Checking the backup and restoring the database…", "留客": "Liuke",
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
