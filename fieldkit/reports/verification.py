"""The auditor's verification certificate for a bundle (SPEC §9 `verification`).

The certificate prints a :class:`~fieldkit.bundles.verify.VerifyReport`: the very report that
``fieldkit verify`` prints, from the same :func:`~fieldkit.bundles.verify.verify_bundle` call,
so the certificate says VALID exactly when ``verify`` does and lists every problem it found
(each naming its file). The signer's name is printed only when it comes from the trust store of
the vault given with ``--vault`` or from a card given with ``--trust``: a name written inside a
bundle is the sender's own claim and is never printed.
"""

from __future__ import annotations

import os
import platform
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from fieldkit import __version__
from fieldkit.bundles.verify import VerifyReport, load_trust_file, verify_bundle
from fieldkit.errors import FieldKitError
from fieldkit.identity.fingerprint import display_form
from fieldkit.reports.layout import (
    BAD,
    OK,
    WARN,
    Banner,
    Cancel,
    FieldRow,
    Imprint,
    ReportResult,
    UnitDone,
    build_pdf,
    imprint_of,
    styles,
)
from fieldkit.reports.text import text_flowable
from fieldkit.vault.vault import Vault

TITLE = "Bundle verification certificate"
STATUS_TEXT = {
    "trusted": "trusted",
    "own": "trusted (the verifying vault's own key)",
    "untrusted": "not trusted: the key is not in the trust store and no --trust card matches",
    "unknown": "unknown: no key to check the signature with was available",
    "revoked": "REVOKED",
}


def result_line(report: VerifyReport) -> str:
    """The certificate's verdict, the same three outcomes as `fieldkit verify`'s exit code."""
    if not report.valid:
        return "NOT VALID: this bundle failed verification"
    if report.signer.trusted:
        return "VALID: complete, untampered, and signed by a trusted key"
    return "VALID, BUT THE SIGNER IS NOT TRUSTED: intact, signed by an untrusted or unknown key"


def verify_and_certify(
    bundle: Path,
    output: Path,
    *,
    trust_files: Sequence[Path] = (),
    vault: Vault | None = None,
    progress: Callable[[int], None] | None = None,
    cancel: Cancel | None = None,
    now: datetime | None = None,
) -> tuple[VerifyReport, ReportResult]:
    """Verify ``bundle`` exactly as `fieldkit verify` does, then write its certificate.

    The certificate is written whatever the verdict; the report's ``exit_code`` says it (0
    valid and trusted, 1 not valid, 3 valid but untrusted). ``vault`` is used only if the
    caller opened one on purpose (SPEC §7). Raises CancelledError and the storage errors of
    writing the PDF.
    """
    report = verify_bundle(
        Path(bundle), trust_files=list(trust_files), vault=vault, progress=progress, cancel=cancel
    )
    result = verification_certificate(report, output, trust_files=trust_files, vault=vault, now=now)
    return report, result


def _file_size(path: str) -> str:
    try:
        return f"{os.path.getsize(path):,} bytes"
    except OSError:
        return "cannot be read"


def _name_source(
    report: VerifyReport, trust_files: Sequence[Path], vault: Vault | None
) -> tuple[str | None, str]:
    """(minisign public key line or None, where the signer's name and key came from)."""
    signer = report.signer
    for path in trust_files:
        try:
            anchor = load_trust_file(Path(path))
        except FieldKitError:
            continue
        if (anchor.fingerprint is not None and anchor.fingerprint == signer.fingerprint) or (
            anchor.fingerprint is None and anchor.key.key_id_hex == signer.minisign_key_id
        ):
            kind = "identity card" if anchor.fingerprint else "minisign public key"
            return anchor.key.base64_line, f"the {kind} given with --trust ({Path(path).name})"
    if vault is not None and signer.fingerprint:
        from fieldkit.identity import own, trust

        me = own.load(vault.db)
        if me.fingerprint == signer.fingerprint:
            return me.minisign_public, "the verifying vault's own identity"
        known = trust.get_exact(vault.db, signer.fingerprint)
        if known is not None:
            return known.card.minisign_public_key, "the trust store of the verifying vault"
    return None, ""


def _scope(report: VerifyReport) -> str:
    """What was checked, in one statement (verify's own when it made one)."""
    if report.scope:
        return report.scope
    checked = "Structure, completeness and fixity were checked"
    signer = report.signer
    if signer.signature_valid:
        signature = "the outer signature was checked and is valid"
    elif any(e.startswith("tagmanifest-sha256.txt.minisig") for e in report.errors):
        signature = "the outer signature was checked and is NOT valid"
    elif signer.status == "unknown" and signer.fingerprint:
        signature = "the outer signature could not be checked: the signer's key is not known here"
    else:
        signature = "the outer signature was not checked"
    return f"{checked}; {signature}."


def _content(report: VerifyReport) -> str:
    if report.content_inspected:
        counts = ", ".join(f"{n:,} {k.replace('_', ' ')}" for k, n in report.counts.items() if n)
        return f"Inspected: {counts}." if counts else "Inspected."
    if report.encrypted:
        return (
            "Encrypted content not inspected: no key of a recipient was given (a recipient can "
            "inspect it with --vault)."
        )
    if not report.valid:
        return "Not inspected: the content is only inspected once the outside is valid."
    return "Not inspected: the signer's key is not known, so the content could not be trusted."


def verification_certificate(
    report: VerifyReport,
    output: Path,
    *,
    trust_files: Sequence[Path] = (),
    vault: Vault | None = None,
    now: datetime | None = None,
) -> ReportResult:
    """Write the certificate of ``report`` (from :func:`verify_bundle`) to ``output``.

    ``trust_files`` and ``vault`` must be the ones the verification used: they only say where
    the signer's name and key came from. Raises the storage errors of writing the PDF.
    """
    s = styles()
    signer = report.signer
    imprint = (
        imprint_of(vault, now)
        if vault is not None
        else Imprint(printed_at=now or datetime.now().astimezone())
    )
    key_line, source = _name_source(report, trust_files, vault)
    color = OK if report.valid and signer.trusted else WARN if report.valid else BAD

    def row(label: str, value: object, style: str = "value") -> FieldRow:
        return FieldRow(label, text_flowable(str(value), s[style]), label_width=46 * mm)

    story: list[Flowable] = [
        text_flowable("VERIFICATION CERTIFICATE", s["kicker"]),
        text_flowable(TITLE, s["title"]),
        Spacer(1, 3 * mm),
        Banner(result_line(report), color),
        Spacer(1, 3 * mm),
        text_flowable("The bundle", s["heading"]),
        row("File", Path(report.file).name),
        row("File size", _file_size(report.file)),
        row("File SHA-256", report.file_sha256 or "not computed (the file cannot be read)"),
        row("Bundle id", report.bundle_id or "unknown"),
        row(
            "Kind",
            ", ".join(
                part
                for part in (
                    report.kind,
                    "encrypted" if report.encrypted else "plain (not encrypted)",
                )
                if part
            ),
        ),
    ]
    if report.stream:
        story.append(
            row(
                "Stream, epoch, sequence",
                f"{report.stream} · epoch {report.epoch} · sequence {report.sequence}",
            )
        )
    fingerprint = signer.fingerprint
    if signer.name:
        name_text = f"{signer.name} (from {source})" if source else signer.name
    else:
        name_text = (
            "Not named: the signer is in no trust store used here and no --trust card names "
            "them. A name written inside a bundle is only the sender's claim and is not printed."
        )
    story += [
        text_flowable("The signer", s["heading"]),
        row("Name", name_text),
        row(
            "Fingerprint",
            f"{display_form(fingerprint)}\n{fingerprint}" if fingerprint else "unknown",
        ),
        row("Minisign key id", signer.minisign_key_id or "unknown"),
    ]
    if key_line:
        story.append(row("Minisign public key", key_line))
    story += [
        row("Trust", STATUS_TEXT.get(signer.status, signer.status)),
        row(
            "Outer signature",
            "valid"
            if signer.signature_valid
            else "not valid or not checked (see the problems below)",
        ),
        text_flowable("What was checked", s["heading"]),
        row("Scope", _scope(report)),
        row("Content", _content(report)),
        row("Files checked", f"{report.files_checked:,}"),
        row("Bytes checked", f"{report.bytes_checked:,}"),
    ]
    problems = report.errors or ["None."]
    rows = [
        row(f"Problem {i}" if report.errors else "Problems", text)
        for i, text in enumerate(problems, start=1)
    ]
    story.append(KeepTogether([text_flowable("Problems found", s["heading"]), rows[0]]))
    story.extend(rows[1:])
    if report.warnings:
        story.append(text_flowable("Notes", s["heading"]))
        story.extend(row("Note", text) for text in report.warnings)
    verifier = f"FieldKit {__version__} on {platform.system() or 'an unknown system'}"
    if vault is not None:
        verifier += (
            f", with the vault {imprint.vault_name or '(unnamed)'} "
            f"(identity {imprint.display_fingerprint})"
        )
    else:
        verifier += ", no vault opened"
    trust_text = ", ".join(Path(p).name for p in trust_files) or "none"
    story += [
        text_flowable("Verification", s["heading"]),
        row("Verified at", imprint.date_text),
        row("Verified by", verifier),
        row("Trusted keys given (--trust)", trust_text),
        Spacer(1, 4 * mm),
        text_flowable(
            "Anyone can repeat the outer checks with standard tools: unzip the .fkb file, then "
            "bagit.py --validate <bundle id> and minisign -Vm <bundle id>/tagmanifest-sha256.txt "
            "-p <signer's key>.pub.",
            s["small_muted"],
        ),
        UnitDone(),
    ]
    pages = build_pdf(output, story, title=TITLE, imprint=imprint, units=1)
    return ReportResult(Path(output), pages, 1)
