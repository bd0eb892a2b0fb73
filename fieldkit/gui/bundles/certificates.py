"""The auditor's verification certificate as PDF (``fieldkit.reports``), from a verdict.

The certificate is written from the very report the verdict shows (no second verification),
with the same trust files — and the same vault, if the check used one — so that it names the
signer from the same source. Without reportlab the button is simply not offered.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from fieldkit.gui.bundles.tasks import Verdict
from fieldkit.gui.session import Session

if TYPE_CHECKING:
    from fieldkit.reports.layout import ReportResult


def available() -> bool:
    try:
        from fieldkit.reports import verification_certificate  # noqa: F401
    except ImportError:
        return False
    return True


def write_certificate(
    verdict: Verdict,
    output: Path,
    trust_files: Sequence[Path],
    session: Session | None,
    progress: Callable[[int, int], None],
    cancel: Callable[[], bool],
) -> ReportResult:
    """Write the certificate PDF (atomically); returns the reports package's ReportResult."""
    from fieldkit.reports import verification_certificate

    progress(0, 1)
    if session is None:
        result = verification_certificate(
            verdict.report, output, trust_files=list(trust_files), app=True
        )
    else:
        with session.worker_vault() as vault:
            result = verification_certificate(
                verdict.report, output, trust_files=list(trust_files), vault=vault, app=True
            )
    progress(1, 1)
    return result


def default_name(verdict: Verdict) -> str:
    """The proposed file name, in the user's language like the rest of the dialog."""
    return QCoreApplication.translate("certificates", "{name}-verification.pdf").format(
        name=verdict.path.stem
    )
