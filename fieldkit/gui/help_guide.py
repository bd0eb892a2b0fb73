"""Help ▸ Guide (F1): the few things a conservator needs offline, in the app's language.

New-user trial r14 #15: the Help menu had only About; nothing said what to do with a forgotten
passphrase, how to send or receive work, how an evacuation goes or where the records are. Each
button or page the guide names is taken from the app's own translation of that label (the same
source text and context), so the guide cannot name a button other than the one on screen.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from fieldkit.gui.widgets import ltr_path

# The labels the guide names: (context, source text) exactly as the widgets translate them.
LABELS = {
    "recovery": ("UnlockScreen", "Use the recovery &key instead"),
    "file": ("MainWindow", "&File"),
    "export": ("MainWindow", "&Export a bundle…"),
    "import": ("MainWindow", "&Import bundles…"),
    "drive": ("ExportDialog", "Removable &drive:"),
    "bundles": ("workspace", "Bundles & sync"),
    "add_sync": ("SyncPanel", "&Add sync folder…"),
    "sync_now": ("SyncPanel", "&Sync now"),
    "conflicts": ("workspace", "Conflicts"),
    "evacuation": ("CustodySections", "Evacuation"),
    "pack": ("EvacuationPage", "&1 Plan and pack"),
    "depart": ("EvacuationPage", "&2 Depart"),
    "check_in": ("EvacuationPage", "&3 Check in"),
    "custody": ("CustodySections", "&Custody"),
    "hand_over": ("CustodySections", "&Hand over…"),
    "settings": ("workspace", "Vault settings"),
}


def shown_label(context: str, source: str) -> str:
    """A label as the app shows it: translated, without its Alt letter's "&" or a form's colon."""
    text = QCoreApplication.translate(context, source)
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(":：\u00a0 ")


class HelpGuide(QDialog):
    def __init__(self, vault_folder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpGuide")
        self.setWindowTitle(self.tr("Guide — FieldKit"))
        self.text = QTextBrowser(self)
        self.text.setObjectName("helpGuideText")
        self.text.setOpenLinks(False)
        self.text.setHtml(self.guide_html(vault_folder))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        # The app's window fitter shrinks it to a smaller screen; the text scrolls.
        self.resize(680, 620)

    def guide_html(self, vault_folder: str) -> str:
        labels = {key: html.escape(shown_label(*source)) for key, source in LABELS.items()}
        sections = [
            (
                self.tr("Forgotten passphrase"),
                self.tr(
                    "On the unlock screen press « {recovery} » and type the recovery key that "
                    "was printed or saved when the vault was made (dashes and spaces do not "
                    "matter). FieldKit then asks you for a new passphrase. Without the "
                    "passphrase or the recovery key nobody can open the vault: keep the key "
                    "away from the computer."
                ),
            ),
            (
                self.tr("Sending your work"),
                self.tr(
                    "{file} ▸ « {export} » (Ctrl+E) writes a signed bundle. Choose who can read "
                    "it (your coordinator's card), then save it as a file, on a USB stick "
                    "(« {drive} ») or in a shared folder. To send without thinking about it, "
                    "add a sync folder once on the page « {bundles} » (« {add_sync} ») and "
                    "press « {sync_now} » when it is reachable."
                ),
            ),
            (
                self.tr("Receiving bundles"),
                self.tr(
                    "{file} ▸ « {import} » (Ctrl+I) checks who signed each bundle and shows what "
                    "it brings before anything changes. A record changed both here and "
                    "elsewhere waits on the page « {conflicts} »: compare the versions, then "
                    "keep one or merge them."
                ),
            ),
            (
                self.tr("Evacuation"),
                self.tr(
                    "On the page « {evacuation} »: « {pack} » (containers, labels, packing "
                    "list), « {depart} » (the movement and its permission), « {check_in} » on "
                    "arrival by scanning the labels. {custody} ▸ « {hand_over} » gives objects "
                    "into someone else's care, with a certificate for both."
                ),
            ),
            (
                self.tr("Where your records are"),
                self.tr(
                    "Everything is in the vault folder {folder}, encrypted with your "
                    "passphrase: a lost laptop or USB stick does not give the records away. "
                    "Bundles are signed and encrypted for the people you choose. Make a backup "
                    "from « {settings} »."
                ),
            ),
        ]
        labels["folder"] = html.escape(ltr_path(vault_folder))
        heading = self.tr("Guide")
        parts = [f"<h2>{html.escape(heading)}</h2>"]
        for title, text in sections:
            parts.append(f"<h3>{html.escape(title)}</h3><p>{html.escape(text)}</p>")
        page = "".join(parts)
        # The sentences are escaped before the labels go in: a label is escaped on its own.
        for key, value in labels.items():
            page = page.replace("{" + key + "}", value)
        return page
