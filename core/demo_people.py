"""Fictional customers for the demo branch: who they are, what they hold, how an ordinary month goes.

Everything is drawn from a ``random.Random`` passed in, so a seed gives the same people every
time. ID numbers follow GB 11643-1999 (area code, birth date, sequence, check digit) with area
codes from 深圳 (440300–440307); no generated person is meant to be real. Money is integer fen.
The stories planted on some customers, and the files, are in core/demo.py.
"""

from __future__ import annotations

import calendar
import random
from dataclasses import dataclass
from datetime import date, timedelta

# Roughly by frequency: the common surnames come first and are drawn more often.
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
_MALE = "伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆帅旭宁龙林欢阳建国志文海晨峰亮成博达思远毅诚振东"
_FEMALE = "芳娜敏静丽艳娟霞秀英玲桂兰燕萍红琳洁颖婷雪慧倩琴云莹晶妍梅雯欣悦怡佳月凤珊薇蕾晓莉丹璐岚"
_NEUTRAL = "子一嘉文思晓雨安若昕可心诗宜梓家泽睿"
# Combinations that happen to name well-known people are redrawn.
_FAMOUS = frozenset(
    {"王菲", "李娜", "刘翔", "姚明", "成龙", "刘德华", "张学友", "郭富城", "赵薇", "杨幂", "周杰伦", "王力宏",
     "林俊杰", "孙俪", "邓超", "黄晓明", "李连杰", "马云", "雷军", "李宁"}
)
AREA_CODES = ("440300", "440303", "440304", "440305", "440306", "440307")
_AREA_WEIGHTS = (1, 3, 4, 4, 5, 5)
_MOBILE_PREFIXES = (
    "130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "150", "151", "152", "153", "155",
    "156", "157", "158", "159", "166", "177", "180", "181", "182", "183", "185", "186", "187", "188", "189",
    "191", "198", "199",
)
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK_CHARS = "10X98765432"

# The branch's customer managers: (name, staff number).
MANAGERS: tuple[tuple[str, str], ...] = (
    ("林雅婷", "M001"), ("陈志强", "M002"), ("黄丽萍", "M003"), ("周文博", "M004"),
    ("吴晓燕", "M005"), ("郑海涛", "M006"), ("刘思远", "M007"),
)
_MANAGER_WEIGHTS = (18, 16, 15, 14, 13, 12, 12)


@dataclass(frozen=True)
class Person:
    """A fictional customer's identity as the core system lists it."""

    customer_no: str  # 10 digits, kept as text (may start with 0)
    name: str
    id_number: str
    mobile: str | None
    birth: date
    male: bool


def id_check_digit(first17: str) -> str:
    """The GB 11643 check character ('0'–'9' or 'X') for the first 17 digits of an ID number."""
    total = sum(int(d) * w for d, w in zip(first17, _ID_WEIGHTS, strict=True))
    return _CHECK_CHARS[total % 11]


def birth_date(rng: random.Random, *, older: bool) -> date:
    """A birth date in 1945–2004; ``older`` (wealthier customers) peaks in the 1960s."""
    year = int(rng.triangular(1945, 2004.999, 1964 if older else 1982))
    month = rng.randint(1, 12)
    day = rng.randint(1, 28 if month == 2 else 30)
    return date(year, month, day)


def chinese_name(rng: random.Random, male: bool) -> str:
    """A two- or three-character name: a common surname and one or two given characters."""
    pool = (_MALE if male else _FEMALE) + _NEUTRAL
    while True:
        surname = SURNAMES[min(int(rng.expovariate(1 / 25)), len(SURNAMES) - 1)]
        given = rng.choice(pool) if rng.random() < 0.3 else rng.choice(pool) + rng.choice(pool)
        name = surname + given
        if name not in _FAMOUS and (len(given) == 1 or given[0] != given[1] or rng.random() < 0.1):
            return name


def id_number(rng: random.Random, birth: date, male: bool) -> str:
    """A valid 18-digit resident ID number for someone born on ``birth`` in 深圳."""
    area = rng.choices(AREA_CODES, weights=_AREA_WEIGHTS)[0]
    sequence = rng.randrange(0, 500) * 2 + (1 if male else 0)  # odd for men, even for women
    first17 = f"{area}{birth:%Y%m%d}{sequence:03d}"
    return first17 + id_check_digit(first17)


def mobile_number(rng: random.Random) -> str:
    """An 11-digit mainland mobile number 1[3-9]x xxxx xxxx."""
    return rng.choice(_MOBILE_PREFIXES) + f"{rng.randrange(10**8):08d}"


def make_people(rng: random.Random, count: int, older: list[bool]) -> list[Person]:
    """``count`` distinct fictional people; ``older[i]`` skews person i's birth year earlier.

    Customer numbers and ID numbers are unique; about 2 % of people have no mobile on file.
    """
    people: list[Person] = []
    seen_no: set[str] = set()
    seen_id: set[str] = set()
    for i in range(count):
        customer_no = f"{rng.randrange(10**10):010d}"
        while customer_no in seen_no:
            customer_no = f"{rng.randrange(10**10):010d}"
        seen_no.add(customer_no)
        male = rng.random() < 0.5
        birth = birth_date(rng, older=older[i])
        ident = id_number(rng, birth, male)
        while ident in seen_id:
            ident = id_number(rng, birth, male)
        seen_id.add(ident)
        mobile = mobile_number(rng) if rng.random() >= 0.02 else None
        people.append(Person(customer_no, chinese_name(rng, male), ident, mobile, birth, male))
    return people


def pick_manager(rng: random.Random) -> tuple[str, str] | None:
    """A customer manager (name, staff number), or None for the ~3 % of customers nobody manages."""
    if rng.random() < 0.03:
        return None
    return rng.choices(MANAGERS, weights=_MANAGER_WEIGHTS)[0]


# --- what they hold when they first appear ------------------------------------------------------

WAN = 1_000_000  # fen per 万元
# (share of customers, lowest AUM, highest AUM, skew towards the low end): 大众 金卡 白金 钻石 私行
TIERS = ((0.70, 2_000, 5 * WAN, 1.0), (0.22, 5 * WAN, 50 * WAN, 1.4), (0.06, 50 * WAN, 200 * WAN, 1.4),
         (0.015, 200 * WAN, 600 * WAN, 1.4), (0.005, 600 * WAN, 3000 * WAN, 1.6))
# per tier: chance of holding a time deposit, wealth products, funds, insurance
_HELD = ((0.35, 0.08, 0.06, 0.04), (0.6, 0.4, 0.3, 0.2), (0.7, 0.7, 0.5, 0.4), (0.7, 0.8, 0.6, 0.5),
         (0.6, 0.85, 0.7, 0.6))
_WEIGHT_RANGES = ((0.5, 1.5), (0.5, 1.5), (0.2, 0.8), (0.1, 0.4))


@dataclass(frozen=True)
class Opening:
    """A customer's holdings and habits in the first month they appear; money in fen."""

    parts: tuple[int, int, int, int, int]  # demand deposit, time deposit, wealth, fund, insurance
    loan: int
    term: int  # months the time deposit (or product) runs before it renews
    lam: float  # mean e-banking transactions a month
    payroll: bool
    vol: float  # size of ordinary month-to-month movement


def assign_tiers(rng: random.Random, count: int) -> list[int]:
    """Tier index (0 = 大众 … 4 = 私行) per customer, in exactly the TIERS proportions."""
    order = list(range(count))
    rng.shuffle(order)
    tiers = [0] * count
    bound, cumulative = 0, 0.0
    for tier, (share, *_rest) in enumerate(TIERS):
        cumulative += share
        end = count if tier == len(TIERS) - 1 else round(count * cumulative)
        for i in order[bound:end]:
            tiers[i] = tier
        bound = end
    return tiers


def opening(rng: random.Random, tier: int, age: int, story: str | None) -> Opening:
    """Opening holdings for a customer of ``tier`` and ``age``; a planted ``story`` gets what it needs.

    Planted customers (any story, or "stable") hold at least 60万元 and move less from month to month;
    "maturity" gets a large time deposit, "activity_fade" and "stable" an active mobile-banking habit,
    "payroll_move" a payroll account.
    """
    _share, low, high, skew = TIERS[tier]
    aum = int(low * (high / low) ** (rng.random() ** skew))
    if story:
        aum = max(aum, int(rng.uniform(60, 150) * WAN))
    weights = [rng.uniform(0.3, 1.0) * (2 if tier == 0 else 1)]
    weights += [rng.uniform(*span) if rng.random() < chance else 0.0
                for chance, span in zip(_HELD[tier], _WEIGHT_RANGES, strict=True)]
    if story == "maturity":
        weights[1] = max(weights[1], (weights[0] + weights[2] + weights[3]) * rng.uniform(0.6, 1.5))
    parts = [int(aum * w / sum(weights)) for w in weights]
    parts[0] += aum - sum(parts)
    lam = _usual_activity(rng, age)
    payroll = 22 <= age <= 60 and rng.random() < 0.33
    if story == "activity_fade":
        lam = max(lam, rng.uniform(10, 25))
    elif story == "stable":
        lam = max(lam, rng.uniform(6, 15))
    elif story == "payroll_move":
        payroll = True
    loan = 0
    if rng.random() < 0.12:
        mortgage = 25 <= age <= 55 and rng.random() < 0.5
        loan = int(rng.uniform(20, 200) * WAN) if mortgage else int(rng.uniform(1, 20) * WAN)
    term = rng.choice((3, 6, 12, 12, 12, 24, 36)) if parts[1] else rng.choice((3, 6, 12))
    vol = rng.uniform(0.005, 0.02) if story else rng.uniform(0.005, 0.035)
    return Opening((parts[0], parts[1], parts[2], parts[3], parts[4]), loan, term, lam, payroll, vol)


def _usual_activity(rng: random.Random, age: int) -> float:
    """Mean mobile-banking transactions a month: the young use it a lot, many elderly not at all."""
    if rng.random() < (0.05 if age < 50 else 0.25 if age < 65 else 0.5):
        return 0.0
    if age < 35:
        return rng.uniform(12, 35)
    if age < 50:
        return rng.uniform(6, 22)
    return rng.uniform(1.5, 10) if age < 65 else rng.uniform(0, 3)


# --- an ordinary month ---------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Snapshot:
    """One customer's figures at one month end; money in fen."""

    deposit: int
    time_deposit: int
    wealth: int
    fund: int
    insurance: int
    loan: int
    maturity: date | None
    txn: int
    last_txn: date | None
    payroll: bool
    transfer_out: int

    @property
    def aum(self) -> int:
        """Financial assets: deposits + wealth + funds + insurance."""
        return self.deposit + self.wealth + self.fund + self.insurance


@dataclass(slots=True)
class Holdings:
    """A customer's holdings and habits while their months are simulated (mutable; fen)."""

    parts: list[int]  # demand deposit, time deposit, wealth, fund, insurance
    loan: int
    maturity: date | None
    term: int  # months a time deposit or product runs before it renews
    lam: float  # mean e-banking transactions a month
    payroll: bool
    last_txn: date | None
    vol: float
    base: tuple[int, ...]  # the opening parts: stable controls hover around them
    hist_aum: list[int]  # AUM per month index as written (0 where absent)
    hist_txn: list[int]
    txn: int = 0  # this month's figures
    transfer: int = 0
    quiet: bool = False  # no counter visit this month either
    extra: int = 0  # scratch for stories: a quarter-end push waiting to leave
    pre: int = 0  # scratch for stories: AUM before the story began
    gone: bool = False  # left the branch for good

    @property
    def aum(self) -> int:
        """Current financial assets."""
        return sum(self.parts)


def start_month(rng: random.Random, h: Holdings, end: date, stable: bool, *, moved: bool) -> None:
    """Ordinary movement into the month ending ``end``: drift (if ``moved``), renewals, transfers, activity."""
    if moved:
        _drift(rng, h, stable)
    while h.maturity is not None and h.maturity <= end:
        h.maturity = add_months(h.maturity, h.term)  # renewed automatically
    h.quiet, h.transfer = False, 0
    if h.lam > 0 and rng.random() < 0.3:  # everyday transfers, balanced by money coming in
        h.transfer = min(h.parts[0], int(h.aum * rng.uniform(0.002, 0.015 if stable else 0.03)))
    h.txn = round(h.lam * rng.uniform(0.85, 1.15)) if stable else poisson(rng, h.lam)


def end_month(rng: random.Random, h: Holdings, end: date, t: int) -> Snapshot:
    """Close month index ``t``: date the last transaction, remember the figures, return the snapshot."""
    if h.txn > 0:
        h.last_txn = end - timedelta(days=rng.randint(0, 3 if h.txn > 10 else 20))
    elif not h.quiet and rng.random() < 0.2:  # a counter visit
        h.last_txn = end - timedelta(days=rng.randint(0, 27))
    h.hist_aum[t], h.hist_txn[t] = h.aum, h.txn
    demand, time_dep, wealth, fund, insurance = h.parts
    return Snapshot(demand + time_dep, time_dep, wealth, fund, insurance, h.loan,
                    h.maturity if time_dep or wealth else None, h.txn, h.last_txn, h.payroll, h.transfer)


def _drift(rng: random.Random, h: Holdings, stable: bool) -> None:
    """Month-to-month movement of a few per cent; stable controls stay within ±1.2 % of their base."""
    if stable:
        h.parts = [int(b * (1 + rng.uniform(-0.012, 0.012))) for b in h.base]
        return
    for j, scale in ((0, 1.5), (2, 1.0), (3, 2.0)):  # demand, wealth, fund (market moves)
        h.parts[j] = max(0, int(h.parts[j] * (1 + rng.uniform(-1, 1) * h.vol * scale)))
    h.parts[4] += h.parts[4] // 500  # insurance cash value creeps up
    h.loan -= int(h.loan * rng.uniform(0.004, 0.012))


def poisson(rng: random.Random, lam: float) -> int:
    """A Poisson-distributed count with mean ``lam`` (normal approximation above 30)."""
    if lam <= 0:
        return 0
    if lam > 30:
        return max(0, round(rng.gauss(lam, lam**0.5)))
    limit, k, p = 2.718281828459045**-lam, 0, rng.random()
    while p > limit:
        k += 1
        p *= rng.random()
    return k


def withdraw(h: Holdings, amount: int, proportional: bool = False) -> int:
    """Take ``amount`` out (liquid holdings first, or evenly from all); returns what was taken."""
    amount = max(0, min(amount, h.aum))
    if proportional and h.aum:
        share = amount / h.aum
        taken = [int(p * share) for p in h.parts]
        h.parts = [p - x for p, x in zip(h.parts, taken, strict=True)]
        return sum(taken)
    left = amount
    for j in range(5):
        take = min(left, h.parts[j])
        h.parts[j] -= take
        left -= take
    return amount - left


def add_months(day: date, months: int) -> date:
    """``day`` moved by whole months, clamped to the end of a shorter month."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))
