"""The programme archive's storage errors speak the user's language (issue 16): a bundle
missing from the bucket, a photo or bundle that does not match its hash. Real SeaweedFS."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

pytest.importorskip("botocore", reason="botocore (the archive extra) is not installed")

from s3server import ACCESS_KEY, SECRET_KEY, S3Server
from s3server import s3_server as s3_server  # the fixture (a server for this module)

from fieldkit import i18n
from fieldkit.archive.config import ArchiveConfig
from fieldkit.archive.storage import ArchiveStorage, ArchiveStorageError
from fieldkit.crypto import age
from fieldkit.sync.s3client import S3Credentials, S3IntegrityError


def _storage(s3_server: S3Server) -> ArchiveStorage:
    # The storage alone never opens the database: the address is only carried.
    config = ArchiveConfig.from_options(
        "postgresql://unused.invalid/none",
        f"s3://{s3_server.shared_bucket()}/{s3_server.new_prefix()}",
        s3_server.endpoint,
    )
    return ArchiveStorage(config, credentials=S3Credentials(ACCESS_KEY, SECRET_KEY))


def test_a_bundle_missing_from_the_bucket_is_said_in_each_language(
    s3_server: S3Server, tmp_path: Path
) -> None:
    storage = _storage(s3_server)
    with pytest.raises(ArchiveStorageError) as caught:
        storage.fetch_bundle("ab" * 32, tmp_path / "b.fkb")
    assert str(caught.value) == "Bundle abababababab is missing from the bucket."
    assert i18n.error_text(caught.value, "fr") == (
        "Le paquet abababababab est absent du compartiment.",
        "Vérifiez les réglages du compartiment et les identifiants, puis relancez la commande.",
    )
    assert i18n.error_text(caught.value, "uk")[0] == "Пакета abababababab немає в бакеті."
    assert i18n.error_text(caught.value, "ar")[0] == (
        f"الحزمة {i18n.FSI}abababababab{i18n.PDI} غير موجودة في مستودع S3."
    )
    assert not (tmp_path / "b.fkb").exists()


def test_a_file_changed_while_stored_and_a_photo_off_its_hash_are_said_in_french(
    s3_server: S3Server, tmp_path: Path
) -> None:
    storage = _storage(s3_server)
    bundle = tmp_path / "x.fkb"
    bundle.write_bytes(b"a small bundle")
    with pytest.raises(S3IntegrityError) as changed:
        storage.put_bundle(bundle, "00" * 32, lock=False)
    assert i18n.error_text(changed.value, "fr")[0] == (
        "x.fkb a été modifié pendant son enregistrement."
    )
    photo = b"not really a jpeg"
    with pytest.raises(S3IntegrityError) as off:
        storage.put_photo("11" * 32, photo, age.X25519Identity.generate())
    assert str(off.value) == "A photo does not match its hash."
    assert i18n.error_text(off.value, "fr")[0] == "Une photo ne correspond pas à son empreinte."
    assert hashlib.sha256(photo).hexdigest() != "11" * 32
