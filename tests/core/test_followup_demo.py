"""On the demo branch: a follow-up history that agrees with the planted stories, a consistent timeline,
and a scorecard that reconciles customer by customer."""

from __future__ import annotations

import json
from datetime import date

import pytest

from core.actors import LOCAL_USER
from core.db import open_db
from core.demo_db import load_demo
from core.demo_followup import import_moment
from core.followup.cadence import due_list
from core.followup.effectiveness import effectiveness
from core.followup.scorecard import scorecard
from core.followup.scorecard_detail import scorecard_lines

NEGATIVE = ("leaving", "gone")


@pytest.fixture(scope="module")
def demo(tmp_path_factory):  # noqa: ANN201
    folder = tmp_path_factory.mktemp("followup-demo")
    db = open_db(folder / "demo.db")
    load_demo(db, LOCAL_USER, customers=600, months=12, keep_files_in=folder / "files")
    truth = json.loads((folder / "files" / "stories.json").read_text(encoding="utf-8"))
    yield db, truth
    db.close()


def test_most_months_have_contacts_feedback_and_worked_warnings(demo):
    db, truth = demo
    months = {m for (m,) in db.execute("select distinct substr(visited_at, 1, 7) from visits")}
    assert len(months & {p for p in truth["periods"]}) >= 10
    statuses = dict(db.execute("select status, count(*) from warnings group by status").fetchall())
    assert {"retained", "lost", "new"} <= set(statuses)
    assert db.execute("select count(*) from feedback_items where status = 'closed'").fetchone()[0] > 5
    assert db.execute("select count(*) from visits where competitor is not null").fetchone()[0] > 5


def test_the_final_months_stories_are_todays_work_and_nobody_has_called_about_them(demo):
    db, truth = demo
    linked = db.execute(
        f"""select count(*) from visits v join warnings w on w.id = v.warning_id join customers c on c.id = w.customer_id
            where c.customer_no in ({", ".join("?" * len(truth["stories"]))})""",
        list(truth["stories"]),
    ).fetchone()[0]
    assert linked == 0
    final = import_moment(truth["periods"][-1]).isoformat()
    assert db.execute("select max(visited_at) from visits").fetchone()[0] < final


def test_what_customers_say_agrees_with_their_story(demo):
    db, truth = demo
    outcome = {h["customer_no"]: h for h in truth["history"]}
    rows = db.execute(
        """select c.customer_no, w.status, v.attitude, v.reasons from warnings w join customers c on c.id = w.customer_id
           left join visits v on v.warning_id = w.id"""
    ).fetchall()
    for no, status, attitude, reasons in rows:
        story = outcome.get(no)
        if story is None or attitude is None:
            continue
        if story["outcome"] == "left":
            assert status != "retained", no
        else:
            assert status != "lost" and attitude not in NEGATIVE, no
        if story["story"] == "maturity":
            assert "rate" in json.loads(reasons), no
    calm = truth["stable"]
    said = db.execute(
        f"select attitude, purpose from visits where customer_no in ({', '.join('?' * len(calm))})", calm
    ).fetchall()
    assert said and all(a not in NEGATIVE and p != "complaint" for a, p in said)


def test_the_timeline_follows_the_simulated_import_days(demo):
    db, truth = demo
    stamps = [r[0] for r in db.execute("select imported_at from import_batches order by id")]
    assert stamps == [import_moment(p).isoformat() for p in truth["periods"]]
    assert {r[0][11:] for r in db.execute("select created_at from warnings")} == {"09:30:00"}
    assert all(date.fromisoformat(r[0][:10]).weekday() < 5 for r in db.execute("select visited_at from visits"))
    for opened, closed in db.execute("select raised_on, closed_on from feedback_items where closed_on is not null"):
        assert opened <= closed


def test_the_handover_sticks_although_later_files_still_name_the_leaver(demo):
    db, _truth = demo
    (moved,) = db.execute("select customers from handovers").fetchone()
    assert moved > 0
    kept = db.execute(
        """select count(*) from manager_changes m join customers c on c.id = m.customer_id
           join staff st on st.id = c.manager_id where m.source = 'handover' and st.employee_no = 'M005'"""
    ).fetchone()[0]
    assert kept == moved
    assert (
        db.execute(
            "select count(*) from customers c join staff st on st.id = c.manager_id where st.employee_no = 'M006'"
        ).fetchone()[0]
        <= 3
    )  # only customers new in the last file can still carry his name


def test_a_demo_month_scorecard_reconciles_customer_by_customer(demo):
    db, truth = demo
    period = truth["periods"][-2]
    card = scorecard(db, LOCAL_USER, period, today=date(2026, 11, 30))
    in_file = db.execute("select count(*), sum(aum_fen) from snapshots where period = ?", [period]).fetchone()
    assert (card.total.customers, card.total.aum_end_fen) == in_file
    for row in card.rows:
        if row.employee_no is None:
            continue
        lines = scorecard_lines(db, LOCAL_USER, period, row.employee_no, today=date(2026, 11, 30))
        assert sum(1 for x in lines if x.tier_end) == row.customers
        assert sum(x.aum_start_fen for x in lines) == row.aum_start_fen
        assert sum(x.covered for x in lines) == row.cadence_covered
        assert sum(x.warning_id is not None for x in lines) == row.warnings_raised
        assert sum(bool(x.warning_in_time) for x in lines) == row.warnings_in_time
    assert len({r.score for r in card.rows}) > 3  # managers differ


def test_customers_called_within_a_week_left_less_often_in_the_demo(demo):
    db, truth = demo
    within = rest = within_left = rest_left = 0
    for period in truth["periods"][1:-3]:
        e = effectiveness(db, LOCAL_USER, period)
        within, within_left = within + e.groups[0].customers, within_left + (e.groups[0].left or 0)
        rest, rest_left = rest + e.not_within.customers, rest_left + (e.not_within.left or 0)
    assert within > 10 and rest > 10
    assert within_left / within < rest_left / rest


def test_every_manager_has_a_due_list(demo):
    db, _truth = demo
    for number in ("M001", "M007"):
        due = due_list(db, LOCAL_USER, number, today=date(2026, 11, 30))
        assert due.warnings_uncontacted and due.out_of_cadence


def test_the_history_is_the_same_for_the_same_seed(tmp_path):
    dumps = []
    for k in range(2):
        db = open_db(tmp_path / f"d{k}.db")
        load_demo(db, LOCAL_USER, customers=200, months=6, seed=5)
        dumps.append(
            db.execute("select customer_no, visited_at, attitude, reasons, summary from visits order by id").fetchall()
        )
        db.close()
    assert dumps[0] and dumps[0] == dumps[1]
