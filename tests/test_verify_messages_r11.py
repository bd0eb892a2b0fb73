"""What an auditor reads when a file fails verification (r11 UI trial #4-#7).

A file that is no bundle at all (a PDF renamed .fkb, an empty file, a holiday .zip, a cut-short
copy) is named for what it is, never "changed since it was signed"; a bundle that was read but
failed says what was checked and what failed; a certificate states only what was established;
a certificate made by the app names no command-line option.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import run_cli
from peers import Peer
from test_reports import flat, nfkc, pdf_text, tamper

from fieldkit import i18n
from fieldkit.bundles.verify import verify_bundle
from fieldkit.records import fields as F
from fieldkit.reports.verification import verification_certificate, verify_and_certify


@pytest.fixture(autouse=True)
def _english_afterwards() -> Iterator[None]:
    yield
    i18n.set_language("en")


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    """The trial's files: a plain bundle, an encrypted one for a recipient the auditor is not,
    the plain one with a byte flipped and with a file added, and four files that are no bundle."""
    field = Peer(tmp_path, "field")
    coordinator = Peer(tmp_path, "coord", role="coordinator")
    field.records.create(F.OBJECT, {"inventory_number": "A-1", "title": "Jarre"})
    plain = field.send(plain=True)
    encrypted = field.send(coordinator, mode="full")
    assert plain is not None and encrypted is not None
    field.vault.close()
    coordinator.vault.close()
    out = {"plain": plain, "enc": encrypted.rename(tmp_path / "enc.fkb")}
    out["flipped"] = tamper(plain, tmp_path / "flipped.fkb", "flip", "records.ndjson")
    out["added"] = tamper(plain, tmp_path / "added.fkb", "add", "manifest-sha256.txt")
    pdf = tmp_path / "pdfrenamed.fkb"
    pdf.write_bytes(b"%PDF-1.4\n" + b"0" * 4000 + b"\n%%EOF\n")
    out["pdfrenamed"] = pdf
    out["empty"] = tmp_path / "empty.fkb"
    out["empty"].write_bytes(b"")
    with zipfile.ZipFile(tmp_path / "random.zip", "w") as zf:
        zf.writestr("r.txt", "hello\n")
    out["random"] = tmp_path / "random.zip"
    out["truncated"] = tmp_path / "truncated.fkb"
    out["truncated"].write_bytes(plain.read_bytes()[: plain.stat().st_size // 2])
    return out


NOT_BUNDLE = {
    "pdfrenamed": "pdfrenamed.fkb is not a FieldKit bundle (it is not a ZIP archive, or it was "
    "cut short).",
    "empty": "empty.fkb is not a FieldKit bundle (it is empty).",
    "random": "random.zip is not a FieldKit bundle (it holds r.txt and no bundle folder).",
    "truncated": "truncated.fkb is not a FieldKit bundle (it is not a ZIP archive, or it was "
    "cut short).",
}
NOTHING_CHECKED = (
    "The file could not be read as a FieldKit bundle, so neither a signature nor any content "
    "was checked."
)


def test_a_file_that_is_no_bundle_is_named_so_in_one_plain_sentence(
    files: dict[str, Path],
) -> None:
    for name, sentence in NOT_BUNDLE.items():
        report = verify_bundle(files[name])
        assert report.errors == [sentence], report.errors
        assert report.scope == NOTHING_CHECKED
        # Still the same contract for scripts: not valid, exit code 1.
        assert not report.valid and report.exit_code == 1
    result = run_cli(["verify", str(files["random"])])
    assert result.code == 1
    assert "holds r.txt and no bundle folder" in result.err
    assert "top level" not in result.err and "member" not in result.err


def test_a_bundle_that_was_read_but_failed_says_what_was_checked_and_what_failed(
    files: dict[str, Path],
) -> None:
    for name in ("flipped", "added"):
        report = verify_bundle(files[name])
        assert not report.valid
        assert report.files_checked > 0
        assert report.scope == (
            "Structure, completeness and fixity were checked and failed; the outer signature was "
            "checked and is valid; the content was not inspected."
        ), report.scope


def test_an_intact_bundle_whose_signer_is_unknown_does_not_claim_its_signature_checked(
    files: dict[str, Path],
) -> None:
    report = verify_bundle(files["enc"])
    assert report.valid and not report.signer.signature_valid
    assert "outer signature could not be checked" in report.scope
    assert "outer signature were checked" not in report.scope


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_the_certificate_of_a_non_bundle_states_only_what_was_established(
    files: dict[str, Path], tmp_path: Path, lang: str
) -> None:
    with i18n.using(lang):
        report, result = verify_and_certify(files["pdfrenamed"], tmp_path / f"c-{lang}.pdf")
    assert report.exit_code == 1
    text = flat(pdf_text(result.path)) if lang == "fr" else nfkc(pdf_text(result.path))
    if lang == "fr":
        assert "NON VALIDE : ce fichier n’est pas un paquet FieldKit" in text
        assert "pas un paquet FieldKit" in text
        assert "en clair" not in text  # a PDF is not a "plain (not encrypted)" bundle
        assert "l’intégrité ont été vérifiées" not in text  # nothing was checked
        assert "ni signature ni contenu n’ont donc été vérifiés" in text
    else:
        assert nfkc("هذا الملف ليس حزمة FieldKit") in text  # (bidi moves the colon)
        assert nfkc("غير مشفرة") not in text and nfkc("فُحصت البنية") not in text


def test_the_certificate_of_a_failed_bundle_says_what_failed(
    files: dict[str, Path], tmp_path: Path
) -> None:
    with i18n.using("fr"):
        _, result = verify_and_certify(files["flipped"], tmp_path / "flipped-fr.pdf")
    text = flat(pdf_text(result.path))
    assert "l’intégrité ont été vérifiées et sont en échec" in text
    assert "l’intégrité ont été vérifiées ; la signature" not in text


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_a_certificate_made_by_the_app_names_no_command_line_option(
    files: dict[str, Path], tmp_path: Path, lang: str
) -> None:
    report = verify_bundle(files["enc"])
    assert report.valid and report.signer.status == "unknown"
    with i18n.using(lang):
        app = verification_certificate(report, tmp_path / f"app-{lang}.pdf", app=True)
        cli = verification_certificate(report, tmp_path / f"cli-{lang}.pdf")
    text = nfkc(pdf_text(app.path))
    for flag in ("--trust", "trust--", "--vault", "vault--"):
        assert flag not in text, text
    keys = {"en": "Keys you trust", "fr": "Clés de confiance", "ar": "المفاتيح التي تثق بها"}
    assert nfkc(keys[lang]) in text
    # The command line's certificate keeps the command line's words.
    cli_text = nfkc(pdf_text(cli.path))
    assert "--vault" in cli_text or "vault--" in cli_text
