"""Exchange through the widgets: export, verify with no vault, import, conflict, resolve."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import FAST_KDF
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from fieldkit.gui.bundles import export_dialog as E
from fieldkit.gui.bundles import import_dialog as I
from fieldkit.gui.bundles import verify_dialog as V
from fieldkit.gui.bundles.verdict import BAD, OK
from fieldkit.gui.editors.object_editor import ObjectEditor
from fieldkit.gui.main_window import WELCOME, MainWindow
from fieldkit.gui.pages.people import PeoplePage
from fieldkit.gui.trust_dialogs import AddCardDialog, CompareDialog
from fieldkit.gui.workspace import CONFLICTS, PEOPLE
from fieldkit.records import fields as F

from .helpers import flip_byte, trust_each_other

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def pair(make_vault, tmp_path: Path, qtbot) -> Iterator[tuple[MainWindow, MainWindow]]:  # type: ignore[no-untyped-def]
    """A field conservator's window and a coordinator's, each with its own unlocked vault."""
    field, _ = make_vault(tmp_path / "field", name="Amal Haddad", role="field")
    coord, _ = make_vault(tmp_path / "coordinator", name="Rana Aziz", role="coordinator")
    windows = []
    for vault in (field, coord):
        window = MainWindow(None, kdf=FAST_KDF, idle_minutes=10)
        qtbot.addWidget(window)
        window.show()
        window.open_session(vault)
        windows.append(window)
    yield windows[0], windows[1]
    for window in windows:
        for dialog in list(window.workspace.dialogs):
            dialog.done(0)
        if window.session is not None:
            window.lock()


def _records(window: MainWindow) -> int:
    return window.session.vault.db.execute("SELECT count(*) FROM revisions").fetchone()[0]  # type: ignore[union-attr]


def export_through_dialog(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, target: Path, to: list[str] | None = None
) -> E.ExportDialog:
    dialog = window.workspace.export_bundle()
    assert isinstance(dialog, E.ExportDialog)
    if to is not None:
        dialog.set_recipients(to)
    dialog.destination.setText(str(target))
    assert dialog.export_button.isEnabled(), dialog.error.text()
    qtbot.mouseClick(dialog.export_button, LEFT)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == E.SUMMARY, timeout=30_000)
    assert target.is_file()
    assert dialog.files_table.rowCount() == 1
    qtbot.mouseClick(dialog.close_button, LEFT)
    return dialog


def import_through_dialog(qtbot, window: MainWindow, bundle: Path) -> I.ImportDialog:  # type: ignore[no-untyped-def]
    dialog = window.workspace.import_bundles([bundle])
    assert isinstance(dialog, I.ImportDialog)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == I.VERDICTS, timeout=30_000)
    assert dialog.import_button.isEnabled(), dialog.panels[0].text()
    qtbot.mouseClick(dialog.import_button, LEFT)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == I.SUMMARY, timeout=30_000)
    return dialog


def _trust_through_people_page(qtbot, holder: MainWindow, other: MainWindow, tmp: Path) -> None:  # type: ignore[no-untyped-def]
    """``other`` exports its card; ``holder`` adds it, compares the digits, marks it verified."""
    other.workspace.show_section(PEOPLE)
    card = other.workspace.people_page.export_card(tmp / f"{other.session.identity.name}.fkid")  # type: ignore[union-attr]
    assert card is not None and card.is_file()
    holder.workspace.show_section(PEOPLE)
    page: PeoplePage = holder.workspace.people_page
    dialog = page.add_card(card)
    assert isinstance(dialog, AddCardDialog)
    # The digits to read aloud are on screen before anything is trusted.
    digits = other.session.identity.display_fingerprint.split()  # type: ignore[union-attr]
    shown = dialog.findChild(object, "fingerprintDigits").text().split()
    assert shown == digits
    qtbot.mouseClick(dialog.later_button, LEFT)
    assert page.keys and not page.keys[0].verified
    page.select(page.keys[0].fingerprint)
    assert page.verify_button.isEnabled()
    compare = page.compare_selected()
    assert isinstance(compare, CompareDialog)
    qtbot.mouseClick(compare.findChild(object, "digitsMatch"), LEFT)
    assert page.keys[0].verified


def test_export_verify_import_conflict_resolve_through_the_widgets(
    pair: tuple[MainWindow, MainWindow],
    qtbot,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    field, coord = pair
    _trust_through_people_page(qtbot, field, coord, tmp_path)
    _trust_through_people_page(qtbot, coord, field, tmp_path)
    obj = field.session.records.create(  # type: ignore[union-attr]
        F.OBJECT, {"inventory_number": "MOS-1", "title": "Lamassu fragment", "status": "in_place"}
    )

    # 1. Export from the field vault (to the trusted coordinator, ticked by default).
    first = tmp_path / "first.fkb"
    export_through_dialog(qtbot, field, first)

    # 2. An auditor verifies it from the welcome screen: no vault at all.
    auditor = MainWindow(None, kdf=FAST_KDF, idle_minutes=10)
    qtbot.addWidget(auditor)
    auditor.show()
    auditor.show_welcome()
    assert auditor.stack.currentIndex() == WELCOME
    qtbot.mouseClick(auditor.welcome.verify_button, LEFT)
    verify = auditor.verify_dialog
    assert isinstance(verify, V.VerifyDialog) and verify.session is None
    verify.files.add_files([first])
    verify.trust_files.add_files([tmp_path / "Amal Haddad.fkid"])
    qtbot.mouseClick(verify.verify_button, LEFT)
    qtbot.waitUntil(lambda: verify.pages.currentIndex() == V.VERDICTS, timeout=30_000)
    panel = verify.panels[0]
    assert panel.level == OK, panel.text()
    assert "first.fkb" in panel.headline.text() and "Amal Haddad" in panel.headline.text()
    assert field.session.identity.display_fingerprint in panel.text()  # type: ignore[union-attr]
    assert "encrypted content was not inspected" in panel.text()
    assert auditor.session is None  # nothing was unlocked or opened
    # ... and saves the verification certificate as PDF.
    assert panel.certificate_button is not None
    certificate = tmp_path / "first-verification.pdf"
    verify.save_certificate(verify.verdicts[0], certificate)
    qtbot.waitUntil(lambda: verify.certificate_worker is None, timeout=30_000)
    assert certificate.read_bytes().startswith(b"%PDF")
    assert "first-verification.pdf" in verify.certificate_status.text()
    verify.accept()

    # 3. The coordinator imports it.
    assert coord.workspace.objects.rowCount() == 0
    dialog = import_through_dialog(qtbot, coord, first)
    assert dialog.run is not None and dialog.run.results[0].new_revisions == 1
    assert coord.workspace.objects.rowCount() == 1
    qtbot.mouseClick(dialog.close_button, LEFT)

    # 4. The same object edited in both places, through the editors.
    for window, title in ((field, "Lamassu fragment, left wing"), (coord, "Lamassu (fragment)")):
        editor = window.workspace.open_object(obj.record_id)
        assert isinstance(editor, ObjectEditor)
        editor.inputs["title"].set_raw(title)
        editor.inputs["status"].set_raw("evacuated" if window is field else "in_storage")
        assert editor.save()
        editor.close()

    # 5. Exchange both ways: each now sees the conflict, with a badge in the sidebar.
    second = tmp_path / "second.fkb"
    export_through_dialog(qtbot, field, second)
    import_through_dialog(qtbot, coord, second).accept()
    back = tmp_path / "back.fkb"
    field_fp = field.session.identity.fingerprint  # type: ignore[union-attr]
    export_through_dialog(qtbot, coord, back, to=[field_fp])
    import_through_dialog(qtbot, field, back).accept()
    for window in (field, coord):
        assert window.workspace.conflict_badge() == 1

    # 6. The coordinator resolves it in the conflicts view: title from the field, status auto.
    coord.workspace.show_section(CONFLICTS)
    page = coord.workspace.conflicts_page
    assert page.list.count() == 1
    view = page.view
    assert view.conflict is not None and set(view.conflict.view.disputed) >= {"title", "status"}
    # Both versions side by side, disputed fields highlighted, the automatic merge beside them.
    cells = view.rows["title"]
    texts = [c.text() for c in cells[1:]]
    assert "Lamassu fragment, left wing" in texts and "Lamassu (fragment)" in texts
    assert "#fff1c2" in cells[1].styleSheet()
    field_version = next(i for i, h in enumerate(view.conflict.heads) if h.author == field_fp)
    view.choose("title", field_version)
    qtbot.mouseClick(view.save_button, LEFT)
    assert page.list.count() == 0
    assert coord.workspace.conflict_badge() == 0

    # 7. One more exchange: resolved in both, with the same values.
    final = tmp_path / "final.fkb"
    export_through_dialog(qtbot, coord, final, to=[field_fp])
    import_through_dialog(qtbot, field, final).accept()
    assert field.workspace.conflict_badge() == 0
    views = [w.session.records.get(obj.record_id) for w in (field, coord)]  # type: ignore[union-attr]
    assert [v.in_conflict for v in views] == [False, False]
    assert views[0].head_rev == views[1].head_rev
    assert {v.fields["title"] for v in views} == {"Lamassu fragment, left wing"}
    auditor.close()


def test_the_verdict_comes_before_any_merge_and_cancel_imports_nothing(
    pair: tuple[MainWindow, MainWindow],
    qtbot,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    field, coord = pair
    trust_each_other(field.session.vault, coord.session.vault)  # type: ignore[union-attr]
    field.session.records.create(F.OBJECT, {"inventory_number": "V-1", "title": "Bowl"})  # type: ignore[union-attr]
    bundle = tmp_path / "verdict.fkb"
    export_through_dialog(qtbot, field, bundle)
    audit_before = coord.session.vault.db.execute("SELECT count(*) FROM audit").fetchone()[0]  # type: ignore[union-attr]

    dialog = coord.workspace.import_bundles([bundle])
    assert isinstance(dialog, I.ImportDialog)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == I.VERDICTS, timeout=30_000)
    panel = dialog.panels[0]
    text = panel.text()
    assert panel.level == OK
    assert "Amal Haddad" in text and "field conservator" in text.lower()
    assert field.session.identity.display_fingerprint in text  # type: ignore[union-attr]
    assert "1 revision(s)" in text  # what it holds, read before merging
    assert "Nothing has been imported yet" in dialog.verdict_summary.text()
    assert _records(coord) == 0  # the verdict is shown, nothing merged

    qtbot.mouseClick(dialog.cancel_button, LEFT)
    assert not dialog.isVisible()
    db = coord.session.vault.db  # type: ignore[union-attr]
    assert _records(coord) == 0
    assert db.execute("SELECT count(*) FROM received_bundles").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM audit").fetchone()[0] == audit_before
    assert coord.workspace.objects.rowCount() == 0


def test_a_tampered_bundle_is_explained_plainly_and_nothing_is_imported(
    pair: tuple[MainWindow, MainWindow],
    qtbot,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    field, coord = pair
    trust_each_other(field.session.vault, coord.session.vault)  # type: ignore[union-attr]
    field.session.records.create(F.OBJECT, {"inventory_number": "T-1", "title": "Coin"})  # type: ignore[union-attr]
    bundle = tmp_path / "evidence.fkb"
    export_through_dialog(qtbot, field, bundle)
    data = bundle.read_bytes()
    # One byte inside the encrypted records (a payload member, not a ZIP header).
    start = data.index(b"data/records.ndjson.age") + 200
    flip_byte(bundle, start)

    dialog = coord.workspace.import_bundles([bundle])
    assert isinstance(dialog, I.ImportDialog)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == I.VERDICTS, timeout=30_000)
    panel = dialog.panels[0]
    assert panel.level == BAD
    headline = panel.headline.text()
    assert "evidence.fkb" in headline
    assert "did not pass verification" in headline and "Nothing will be imported" in headline
    assert panel.problems and any("records.ndjson" in p for p in panel.problems), panel.problems
    assert not dialog.import_button.isEnabled()
    assert "None of these bundles can be imported" in dialog.verdict_summary.text()
    qtbot.mouseClick(dialog.cancel_button, LEFT)
    assert _records(coord) == 0
    db = coord.session.vault.db  # type: ignore[union-attr]
    assert db.execute("SELECT count(*) FROM received_bundles").fetchone()[0] == 0

    # The auditor, with no vault, gets the same plain explanation naming the file.
    verify = V.VerifyDialog(None, None, files=[bundle])
    qtbot.addWidget(verify)
    verify.start()
    qtbot.waitUntil(lambda: verify.pages.currentIndex() == V.VERDICTS, timeout=30_000)
    assert verify.panels[0].level == BAD
    assert "evidence.fkb" in verify.panels[0].headline.text()
    QApplication.processEvents()


def test_pages_show_the_coordinators_picture(
    pair: tuple[MainWindow, MainWindow],
    qtbot,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    """Overview, bundles, audit log: filled after an exchange (smoke test of the new pages)."""
    from fieldkit.gui.workspace import AUDIT, BUNDLES, OVERVIEW

    field, coord = pair
    trust_each_other(field.session.vault, coord.session.vault)  # type: ignore[union-attr]
    records = field.session.records  # type: ignore[union-attr]
    obj = records.create(F.OBJECT, {"inventory_number": "O-1", "title": "Jar", "status": "missing"})
    records.create(
        F.DAMAGE,
        {
            "object_id": obj.record_id,
            "severity": "severe",
            "urgency": "immediate",
            "site": "East storeroom",
        },
    )
    bundle = tmp_path / "o.fkb"
    export_through_dialog(qtbot, field, bundle)
    import_through_dialog(qtbot, coord, bundle).accept()

    coord.workspace.show_section(OVERVIEW)
    overview = coord.workspace.overview_page
    qtbot.waitUntil(lambda: overview.data is not None and not overview.loading, timeout=10_000)
    assert overview.immediate.rowCount() == 1
    assert overview.immediate.item(0, 0).text() == "O-1"
    assert "Severe: 1" in overview.severity.accessibleDescription()
    assert "East storeroom: 1" in overview.places.accessibleDescription()
    assert overview.senders.rowCount() == 1
    assert overview.senders.item(0, 0).text() == "Amal Haddad"

    coord.workspace.show_section(BUNDLES)
    assert coord.workspace.bundles_page.received.rowCount() == 1
    coord.workspace.show_section(AUDIT)
    audit_page = coord.workspace.audit_page
    qtbot.waitUntil(lambda: audit_page.check is not None, timeout=10_000)
    assert audit_page.check.ok and "intact" in audit_page.status.text()
    all_events = audit_page.model.rowCount()
    index = audit_page.filter.findData("imported")
    audit_page.filter.setCurrentIndex(index)
    assert audit_page.model.rowCount() == 1 < all_events
    assert "Bundle imported" in audit_page.model.index(0, 3).data()
    assert "Amal Haddad" in audit_page.model.index(0, 4).data()

    # Reports: the evacuation list, written on a worker.
    from fieldkit.gui.report_dialog import DONE, INVENTORY

    report = coord.workspace.report(INVENTORY)
    assert report is not None
    report.destination.setText(str(tmp_path / "inventory.pdf"))
    qtbot.mouseClick(report.write_button, LEFT)
    qtbot.waitUntil(lambda: report.pages.currentIndex() == DONE, timeout=30_000)
    assert (tmp_path / "inventory.pdf").read_bytes().startswith(b"%PDF")
    report.accept()

    # Locking forgets what these pages showed.
    coord.lock()
    ws = coord.workspace
    assert overview.immediate.rowCount() == 0 and overview.senders.rowCount() == 0
    assert ws.bundles_page.received.rowCount() == 0 and audit_page.model.rowCount() == 0
    assert ws.people_page.table.rowCount() == 0 and not ws.people_page.own_name.text()
    assert ws.conflicts_page.list.count() == 0 and ws.conflict_badge() == 0


def test_vault_open_in_two_windows_is_not_needed_for_verify(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Verify from the welcome screen with a file that is not a bundle: a plain problem."""
    junk = tmp_path / "holiday.fkb"
    junk.write_bytes(b"not a zip at all")
    window = MainWindow(None, kdf=FAST_KDF, idle_minutes=10)
    qtbot.addWidget(window)
    window.show()
    dialog = window.verify_without_vault()
    dialog.files.add_files([junk])
    qtbot.mouseClick(dialog.verify_button, LEFT)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == V.VERDICTS, timeout=10_000)
    assert dialog.panels[0].level == BAD
    assert "holiday.fkb" in dialog.panels[0].headline.text()
    assert isinstance(window.session, type(None))
    assert not list(tmp_path.glob("**/vault.json"))
    dialog.accept()


def test_a_bundle_from_an_untrusted_signer_is_imported_only_when_accepted(
    pair: tuple[MainWindow, MainWindow],
    qtbot,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    field, coord = pair
    # The field trusts the coordinator (to encrypt to it); the coordinator does not trust back.
    from fieldkit.identity import own, trust
    from fieldkit.identity.card import card_bytes, make_card, parse_card

    card = parse_card(card_bytes(make_card(own.load(coord.session.vault.db))))  # type: ignore[union-attr]
    with field.session.vault.transaction() as db:  # type: ignore[union-attr]
        trust.add(db, card, verified=True)
    field.session.records.create(F.OBJECT, {"inventory_number": "U-1"})  # type: ignore[union-attr]
    bundle = tmp_path / "stranger.fkb"
    export_through_dialog(qtbot, field, bundle)
    dialog = coord.workspace.import_bundles([bundle])
    assert isinstance(dialog, I.ImportDialog)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == I.VERDICTS, timeout=30_000)
    panel = dialog.panels[0]
    assert panel.verdict.importable and not panel.verdict.trusted
    assert "do not trust yet" in panel.headline.text()
    assert dialog.accept_untrusted.isVisible() and not dialog.import_button.isEnabled()
    dialog.accept_untrusted.setChecked(True)
    qtbot.mouseClick(dialog.import_button, LEFT)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == I.SUMMARY, timeout=30_000)
    assert dialog.run is not None and dialog.run.results[0].new_revisions == 1
