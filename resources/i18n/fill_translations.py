"""Write the English translations of ``EN`` into liuke_en.ts (only where a message is still unfinished).

    python resources/i18n/fill_translations.py && pyside6-lrelease resources/i18n/liuke_en.ts

A translator normally works in pyside6-linguist; this table seeds the common words.
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
    "最新数据：{month}": "Latest data: {month}", "无": "none",
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


def fill(ts: Path = TS) -> int:
    """Fill unfinished messages whose source is in ``EN``; return how many."""
    tree = ET.parse(ts)
    done = 0
    for message in tree.getroot().iter("message"):
        source, translation = message.findtext("source"), message.find("translation")
        if translation is None or translation.get("type") != "unfinished" or source not in EN:
            continue
        translation.text = EN[source]
        del translation.attrib["type"]
        done += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return done


if __name__ == "__main__":
    print(f"filled {fill()}")
