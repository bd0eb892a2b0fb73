"""The one error tree of FieldKit.

Every error a user can act on is a :class:`FieldKitError`: its message is one plain sentence
saying what is wrong, and ``hint`` says what to do. Messages never contain passphrases, keys or
record content, because they are printed, shown in dialogs and written to the log.

Anything that is *not* a FieldKitError is a bug: the front ends log it with a report id and show
a generic message instead of a traceback.
"""

from __future__ import annotations

from typing import Any

from fieldkit.i18n import QT_TRANSLATE_NOOP

# Exit codes of the command line (SPEC §11).
EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2
EXIT_UNTRUSTED = 3


class FieldKitError(Exception):
    """An error the user can act on.

    A kind of error is its class alone: ``class DiskFullError(StorageError, hint=…)`` gives it
    the hint its instances show unless the raiser passes another (a template marked with
    ``QT_TRANSLATE_NOOP("errors", …)``, translated where it is shown). Every kind builds its
    message the same way, here, so a new kind is one declaration and no code.
    """

    exit_code = EXIT_FAILURE
    default_hint = ""

    def __init_subclass__(cls, hint: str | None = None, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if hint is not None:
            cls.default_hint = hint

    def __init__(self, message: str, hint: str | None = None, **params: Any) -> None:
        # With named ``params``, ``message`` is a template (marked with QT_TRANSLATE_NOOP in the
        # "errors" context) that each front end translates before filling it in.
        self.template = message
        self.params = params
        if params:
            message = message.format(**params)
        super().__init__(message)
        self.message = message
        self.hint = self.default_hint if hint is None else hint

    def __str__(self) -> str:
        return self.message


class UsageError(FieldKitError):
    """The command was called wrongly, or something it needs was not given."""

    exit_code = EXIT_USAGE


# --- vault -------------------------------------------------------------------------------------


class VaultError(FieldKitError):
    """Something about the vault folder itself."""


class VaultNotFoundError(
    VaultError,
    hint=QT_TRANSLATE_NOOP("errors", "Check the folder, or create a vault with `fieldkit init`."),
):
    """The folder named holds no vault."""


class VaultExistsError(
    VaultError,
    hint=QT_TRANSLATE_NOOP("errors", "Choose an empty folder, or open the existing vault instead."),
):
    """There is a vault (or something else) where a new vault would go."""


class WrongPassphraseError(
    VaultError,
    hint=QT_TRANSLATE_NOOP(
        "errors",
        "Check the keyboard layout and Caps Lock, then try again. If the passphrase is lost, "
        "use the recovery key (`fieldkit passwd --recovery-key-file FILE`).",
    ),
):
    """The passphrase does not open this vault."""


class WrongRecoveryKeyError(
    VaultError,
    hint=QT_TRANSLATE_NOOP(
        "errors", "Type the recovery key exactly as printed; dashes and spaces do not matter."
    ),
):
    """The recovery key does not open this vault."""


class VaultInUseError(
    VaultError,
    hint=QT_TRANSLATE_NOOP(
        "errors", "Close the other FieldKit window or command that has this vault open, then retry."
    ),
):
    """Another FieldKit window or command has this vault open."""


class VaultShreddedError(
    VaultError,
    hint=QT_TRANSLATE_NOOP(
        "errors", "Its data cannot be recovered by anyone; restore a backup if you have one."
    ),
):
    """The vault's keys were destroyed on purpose (shredded)."""


class VaultFormatError(
    VaultError,
    hint=QT_TRANSLATE_NOOP(
        "errors", "Restore the vault from a backup, or open it with the FieldKit that made it."
    ),
):
    """The vault is damaged, foreign, or from a newer FieldKit."""


# --- files and media ---------------------------------------------------------------------------


class StorageError(FieldKitError):
    """The disk or medium refused a write."""


class DiskFullError(
    StorageError,
    hint=QT_TRANSLATE_NOOP(
        "errors", "Free some space (or choose another drive) and try again; nothing was changed."
    ),
):
    """The disk is full."""


class ReadOnlyMediumError(
    StorageError,
    hint=QT_TRANSLATE_NOOP(
        "errors", "The drive is write-protected or read-only: choose another folder or drive."
    ),
):
    """The drive or folder cannot be written to."""


class CorruptFileError(
    FieldKitError,
    hint=QT_TRANSLATE_NOOP(
        "errors", "Ask the sender for a new copy; nothing was imported from this file."
    ),
):
    """A file is truncated, corrupt, tampered with or not what it claims to be."""


class UnsupportedFormatError(
    CorruptFileError,
    hint=QT_TRANSLATE_NOOP(
        "errors", "The file may come from a newer FieldKit: update FieldKit and try again."
    ),
):
    """A format version this FieldKit does not know."""


# --- age encryption ----------------------------------------------------------------------------


class AgeError(CorruptFileError):
    """An age-encrypted file could not be read."""


class AgeHeaderError(AgeError):
    """The age header is malformed."""


class AgeNoIdentityMatchError(
    AgeError,
    hint=QT_TRANSLATE_NOOP(
        "errors", "The file was encrypted for someone else; ask the sender to include your key."
    ),
):
    """None of our keys can open this file (it was not encrypted to us)."""


class AgeHmacError(AgeError):
    """The header's MAC does not match: tampered or corrupt header."""


class AgePayloadError(AgeError):
    """The encrypted payload is truncated, tampered with or corrupt."""


# --- trust (later issues build on these) -------------------------------------------------------


class UntrustedSignerError(
    FieldKitError,
    hint=QT_TRANSLATE_NOOP(
        "errors", "Check the fingerprint with the sender, then `fieldkit trust add` their card."
    ),
):
    exit_code = EXIT_UNTRUSTED


# --- chain of custody --------------------------------------------------------------------------


class CustodyError(
    FieldKitError,
    hint=QT_TRANSLATE_NOOP(
        "errors", "Check the ids and codes (`fieldkit where ITEM`, `fieldkit move show ID`)."
    ),
):
    """A movement or handover cannot be written as asked (fieldkit.records.custody)."""


class CancelledError(FieldKitError):
    """The user cancelled a long operation; nothing was changed."""


def input_file_error(
    path: object, exc: OSError, unreadable: type[FieldKitError] = UsageError
) -> FieldKitError:
    """The refusal of a file the user named that could not be opened or read: it does not
    exist (a usage error), or ``unreadable`` says it cannot be read (no permission, a device
    error, …)."""
    if isinstance(exc, FileNotFoundError):
        return UsageError(
            QT_TRANSLATE_NOOP("errors", "The file {path} does not exist."), path=str(path)
        )
    return unreadable(
        QT_TRANSLATE_NOOP("errors", "The file {path} cannot be read."), path=str(path)
    )
