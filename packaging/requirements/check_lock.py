"""Check that packaging/requirements/build.txt still matches pyproject.toml and build.in.

The lock is what every package is built from (`pip install --require-hashes -r build.txt`).
It goes stale when someone adds a dependency to pyproject.toml or raises a lower bound and
forgets to run lock.sh: then a build would silently miss the package or ship an old version.
This check is offline (it reads the three files; it does not ask an index), so it never fails
because a new release appeared — only because the files disagree:

- every runtime requirement of pyproject.toml (extras included) and of build.in is pinned in
  the lock, at a version its specifier allows;
- every pin is exact (==) and carries at least one sha256 hash;
- no package is pinned twice for overlapping platforms (the lock is one universal lock).

    python packaging/requirements/check_lock.py      # exit 1, with the reasons, when stale
"""

from __future__ import annotations

import re
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from packaging.requirements import InvalidRequirement, Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
HASH = re.compile(r"--hash=sha256:[0-9a-f]{64}")


@dataclass
class Pin:
    name: str
    version: Version
    marker: str | None
    hashes: list[str] = field(default_factory=list)


def parse_lock(text: str) -> list[Pin]:
    """The pins of a pip requirements file with hashes (backslash continuations joined)."""
    pins: list[Pin] = []
    joined = re.sub(r"\\\r?\n", " ", text)
    for raw in joined.splitlines():
        line = raw.split(" #", 1)[0].strip()
        if not line or line.startswith("#"):
            continue
        hashes = HASH.findall(line)
        requirement_text = HASH.sub("", line).strip()
        try:
            req = Requirement(requirement_text)
        except InvalidRequirement as exc:
            raise ValueError(f"the lock has a line pip would not read: {raw[:80]}") from exc
        specs = list(req.specifier)
        if len(specs) != 1 or specs[0].operator != "==":
            raise ValueError(f"{req.name} is not pinned to one exact version in the lock")
        pins.append(
            Pin(
                canonicalize_name(req.name),
                Version(specs[0].version),
                str(req.marker) if req.marker else None,
                hashes,
            )
        )
    return pins


def wanted_requirements(pyproject_text: str, build_in_text: str) -> list[Requirement]:
    """What the lock must satisfy: the runtime dependencies and the build tools."""
    project = tomllib.loads(pyproject_text)["project"]
    wanted = [Requirement(line) for line in project.get("dependencies", [])]
    for raw in build_in_text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if line:
            wanted.append(Requirement(line))
    return wanted


def problems(pyproject_text: str, build_in_text: str, lock_text: str) -> list[str]:
    """Every way the lock disagrees with its sources (empty when it is current)."""
    try:
        pins = parse_lock(lock_text)
    except ValueError as exc:
        return [str(exc)]
    found: list[str] = []
    by_name: dict[str, list[Pin]] = {}
    for pin in pins:
        by_name.setdefault(pin.name, []).append(pin)
        if not pin.hashes:
            found.append(f"{pin.name}=={pin.version} has no sha256 hash in the lock")
    for name, same in by_name.items():
        if len(same) > 1 and any(p.marker is None for p in same):
            found.append(f"{name} is pinned more than once in the lock")
    for req in wanted_requirements(pyproject_text, build_in_text):
        name = canonicalize_name(req.name)
        if name not in by_name:
            found.append(f"{req} is required but not in the lock")
            continue
        for pin in by_name[name]:
            if not req.specifier.contains(pin.version, prereleases=True):
                found.append(f"the lock pins {name}=={pin.version}, outside {req}")
    return found


def main() -> int:
    found = problems(
        (ROOT / "pyproject.toml").read_text(encoding="utf-8"),
        (HERE / "build.in").read_text(encoding="utf-8"),
        (HERE / "build.txt").read_text(encoding="utf-8"),
    )
    for problem in found:
        print(f"build.txt: {problem}", file=sys.stderr)
    if found:
        print("Run packaging/requirements/lock.sh and commit build.txt.", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
