"""Finding and loading customers for big lists: ids first (cheap), rows a page at a time.

A list view asks ``find_customer_ids`` for the matching ids in display order (search,
filter and sort all run in SQL, so nothing needs every row in memory), then
``load_customer_rows`` for the few hundred ids it is showing. Identifiers come back
masked; the detail view reads one customer's monthly history with
``customer_history``.

Every function takes the acting user: lists hold only the customers their role sees
(``customer_scope``), a teller gets money as None and may not sort by it, and a search for an
ID number, mobile or card (or the last four of one) is written to the audit log with its kind
and result count, never the text typed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from sqlite_utils import Database

from core.actors import Actor
from core.customers import customer_visible, latest_period, named_scope
from core.privacy import mask_id_number, mask_mobile
from core.risk.access import sees_balances
from core.security import audit
from core.security.permissions import customer_scope, require, sees_all_customers

NO_MANAGER = 0  # manager_id filter meaning "customers without a manager" (staff ids start at 1)

# User-chosen sort keys map to SQL (ascending, descending); never interpolate input directly.
# Months without a figure sort last either way; each order ends with the customer number so
# pages stay stable between queries. ``coalesce`` with a sentinel is ~15 % faster than NULLS LAST.
_LAST = "9223372036854775807"
SORT_COLUMNS: dict[str, tuple[str, str]] = {
    "customer_no": ("c.customer_no", "c.customer_no desc"),
    "name": ("c.name, c.customer_no", "c.name desc, c.customer_no"),
    "manager": ("st.name nulls last, c.customer_no", "st.name desc, c.customer_no"),
    "aum": (f"coalesce(s.aum_fen, {_LAST}), c.customer_no", "s.aum_fen desc, c.customer_no"),
    "deposit": (f"coalesce(s.deposit_fen, {_LAST}), c.customer_no", "s.deposit_fen desc, c.customer_no"),
    "last_period": ("c.last_period, c.customer_no", "c.last_period desc, c.customer_no"),
}

MONEY_SORTS = frozenset({"aum", "deposit"})  # refused to a role without customer.balances

_LIKE_ESCAPE = re.compile(r"([\\%_])")
_TAIL4 = re.compile(r"^\d{3}[\dXx]$")  # last four of a mobile or an ID number (which may end in X)
_ID_FULL = re.compile(r"^(\d{17}[\dXx]|\d{15})$")  # an 18-character or old 15-digit ID number
_MOBILE_FULL = re.compile(r"^1\d{10}$")
_CARD = re.compile(r"^\d{12,19}$")  # a card or account number (not kept, but typing one is still a lookup)


@dataclass(frozen=True)
class CustomerQuery:
    """What a customer list shows: search text, manager filter, the month of the figures, the order.

    :param text: words that must each match the customer number, the name, or (four
      characters) the end of the mobile or ID number
    :param manager_id: a staff id, ``NO_MANAGER`` for unassigned customers, None for all
    :param period: "YYYY-MM" of the AUM and deposit shown; None means the latest committed month
    :param order_by: a key of ``SORT_COLUMNS``
    """

    text: str = ""
    manager_id: int | None = None
    period: str | None = None
    order_by: str = "customer_no"
    descending: bool = False


@dataclass(frozen=True)
class CustomerRow:
    """One customer as a list shows it; identifiers are already masked, money is in 分."""

    id: int
    customer_no: str
    name: str
    id_number_masked: str
    mobile_masked: str
    gender: str | None
    manager: str | None
    branch: str | None
    aum_fen: int | None  # None: the customer is not in that month's file
    deposit_fen: int | None
    first_period: str
    last_period: str


def _like(text: str) -> str:
    return _LIKE_ESCAPE.sub(r"\\\1", text)


def identifier_kind(word: str) -> str | None:
    """What identifier a search word looks like: ``id_number``, ``mobile``, ``card``, ``tail4`` (the last
    four of a mobile or ID number), or None for an ordinary word (a name, part of a customer number)."""
    if _ID_FULL.match(word):
        return "id_number"
    if _MOBILE_FULL.match(word):
        return "mobile"
    if _CARD.match(word):
        return "card"
    if _TAIL4.match(word):
        return "tail4"
    return None


def _text_condition(word: str, n: int, args: dict[str, object]) -> str:
    """SQL matching one search word; binds its parameters into ``args``."""
    args[f"w{n}"] = f"%{_like(word)}%"
    parts = [f"c.customer_no like :w{n} escape '\\'", f"c.name like :w{n} escape '\\'"]
    kind = identifier_kind(word)
    if kind == "tail4":
        args[f"t{n}"] = word.upper()
        parts += [f"substr(c.mobile, -4) = :t{n}", f"upper(substr(c.id_number, -4)) = :t{n}"]
    elif kind == "id_number":
        args[f"t{n}"] = word.upper()
        parts.append(f"upper(c.id_number) = :t{n}")
    elif kind == "mobile":
        args[f"t{n}"] = word
        parts.append(f"c.mobile = :t{n}")
    return "(" + " or ".join(parts) + ")"


def resolve_period(db: Database, period: str | None) -> str | None:
    """``period`` itself, or the latest committed month when it is None."""
    return period or latest_period(db)


def find_customer_ids(db: Database, actor: Actor, query: CustomerQuery) -> list[int]:
    """The ids of the customers matching ``query``, in display order.

    Cheap even for 100,000 customers: one integer per row, and sorting happens here in SQL,
    so a view never needs every row loaded to sort correctly. Customers who first appear
    after the query's month are left out.

    :param actor: who is asking: only the customers their role sees are listed
    :raises PermissionDenied: the role sees no customers (管理员, 审计), or sorting by money for a
      role that does not see it (柜员)
    :raises ValueError: ``query.order_by`` is not a known sort key
    """
    args: dict[str, object] = {}
    scope = named_scope(actor, "c.manager_id", args)
    if query.order_by not in SORT_COLUMNS:
        raise ValueError(f"unknown sort key {query.order_by!r}")
    if query.order_by in MONEY_SORTS:
        require(actor, "customer.balances")
    words = query.text.split()
    kinds = [k for k in (identifier_kind(w) for w in words) if k]
    if kinds:
        require(actor, "customer.search_identifier")
    period = resolve_period(db, query.period)
    if (query.order_by == "aum" and not words and query.manager_id is None and period is not None
            and sees_all_customers(actor)):
        fast = _ids_by_aum_of_latest(db, period, query.descending)
        if fast is not None:
            return fast
    args["period"] = period or ""
    where = ["c.first_period <= :period"] if period else []
    if scope != "1":
        where.append(scope)
    for n, word in enumerate(words):
        where.append(_text_condition(word, n, args))
    if query.manager_id == NO_MANAGER:
        where.append("c.manager_id is null")
    elif query.manager_id is not None:
        where.append("c.manager_id = :manager")
        args["manager"] = query.manager_id
    joins = "left join snapshots s on s.period = :period and s.customer_id = c.id"
    if query.order_by == "manager":
        joins += " left join staff st on st.id = c.manager_id"
    order = SORT_COLUMNS[query.order_by][1 if query.descending else 0]
    sql = f"select c.id from customers c {joins}"
    if where:
        sql += " where " + " and ".join(where)
    sql += f" order by {order}"
    cursor = db.conn.cursor()
    cursor.row_factory = _first_column  # a flat list of ints, without a tuple per row
    ids: list[int] = cursor.execute(sql, args).fetchall()
    if kinds:  # who looked a customer up by an identifier: the kind and how many matched, never the text
        audit.record(db, actor, "customer_search", details={"kind": "+".join(dict.fromkeys(kinds)), "results": len(ids)})
    return ids


def _ids_by_aum_of_latest(db: Database, period: str, descending: bool) -> list[int] | None:
    """The whole list by AUM for the latest month, read in index order (None for other months).

    Customers in the month's file come first, by AUM through ``snapshots_period_aum`` (ties by
    internal id), then those absent from it, by customer number. For the latest month "absent"
    is exactly ``last_period < period``: nobody can reappear after the newest month.
    """
    if period != latest_period(db):
        return None
    direction = "desc" if descending else "asc"
    cursor = db.conn.cursor()
    cursor.row_factory = _first_column
    present = cursor.execute(
        f"select customer_id from snapshots where period = ? order by aum_fen {direction}, customer_id {direction}",
        [period],
    ).fetchall()
    absent = cursor.execute(
        "select id from customers where last_period < ? and first_period <= ? order by customer_no", [period, period]
    ).fetchall()
    return present + absent


def _first_column(_cursor: object, row: tuple[object, ...]) -> object:
    return row[0]


_ROW_SQL = """
    select c.id, c.customer_no, c.name, c.id_number, c.mobile, c.gender, st.name, coalesce(s.branch, c.branch),
           s.aum_fen, s.deposit_fen, c.first_period, c.last_period
    from customers c
    left join snapshots s on s.period = ? and s.customer_id = c.id
    left join staff st on st.id = c.manager_id
    where c.id in ({marks}) and {scope}
"""


def load_customer_rows(
    db: Database, actor: Actor, ids: Sequence[int], period: str | None = None
) -> list[CustomerRow | None]:
    """The rows for ``ids`` in the same order, with AUM and deposit of ``period``; None where a customer has gone
    (or is not one ``actor`` may see). A teller gets AUM and deposit as None.

    :param period: "YYYY-MM"; None means the latest committed month
    :raises PermissionDenied: the role sees no customers (管理员, 审计)
    """
    scope, scope_params = customer_scope(actor, "c.manager_id")
    balances = sees_balances(actor)
    period = resolve_period(db, period)
    found: dict[int, CustomerRow] = {}
    for start in range(0, len(ids), 500):  # stay well under SQLite's variable limit
        part = list(ids[start : start + 500])
        sql = _ROW_SQL.format(marks=", ".join("?" * len(part)), scope=scope)
        for cid, no, name, id_number, mobile, gender, manager, branch, aum, deposit, first, last in db.execute(
            sql, [period or "", *part, *scope_params]
        ):
            found[cid] = CustomerRow(
                cid, no, name, mask_id_number(id_number), mask_mobile(mobile), gender, manager, branch,
                aum if balances else None, deposit if balances else None, first, last,
            )
    return [found.get(cid) for cid in ids]


def committed_periods(db: Database) -> list[str]:
    """Every month with committed data, newest first."""
    sql = "select distinct period from import_batches where status = 'committed' order by period desc"
    return [row[0] for row in db.execute(sql).fetchall()]


@dataclass(frozen=True)
class ManagerChoice:
    """A staff member who manages at least one customer (for filter lists)."""

    id: int
    name: str
    customers: int


def list_managers(db: Database, actor: Actor) -> list[ManagerChoice]:
    """Staff who currently manage customers ``actor`` sees, by name (a 客户经理: only themselves).

    :raises PermissionDenied: the role sees no customers (管理员, 审计)
    """
    scope, params = customer_scope(actor, "c.manager_id")
    sql = f"""
        select st.id, st.name, count(c.id) from staff st join customers c on c.manager_id = st.id
        where {scope} group by st.id order by st.name, st.id
    """
    return [ManagerChoice(*row) for row in db.execute(sql, params).fetchall()]


@dataclass(frozen=True)
class CustomerProfile:
    """One customer's profile for the detail view; identifiers masked, birth date cut to the month."""

    id: int
    customer_no: str
    name: str
    id_type: str | None
    id_number_masked: str
    mobile_masked: str
    gender: str | None
    birth_month: str | None  # "YYYY-MM": the day adds nothing for a relationship manager
    branch: str | None
    manager: str | None
    first_period: str
    last_period: str


@dataclass(frozen=True)
class MonthFigures:
    """One month of one customer's snapshot, money in 分 (None where that month's file had no such column)."""

    period: str
    aum_fen: int | None  # None only for a role that does not see money (柜员), as every money field here
    deposit_fen: int | None
    time_deposit_fen: int | None
    demand_deposit_fen: int | None
    wealth_fen: int | None
    fund_fen: int | None
    insurance_fen: int | None
    loan_fen: int | None
    manager: str | None


def load_customer_profile(db: Database, actor: Actor, customer_id: int) -> CustomerProfile | None:
    """The profile of ``customer_id``, or None if the customer has gone or is not one ``actor`` may see.

    :raises PermissionDenied: the role sees no customers (管理员, 审计)
    """
    if not customer_visible(db, actor, customer_id):
        return None
    row = db.execute(
        """select c.id, c.customer_no, c.name, c.id_type, c.id_number, c.mobile, c.gender, c.birth_date, c.branch,
                  st.name, c.first_period, c.last_period
           from customers c left join staff st on st.id = c.manager_id where c.id = ?""",
        [customer_id],
    ).fetchone()
    if row is None:
        return None
    cid, no, name, id_type, id_number, mobile, gender, birth, branch, manager, first, last = row
    return CustomerProfile(
        cid, no, name, id_type, mask_id_number(id_number), mask_mobile(mobile), gender,
        birth[:7] if birth else None, branch, manager, first, last,
    )


def customer_history(db: Database, actor: Actor, customer_id: int) -> list[MonthFigures]:
    """Every committed month's figures for ``customer_id``, oldest first.

    Reads ``period IN (...) AND customer_id = ?`` so SQLite probes the (period, customer_id)
    primary key once per month; snapshots deliberately have no customer_id index. Empty for a
    customer ``actor`` may not see; money fields None for a role that does not see money (柜员).
    :raises PermissionDenied: the role sees no customers (管理员, 审计)
    """
    if not customer_visible(db, actor, customer_id):
        return []
    periods = committed_periods(db)
    if not periods:
        return []
    sql = f"""
        select s.period, s.aum_fen, s.deposit_fen, s.time_deposit_fen, s.demand_deposit_fen, s.wealth_fen,
               s.fund_fen, s.insurance_fen, s.loan_fen, st.name
        from snapshots s left join staff st on st.id = s.manager_id
        where s.period in ({", ".join("?" * len(periods))}) and s.customer_id = ?
        order by s.period
    """
    rows = db.execute(sql, [*periods, customer_id]).fetchall()
    if sees_balances(actor):
        return [MonthFigures(*row) for row in rows]
    return [MonthFigures(row[0], *([None] * 8), row[-1]) for row in rows]
