"""The importer's refusal reasons and the exporter's and importer's warnings speak the user's
language on the command line, while ``--json`` keeps them in English (a stable contract)."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import PASSPHRASE, run_cli
from peers import Peer
from PIL import Image

from fieldkit import i18n
from fieldkit.bundles.importer import import_bundle
from fieldkit.records import fields as F
from fieldkit.records.service import PhotoInput

UNTRUSTED_EN = (
    "The bundle is signed by an untrusted or unknown key; check the fingerprint with the "
    "sender and trust their card, or import with --accept-untrusted."
)
UNTRUSTED = {
    "fr": "Le paquet est signé par une clé non fiable ou inconnue",
    "uk": "Пакет підписано недовіреним або невідомим ключем",
    "ar": "الحزمة موقّعة بمفتاح غير موثوق أو غير معروف",
}


def jpeg(seed: int) -> bytes:
    buf = io.BytesIO()
    Image.effect_noise((96, 64), 30 + seed).convert("RGB").save(buf, "JPEG")
    return buf.getvalue()


@pytest.fixture
def trio(tmp_path: Path) -> Iterator[tuple[Peer, Peer, Peer]]:
    """amal sends to coord, who trusts amal; stranger knows coord's card but coord not theirs."""
    amal = Peer(tmp_path, "amal")
    coord = Peer(tmp_path, "coord", role="coordinator")
    stranger = Peer(tmp_path, "stranger")
    amal.trust(coord)
    coord.trust(amal)
    stranger.trust(coord)
    yield amal, coord, stranger
    for peer in (amal, coord, stranger):
        peer.vault.close()


def _import(peer: Peer, bundle: Path, lang: str, *extra: str) -> object:
    peer.vault.close()
    env = {"FIELDKIT_PASSPHRASE": PASSPHRASE, "FIELDKIT_LANG": lang}
    return run_cli(["--vault", str(peer.path), "import", str(bundle), *extra], env)


@pytest.mark.parametrize("lang", ["fr", "uk", "ar"])
def test_an_untrusted_signer_is_refused_in_the_language(
    trio: tuple[Peer, Peer, Peer], lang: str
) -> None:
    _, coord, stranger = trio
    stranger.records.create(F.OBJECT, {"title": "Jar"})
    bundle = stranger.send(coord)
    assert bundle is not None
    shown = _import(coord, bundle, lang)
    assert shown.code != 0  # type: ignore[attr-defined]
    assert UNTRUSTED[lang] in shown.out + shown.err  # type: ignore[attr-defined]
    assert "untrusted or unknown key" not in shown.out + shown.err  # type: ignore[attr-defined]

    data = _import(coord, bundle, lang, "--json")
    assert [r["refused"] for r in data.json] == [UNTRUSTED_EN]  # type: ignore[attr-defined]


def test_a_bundle_for_another_vault_is_refused_in_french(
    trio: tuple[Peer, Peer, Peer],
) -> None:
    amal, coord, stranger = trio
    amal.records.create(F.OBJECT, {"title": "Jar"})
    bundle = amal.send(coord)
    assert bundle is not None
    shown = _import(stranger, bundle, "fr")
    text = shown.out + shown.err  # type: ignore[attr-defined]
    assert "Ce coffre ne fait pas partie des destinataires" in text
    assert "This vault is not one of" not in text


def test_the_bundle_own_vault_wrote_is_refused_in_french(
    trio: tuple[Peer, Peer, Peer],
) -> None:
    amal, coord, _ = trio
    amal.records.create(F.OBJECT, {"title": "Jar"})
    bundle = amal.send(coord, plain=True)
    assert bundle is not None
    shown = _import(amal, bundle, "fr")
    assert "Ce paquet a été écrit par ce coffre" in shown.out + shown.err  # type: ignore[attr-defined]


def test_left_out_photos_warn_in_french_at_export_and_at_import(
    trio: tuple[Peer, Peer, Peer], tmp_path: Path
) -> None:
    amal, coord, _ = trio
    obj = amal.records.create(F.OBJECT, {"title": "Icon"}, [PhotoInput(jpeg(5))])
    sha = obj.media[0]["sha256"]
    amal.vault.close()
    env = {"FIELDKIT_PASSPHRASE": PASSPHRASE, "FIELDKIT_LANG": "fr"}
    out = tmp_path / "x.fkb"
    base = ["--vault", str(amal.path), "export", "-o", str(out), "--leave-out-photo", sha[:12]]
    shown = run_cli(base, env)
    assert shown.code == 0, shown.err
    assert f"1 photo(s) laissée(s) de côté comme demandé ({sha[:12]})" in shown.out + shown.err
    assert "left out as asked" not in shown.out + shown.err

    data = run_cli([*base, "--json"], {**env})
    assert data.code == 0, data.err
    assert (
        f"1 photo(s) left out as asked ({sha[:12]}); a later export sends them."
        in (
            data.json["warnings"]  # type: ignore[index]
        )
    )

    got = _import(coord, out, "fr")
    text = got.out + got.err  # type: ignore[attr-defined]
    assert "1 photo(s) citée(s) par ce paquet n’y figure(nt) pas encore." in text


def test_every_result_text_keeps_its_english_and_translates(
    trio: tuple[Peer, Peer, Peer],
) -> None:
    """The ImportResult's texts are i18n.Text: English as strings, French through localise."""
    amal, coord, _ = trio
    obj = amal.records.create(F.OBJECT, {"title": "Icon"}, [PhotoInput(jpeg(6))])
    bundle = amal.send(coord, leave_out_photos=[obj.media[0]["sha256"][:12]])
    assert bundle is not None
    got = import_bundle(coord.vault, bundle)
    assert got.warnings == ["1 photo(s) referenced by this bundle are not in it yet."]
    (warning,) = got.warnings
    assert isinstance(warning, i18n.Text)
    assert i18n.localise(warning, "uk") == (
        "Фото, на які посилається цей пакет, але яких у ньому ще немає: 1."
    )


def test_a_missing_bundle_of_the_stream_is_said_in_french(
    trio: tuple[Peer, Peer, Peer],
) -> None:
    amal, coord, _ = trio
    amal.records.create(F.OBJECT, {"title": "First"})
    first = amal.send(coord)
    amal.records.create(F.OBJECT, {"title": "Second"})
    second = amal.send(coord, mode="full")
    assert first is not None and second is not None
    got = import_bundle(coord.vault, second)
    (gap,) = got.gaps
    assert gap.startswith("Bundle 1 of stream ") and gap.endswith(" has not been received yet.")
    shown = _import(coord, second, "fr")
    text = shown.out + shown.err  # type: ignore[attr-defined]
    assert "Le paquet 1 du flux " in text and "n’a pas encore été reçu." in text
    assert "has not been received yet" not in text


def test_sync_warnings_are_said_in_french(tmp_path: Path) -> None:
    """A target with no recipients, and a link where a sender's folder should be."""
    lone = Peer(tmp_path, "lone")
    lone.records.create(F.OBJECT, {"title": "Jar"})
    lone.vault.close()
    shared = tmp_path / "shared"
    shared.mkdir()
    (tmp_path / "elsewhere").mkdir()
    (shared / ("a" * 64)).symlink_to(tmp_path / "elsewhere")
    env = {"FIELDKIT_PASSPHRASE": PASSPHRASE, "FIELDKIT_LANG": "fr"}
    vault = ["--vault", str(lone.path)]
    assert run_cli([*vault, "sync", "target", "add", "stick", str(shared)], env).code == 0
    shown = run_cli([*vault, "sync", "stick"], env)
    text = shown.out + shown.err
    assert "Rien n’est envoyé à «\u00a0stick\u00a0»\u00a0: elle n’a aucun destinataire" in text
    assert "est un lien vers un autre endroit, pas un vrai dossier" in text
    assert "it has no recipients" not in text and "is a link to somewhere else" not in text

    data = run_cli([*vault, "sync", "stick", "--json"], env).json
    assert any(
        w.startswith("Nothing is sent to 'stick': it has no recipients")
        for w in data[0]["warnings"]  # type: ignore[index]
    )
