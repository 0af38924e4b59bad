"""Business settings in the database: typed values with defaults, checks with Chinese messages, change log."""

from __future__ import annotations

import pytest

from core.actors import LOCAL_USER, Actor
from core.risk.config import RiskConfig, load_config
from core.settings import SPECS, SettingRefused, get_setting, list_settings, money_text, parse_value, set_setting

HEAD = Actor(username="zhang", display_name="张行长", role="主管")


def test_every_setting_starts_at_its_default_and_the_config_matches_the_code_defaults(db):
    values = list_settings(db, LOCAL_USER)
    assert all(v.is_default for v in values)
    assert [v.key for v in values][:4] == ["tier.gold_min", "tier.platinum_min", "tier.diamond_min", "tier.private_min"]
    assert get_setting(db, LOCAL_USER, "tier.platinum_min").text == "50万元"
    assert load_config(db) == RiskConfig()


@pytest.mark.parametrize(
    ("text", "fen"),
    [
        ("5万", 5_000_000),
        ("50000", 5_000_000),
        ("50,000.00元", 5_000_000),
        ("1.5万", 1_500_000),
        (" 8万元 ", 8_000_000),
        ("0.01", 1),
    ],
)
def test_money_is_entered_in_yuan_or_wan_and_kept_in_fen(text, fen):
    assert parse_value(SPECS["rule.aum_drop.min_amount"], text) == fen


@pytest.mark.parametrize(
    ("key", "text", "words"),
    [
        ("rule.aum_drop.min_amount", "abc", "应填金额，如 5万、50000、50,000.00元"),
        ("rule.aum_drop.min_amount", "0.001", "应填金额"),
        ("rule.aum_drop.pct", "120", "须在 1% 至 100% 之间"),
        ("rule.aum_drop.pct", "3.5", "应填整数"),
        ("tier.high_value_from", "黄金", "可用：大众、金卡、白金、钻石、私行"),
        ("weight.vanished", "-1", "须在 0 至 100 之间"),
    ],
)
def test_bad_values_are_refused_naming_what_is_accepted_and_nothing_is_written(db, key, text, words):
    with pytest.raises(SettingRefused) as refused:
        set_setting(db, HEAD, key, text)
    assert words in refused.value.message()
    assert db.execute("select count(*) from settings").fetchone()[0] == 0
    assert db.execute("select count(*) from settings_changes").fetchone()[0] == 0


def test_tier_boundaries_must_rise_and_medium_stay_below_high(db):
    with pytest.raises(SettingRefused) as refused:
        set_setting(db, HEAD, "tier.gold_min", "60万")
    assert refused.value.message() == "金卡起点（月末金融资产）（60万元）须低于白金起点（月末金融资产）（50万元）"
    with pytest.raises(SettingRefused):
        set_setting(db, HEAD, "level.medium", "60")


def test_a_change_is_stored_logged_with_who_and_read_back_and_default_restores(db):
    set_setting(db, HEAD, "tier.high_value_from", "钻石")
    set_setting(db, HEAD, "rule.aum_drop.pct", "25%")
    assert load_config(db).tiers.high_value_from == 3
    assert get_setting(db, LOCAL_USER, "rule.aum_drop.pct").text == "25%"
    set_setting(db, HEAD, "rule.aum_drop.pct", "默认")
    assert get_setting(db, LOCAL_USER, "rule.aum_drop.pct").is_default
    assert db.execute("select key, old_value, new_value, changed_by from settings_changes order by id").fetchall() == [
        ("tier.high_value_from", "platinum", "diamond", "zhang"),
        ("rule.aum_drop.pct", "30", "25", "zhang"),
        ("rule.aum_drop.pct", "25", "30", "zhang"),
    ]
    assert db.execute("select key from settings").fetchall() == [("tier.high_value_from",)]


def test_an_unknown_key_is_refused_naming_the_keys(db):
    with pytest.raises(SettingRefused) as refused:
        get_setting(db, LOCAL_USER, "tier.gold")
    assert "没有这个设置项「tier.gold」" in refused.value.message()
    assert "tier.gold_min" in refused.value.message()


def test_a_value_edited_into_nonsense_by_hand_falls_back_to_the_default(db):
    db.execute("insert into settings (key, value) values ('rule.maturity.days', 'thirty')")
    assert get_setting(db, LOCAL_USER, "rule.maturity.days").value == 30


@pytest.mark.parametrize(
    ("fen", "text"), [(50_000_000, "50万元"), (12_500_000, "12.5万元"), (80_000, "800元"), (80_050, "800.5元")]
)
def test_money_reads_as_a_person_writes_it(fen, text):
    assert money_text(fen) == text
