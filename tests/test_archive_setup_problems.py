"""`archive init` on a storage that refuses it says every setting that does not hold, in order,
with the exception's class name only (never the server's answer, never a credential)."""

from __future__ import annotations

import json
import os

import pytest

pytest.importorskip("botocore", reason="botocore (the archive extra) is not installed")

from s3server import ACCESS_KEY, S3Server, s3_server  # noqa: F401  (the fixture)

from fieldkit.archive.config import ArchiveConfig
from fieldkit.archive.storage import ArchiveStorage
from fieldkit.i18n import Text
from fieldkit.sync.s3client import S3Credentials


def test_setup_refused_everywhere_lists_each_problem_in_order(
    s3_server: S3Server,  # noqa: F811
) -> None:
    secret = "not-the-secret-" + os.urandom(4).hex()
    config = ArchiveConfig.from_options(
        "postgresql:///unused", f"s3://refused-{os.urandom(4).hex()}/archive", s3_server.endpoint
    )
    storage = ArchiveStorage(config, credentials=S3Credentials(ACCESS_KEY, secret))

    state = storage.setup()

    data = state.to_json()
    assert list(data) == ["versioning", "object_lock", "lock_mode", "problems"]
    assert (data["versioning"], data["object_lock"], data["lock_mode"]) == (False, False, None)
    assert [p.template for p in state.problems if isinstance(p, Text)] == [
        "The bucket could not be created ({error}).",
        "Versioning could not be turned on ({error}).",
        "Object lock could not be turned on ({error}): bundles are kept, "
        "but the storage does not prevent their deletion.",
    ]
    assert data["problems"][0] == "The bucket could not be created (S3AccessError)."
    # Text problems stay Text (translated where shown) and --json writes their English.
    assert json.loads(json.dumps(data))["problems"] == [str(p) for p in state.problems]
    assert secret not in json.dumps(data)
