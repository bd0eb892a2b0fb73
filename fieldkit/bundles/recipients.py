"""Who a bundle is encrypted to (SPEC §7): choosing the recipients, and what to say about them.

`resolve_recipients` turns `--to` values (card files, bare age keys) or, by default, the
verified coordinators into :class:`Recipient` values; `check_recipients` and its warnings tell
the user, before a bundle leaves, which chosen card is unverified, revoked or named like
another. The CLI and the app both ask these functions: neither front end has rules of its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from fieldkit.crypto import age
from fieldkit.errors import UsageError
from fieldkit.i18n import QT_TRANSLATE_NOOP, message
from fieldkit.identity.card import IdentityCard, read_card_file
from fieldkit.vault.vault import Vault


class NoRecipientsError(UsageError):
    default_hint = QT_TRANSLATE_NOOP(
        "errors",
        "Name recipients with --to CARD.fkid (or age1… keys), trust a coordinator with "
        "`fieldkit trust add CARD.fkid --role coordinator`, or export --plain for auditors.",
    )


@dataclass(frozen=True)
class Recipient:
    """Someone a bundle is encrypted to: a trusted card, or a bare age key."""

    age_recipient: str
    fingerprint: str | None = None
    name: str | None = None

    @property
    def key(self) -> str:
        return self.fingerprint or self.age_recipient

    @classmethod
    def from_card(cls, card: IdentityCard, name: str | None = None) -> Recipient:
        return cls(card.age_recipient, card.fingerprint, name or card.name)


class UnverifiedCoordinatorsError(NoRecipientsError):
    """Only unverified coordinators are trusted: none of them receives bundles by default."""

    default_hint = QT_TRANSLATE_NOOP(
        "errors",
        "Run `fieldkit trust add CARD.fkid` to see a card's fingerprint, compare it with its "
        "holder in person or by phone (they read theirs with `fieldkit identity show`), then "
        "run it again with --verified; or name a recipient with --to CARD.fkid.",
    )


def resolve_recipients(vault: Vault, given: Sequence[str], plain: bool) -> list[Recipient]:
    """`--to` values (card files or age1… keys) → recipients; none given → the verified
    coordinators (a card's claimed role is only a claim: an unverified card is never a default).

    Raises NoRecipientsError (exit 2) when nobody would be able to read the bundle, and
    UnverifiedCoordinatorsError (exit 2, naming them) when the only coordinators are unverified.
    """
    from fieldkit.identity import trust

    recipients: dict[str, Recipient] = {}
    for value in given:
        if value.startswith("age1"):
            try:
                age.X25519Recipient.from_string(value)
            except ValueError:
                raise UsageError(
                    QT_TRANSLATE_NOOP("errors", "{start}… is not a valid age recipient."),
                    start=value[:12],
                ) from None
            r = Recipient(value)
        else:
            card = read_card_file(Path(value))  # a FIFO or device is refused, never waited on
            known = trust.get_exact(vault.db, card.fingerprint)
            r = Recipient.from_card(card, known.name if known else None)
        recipients[r.key] = r
    if not given and not plain:
        for key in trust.default_recipients(vault.db):
            r = Recipient.from_card(key.card, key.name)
            recipients[r.key] = r
        if not recipients:
            unverified = trust.unverified_coordinators(vault.db)
            if unverified:
                labels = [trust.short_label(k.name, k.fingerprint, True) for k in unverified]
                if len(labels) == 1:
                    template = QT_TRANSLATE_NOOP(
                        "errors",
                        "Bundles go by default only to verified coordinators, and {cards} is "
                        "unverified: its fingerprint was never compared with its holder.",
                    )
                else:
                    template = QT_TRANSLATE_NOOP(
                        "errors",
                        "Bundles go by default only to verified coordinators, and {cards} are "
                        "unverified: their fingerprints were never compared with their holders.",
                    )
                raise UnverifiedCoordinatorsError(message(template, cards=trust.and_list(labels)))
            raise NoRecipientsError(
                QT_TRANSLATE_NOOP("errors", "There is no one to encrypt this bundle to.")
            )
    return sorted(recipients.values(), key=lambda r: r.key)


@dataclass(frozen=True)
class RecipientCheck:
    """What the user should know about one chosen recipient before a bundle goes to it."""

    recipient: Recipient
    trusted: bool  # its card is in the trust store, not revoked
    verified: bool  # ... and its fingerprint was compared with its holder
    lookalikes: tuple[str, ...] = ()  # labels of other trusted cards whose name looks the same
    revoked: bool = False  # its card is in the trust store, revoked

    @property
    def label(self) -> str:
        """'Bob (fingerprint 1a2b…)' or 'age key age1…', English as a str, translated where
        shown (an :class:`fieldkit.i18n.Text`)."""
        from fieldkit.identity import trust

        r = self.recipient
        if r.fingerprint is None:
            return message(QT_TRANSLATE_NOOP("errors", "age key {key}…"), key=r.age_recipient[:16])
        return trust.short_label(r.name or "?", r.fingerprint, self.verified)

    def warnings(self) -> list[str]:
        """Plain sentences, empty for a verified card with a name of its own or a bare age key
        (which has no card to verify: the user typed it)."""
        from fieldkit.identity import trust

        found: list[str] = []
        if self.recipient.fingerprint is not None and not self.verified:
            if self.trusted:
                problem = QT_TRANSLATE_NOOP(
                    "errors",
                    "{card} is trusted but unverified: if the card is not really its holder's, "
                    "whoever made it can read this bundle.",
                )
            elif self.revoked:
                problem = QT_TRANSLATE_NOOP(
                    "errors",
                    "{card} was revoked in your trust store: if the card is not really its "
                    "holder's, whoever made it can read this bundle.",
                )
            else:
                problem = QT_TRANSLATE_NOOP(
                    "errors",
                    "{card} is not in your trust store: if the card is not really its holder's, "
                    "whoever made it can read this bundle.",
                )
            plain = trust.short_label(self.recipient.name or "?", self.recipient.fingerprint, True)
            found.append(_then_verify(message(problem, card=plain)))
        if self.lookalikes:
            found.append(
                message(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "{cards} have the same or lookalike names: check by fingerprint that this "
                        "bundle goes to the one you mean.",
                    ),
                    cards=trust.and_list(sorted((self.label, *self.lookalikes))),
                )
            )
        return found


def _then_verify(problem: str) -> str:
    """A warning about an unverified card, followed by how to verify it (two sentences)."""
    from fieldkit.identity import trust

    return message(
        QT_TRANSLATE_NOOP("errors", "{problem} {advice}"),
        problem=problem,
        advice=trust.how_to_verify(),
    )


def recipient_warnings(checks: Sequence[RecipientCheck]) -> list[str]:
    """Every check's warnings, each said once (two chosen cards named alike share one)."""
    seen: set[str] = set()
    said = []
    for check in checks:
        for warning in check.warnings():
            if warning not in seen:
                seen.add(warning)
                said.append(warning)
    return said


def check_recipients(vault: Vault, recipients: Sequence[Recipient]) -> list[RecipientCheck]:
    """Verified state and lookalike names of each recipient, against the trust store."""
    from fieldkit.identity import trust

    keys = trust.list_keys(vault.db)
    by_fp = {k.fingerprint: k for k in keys if not k.revoked}
    revoked = {k.fingerprint for k in keys if k.revoked}
    collisions = trust.name_collisions(keys)
    checks = []
    for r in recipients:
        key = by_fp.get(r.fingerprint or "")
        if key is None and r.fingerprint is not None and r.name:
            # A card that is not trusted can still wear a trusted card's name.
            others = trust.same_name_as(vault.db, r.name, r.fingerprint)
        else:
            others = collisions.get(r.fingerprint or "", [])
        checks.append(
            RecipientCheck(
                r,
                trusted=key is not None,
                verified=key is not None and key.verified,
                revoked=r.fingerprint in revoked,
                lookalikes=tuple(
                    trust.short_label(o.name, o.fingerprint, o.verified) for o in others
                ),
            )
        )
    return checks


def left_out_coordinators(vault: Vault, recipients: Sequence[Recipient]) -> list[str]:
    """Sentences naming each unverified coordinator these recipients leave out, why and how to
    verify it (said when the recipients are the defaults)."""
    from fieldkit.identity import trust

    chosen = {r.fingerprint for r in recipients}
    left_out = QT_TRANSLATE_NOOP(
        "errors",
        "Not encrypted to {card}: an unverified coordinator receives bundles only when named "
        "with --to.",
    )
    return [
        _then_verify(message(left_out, card=trust.short_label(k.name, k.fingerprint, False)))
        for k in trust.unverified_coordinators(vault.db)
        if k.fingerprint not in chosen
    ]


__all__ = [
    "NoRecipientsError",
    "Recipient",
    "RecipientCheck",
    "UnverifiedCoordinatorsError",
    "check_recipients",
    "left_out_coordinators",
    "recipient_warnings",
    "resolve_recipients",
]
