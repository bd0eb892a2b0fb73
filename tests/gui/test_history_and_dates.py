"""History with names and old → new per revision; one date format in the GUI."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import FAST_KDF, PASSPHRASE
from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime, QTimeZone

from fieldkit.bundles.export import ExportOptions, Recipient, export_bundles
from fieldkit.bundles.importer import import_bundle
from fieldkit.gui.dates import format_hlc, format_iso, format_moment
from fieldkit.gui.editors.history_view import ALARM_ROLE, WHAT, WHO, HistoryView
from fieldkit.gui.main_window import MainWindow
from fieldkit.gui.pages.audit_log import AuditModel
from fieldkit.gui.pages.conflicts import when
from fieldkit.gui.people_names import Names
from fieldkit.identity import own, trust
from fieldkit.identity.card import card_bytes, make_card, parse_card
from fieldkit.records import revision
from fieldkit.records.service import Records
from fieldkit.vault import Vault


@pytest.fixture
def locale() -> Iterator[object]:
    """Set the default QLocale for one test, then put it back."""
    saved = QLocale()

    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield use
    QLocale.setDefault(saved)


def test_dates_use_the_locales_month_names_and_never_a_T(locale) -> None:  # type: ignore[no-untyped-def]
    locale("en_GB")
    assert format_iso("2026-12-05T10:12") == "5 Dec 2026, 10:12"
    assert format_iso("2026-12-05") == "5 Dec 2026"  # a date alone has no time
    locale("fr_FR")
    assert format_iso("2026-12-05T10:12") == "5 déc. 2026, 10:12"
    assert format_iso("2026-12-05") == "5 déc. 2026"
    locale("en_US")
    us = format_iso("2026-12-05T09:30")
    assert us.startswith("Dec 5, 2026, 9:30") and us.endswith("AM")
    for name in ("en_GB", "fr_FR", "de_DE", "en_US"):
        locale(name)
        for text in ("2026-12-05T09:30", "2026-12-05T09:30:00+00:00", "2026-03-14"):
            shown = format_iso(text)
            assert "T" not in shown and "-" not in shown and "12" not in shown.split(",")[0]


def test_moments_with_a_zone_and_revision_clocks_show_in_local_time(locale) -> None:  # type: ignore[no-untyped-def]
    locale("en_GB")
    moment = QDateTime(QDate(2026, 12, 5), QTime(9, 30), QTimeZone.utc())
    local = moment.toLocalTime()
    expected = f"{local.date().day()} Dec 2026, {local.time().toString('HH:mm')}"
    assert format_moment(moment) == expected
    assert format_iso("2026-12-05T09:30:00+00:00") == expected
    hlc = revision.format_hlc(moment.toMSecsSinceEpoch(), 0)
    assert format_hlc(hlc) == expected
    assert when(hlc) == expected  # the conflicts page


def test_history_shows_the_trusted_name_and_old_to_new(
    unlocked: MainWindow, vault: Vault, tmp_path: Path, locale
) -> None:  # type: ignore[no-untyped-def]
    locale("en_GB")
    lina, _ = Vault.create(tmp_path / "lina", PASSPHRASE, name="Lina", kdf=FAST_KDF)
    try:
        my_card = parse_card(card_bytes(make_card(own.load(vault.db))))
        lina_card = parse_card(card_bytes(make_card(own.load(lina.db))))
        with vault.transaction() as db:
            trust.add(db, lina_card, name="Lina Haddad", role="field", verified=True)
        with lina.transaction() as db:
            trust.add(db, my_card, name="Me", role=my_card.role, verified=True)
        theirs = Records(lina)
        view = theirs.create(
            "object", {"inventory_number": "BAG-77", "title": "Lamp", "status": "in_place"}
        )
        theirs.edit(view.record_id, {"status": "evacuated"})
        sent = export_bundles(
            lina, tmp_path / "b.fkb", ExportOptions(recipients=[Recipient.from_card(my_card)])
        )
        import_bundle(vault, sent.bundles[0].path)
    finally:
        lina.close()
    editor = unlocked.workspace.open_object(view.record_id)
    assert editor is not None
    editor.inputs["title"].set_raw("Bronze oil lamp")
    assert editor.save()
    history = editor.history
    entries = history.entries  # as the editor gave them (newest first)
    assert history.rowCount() == len(entries) == 3
    assert entries[0].revision.hlc > entries[-1].revision.hlc
    rows = {
        entry.rev_id: (history.item(r, WHO).text(), history.item(r, WHAT).text())
        for r, entry in enumerate(entries)
    }
    entries = list(reversed(entries))  # oldest first below
    # Rows follow the entries given; authors by their trusted name, not a key id.
    assert rows[entries[0].rev_id] == ("Lina Haddad", "Created")
    assert rows[entries[1].rev_id] == ("Lina Haddad", "Status: In place → Evacuated")
    assert rows[entries[2].rev_id] == ("you", "Title: Lamp → Bronze oil lamp")
    # Each card's heading carries who and when; the row is tall enough for every line.
    assert history.item(1, 1).text() == format_hlc(entries[1].revision.hlc)
    assert "Dec" in history.item(1, 1).text() or "T" not in history.item(1, 1).text()
    editor.resize(1180, 680)
    editor.show()
    history.resizeRowsToContents()
    line = history.fontMetrics().lineSpacing()
    assert history.rowHeight(1) >= 2 * line
    # Not clipped at the editor's default width: the changes get the whole cell.
    assert history.columnWidth(WHAT) >= history.viewport().width() - 2
    editor.close()


def test_an_unverified_author_and_a_bad_signature_are_marked(unlocked: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    session = unlocked.session
    assert session is not None
    view = session.records.create("object", {"inventory_number": "X-1", "title": "Jar"})
    (entry,) = session.records.history(view.record_id)
    stranger = "1a2b3c4d" + "e" * 56
    foreign = dataclasses.replace(
        entry,
        revision=dataclasses.replace(entry.revision, author=stranger),
        signature_ok=None,
        author_trusted=False,
    )
    bad = dataclasses.replace(entry, signature_ok=False, author_trusted=False)
    history = HistoryView()
    qtbot.addWidget(history)
    names = Names(session.vault.db, session.identity.fingerprint, session.identity.name)
    history.show_history([foreign, bad], session.identity.fingerprint, names=names)
    assert history.item(0, WHO).text() == "unverified author 1a2b3c4d…"
    assert history.item(0, WHO).data(ALARM_ROLE)
    assert "not among your trusted people" in history.item(0, WHO).toolTip()
    assert history.item(1, WHO).text() == "BAD SIGNATURE"
    assert history.item(1, WHO).data(ALARM_ROLE)
    assert history.item(1, WHO).foreground().color().name() == "#b00020"


def test_tables_show_dates_in_the_one_format(unlocked: MainWindow, locale) -> None:  # type: ignore[no-untyped-def]
    locale("en_GB")
    session = unlocked.session
    assert session is not None
    session.records.create(
        "damage", {"site": "Mosul museum", "observed_at": "2026-12-05T09:30", "severity": "minor"}
    )
    table = unlocked.workspace.damage
    table.refresh()
    column = [c.key for c in table.columns].index("observed_at")
    texts = [
        table.data(table.index(r, column), Qt.ItemDataRole.DisplayRole)
        for r in range(table.rowCount())
    ]
    assert "5 Dec 2026, 09:30" in texts
    audit_model = AuditModel()
    audit_model.set_source(session.vault.db, None)
    shown = audit_model.data(audit_model.index(0, 1), Qt.ItemDataRole.DisplayRole)
    assert "T" not in shown and " 20" in shown and any(m in shown for m in ("Dec", "Jan", "Nov"))


def test_long_values_are_elided_in_the_row_and_whole_in_the_tooltip(
    unlocked: MainWindow, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from fieldkit.records.service import PhotoInput

    from .helpers import make_jpeg

    session = unlocked.session
    assert session is not None
    records = session.records
    before = "A small bronze oil lamp with a handle shaped like a crescent, found near the wall."
    after = "A small bronze oil lamp with a crescent-shaped handle, found in the storeroom ruins."
    view = records.create("object", {"inventory_number": "L-1", "description": before})
    records.edit(view.record_id, {"description": after})
    records.edit(
        view.record_id,
        {
            "title": "Lamp",
            "maker": "Unknown",
            "subject": "Light",
            "notes": "n",
            "status": "missing",
        },
        add_photos=[PhotoInput(make_jpeg(tmp_path / "p.jpg"), "detail", "Spout")],
    )
    history = HistoryView()
    qtbot.addWidget(history)
    names = Names(session.vault.db, session.identity.fingerprint, session.identity.name)
    entries = records.history(view.record_id)
    history.show_history(entries, session.identity.fingerprint, names=names)
    row = history.item(1, WHAT)
    # Shown from just before where the texts differ, each side cut short ...
    assert row.text().startswith("Description: …")
    assert "crescent-shaped" in row.text() and "…" in row.text()
    assert after not in row.text()
    # ... and the tooltip has the whole change, old and new.
    assert f"{before} → {after}" in row.toolTip()
    # Six changes: three shown, then a count; the photo is named by its role and caption.
    many = history.item(2, WHAT)
    assert len(many.text().splitlines()) == 4
    assert "and 3 more changes" in many.text()
    assert "Photo added: Detail — Spout" in many.toolTip()
    assert "Status: (empty) → Missing" in many.toolTip()


def test_the_latest_revision_is_scrolled_into_view(unlocked: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    session = unlocked.session
    assert session is not None
    view = session.records.create("object", {"inventory_number": "S-1", "title": "t0"})
    for i in range(1, 12):
        session.records.edit(view.record_id, {"title": f"t{i}", "notes": f"note {i}"})
    entries = session.records.history(view.record_id)
    history = HistoryView()
    qtbot.addWidget(history)
    history.resize(320, 200)
    history.show()
    qtbot.waitExposed(history)
    history.show_history(entries, session.identity.fingerprint)  # oldest first, as given
    newest = history.newest_row()
    assert newest == len(entries) - 1
    qtbot.waitUntil(
        lambda: (
            history.viewport()
            .rect()
            .intersects(history.visualRect(history.model().index(newest, WHAT)))
        )
    )
    assert (
        not history.viewport().rect().intersects(history.visualRect(history.model().index(0, WHAT)))
    )
