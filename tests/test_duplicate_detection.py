"""Finding possible duplicates (issue 23, detection): a planted collection, the signals one by
one, the photo hashes and their cache, and hostile input."""

from __future__ import annotations

import io
import random
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import FAST_KDF
from PIL import Image

from fieldkit.duplicates import photo_hash
from fieldkit.duplicates.candidates import Candidate, find_candidates
from fieldkit.duplicates.planted import _KINDS, Planted, _draw, _photo_again, plant, score_detection
from fieldkit.duplicates.text import skeleton, tokens
from fieldkit.errors import CancelledError
from fieldkit.records import fields as F
from fieldkit.records.service import PhotoInput, Records
from fieldkit.vault import Vault


@pytest.fixture(scope="module")
def planted(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Vault, Planted]]:
    folder = tmp_path_factory.mktemp("planted")
    vault, _ = Vault.create(folder / "vault", "planted", kdf=FAST_KDF, name="Planted")
    try:
        yield vault, plant(vault, 2000, duplicates=100, near_misses=100, seed=23,
                           thumbnails_only=True)
    finally:
        vault.close()


def test_planted_duplicates_are_found_with_recall_and_precision_over_0_9(
    planted: tuple[Vault, Planted], capsys: pytest.CaptureFixture[str]
) -> None:
    vault, truth = planted
    started = time.perf_counter()
    found = find_candidates(vault)
    seconds = time.perf_counter() - started
    precision, recall, true, reported = score_detection([c.pair for c in found], truth)
    near = sum(1 for c in found if c.pair in truth.near_misses)
    with capsys.disabled():
        print(
            f"\nduplicates, 2,000 objects with 100 planted: precision {precision:.3f}, "
            f"recall {recall:.3f} ({true} of {len(truth.duplicates)} found, {reported} "
            f"reported, {near} of {len(truth.near_misses)} near misses) in {seconds:.1f} s"
        )
    assert recall >= 0.9 and precision >= 0.9
    assert near <= 5
    # Best first, every reason in words, scores in 0..1, each pair once.
    assert [c.score for c in found] == sorted((c.score for c in found), reverse=True)
    assert all(0 < c.score <= 1 and c.reasons for c in found)
    assert len({c.pair for c in found}) == len(found)


def test_a_second_search_reads_the_cached_hashes(
    planted: tuple[Vault, Planted], monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, _ = planted
    first = find_candidates(vault)
    cached = vault.db.execute("SELECT count(*) FROM photo_hashes").fetchone()[0]
    assert cached > 1500
    calls = []
    real = photo_hash.hash_thumbnail
    monkeypatch.setattr(photo_hash, "hash_thumbnail", lambda b: calls.append(1) or real(b))
    phases: list[str] = []
    again = find_candidates(vault, phase=lambda name, done, total: phases.append(name))
    assert calls == [] and "hashing photos" in phases
    assert [c.to_json() for c in again] == [c.to_json() for c in first]


def test_progress_counts_up_to_its_total_through_the_phases(
    planted: tuple[Vault, Planted],
) -> None:
    vault, _ = planted
    with vault.transaction() as db:  # a quarter of the photos to hash again
        db.execute("DELETE FROM photo_hashes WHERE substr(sha256, 1, 1) IN ('0','1','2','3')")
    seen: list[tuple[int, int]] = []
    names: list[str] = []
    find_candidates(vault, progress=lambda d, t: seen.append((d, t)),
                    phase=lambda n, d, t: names.append(n))
    totals = {t for _, t in seen}
    assert len(totals) <= 2  # the total grows once, when the photos to hash are known
    last_total = seen[-1][1]
    dones = [d for d, t in seen if t == last_total]
    assert dones == sorted(dones) and dones[-1] == last_total
    assert names.index("reading") < names.index("hashing photos") < names.index("comparing")


def test_cancel_stops_the_search(planted: tuple[Vault, Planted]) -> None:
    vault, _ = planted
    calls = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > 3

    with pytest.raises(CancelledError):
        find_candidates(vault, cancel=cancel)


# --- the signals, one by one, on small vaults ---------------------------------------------------


def _rnd(seed: int) -> random.Random:
    return random.Random(seed)  # noqa: S311 - test pictures, not secrets


def _object(records: Records, **values: object) -> str:
    return records.create(F.OBJECT, values).record_id


def _jpeg(img: Image.Image, quality: int = 85) -> bytes:
    out = io.BytesIO()
    img.save(out, "JPEG", quality=quality)
    return out.getvalue()


def _pairs(found: list[Candidate]) -> set[frozenset[str]]:
    return {c.pair for c in found}


def _background(records: Records, n: int = 30) -> None:
    """Unrelated objects, so that words have a rarity to weigh."""
    rnd = _rnd(5)
    rows = [
        F.clean_fields(F.OBJECT, {
            "inventory_number": f"BG {i}",
            "title": f"Object {rnd.choice(['A', 'B', 'C'])}{i} of shelf {i % 7}",
            "institution": "Musée de Mossoul",
        })
        for i in range(n)
    ]
    records.create_many(F.OBJECT, rows)


def test_number_variants_and_the_fuller_record_first(vault: Vault) -> None:
    records = Records(vault)
    _background(records)
    full = _object(
        records, inventory_number="MM 1963.28", title="Jarre de Shamash",
        institution="Musée de Mossoul", object_type="céramique > jarre",
        materials_techniques="terre cuite", subject="offrande", maker="inconnu",
        date_period="IIe siècle", inscriptions_markings="aucune",
        distinguishing_features="éclat au bord",
        measurements=[{"dimension": "height", "value": 31, "unit": "cm"}],
    )
    sparse = _object(records, inventory_number="mm-1963-028", title="Jarre de Shamash")
    arabic_digits = _object(records, inventory_number="MM ١٩٦٣/٢٨", title="Jarre")
    found = find_candidates(vault)
    by_pair = {c.pair: c for c in found}
    first = by_pair[frozenset((full, sparse))]
    assert first.a == full and first.b == sparse  # the fuller record is kept by default
    assert "same inventory number after normalising" in first.to_json()["reasons"]
    assert frozenset((full, arabic_digits)) in by_pair
    assert set(first.to_json()) == {"a", "b", "score", "reasons"}


def test_deleted_objects_are_never_suggested_and_excluded_pairs_never_again(
    vault: Vault,
) -> None:
    records = Records(vault)
    one = _object(records, inventory_number="MT/1999/4", title="Manuscrit de Tombouctou")
    two = _object(records, inventory_number="mt 1999 4", title="Manuscrit de Tombouctou")
    three = _object(records, inventory_number="MT-1999-004", title="Manuscrit")
    assert len(find_candidates(vault)) == 3
    records.delete(three)
    assert _pairs(find_candidates(vault)) == {frozenset((one, two))}
    assert find_candidates(vault, exclude=[frozenset((one, two))]) == []


def test_titles_across_scripts_with_equal_measurements_in_other_units(vault: Vault) -> None:
    records = Records(vault)
    _background(records)
    french = _object(
        records, inventory_number="MND-1971-0042", title="Stèle funéraire de Malkû 12",
        institution="Musée national de Damas",
        measurements=[{"dimension": "hauteur", "value": 52, "unit": "cm"},
                      {"dimension": "largeur", "value": 38.5, "unit": "cm"}],
    )
    arabic = _object(
        records, inventory_number="EVAC-24-117", title="شاهدة جنائزية ملكو ١٢",
        institution="المتحف الوطني بدمشق",
        measurements=[{"dimension": "height", "value": 520, "unit": "mm"},
                      {"dimension": "width", "value": 385, "unit": "mm"}],
    )
    found = {c.pair: c for c in find_candidates(vault)}
    pair = found[frozenset((french, arabic))]
    reasons = pair.to_json()["reasons"]
    assert "titles alike across scripts" in reasons and "measurements equal" in reasons


def test_one_series_with_consecutive_numbers_is_not_one_object(vault: Vault) -> None:
    records = Records(vault)
    _background(records)
    for n in range(5):  # a set of five bowls: same title, type, material, almost same size
        _object(records, inventory_number=f"MM 1980.{n + 1}", title="Bol à décor lustré",
                institution="Musée de Mossoul", object_type="céramique > bol",
                materials_techniques="céramique lustrée",
                measurements=[{"dimension": "diameter", "value": 18 + n * 1.5, "unit": "cm"}])
    assert find_candidates(vault) == []


def test_members_of_a_numbered_set_without_inventory_numbers_are_not_one_object(
    vault: Vault,
) -> None:
    records = Records(vault)
    _background(records)
    make = [{"dimension": "height", "value": 31, "unit": "cm"},
            {"dimension": "diameter", "value": 12, "unit": "cm"}]
    common = {"object_type": "vase", "materials_techniques": "glazed earthenware",
              "measurements": make}
    title = {_object(records, title=t, **common): t
             for t in ("Vase 1 of a set of 6", "Vase 2 of a set of 6", "Vase 1", "Vase 2")}
    for t in ("Bowl 3", "وعاء ٤", "Cup 5"):  # across scripts too
        title[_object(records, title=t, institution="Mosul Museum", **common)] = t
    found = find_candidates(vault)
    for c in found:
        titles = {title[i] for i in c.pair}
        assert titles in ({"Vase 1", "Vase 1 of a set of 6"}, {"Vase 2", "Vase 2 of a set of 6"})
        assert "titles alike" not in c.to_json()["reasons"]


def test_one_number_at_two_institutions_named_in_two_scripts_is_not_one_object(
    vault: Vault,
) -> None:
    records = Records(vault)
    _background(records)
    pairs = {  # (institution, institution): one object?
        ("متحف الموصل", "Musée du Louvre"): False,
        ("Музей Мосула", "Musée du Louvre"): False,
        ("Chernihiv History Museum", "متحف الموصل"): False,
        ("متحف الموصل", "Mosul Museum"): True,
        ("المتحف الوطني بدمشق", "National Museum of Damascus"): True,
        ("Харківський історичний музей", "Kharkiv History Museum"): True,
    }
    made = {}
    for i, (first, second) in enumerate(pairs):
        number = f"19{i}3.28"
        made[frozenset(
            _object(records, inventory_number=number, title="Bowl", object_type="bowl",
                    institution=name)
            for name in (first, second)
        )] = (first, second)
    found = _pairs(find_candidates(vault))
    assert {made[p] for p in found if p in made} == {k for k, same in pairs.items() if same}


def test_the_same_photo_taken_again_through_the_real_ingest(vault: Vault) -> None:
    rnd = _rnd(3)
    img = _draw(rnd, _KINDS[0])
    records = Records(vault)
    _background(records)
    first = records.create(
        F.OBJECT, {"title": "Jarre", "inventory_number": "A 1"},
        photos=[PhotoInput(_jpeg(img))],
    ).record_id
    again = records.create(
        F.OBJECT, {"title": "Глек", "inventory_number": "TMP 77"},
        photos=[PhotoInput(_photo_again(rnd, img, "turned"))],
    ).record_id
    # Hashed once, when the photos were added.
    assert vault.db.execute("SELECT count(*) FROM photo_hashes").fetchone()[0] == 2
    found = {c.pair: c for c in find_candidates(vault)}
    reasons = found[frozenset((first, again))].to_json()["reasons"]
    assert any(r.startswith("photos ") and r.endswith("% alike") for r in reasons)


def test_a_photo_on_many_records_is_no_evidence(vault: Vault) -> None:
    records = Records(vault)
    shelf = _jpeg(_draw(_rnd(9), _KINDS[1]))
    for i in range(6):
        records.create(F.OBJECT, {"title": f"Objet {i}", "inventory_number": f"X {i * 7}"},
                       photos=[PhotoInput(shelf)])
    assert find_candidates(vault) == []


# --- photo hashes -------------------------------------------------------------------------------


@pytest.mark.parametrize("how", ["resized", "turned", "turned+resized", "cropped"])
def test_photo_hash_survives_what_a_second_team_does(how: str) -> None:
    rnd = _rnd(11)
    alike, unrelated = [], []
    for kind in _KINDS:
        img = _draw(rnd, kind)
        original = photo_hash.hash_thumbnail(_jpeg(img))
        again = photo_hash.hash_thumbnail(_photo_again(rnd, img, how))
        other = photo_hash.hash_thumbnail(_jpeg(_draw(rnd, _KINDS[(_KINDS.index(kind) + 2) % 6])))
        assert original is not None and again is not None and other is not None
        alike.append(photo_hash.similarity(original, again))
        unrelated.append(photo_hash.similarity(original, other))
    floor = 0.65 if how == "cropped" else 0.85
    assert min(alike) >= floor, alike
    assert sum(alike) / len(alike) > sum(unrelated) / len(unrelated) + 0.1


def test_quarter_turns_are_exact_on_the_dct_block() -> None:
    img = _draw(_rnd(4), _KINDS[2]).resize((128, 128))
    hashes = photo_hash.hash_thumbnail(_jpeg(img, 95))
    assert hashes is not None
    for turn, index in ((Image.Transpose.ROTATE_90, 1), (Image.Transpose.ROTATE_180, 2),
                        (Image.Transpose.ROTATE_270, 3)):
        turned = photo_hash.hash_thumbnail(_jpeg(img.transpose(turn), 95))
        assert turned is not None
        assert (turned[0] ^ hashes[index]).bit_count() <= 4


# --- text ---------------------------------------------------------------------------------------


def test_names_share_a_skeleton_across_scripts() -> None:
    assert skeleton("malku") == skeleton("ملكو") == skeleton("малку") == "mlk"
    assert skeleton("الموصل") == skeleton("mossoul") == skeleton("мосул")
    assert skeleton("shamash") == skeleton("شمش") == skeleton("шамаш")
    words, skeletons = tokens("Stèle n° ٠١٢ de Palmyre")
    assert "12" in words and "12" in skeletons and "stele" in words


# --- hostile input ------------------------------------------------------------------------------


def test_empty_vault_and_objects_with_nothing_to_compare(vault: Vault) -> None:
    assert find_candidates(vault) == []
    records = Records(vault)
    for _ in range(3):
        records.create(F.OBJECT, {"status": "missing"})  # no number, title or photo
    records.create(F.OBJECT, {"title": "", "inventory_number": "----"})
    assert find_candidates(vault) == []


def test_a_corrupt_thumbnail_is_skipped_and_remembered(vault: Vault) -> None:
    records = Records(vault)
    good = _jpeg(_draw(_rnd(1), _KINDS[0]))
    ids = [
        records.create(F.OBJECT, {"title": "Jarre de Mari", **number},
                       photos=[PhotoInput(good)]).record_id
        for number in ({"inventory_number": "Q 12"}, {})
    ]
    with vault.transaction() as db:  # as a hostile bundle could leave it
        db.execute("UPDATE photos SET thumbnail = ?", (b"\xff\xd8\xff garbage" * 50,))
        db.execute("DELETE FROM photo_hashes")
    found = find_candidates(vault)
    assert _pairs(found) == {frozenset(ids)}  # the same photo still counts (same SHA-256)
    rows = vault.db.execute("SELECT hash FROM photo_hashes").fetchall()
    assert rows == [(b"",)]  # remembered as unreadable, not retried on every search
    assert photo_hash.hash_thumbnail(b"") is None
    assert photo_hash.hash_thumbnail(b"GIF89a" + bytes(100)) is None


def _flat(colour: object, size: tuple[int, int] = (320, 240)) -> bytes:
    return _jpeg(Image.new("RGB", size, colour))  # type: ignore[arg-type]


def test_flat_photos_have_no_hash_and_pair_nothing(vault: Vault) -> None:
    """A grey card, a lens cap, an overexposed frame, a 1×1 thumbnail: no picture, no evidence."""
    faint = Image.linear_gradient("L").resize((320, 240)).point(lambda v: 240 + v // 32)
    flats = [_flat("white", (1, 1)), _flat("black"), _flat((128, 128, 128)), _flat((0, 40, 200)),
             _jpeg(faint.convert("RGB"))]
    assert [photo_hash.hash_thumbnail(f) for f in flats] == [None] * len(flats)
    assert photo_hash.hash_thumbnail(_jpeg(_draw(_rnd(4), _KINDS[2]))) is not None
    records = Records(vault)
    _background(records)
    for i, (photo, title) in enumerate(zip(flats, ("Bronze bowl", "Icon of St Nicholas",
                                                    "Oil lamp", "Glass bead", "Seal"),
                                           strict=True)):
        records.create(F.OBJECT, {"inventory_number": f"MOS {i * 11 + 3}", "title": title,
                                  "institution": "Mosul Museum"}, photos=[PhotoInput(photo)])
    assert find_candidates(vault) == []
    # Remembered as "no hash", not retried on every search.
    assert vault.db.execute(
        "SELECT count(*) FROM photo_hashes WHERE algorithm = ? AND hash = x''",
        (photo_hash.ALGORITHM,),
    ).fetchone()[0] == len(flats)


def test_a_hash_cached_by_an_older_algorithm_is_computed_again(vault: Vault) -> None:
    records = Records(vault)
    ids = [records.create(F.OBJECT, {"title": title, "inventory_number": number},
                          photos=[PhotoInput(_flat(colour))]).record_id
           for title, number, colour in (("Bronze bowl", "MOS 12", "white"),
                                         ("Icon of St Nicholas", "KYV 9001", (0, 40, 200)))]
    # What version 1 cached for these two flat photos: the same hash, "photos 100 % alike".
    old = (5895544863162511057, 5849663741889687086, 288576976716069755, 325520882015107972)
    with vault.transaction() as db:
        db.execute("UPDATE photo_hashes SET algorithm = 'dct-phash-16-8-rot4-v1', hash = ?",
                   (b"".join(h.to_bytes(8, "big") for h in old),))
    assert frozenset(ids) not in _pairs(find_candidates(vault))
    assert vault.db.execute("SELECT DISTINCT algorithm, hash FROM photo_hashes").fetchall() == [
        (photo_hash.ALGORITHM, b"")
    ]


def test_huge_titles_and_odd_fields_are_fast(vault: Vault) -> None:
    records = Records(vault)
    huge = "Ж" * 10_000 + " 1 " + "ملكو " * 1_900  # near the 20,000 characters allowed
    rows = [
        F.clean_fields(F.OBJECT, {"title": huge, "inventory_number": "٠" * 19_000 + "7"}),
        F.clean_fields(F.OBJECT, {"title": huge[:1000], "inventory_number": "7"}),
    ]
    records.create_many(F.OBJECT, rows)
    with vault.transaction() as db:  # fields a bundle from an older or foreign app may carry
        db.execute(
            "UPDATE records SET fields = json_set(fields, '$.measurements', json(?)) "
            "WHERE rowid = (SELECT min(rowid) FROM records)",
            ('[{"dimension": 3, "value": "NaN", "unit": null}, "x", {"dimension": "h",'
             ' "value": 1e308, "unit": "cm"}]',),
        )
    started = time.perf_counter()
    find_candidates(vault)
    assert time.perf_counter() - started < 5


def test_inventory_numbers_longer_than_the_cut_are_not_numbers(vault: Vault) -> None:
    records = Records(vault)
    _background(records)
    for end in "12":  # two pasted texts, equal in their first thousand characters
        _object(records, inventory_number="MCP 1963." + "7" * 1000 + end, title=f"Jarre {end}")
    _object(records, inventory_number="MCP 1963." + "7" * 1000, title="Lampe")
    _object(records, inventory_number="mcp-1963-" + "7" * 150, title="Jarre")
    _object(records, inventory_number="MCP 1963." + "7" * 150, title="Lampe à huile")
    found = find_candidates(vault)
    assert [c.to_json()["reasons"][0] for c in found] == [
        "same inventory number after normalising"  # the short ones still are numbers
    ]


def test_the_migration_adds_the_cache_to_a_vault_with_data(tmp_path: Path) -> None:
    from fieldkit.vault.schema import LATEST

    vault, _ = Vault.create(tmp_path / "v", "pw", kdf=FAST_KDF, name="old")
    records = Records(vault)
    for seed in (2, 3):
        records.create(F.OBJECT, {"title": f"Jarre {seed}", "inventory_number": f"A {seed}"},
                       photos=[PhotoInput(_jpeg(_draw(_rnd(seed), _KINDS[0])))])
    with vault.transaction() as db:
        db.execute("DROP TABLE photo_hashes")
    vault.db.execute("PRAGMA user_version = 13")  # before v14, which made photo_hashes
    vault.close()
    reopened = Vault.open(tmp_path / "v", "pw")
    try:
        assert reopened.info().schema_version == LATEST
        assert reopened.db.execute("SELECT count(*) FROM photo_hashes").fetchone()[0] == 0
        assert find_candidates(reopened) == []
        assert reopened.db.execute("SELECT count(*) FROM photo_hashes").fetchone()[0] == 2
    finally:
        reopened.close()


def test_a_full_disk_leaves_the_search_uncached_not_failed(tmp_path: Path) -> None:
    from media import fill, small_medium

    with small_medium(tmp_path / "small", 6144) as small:
        vault, _ = Vault.create(small / "v", "pw", kdf=FAST_KDF, name="full")
        try:
            records = Records(vault)
            ids = [
                records.create(
                    F.OBJECT, {"title": "Jarre de Mari", "inventory_number": number},
                    photos=[PhotoInput(_jpeg(_draw(_rnd(seed), _KINDS[0])))],
                ).record_id
                for seed, number in ((1, "MM 1.2"), (2, "mm-1-2"))
            ]
            with vault.transaction() as db:
                db.execute("DELETE FROM photo_hashes")
            fill(small)
            found = find_candidates(vault)
            assert _pairs(found) == {frozenset(ids)}
            assert vault.db.execute("SELECT count(*) FROM photo_hashes").fetchone()[0] == 0
        finally:
            vault.close()
