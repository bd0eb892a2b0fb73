"""The demo collection (SPEC §11 `demo`, §13): a realistic synthetic collection for trying
FieldKit without real data.

- :mod:`fieldkit.demo.collection` — :func:`generate` fills an open vault with objects, damage
  reports and building-level reports of invented museums (the entry point);
- :mod:`fieldkit.demo.texts` — the text pools it draws from, read from the JSON files in
  ``fieldkit/demo/data/``;
- :mod:`fieldkit.demo.photos` — the pool of pictures drawn once and shared by many records;
- :mod:`fieldkit.demo.evacuation` — an evacuation in progress (custody records).

Generation follows the task contract (:mod:`fieldkit.tasks`): it reports its phases and stops at
a safe point when cancelled.
"""
