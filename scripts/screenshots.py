"""Screenshots of the desktop app, offscreen, for review: `python scripts/screenshots.py OUT_DIR`.

Builds a throwaway demo vault (the demo collection generator, a few hundred objects) in a temp
folder, then saves PNGs of the welcome, create-vault and recovery-key, unlock, object list,
object editor, damage report editor and photo viewer screens, and the right-to-left layout.

Then a demo PAIR — a field conservator's vault and a coordinator's, trusting each other, with
bundles exchanged (one of them missing on the way: a gap) and one record edited on both sides
(a conflict) — and PNGs of the exchange, trust and oversight screens: overview, conflicts,
bundles & sync folders, people & keys, audit log, vault settings, and the export, import and
verify dialogs.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QApplication, QWidget

from fieldkit.crypto.kdf import Argon2Params
from fieldkit.demo.collection import generate
from fieldkit.gui.app import configure_application
from fieldkit.gui.main_window import MainWindow
from fieldkit.gui.recovery_key_view import groups_of
from fieldkit.gui.translation import install_language, register_fonts, requested_language
from fieldkit.records import fields as F
from fieldkit.records.service import Records
from fieldkit.vault import Vault

# A throwaway vault that lives for the length of this script: cheap key derivation, passed
# explicitly through the API exactly as the tests do. Real vaults never get these.
SCREENSHOT_KDF = Argon2Params(iterations=1, memory_kib=1024, lanes=1)
PASSPHRASE = "screenshot passphrase"  # noqa: S105 - a throwaway vault
SIZE = (1366, 768)
T = TypeVar("T")


def need(value: T | None, what: str) -> T:
    if value is None:
        raise RuntimeError(f"could not open {what}")
    return value


def settle(seconds: float = 0.3, until: object = None) -> None:
    """Run the event loop for a while (workers report back through it)."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QCoreApplication.processEvents()
        if callable(until) and until():
            break
        time.sleep(0.01)
    QCoreApplication.processEvents()


def save(widget: QWidget, out: Path, name: str) -> None:
    settle(0.2)
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    print(path)


def offscreen_screen() -> Path:
    """A laptop-sized screen for Qt's offscreen platform, whose own is 800 × 800: on it the
    main window could not be given the SIZE the screens are meant to be seen at."""
    width, height = SIZE
    screen = {"name": "laptop", "x": 0, "y": 0, "width": width, "height": height}
    screen |= {"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
    path = Path(tempfile.mkdtemp(prefix="fieldkit-shots-screen-")) / "screen.json"
    path.write_text(json.dumps({"synthesizedFonts": False, "screens": [screen]}))
    return path


def build_vault(folder: Path, objects: int) -> Path:
    path = folder / "demo"
    vault, _key = Vault.create(
        path,
        PASSPHRASE,
        name="Amal Haddad",
        organisation="Mosul Cultural Museum",
        demo=True,
        kdf=SCREENSHOT_KDF,
    )
    with vault:
        generate(vault, objects)
    return path


def main(argv: list[str], *, objects: int = 400, pair_objects: int = 160) -> int:
    """Screens of a demo vault of ``objects`` objects, then of a pair of ``pair_objects``, in
    FIELDKIT_LANG's language (English when it is not set) and its direction."""
    if len(argv) != 2:
        print("usage: screenshots.py OUT_DIR", file=sys.stderr)
        return 2
    out = Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    if "QT_QPA_PLATFORM" not in os.environ:
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={offscreen_screen()}"
    app = QApplication.instance() or QApplication(sys.argv[:1])
    if not isinstance(app, QApplication):
        raise RuntimeError("the screenshots need a QApplication")
    configure_application(app)
    register_fonts()
    # As the app does (see run_app), but English rather than this machine's language when
    # FIELDKIT_LANG is not set: the same screens wherever the script runs.
    translators = install_language(app, requested_language("en"))
    try:
        shots(app, out, objects, pair_objects)
    finally:
        for translator in translators:
            app.removeTranslator(translator)
    return 0


def shots(app: QApplication, out: Path, objects: int, pair_objects: int) -> None:
    direction = app.layoutDirection()  # the language's, given back after the forced RTL screens
    work = Path(tempfile.mkdtemp(prefix="fieldkit-shots-"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work / "qs"))
    vault_path = build_vault(work, objects)

    window = MainWindow(None, kdf=SCREENSHOT_KDF)
    window.resize(*SIZE)
    window.show()
    window.show_welcome()
    save(window, out, "01-welcome")

    dialog = window.create_vault()
    dialog.folder.setText(str(work / "new vault"))
    dialog.name.setText("Amal Haddad")
    dialog.organisation.setText("Mosul Cultural Museum")
    dialog.passphrase.setText("correct horse battery staple")
    dialog.again.setText("correct horse battery staple")
    save(dialog, out, "02-create-vault")
    dialog.create_button.click()
    settle(5, until=lambda: dialog.pages.currentIndex() == 1)
    save(dialog, out, "03-recovery-key")
    # The key is confirmed by typing two of its groups back, as a person does from paper.
    key_page = dialog.key_page
    groups = groups_of(dialog.recovery_key)
    for edit, n in zip(key_page.typed, key_page.groups, strict=True):
        edit.setText(groups[n])
    save(dialog, out, "03b-recovery-key-typed-back")
    dialog.continue_button.click()
    settle(10, until=lambda: not window.locked)
    window.lock()

    window.show_unlock(vault_path)
    save(window, out, "04-unlock")
    window.unlock_screen.passphrase.setText("wrong passphrase")
    window.unlock_screen.unlock()
    settle(5, until=lambda: window.unlock_screen.error.isVisible())
    save(window, out, "05-unlock-wrong-passphrase")
    window.unlock_screen.passphrase.setText(PASSPHRASE)
    window.unlock_screen.unlock()
    settle(5, until=lambda: not window.locked)
    if window.drafts_prompt is not None:
        window.drafts_prompt.close()
    objects = window.workspace.objects
    table = window.workspace.object_page.table
    settle(3, until=lambda: len(window.workspace.thumbnails) >= 8)
    save(window, out, "06-object-list")

    records = Records(window.session.vault)  # type: ignore[union-attr]
    with_photo = next(
        v for v in records.list(F.OBJECT, limit=200) if v.media and len(v.missing) >= 1
    )
    editor = need(window.workspace.open_object(with_photo.record_id), "the object editor")
    editor.resize(1280, 720)
    settle(2, until=lambda: editor.photo_strip.list.count() == 0 or not editor.thumbnails._queue)
    settle(0.5)
    save(editor, out, "07-object-editor")

    damage = next(v for v in records.list(F.DAMAGE, limit=200) if v.media)
    damage_editor = need(window.workspace.open_damage(damage.record_id), "the damage editor")
    damage_editor.resize(1280, 720)
    settle(1)
    save(damage_editor, out, "08-damage-editor")

    viewer = editor.open_photo(with_photo.media[0]["sha256"])
    viewer.resize(1000, 700)
    settle(5, until=lambda: viewer.worker is None)
    viewer.view.fit()
    save(viewer, out, "09-photo-viewer")
    viewer.close()
    damage_editor.close()
    editor.close()

    window.workspace.sidebar.setCurrentRow(1)
    settle(2, until=lambda: len(window.workspace.thumbnails) >= 12)
    save(window, out, "10-damage-list")
    window.workspace.sidebar.setCurrentRow(0)

    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    settle(0.5)
    save(window, out, "11-rtl-object-list")
    rtl_editor = need(window.workspace.new_damage(with_photo.record_id), "a new damage report")
    rtl_editor.resize(1280, 720)
    save(rtl_editor, out, "12-rtl-damage-editor")
    rtl_editor.close()
    app.setLayoutDirection(direction)

    window.resize(1366, 768)
    table.scrollToBottom()
    print(f"{objects.rowCount()} objects listed; {objects.cached_pages} page(s) cached")
    window.lock()
    window.close()
    pair_screens(out, work, pair_objects, direction)


# --- the demo pair ---------------------------------------------------------------------------


def _trust(holder: Vault, other: Vault, verified: bool = True) -> None:
    from fieldkit.identity import own, trust
    from fieldkit.identity.card import card_bytes, make_card, parse_card

    card = parse_card(card_bytes(make_card(own.load(other.db))))
    with holder.transaction() as db:
        trust.add(db, card, verified=verified)


def _card(vault: Vault):  # type: ignore[no-untyped-def]
    from fieldkit.identity import own
    from fieldkit.identity.card import card_bytes, make_card, parse_card

    return parse_card(card_bytes(make_card(own.load(vault.db))))


def build_pair(folder: Path, objects: int) -> tuple[Path, Path, Path, Path]:
    """Field and coordinator vaults after a few exchanges; returns their paths, a bundle the
    coordinator has not imported yet, and the field's identity card."""
    from fieldkit.bundles.export import ExportOptions, Recipient, export_bundles
    from fieldkit.bundles.importer import import_bundle
    from fieldkit.identity.card import card_bytes

    bundles = folder / "stick"
    bundles.mkdir(parents=True)
    field_path, coord_path = folder / "field", folder / "coordinator"
    field, _ = Vault.create(
        field_path,
        PASSPHRASE,
        name="Amal Haddad",
        organisation="Mosul Cultural Museum",
        role="field",
        demo=True,
        kdf=SCREENSHOT_KDF,
    )
    coord, _ = Vault.create(
        coord_path,
        PASSPHRASE,
        name="Rana Aziz",
        organisation="Regional Heritage Office, Erbil",
        role="coordinator",
        demo=True,
        kdf=SCREENSHOT_KDF,
    )
    second, _ = Vault.create(
        folder / "second-field",
        PASSPHRASE,
        name="Yusuf Khalil",
        organisation="Nineveh Storage Depot",
        role="field",
        demo=True,
        kdf=SCREENSHOT_KDF,
    )
    with field, coord, second:
        generate(field, objects)
        generate(second, max(20, objects // 4), seed=7)
        _trust(field, coord)
        _trust(coord, field)
        _trust(second, coord)
        _trust(coord, second, verified=False)
        to_coord = ExportOptions(recipients=[Recipient.from_card(_card(coord), "Rana Aziz")])
        to_field = ExportOptions(recipients=[Recipient.from_card(_card(field), "Amal Haddad")])

        def send(sender: Vault, name: str, options: ExportOptions) -> Path:
            return export_bundles(sender, bundles / name, options).bundles[0].path

        import_bundle(coord, send(field, "mosul-1.fkb", to_coord))
        import_bundle(coord, send(second, "nineveh-1.fkb", to_coord))
        # The same object edited in both places before either saw the other's change.
        shared = Records(field).list(F.OBJECT, limit=1)[0]
        Records(field).edit(
            shared.record_id,
            {"status": "evacuated", "current_location": "Erbil depot, crate 14"},
        )
        Records(coord).edit(shared.record_id, {"status": "missing", "salvage_priority": 1})
        import_bundle(coord, send(field, "mosul-2.fkb", to_coord))
        import_bundle(field, send(coord, "erbil-1.fkb", to_field))
        # Nineveh sends two more; only the last one arrives: a gap in its stream.
        second_records = Records(second)
        later = second_records.list(F.OBJECT, limit=2)
        second_records.edit(later[0].record_id, {"status": "in_storage"})
        send(second, "nineveh-2-lost.fkb", to_coord).unlink()
        second_records.edit(later[1].record_id, {"notes": "Checked again after the rain."})
        import_bundle(coord, send(second, "nineveh-3.fkb", to_coord))
        # Something new for the import dialog, and the field's card for the verify dialog.
        other = Records(field).list(F.OBJECT, limit=3)[-1]
        Records(field).edit(other.record_id, {"notes": "Crate sealed and photographed."})
        pending = send(field, "mosul-3.fkb", to_coord)
        card = bundles / "amal-haddad.fkid"
        card.write_bytes(card_bytes(_card(field)))
    return field_path, coord_path, pending, card


def _open(window: MainWindow, path: Path) -> None:
    window.show_unlock(path)
    window.unlock_screen.passphrase.setText(PASSPHRASE)
    window.unlock_screen.unlock()
    settle(10, until=lambda: not window.locked)
    if window.drafts_prompt is not None:
        window.drafts_prompt.close()


def _sync_targets(window: MainWindow, folder: Path) -> None:
    """Two sync folders: the USB stick (plugged in, with a stray file) and an unmounted share."""
    from fieldkit import sync
    from fieldkit.sync import layout

    vault = need(window.session, "the session").vault
    stick = folder / "FIELDKIT-STICK"
    stick.mkdir(exist_ok=True)
    sync.add_target(vault, "stick", stick, [])
    (stick / "copied-by-hand.fkb").write_bytes(b"PK\x03\x04 not a bundle")
    share = folder / "office-share"
    share.mkdir(exist_ok=True)
    sync.add_target(vault, "office share", share, [])
    (share / layout.MARKER).unlink()  # as if the share were not mounted


def pair_screens(out: Path, work: Path, objects: int, direction: Qt.LayoutDirection) -> None:
    from fieldkit.gui.bundles import export_dialog as E
    from fieldkit.gui.bundles import import_dialog as I
    from fieldkit.gui.bundles import verify_dialog as V
    from fieldkit.gui.workspace import (
        AUDIT,
        BUNDLES,
        CONFLICTS,
        OVERVIEW,
        PEOPLE,
        SETTINGS,
    )

    field_path, coord_path, pending, card = build_pair(work / "pair", objects)
    window = MainWindow(None, kdf=SCREENSHOT_KDF)
    window.resize(*SIZE)
    window.show()
    _open(window, coord_path)
    ws = window.workspace

    ws.show_section(OVERVIEW)
    settle(5, until=lambda: ws.overview_page.data is not None)
    save(window, out, "13-overview")
    ws.show_section(CONFLICTS)
    save(window, out, "14-conflicts")
    _sync_targets(window, work / "pair")
    ws.show_section(BUNDLES)
    panel = ws.bundles_page.sync_panel
    settle(5, until=lambda: len(panel.statuses) == 2)
    panel.select("stick")
    panel.start_sync("stick")
    settle(30, until=lambda: panel.sync_worker is None)
    save(window, out, "15-bundles")
    tabs = ws.bundles_page.tabs
    tabs.setCurrentWidget(panel.quarantine)
    save(window, out, "15b-bundles-quarantine")
    tabs.setCurrentIndex(0)
    ws.show_section(PEOPLE)
    people = ws.people_page
    people.select(people.keys[-1].fingerprint)
    save(window, out, "16-people-and-keys")
    add = need(people.add_card(card), "the add-card dialog")
    save(add, out, "17-trust-a-card")
    add.reject()
    ws.show_section(AUDIT)
    settle(5, until=lambda: ws.audit_page.check is not None)
    save(window, out, "18-audit-log")
    ws.show_section(SETTINGS)
    save(window, out, "19-vault-settings")
    rekey = need(ws.settings_page.rekey(), "the rekey dialog")
    save(rekey, out, "20-rekey")
    rekey.reject()
    backup = need(ws.settings_page.backup(), "the backup dialog")
    backup.folder.setText(str(work / "backup"))  # type: ignore[attr-defined]
    save(backup, out, "21-backup")
    backup.reject()

    export = need(ws.export_bundle(), "the export dialog")
    export.destination.setText(str(work / "pair" / "stick" / "to-amal.fkb"))
    export.set_recipients([k.fingerprint for k in people.keys if k.role == "field"][:1])
    export.redact.setChecked(True)
    save(export, out, "22-export-options")
    export.redact.setChecked(False)
    export.export_button.click()
    settle(20, until=lambda: export.pages.currentIndex() == E.SUMMARY)
    save(export, out, "23-export-summary")
    export.accept()

    dialog = need(ws.import_bundles([pending]), "the import dialog")
    settle(20, until=lambda: dialog.pages.currentIndex() == I.VERDICTS)
    save(dialog, out, "24-import-verdict")
    dialog.import_button.click()
    settle(20, until=lambda: dialog.pages.currentIndex() == I.SUMMARY)
    save(dialog, out, "25-import-summary")
    dialog.accept()
    ws.show_section(0)
    # The list fills on a worker after the import: wait for it rather than select nothing.
    model = ws.object_page.model
    settle(10, until=lambda: model.rowCount() > 0 and model.data(model.index(0, 0)) is not None)
    ws.object_page.table.setCurrentIndex(model.index(0, 0))
    report = need(ws.report("object-id"), "the report dialog")
    report.destination.setText(str(work / "object-id.pdf"))
    save(report, out, "31-report-object-id")
    report.write_button.click()
    settle(30, until=lambda: report.pages.currentIndex() == 2)
    save(report, out, "32-report-written")
    report.accept()
    window.lock()

    window.show_welcome()
    save(window, out, "26-welcome-with-verify")
    tampered = work / "pair" / "stick" / "tampered.fkb"
    data = bytearray(pending.read_bytes())
    data[data.index(b"data/records.ndjson.age") + 300] ^= 0x20
    tampered.write_bytes(bytes(data))
    verify = window.verify_without_vault()
    verify.files.add_files([pending, tampered])
    verify.trust_files.add_files([card])
    save(verify, out, "27-verify-choose")
    verify.start()
    settle(20, until=lambda: verify.pages.currentIndex() == V.VERDICTS)
    verify.resize(820, 760)
    save(verify, out, "28-verify-verdicts")
    verify.accept()

    _open(window, field_path)
    ws.show_section(CONFLICTS)
    save(window, out, "29-field-conflicts")
    app = QApplication.instance()
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # type: ignore[union-attr]
    ws.show_section(OVERVIEW)
    settle(5, until=lambda: not ws.overview_page.loading)
    save(window, out, "30-rtl-overview")
    app.setLayoutDirection(direction)  # type: ignore[union-attr]
    window.lock()
    window.close()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
