"""The coordinator archive at programme scale (SPEC §15): bundles and photos in S3-compatible
object storage, the merged index in PostgreSQL, verify → store → merge jobs run by any number
of workers.

Headless and Qt-free; installed with the ``archive`` extra (psycopg, botocore). The verification
and merge rules are the core's own (:mod:`fieldkit.bundles.verify`, :mod:`fieldkit.records.merge`):
this package only stores what they decide.
"""
