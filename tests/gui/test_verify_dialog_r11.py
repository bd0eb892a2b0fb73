"""The Verify bundles dialog and its certificates, as an auditor reads them (r11 UI trial #4-#7):
a file that is no bundle is named so in one sentence, with no signer; a bundle that was read but
failed says what was checked and what failed; the app names its own "Keys you trust" list, never
--trust or --vault, on screen as in the certificate it saves under a name in the user's language.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from test_reports import nfkc, pdf_text
from test_verify_messages_r11 import files  # noqa: F401 - the fixture: the trial's files

from fieldkit.gui.bundles import certificates
from fieldkit.gui.bundles import verify_dialog as V
from fieldkit.gui.bundles.verdict import BAD

LEFT = Qt.MouseButton.LeftButton
FLAGS = ("--trust", "trust--", "--vault", "vault--")


def _verify(qtbot, paths: list[Path]) -> V.VerifyDialog:  # type: ignore[no-untyped-def]
    dialog = V.VerifyDialog(None, files=paths)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.verify_button, LEFT)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == V.VERDICTS, timeout=60_000)
    return dialog


def test_french_auditor_reads_what_each_failed_file_is(
    qtbot,  # type: ignore[no-untyped-def]
    files: dict[str, Path],  # noqa: F811
    use_language: Callable[[str], object],
) -> None:
    use_language("fr")
    names = ["pdfrenamed", "empty", "random", "truncated", "flipped", "added", "enc"]
    dialog = _verify(qtbot, [files[n] for n in names])
    panels = dict(zip(names, dialog.panels, strict=True))
    reasons = {
        "pdfrenamed": "(ce n’est pas une archive ZIP, ou elle a été tronquée).",
        "empty": "(il est vide).",
        "random": "(il contient r.txt et aucun dossier de paquet).",
        "truncated": "(ce n’est pas une archive ZIP, ou elle a été tronquée).",
    }
    for name, reason in reasons.items():
        panel = panels[name]
        file = files[name].name
        assert panel.level == BAD
        # One sentence: what the file is and why; never "since it was signed".
        assert panel.headline.text() == f"{file} n’est pas un paquet FieldKit {reason}"
        text = panel.text()
        assert "depuis sa signature" not in text
        assert "Signé par" not in text and "Clé inconnue" not in text  # nobody signed it
        assert text.count("n’est pas un paquet FieldKit") == 1  # not repeated as a problem
        assert "élément du paquet" not in text and "premier niveau" not in text
    for name in ("flipped", "added"):
        panel = panels[name]
        text = panel.text()
        # Read as a bundle, signed: the headline of a bundle changed since it was signed...
        assert "depuis sa signature" in panel.headline.text()
        # ... and what was checked, and failed (not "could not be read as a bundle").
        assert "n’a pas pu être lu comme un paquet" not in text
        assert "l’intégrité ont été vérifiées et sont en échec" in text
        assert "la signature externe a été vérifiée et est valide" in text
    enc = panels["enc"].text()
    for flag in FLAGS:
        assert flag not in enc, enc
    assert "ajoutez sa carte d’identité à «\u00a0Clés de confiance\u00a0»" in enc
    verdict = dialog.verdicts[names.index("enc")]
    assert certificates.default_name(verdict) == "enc-vérification.pdf"
    dialog.accept()


def test_arabic_certificate_saved_by_the_app_names_no_flag(
    qtbot,  # type: ignore[no-untyped-def]
    files: dict[str, Path],  # noqa: F811
    tmp_path: Path,
    use_language: Callable[[str], object],
) -> None:
    use_language("ar")
    dialog = _verify(qtbot, [files["enc"], files["empty"]])
    enc, empty = dialog.panels
    for flag in FLAGS:
        assert flag not in enc.text()
    assert "المفاتيح التي تثق بها" in enc.text()
    assert "empty.fkb ليس حزمة FieldKit" in empty.headline.text().replace("\u2068", "").replace(
        "\u2069", ""
    )
    assert certificates.default_name(dialog.verdicts[1]) == "empty-التحقق.pdf"
    for verdict, name in ((dialog.verdicts[0], "enc-ar.pdf"), (dialog.verdicts[1], "e-ar.pdf")):
        dialog.save_certificate(verdict, tmp_path / name)
        qtbot.waitUntil(lambda: dialog.certificate_worker is None, timeout=60_000)
    text = nfkc(pdf_text(tmp_path / "enc-ar.pdf"))
    for flag in FLAGS:
        assert flag not in text, text
    assert nfkc("المفاتيح التي تثق بها") in text
    assert nfkc("بالتحقق من الحزمة وخزنته مفتوحة") in text
    empty_text = nfkc(pdf_text(tmp_path / "e-ar.pdf"))
    assert nfkc("هذا الملف ليس حزمة FieldKit") in empty_text
    assert nfkc("غير مشفرة") not in empty_text
    dialog.accept()
