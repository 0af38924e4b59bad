"""The demo branch: deterministic files in four styles whose numbers really carry the planted stories.

The files are read back independently (python-calamine and csv), with headers mapped by the
importer's own synonym table, and every planted signal is checked in those numbers.
"""

from __future__ import annotations

import csv
import json
import re
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from statistics import mean
from typing import Any

import pytest
from openpyxl import load_workbook
from python_calamine import CalamineWorkbook

from core.demo import STORIES, STYLES, DemoResult, generate_demo
from core.importing.fields import FIELD_BY_KEY, MONEY, header_unit, match_header
from core.progress import Cancelled, CancelToken, Progress

WAN = 1_000_000  # fen per 万元
Month = dict[str, dict[str, Any]]  # customer_no -> field key -> value (money in fen)


# --- reading the files back ---------------------------------------------------------------------

def _rows(path: Path) -> list[list[Any]]:
    if path.suffix == ".csv":
        with path.open(encoding="gbk", newline="") as f:
            return list(csv.reader(f))
    return CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()


def _header_row(rows: list[list[Any]]) -> int:
    return next(i for i, row in enumerate(rows[:10]) if "customer_no" in {match_header(c) for c in row})


def _unit(rows: list[list[Any]], h: int, col: int) -> int:
    """Fen per unit of a money column: its own header, a merged group header above it, or the title rows."""
    if unit := header_unit(rows[h][col]):
        return unit
    group = next((c for c in reversed(rows[h - 1][: col + 1]) if c != ""), None) if h else None
    if group and (unit := header_unit(group)):
        return unit
    for row in rows[:h]:
        for cell in row:
            if "单位" in str(cell) and (unit := header_unit(cell)):
                return unit
    raise AssertionError(f"no unit for {rows[h][col]!r}")


def _value(kind: str, raw: Any, unit: int) -> Any:
    if raw in ("", None):
        return None
    if kind == MONEY:
        return int(Decimal(raw.replace(",", "")) * unit) if isinstance(raw, str) else round(raw * unit)
    if kind == "date":
        return raw if isinstance(raw, date) else datetime.strptime(raw, "%Y/%m/%d").date()
    if kind == "count":
        return int(float(raw))
    if kind == "flag":
        return {"是": True, "否": False}[raw]
    return raw


def read_month(path: Path) -> Month:
    """Every customer row of one file, keyed by customer number (total and blank rows dropped)."""
    rows = _rows(path)
    h = _header_row(rows)
    keys = [match_header(c) for c in rows[h]]
    units = {i: _unit(rows, h, i) for i, k in enumerate(keys) if k and FIELD_BY_KEY[k].kind == MONEY}
    out: Month = {}
    for row in rows[h + 1 :]:
        record = {k: _value(FIELD_BY_KEY[k].kind, row[i], units.get(i, 0)) for i, k in enumerate(keys) if k}
        if re.fullmatch(r"\d{10}", str(record.get("customer_no"))):
            out[record["customer_no"]] = record
    return out


def style_of(path: Path) -> str:
    rows = _rows(path)
    if path.suffix == ".csv":
        return "gbk_csv"
    if rows[0][0] == "客户信息":
        return "two_level"
    return "plain_xlsx" if rows[0][0] == "CustomerId" else "core_xlsx"


class Demo:
    """A generated demo plus every month read back."""

    def __init__(self, out: Path, **kwargs: Any) -> None:
        self.dir = out
        self.result: DemoResult = generate_demo(out, **kwargs)
        self.months = [read_month(p) for p in self.result.files]
        self.truth = json.loads((out / "stories.json").read_text(encoding="utf-8"))
        self.ends = [_month_end(p) for p in self.result.periods]
        self.final = len(self.months) - 1

    def aum(self, no: str, t: int) -> int:
        return self.months[t][no]["aum"]

    def series(self, no: str, key: str) -> list[Any]:
        return [m[no][key] if no in m else None for m in self.months]


def _month_end(period: str) -> date:
    first = date(int(period[:4]), int(period[5:]), 28) + timedelta(days=4)
    return first - timedelta(days=first.day)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Demo:
    return Demo(tmp_path_factory.mktemp("demo6"), customers=300, months=6, seed=7)


@pytest.fixture(scope="module")
def demo12(tmp_path_factory: pytest.TempPathFactory) -> Demo:
    return Demo(tmp_path_factory.mktemp("demo12"), customers=300, months=12, seed=3)


# --- the signals, checked in the numbers read back ----------------------------------------------

def signal_shows(d: Demo, no: str, story: str, s: int) -> bool:
    """Whether customer ``no``'s ``story`` is visible in the files, its signal month being index ``s``."""
    m, prev = d.months[s], d.months[s - 1] if s else {}
    if story == "vanished":
        return no in prev and no not in m
    if story == "push_reversal":
        p = s - 1
        before = mean(d.aum(no, t) for t in range(p - 3, p))
        return d.ends[p].month % 3 == 0 and d.aum(no, p) >= 1.5 * before and d.aum(no, s) <= 0.8 * d.aum(no, p)
    if story == "activity_fade":
        txn = d.series(no, "ebank_txn_count")
        halved = mean(txn[s - 3 : s]) >= 4 and txn[s] <= 0.5 * mean(txn[s - 3 : s])
        silent = s >= 4 and txn[s] == txn[s - 1] == 0 and mean(txn[s - 4 : s - 1]) >= 4
        return halved or silent
    row = m[no]
    if story == "maturity":
        due = row.get("maturity_date", "no column")
        return row["time_deposit"] >= 5 * WAN and (due == "no column" or d.ends[s] < due <= d.ends[s] + timedelta(30))
    drop = prev[no]["aum"] - row["aum"]
    if story == "house_withdrawal":
        big = drop >= 50 * WAN or drop >= 0.5 * prev[no]["aum"]
        return big and row.get("transfer_out", drop) >= 0.5 * drop
    if story == "payroll_move":
        return prev[no]["payroll"] is True and row["payroll"] is False and drop > 0
    if story == "aum_drop":
        return 0.3 * prev[no]["aum"] <= drop <= 0.9 * prev[no]["aum"] and drop >= 5 * WAN
    raise AssertionError(story)


def test_every_final_month_story_shows_in_the_numbers(demo: Demo) -> None:
    periods = demo.truth["story_periods"]
    for no, story in demo.result.stories.items():
        s = demo.result.periods.index(periods[no])
        assert signal_shows(demo, no, story, s), (no, story)
        assert all(no in m for m in demo.months[: demo.final]), "present in every month before the last"
        assert demo.aum(no, 0) >= 50 * WAN, "high value before the story"
        if story != "push_reversal":
            assert s == demo.final


def test_push_reversal_reverses_in_the_final_month_after_a_quarter_end(demo: Demo) -> None:
    pushed = [no for no, story in demo.result.stories.items() if story == "push_reversal"]
    assert len(pushed) >= 2
    assert {demo.truth["story_periods"][no] for no in pushed} == {"2026-10"}  # push in 2026-09
    for no in pushed:
        transfer = demo.months[-1][no]["transfer_out"]
        assert transfer >= 0.5 * (demo.aum(no, demo.final - 1) - demo.aum(no, demo.final))


def test_every_story_is_planted_at_least_twice_and_stable_three_times_as_often(demo: Demo) -> None:
    counts = {story: list(demo.result.stories.values()).count(story) for story in STORIES}
    assert min(counts.values()) >= 2, counts
    assert len(demo.result.stable) >= 3 * max(counts.values())
    assert not set(demo.result.stable) & set(demo.result.stories)


def test_stable_controls_are_really_stable(demo: Demo) -> None:
    end = demo.ends[-1]
    for no in demo.result.stable:
        aum = [demo.aum(no, t) for t in range(len(demo.months))]  # KeyError if missing in any month
        assert min(aum) >= 50 * WAN
        last4 = aum[-4:]
        assert max(last4) <= 1.05 * min(last4)
        txn = demo.series(no, "ebank_txn_count")
        assert min(txn) > 0
        assert all(txn[t] > 0.5 * mean(txn[t - 3 : t]) for t in range(3, len(txn)))
        assert len(set(demo.series(no, "payroll"))) == 1
        due = demo.months[-1][no]["maturity_date"]
        assert due is None or due > end + timedelta(days=45)
        assert demo.months[-1][no]["transfer_out"] <= 0.05 * aum[-1]


def test_earlier_stories_show_and_mostly_end_with_the_customer_leaving(demo12: Demo) -> None:
    history = demo12.truth["history"]
    assert {h["story"] for h in history} == set(STORIES), "twelve months leave room for every kind"
    periods = list(demo12.result.periods)
    for h in history:
        no, s = h["customer_no"], periods.index(h["period"])
        assert s + 3 <= demo12.final
        assert signal_shows(demo12, no, h["story"], s), h
        pre = demo12.aum(no, periods.index(h["reference_period"]))
        window = range(s if h["story"] == "vanished" else s + 1, s + 4)
        gone = [t for t in window if no not in demo12.months[t] or demo12.aum(no, t) <= 0.2 * pre]
        if h["outcome"] == "left":
            assert gone, h
        else:  # still here three months on, with most of the money (a vanished one may be back by then)
            assert no in demo12.months[s + 3], h
            assert all(demo12.aum(no, t) > 0.2 * pre for t in range(s + 1, s + 4) if no in demo12.months[t]), h
    left = sum(h["outcome"] == "left" for h in history)
    assert 0.6 <= left / len(history) <= 0.8


def test_stories_json_matches_the_result(demo: Demo) -> None:
    truth = demo.truth
    assert truth["stories"] == demo.result.stories
    assert truth["stable"] == list(demo.result.stable)
    assert truth["periods"] == list(demo.result.periods) == ["2026-05", "2026-06", "2026-07", "2026-08", "2026-09",
                                                             "2026-10"]
    assert truth["files"] == [p.name for p in demo.result.files]
    assert all(p.exists() and p.parent == demo.dir for p in demo.result.files)


# --- the files ---------------------------------------------------------------------------------

def test_four_months_use_every_style_and_the_final_month_is_the_core_export(tmp_path: Path) -> None:
    result = generate_demo(tmp_path, customers=60, months=4, seed=2)
    styles = [style_of(p) for p in result.files]
    assert sorted(styles) == sorted(STYLES)
    assert styles[-1] == "core_xlsx" == STYLES[0]
    assert all(period in p.name or period.replace("-", "") in p.name
               for p, period in zip(result.files, result.periods, strict=True))


def test_headers_are_the_importers_synonyms(demo: Demo) -> None:
    for path in demo.result.files:
        rows = _rows(path)
        header = rows[_header_row(rows)]
        keys = [match_header(c) for c in header if c != ""]
        assert None not in keys, (path.name, header)
        assert len(keys) == len(set(keys)), path.name
        assert {"customer_no", "name", "id_number", "aum", "ebank_txn_count", "payroll"} <= set(keys)


def test_same_seed_same_files_other_seed_other_files(tmp_path: Path) -> None:
    a = generate_demo(tmp_path / "a", customers=120, months=4, seed=5)
    b = generate_demo(tmp_path / "b", customers=120, months=4, seed=5)
    c = generate_demo(tmp_path / "c", customers=120, months=4, seed=6)
    for pa, pb in zip(a.files, b.files, strict=True):
        if pa.suffix == ".csv":
            assert pa.read_bytes() == pb.read_bytes()
        else:
            assert _rows(pa) == _rows(pb)
    assert (a.periods, a.stories, a.stable) == (b.periods, b.stories, b.stable)
    assert [p.name for p in a.files] == [p.name for p in b.files]
    assert (tmp_path / "a" / "stories.json").read_bytes() == (tmp_path / "b" / "stories.json").read_bytes()
    assert a.files[0].read_bytes() != c.files[0].read_bytes()


def _id_ok(number: str) -> bool:
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    check = "10X98765432"[sum(int(x) * w for x, w in zip(number[:17], weights, strict=True)) % 11]
    date(int(number[6:10]), int(number[10:12]), int(number[12:14]))  # a real birth date
    return len(number) == 18 and number[17] == check


def test_people_look_real(demo: Demo) -> None:
    everyone = {no: row for m in demo.months for no, row in m.items()}
    assert len(everyone) == 300
    ids = [row["id_number"] for row in everyone.values()]
    assert all(_id_ok(n) and 440300 <= int(n[:6]) <= 440307 and 1945 <= int(n[6:10]) <= 2004 for n in ids)
    assert len(set(ids)) == len(ids)
    assert any(no.startswith("0") for no in everyone)
    phones = [row["mobile"] for row in everyone.values()]
    assert all(p is None or re.fullmatch(r"1[3-9]\d{9}", p) for p in phones)
    assert 1 <= phones.count(None) <= 20
    names = [row["name"] for row in everyone.values()]
    assert all(2 <= len(n) <= 3 for n in names)
    managers = [row["manager"] for row in everyone.values()]
    assert 6 <= len(set(managers) - {None}) <= 8 and 1 <= managers.count(None) <= 25
    branches = [row["branch"] for row in everyone.values()]
    assert set(branches) == {"示范支行", "示范支行营业部"} and branches.count("示范支行营业部") >= 2


def test_tier_mix_and_holdings_add_up(demo: Demo) -> None:
    final = demo.months[-1]
    aums = [row["aum"] for row in final.values()]
    assert 0.6 <= sum(a < 5 * WAN for a in aums) / len(aums) <= 0.8
    assert 0.04 <= sum(a >= 50 * WAN for a in aums) / len(aums) <= 0.2
    for row in final.values():
        assert row["aum"] == row["deposit"] + row["wealth"] + row["fund"] + row["insurance"]
        assert 0 <= row["time_deposit"] <= row["deposit"]
    payroll = [row["payroll"] for row in final.values()]
    assert 0.12 <= sum(payroll) / len(payroll) <= 0.4


def test_customers_join_and_leave_over_the_months(demo12: Demo) -> None:
    present = [set(m) for m in demo12.months]
    assert present[-1] - present[0], "new customers appear"
    assert present[0] - present[-1], "some leave"


def test_core_export_has_title_unit_text_cells_and_a_total_row(demo: Demo) -> None:
    path = demo.result.files[-1]
    rows = _rows(path)
    assert rows[0][0] == "留客银行示范支行个人客户资产明细表"
    assert rows[1][0].startswith("数据日期：2026-10-31") and rows[1][0].endswith("单位：万元")
    assert rows[3][0] == "客户号" and rows[-1][0] == "合计"
    final = demo.months[-1]
    assert round(rows[-1][7] * WAN) == sum(r["aum"] for r in final.values())
    sheet = load_workbook(path, read_only=True).worksheets[0]
    full = next(r for r in sheet.iter_rows(min_row=5) if all(r[i].value is not None for i in (3, 6, 14, 16)))
    assert [full[i].number_format for i in (0, 2, 3, 6)] == ["@"] * 4
    assert isinstance(full[0].value, str) and full[14].is_date and full[16].is_date
    assert full[14].number_format == full[16].number_format == "yyyy-mm-dd"


def test_gbk_csv_is_what_chinese_excel_saves(demo: Demo) -> None:
    path = next(p for p in demo.result.files if p.suffix == ".csv")
    raw = path.read_bytes()
    text = raw.decode("gbk")
    assert raw.count(b"\r\n") == raw.count(b"\n") == len(demo.months[demo.result.files.index(path)]) + 1
    assert re.search(r'"\d{1,3}(,\d{3})+\.\d{2}"', text)
    period = demo.result.periods[demo.result.files.index(path)]
    assert all(line.startswith(period) for line in text.splitlines()[1:])


def test_two_level_header_is_merged_and_plain_sheet_has_gaps_and_subtotal(demo: Demo) -> None:
    two = next(p for p in demo.result.files if style_of(p) == "two_level")
    assert re.search(r"_\d{6}\.xlsx$", two.name)
    merged = {str(r) for r in load_workbook(two).worksheets[0].merged_cells.ranges}
    assert merged == {"A1:F1", "G1:L1", "M1:O1"}
    plain = _rows(next(p for p in demo.result.files if style_of(p) == "plain_xlsx"))
    blank = [i for i, row in enumerate(plain) if all(c == "" for c in row)]
    assert len(blank) >= 2 and 1 < min(blank) and max(blank) < len(plain) - 1
    assert plain[-1][0] == "小计"


def test_progress_once_per_month_and_cancel_removes_files(tmp_path: Path) -> None:
    seen: list[Progress] = []
    generate_demo(tmp_path / "ok", customers=40, months=3, progress=seen.append)
    assert seen == [Progress(i, 3, "demo") for i in (1, 2, 3)]

    token = CancelToken()
    with pytest.raises(Cancelled):
        generate_demo(tmp_path / "stop", customers=40, months=3, progress=lambda _: token.cancel(), cancel=token)
    assert not list((tmp_path / "stop").iterdir())


def test_one_month_still_works(tmp_path: Path) -> None:
    result = generate_demo(tmp_path, customers=50, months=1, end_period="2026-12")
    assert result.periods == ("2026-12",) and style_of(result.files[0]) == "core_xlsx"
    assert set(result.stories.values()) <= {"maturity"}


def test_bad_arguments_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        generate_demo(tmp_path, end_period="2026-13")
    with pytest.raises(ValueError):
        generate_demo(tmp_path, months=0)
