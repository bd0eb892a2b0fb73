"""The passphrase policy of :mod:`fieldkit.passphrase_policy` (the CLI's too), in the user's words.

The core decides; this module only translates its reason and suggestion (the core's "errors"
templates, which `fieldkit init` and `passwd` raise too) for the meter.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from fieldkit import i18n, passphrase_policy
from fieldkit.passphrase_policy import STRONG, Reason

__all__ = ["STRONG", "Reason", "Strength", "assess"]


@dataclass(frozen=True)
class Strength:
    verdict: passphrase_policy.Verdict  # the core's: it alone says what is acceptable
    explanation: str  # translated: why, and what to do instead

    @property
    def score(self) -> int:
        return self.verdict.score  # 0 (unusable) … 4 (strong)

    @property
    def reason(self) -> Reason:
        return self.verdict.reason

    @property
    def acceptable(self) -> bool:
        return self.verdict.acceptable


def _tr(text: str) -> str:
    return i18n.translate("errors", text)  # the core's catalog: the CLI says the same words


def assess(passphrase: str, user_inputs: Iterable[str] = ()) -> Strength:
    verdict = passphrase_policy.assess(passphrase, user_inputs)
    text = _tr(passphrase_policy.REASONS[verdict.reason]).format(**verdict.params)
    if verdict.suggestion:
        text += " " + _tr(verdict.suggestion)
    return Strength(verdict, text)
