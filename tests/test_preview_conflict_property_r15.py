"""The import review's « edited here and by the sender » is exactly what the import leaves in
conflict (property: random edits on two laptops, random exchanges, then one import)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from peers import Peer

from fieldkit.bundles import preview as P
from fieldkit.bundles.verify import verify_bundle
from fieldkit.records import fields as F

# (who, record) edits, and exchanges: "ab" sends Amélie's to Karim, "ba" the other way.
STEP = st.one_of(
    st.tuples(st.sampled_from(["a", "b"]), st.integers(0, 2)),
    st.sampled_from(["ab", "ba"]),
)


@settings(max_examples=30, deadline=None)
@given(st.lists(STEP, min_size=1, max_size=8))
def test_the_review_predicts_the_conflicts_the_import_makes(steps: list[object]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        a, b = Peer(root, "amelie"), Peer(root, "karim")
        try:
            a.trust(b)
            b.trust(a)
            ids = [
                a.records.create(F.OBJECT, {"inventory_number": f"P-{i}", "title": "Jar"}).record_id
                for i in range(3)
            ]
            b.receive(a.send(b))
            peers = {"a": a, "b": b}
            for n, step in enumerate(steps):
                if step in ("ab", "ba"):
                    sender, receiver = (a, b) if step == "ab" else (b, a)
                    sent = sender.send(receiver)
                    if sent is not None:  # nothing new to send
                        receiver.receive(sent)
                else:
                    who, i = step  # type: ignore[misc]
                    peers[who].records.edit(ids[i], {"description": f"{who} {n}"})
            bundle = b.send(a)
            if bundle is None:
                return
            report = verify_bundle(bundle, vault=a.vault, keep_content=True)
            found = P.content_preview(a.vault, bundle, report)
            assert found is not None
            predicted = {c.record_id for c in found.of(P.CONFLICT)}
            touched = {c.record_id for c in found.changes}
            a.receive(bundle)
            after = {rid for rid in touched if a.records.get(rid, follow=False).in_conflict}
            assert predicted == after, (steps, predicted, after)
        finally:
            a.vault.close()
            b.vault.close()
