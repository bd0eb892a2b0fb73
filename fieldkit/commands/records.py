"""Record commands: `object add|edit|show|list|delete|restore|import-csv`, `damage add|list`
(SPEC §11)."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from fieldkit.cli import Context, common_options
from fieldkit.commands.duplicates import object_label
from fieldkit.commands.options import (
    actions,
    emit_written,
    flag,
    json_file_option,
    json_input_fields,
    option,
    repeatable,
    subcommand,
)
from fieldkit.commands.progress import interruptible, printing
from fieldkit.commands.vault import open_vault
from fieldkit.duplicates.decisions import Duplicates
from fieldkit.errors import EXIT_OK, UsageError
from fieldkit.i18n import (
    QT_TRANSLATE_NOOP,
    fill,
    isolate,
    join_list,
    labelled,
    language,
    line,
    ltr,
    pair,
    translate,
)
from fieldkit.identity import trust
from fieldkit.records import custody_queries as C
from fieldkit.records import fields as F
from fieldkit.records.pages import object_labels
from fieldkit.records.revision import parse_hlc
from fieldkit.records.service import PhotoInput, Records, RecordView
from fieldkit.records.vocabularies import PHOTO_ROLES, SEVERITY, STATUS, URGENCY
from fieldkit.records.vocabulary_labels import category_label, format_value, value_label


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    # For add/edit, `--json FILE` names the input (SPEC §11) and the output is then JSON too.
    no_json = common_options(with_json=False)
    osub = actions(sub, "object", translate("help", "object records (Object ID)"))

    p = subcommand(
        osub, "add", no_json, translate("help", "add an object from JSON"), cmd_object_add
    )
    json_file_option(p)
    _photo_options(p)

    p = subcommand(
        osub,
        "edit",
        no_json,
        translate("help", "change some fields (a new revision)"),
        cmd_object_edit,
    )
    p.add_argument("id", metavar="ID")
    json_file_option(p)
    _photo_options(p)
    repeatable(p, "--remove-photo", "SHA256")

    p = subcommand(
        osub, "show", common, translate("help", "show one object"), cmd_show, kind=F.OBJECT
    )
    p.add_argument("id", metavar="ID")
    flag(p, "--history", translate("help", "every revision, who and when"))

    p = subcommand(
        osub, "list", common, translate("help", "list or search objects"), cmd_object_list
    )
    p.add_argument("--search", metavar="TEXT")
    p.add_argument("--status", choices=STATUS, action="append")
    p.add_argument("--priority", type=int, choices=(1, 2, 3, 4), action="append")
    flag(p, "--incomplete", translate("help", "only incomplete Object ID records"))
    flag(p, "--deleted", translate("help", "only deleted objects (bring one back: object restore)"))
    p.add_argument("--limit", type=int, default=None)

    p = subcommand(
        osub,
        "delete",
        common,
        translate("help", "delete an object (history is kept)"),
        cmd_delete,
        kind=F.OBJECT,
    )
    p.add_argument("id", metavar="ID")

    p = subcommand(
        osub,
        "restore",
        common,
        translate(
            "help", "bring back an earlier revision of an object (undoes a delete or an edit)"
        ),
        cmd_restore,
        kind=F.OBJECT,
    )
    p.add_argument("id", metavar="ID")
    option(
        p,
        "--revision",
        "REV",
        translate("help", "the revision to bring back (`object show ID --history` lists them)"),
        required=True,
    )

    p = subcommand(
        osub, "import-csv", common, translate("help", "import a spreadsheet (CSV)"), cmd_import_csv
    )
    p.add_argument("file", metavar="FILE", nargs="?")
    p.add_argument(
        "--undo",
        metavar="LAST|NUMBER",
        default=None,
        help=translate(
            "help",
            "undo an import: delete the records it created (history kept), in one transaction; "
            "LAST or the number the import printed",
        ),
    )
    flag(
        p,
        "--include-edited",
        translate("help", "with --undo: delete records edited since the import too"),
    )
    repeatable(p, "--map", "COLUMN=field")
    flag(p, "--dry-run", translate("help", "check and report; change nothing"))
    p.add_argument(
        "--delimiter", default=None, help=translate("help", "column separator (default: detected)")
    )
    p.add_argument(
        "--date-order",
        choices=("dmy", "mdy"),
        default=None,
        help=translate(
            "help",
            "how to read dates written 14/03/2026: dmy (day/month/year) or mdy (month/day/year) "
            "(default: decided by a date of the file that can only be read one way)",
        ),
    )
    p.add_argument(
        "--encoding",
        default=None,
        metavar="NAME",
        help=translate(
            "help",
            "file encoding, e.g. utf-8, cp1252, cp1256, shift_jis (default: decided on the whole "
            "file; when unsure, FieldKit asks for this option)",
        ),
    )

    dsub = actions(sub, "damage", translate("help", "damage reports"))
    p = subcommand(
        dsub, "add", no_json, translate("help", "add a damage report from JSON"), cmd_damage_add
    )
    p.add_argument(
        "--object",
        metavar="ID",
        help=translate("help", "the damaged object (id or inventory number)"),
    )
    json_file_option(p)
    _photo_options(p, default_role="damage")

    p = subcommand(dsub, "list", common, translate("help", "list damage reports"), cmd_damage_list)
    p.add_argument("--object", metavar="ID")
    p.add_argument("--search", metavar="TEXT")
    p.add_argument("--severity", choices=SEVERITY, action="append")
    p.add_argument("--urgency", choices=URGENCY, action="append")
    flag(
        p,
        "--deleted",
        translate("help", "only deleted damage reports"),
    )
    p.add_argument("--limit", type=int, default=None)

    p = subcommand(
        dsub, "show", common, translate("help", "show one damage report"), cmd_show, kind=F.DAMAGE
    )
    p.add_argument("id", metavar="ID")
    flag(p, "--history")


def _photo_options(p: argparse.ArgumentParser, default_role: str = "overall") -> None:
    repeatable(p, "--photo", "FILE", translate("help", "attach a photo"))
    p.add_argument(
        "--photo-role",
        choices=PHOTO_ROLES,
        default=None,
        help=translate(
            "help", "role of the photos (default: {role} for the first, detail after)"
        ).format(role=default_role),
    )
    p.add_argument("--caption", default="", help=translate("help", "caption for the photos given"))
    p.set_defaults(default_photo_role=default_role)


def _photos(ctx: Context) -> list[PhotoInput]:
    photos = []
    for i, name in enumerate(ctx.args.photo):
        path = Path(name)
        if not path.is_file():
            raise UsageError(
                QT_TRANSLATE_NOOP("errors", "The photo {path} does not exist."), path=name
            )
        role = ctx.args.photo_role or (ctx.args.default_photo_role if i == 0 else "detail")
        photos.append(PhotoInput(path, role, ctx.args.caption))
    return photos


def _emit_id(ctx: Context, view: RecordView, verb: str) -> None:
    as_json = ctx.json or getattr(ctx.args, "json_file", None) is not None
    if not emit_written(ctx, view.record_id, view.head_rev, as_json):
        label = ltr(F.terminal_text(view.fields.get("inventory_number") or view.record_id[:8]))
        said = {
            ("Added", F.OBJECT): translate("cli", "Added object {label}."),
            ("Saved", F.OBJECT): translate("cli", "Saved object {label}."),
            ("Restored", F.OBJECT): translate("cli", "Restored object {label}."),
            ("Added", F.DAMAGE): translate("cli", "Added damage report {label}."),
            ("Saved", F.DAMAGE): translate("cli", "Saved damage report {label}."),
            ("Restored", F.DAMAGE): translate("cli", "Restored damage report {label}."),
        }
        ctx.say(fill(said[(verb, view.kind)], None, label=label))


def cmd_object_add(ctx: Context) -> int:
    values = json_input_fields(ctx)
    with open_vault(ctx) as vault, interruptible() as cancel, printing(ctx, counts=False) as show:
        photos = _photos(ctx)
        records = Records(vault)
        view = records.create(F.OBJECT, values, photos, cancel, show)
        _warn_duplicate_inventory(ctx, records, view)
        _emit_id(ctx, view, "Added")
    return EXIT_OK


def _warn_duplicate_inventory(ctx: Context, records: Records, view: RecordView) -> None:
    number = view.fields.get("inventory_number")
    if not number:
        return
    count = records.count(F.OBJECT, inventory_number=number)
    if count > 1:
        shared = translate("cli", "Warning: %n objects now share this inventory number.", "", count)
        ctx.say(shared)


def cmd_object_edit(ctx: Context) -> int:
    values = json_input_fields(ctx) if ctx.args.json_file is not None else {}
    with open_vault(ctx) as vault, interruptible() as cancel, printing(ctx, counts=False) as show:
        photos = _photos(ctx)
        records = Records(vault)
        view = records.edit(
            ctx.args.id,
            values,
            photos,
            ctx.args.remove_photo,
            cancel=cancel,
            progress=show,
        )
        _emit_id(ctx, view, "Saved")
    return EXIT_OK


def cmd_delete(ctx: Context) -> int:
    with open_vault(ctx) as vault:
        records = Records(vault)
        view = records.delete(records.resolve(ctx.args.id, ctx.args.kind, follow=False))
    if ctx.json:
        ctx.emit({"id": view.record_id, "deleted": True})
    else:
        ctx.say(translate("cli", "Deleted; its history is kept."))
    return EXIT_OK


def cmd_restore(ctx: Context) -> int:
    with open_vault(ctx) as vault:
        records = Records(vault)
        typed = records.resolve(ctx.args.id, ctx.args.kind, follow=False)  # its own history
        restored = Duplicates(records).restore(typed, ctx.args.revision)
        view = restored.view
        if restored.undone is not None and not ctx.json:  # it was merged into another object
            ctx.say(
                translate(
                    "cli", "{merged} is an object of its own again: its merge into {id} was undone."
                ).format(
                    merged=object_label(vault.db, view.record_id),
                    id=object_label(vault.db, restored.undone.a),
                )
            )
    _emit_id(ctx, view, "Restored")
    return EXIT_OK


def _when(hlc: str) -> str:
    wall_ms, _ = parse_hlc(hlc)
    return datetime.fromtimestamp(wall_ms / 1000, UTC).strftime("%Y-%m-%d %H:%M UTC")


def cmd_show(ctx: Context) -> int:
    with open_vault(ctx) as vault:
        records = Records(vault)
        view = records.get(ctx.args.id, ctx.args.kind)
        typed = records.resolve(ctx.args.id, ctx.args.kind, follow=False)
        if typed != view.record_id:  # a record merged into this one (fieldkit.duplicates)
            ctx.say(
                translate("cli", "{merged} was merged into {id}: they are the same object.").format(
                    merged=object_label(vault.db, typed), id=object_label(vault.db, view.record_id)
                )
            )
        history = records.history(view.record_id) if ctx.args.history else []
        me = records.identity.fingerprint
        # Authors named as the app names them, by the local name given when trusting them
        # (the history said "3ee81eca674474d6" where the app said "Karim Nassar").
        authors = {
            fp: key.name
            for fp in {h.revision.author for h in history}
            if (key := trust.get_exact(vault.db, fp)) is not None
        }
        # What the app's list says of an object: the status it shows (custody's "missing"
        # overrides the "in_storage" a person set) and where the chain of custody places it.
        # Printed from the fields alone, `object show` said "In storage" of a missing object.
        shown: dict[str, str] = {}
        now: C.Where | None = None
        if view.kind == F.OBJECT:
            status = C.shown_statuses(vault.db, [view.record_id]).get(view.record_id)
            if status:
                shown["status"] = status
            now = C.where(vault.db, view.record_id)
            if C.where_now_text(now):
                shown["current_location"] = C.where_now_text(now)
            else:
                now = None
    if ctx.json:
        data = view.to_json()
        if view.kind == F.OBJECT:
            # Added keys: "status" and "current_location" stay what the record holds.
            data["shown_status"] = shown.get("status", view.fields.get("status"))
            data["where_now"] = now.to_json() if now is not None else None
        if ctx.args.history:
            data["history"] = [
                {
                    "revision": h.rev_id,
                    "parents": list(h.revision.parents),
                    "author": h.revision.author,
                    "hlc": h.revision.hlc,
                    "deleted": h.revision.deleted,
                    "fields": dict(h.revision.fields),
                    "photos": [dict(m) for m in h.revision.media],
                    "signature_valid": h.signature_ok,
                    "author_trusted": h.author_trusted,
                    "history_incomplete": bool(h.missing_parents),
                    "clock_ahead": h.clock_ahead,
                    "origin": h.origin,
                }
                for h in history
            ]
        ctx.emit(data)
        return EXIT_OK
    out = ctx.out
    print(labelled(translate("cli", "id"), ltr(view.record_id), isolated=True), file=out)
    if view.deleted:
        print(translate("cli", "(deleted)"), file=out)
    if view.in_conflict:
        print(translate("cli", "(in conflict: see `fieldkit conflicts show`)"), file=out)
    for f in F.OBJECT_FIELDS if view.kind == F.OBJECT else F.DAMAGE_FIELDS:
        if f.name in view.fields or f.name in shown:
            # Record text may come from another vault's bundle: nothing in it acts on the
            # terminal (escape sequences, direction overrides) or reorders the line.
            text = F.terminal_text(
                format_value(view.kind, f.name, view.fields.get(f.name)), f.multiline
            )
            isolated = False
            if f.name in shown:
                now_text = F.terminal_text(format_value(view.kind, f.name, shown[f.name]))
                if text and text != now_text:  # what a person wrote is kept, said as such
                    now_text = translate("cli", "{shown} (as documented: {documented})").format(
                        shown=isolate(now_text), documented=isolate(text)
                    )
                    isolated = True
                text = now_text
            # One place joins label and value, as each language writes it (« Statut : … »).
            print(labelled(translate("fields", f.label), text, isolated=isolated), file=out)
    for m in view.media:
        caption = f" — {F.terminal_text(m['caption'])}" if m.get("caption") else ""
        photo = translate("cli", "photo ({role}): {hash}").format(
            role=value_label(m["role"]), hash=m["sha256"][:16]
        )
        print(photo + caption, file=out)
    if view.kind == F.OBJECT:
        if view.missing:
            missing = join_list(category_label(m) for m in view.missing)
            missing_line = translate("cli", "Object ID missing: {fields}").format(fields=missing)
            print(line(missing_line), file=out)
        else:
            print(line(translate("cli", "Object ID: complete")), file=out)
    if history:
        print("\n" + translate("cli", "History (oldest first):"), file=out)
        previous: dict[str, Any] = {}
        for h in history:
            rev = h.revision
            changed = sorted(
                k for k in set(previous) | set(rev.fields) if previous.get(k) != rev.fields.get(k)
            )
            if rev.author == me:
                who = translate("cli", "you")
            elif rev.author in authors:
                who = isolate(F.terminal_text(authors[rev.author]))
            else:
                who = ltr(rev.author[:16])
            if h.signature_ok is False:
                sig = translate("cli", "BAD SIGNATURE")
            elif h.author_trusted:
                sig = translate("cli", "signed")
            else:
                sig = translate("cli", "unverified author")
            if rev.deleted:
                what = translate("cli", "deleted")
            elif not rev.parents:
                what = translate("cli", "created")
            else:
                what = translate("cli", "edited")
            if h.missing_parents:
                what += " " + translate(
                    "cli", "(history incomplete: an earlier version has not arrived yet)"
                )
            if h.clock_ahead:
                what += " " + translate("cli", "(dated ahead of this computer's clock)")
            if changed and rev.parents:
                what = pair(what, field_names(view.kind, changed), isolated=True)
            print(f"  {h.rev_id[:12]}  {_when(rev.hlc)}  {who}  {sig}  {what}", file=out)
            previous = dict(rev.fields)
    return EXIT_OK


def field_names(kind: str, names: list[str]) -> str:
    """Fields named in a line (those a revision changed, those in dispute): English keeps their
    keys word for word ("edited: maker, status"); the other languages name them by their
    labels, as the lines of ``show`` do, never « modifiée : maker, status »."""
    if language() == "en":
        return ", ".join(names)
    known = F.FIELDS.get(kind, {})
    return join_list(translate("fields", known[n].label) if n in known else n for n in names)


def _list(ctx: Context, kind: str, **filters: Any) -> int:
    with open_vault(ctx) as vault:
        records = Records(vault)
        order = "inventory_number" if kind == F.OBJECT else "observed_at"
        views = records.list(
            kind, limit=ctx.args.limit, order_by=order, descending=kind == F.DAMAGE, **filters
        )
        # The status the list filters on is the one it prints: `--status missing` listed an
        # object missed at a check-in as "In storage", the value a person last set.
        shown = C.shown_statuses(vault.db, [v.record_id for v in views]) if kind == F.OBJECT else {}
        # A damage report's object by its inventory number, as people know it (it printed the
        # first 8 hex digits of its id; new-user trial r14 #18).
        about: dict[str, tuple[str, str]] = {}
        if kind == F.DAMAGE:
            ids = [str(v.fields["object_id"]) for v in views if v.fields.get("object_id")]
            for start in range(0, len(ids), 500):
                about.update(object_labels(records, ids[start : start + 500]))
    if ctx.json:
        items = [v.to_json() for v in views]
        if kind == F.OBJECT:  # an added key: "status" stays what the record holds
            for v, item in zip(views, items, strict=True):
                item["shown_status"] = shown.get(v.record_id, v.fields.get("status"))
        ctx.emit(items)
        return EXIT_OK
    for v in views:
        if kind == F.OBJECT:
            status = shown.get(v.record_id) or v.fields.get("status")
            cols = [
                v.record_id[:8],
                v.fields.get("inventory_number", "-"),
                v.fields.get("title", "-"),
                value_label(status) if status else "-",
                # No priority: the dash of the other empty columns, not « P- » (r14 UI trial 2 #9).
                f"P{priority}"
                if (priority := v.fields.get("salvage_priority")) is not None
                else "-",
                translate("cli", "complete")
                if v.complete
                else translate("cli", "missing {count}").format(count=len(v.missing)),
            ]
        else:
            object_id = str(v.fields.get("object_id") or "")
            number = about.get(object_id, ("", ""))[0] or object_id[:8]
            cols = [
                v.record_id[:8],
                str(v.fields.get("observed_at", "-")).replace("T", " ", 1),
                value_label(v.fields["severity"]) if v.fields.get("severity") else "-",
                value_label(v.fields["urgency"]) if v.fields.get("urgency") else "-",
                number or v.fields.get("site", "-"),
            ]
        print("  ".join(F.terminal_text(c) for c in cols), file=ctx.out)
    if kind == F.OBJECT:
        ctx.say(translate("cli", "%n object(s).", "", len(views)))
    else:
        ctx.say(translate("cli", "%n damage report(s).", "", len(views)))
    return EXIT_OK


def cmd_object_list(ctx: Context) -> int:
    return _list(
        ctx,
        F.OBJECT,
        search=ctx.args.search,
        status=ctx.args.status,
        salvage_priority=ctx.args.priority,
        incomplete=ctx.args.incomplete,
        deleted_only=ctx.args.deleted,
    )


def cmd_damage_list(ctx: Context) -> int:
    with open_vault(ctx) as vault:
        object_id = Records(vault).resolve(ctx.args.object, F.OBJECT) if ctx.args.object else None
    return _list(
        ctx,
        F.DAMAGE,
        object_id=object_id,
        search=ctx.args.search,
        severity=ctx.args.severity,
        urgency=ctx.args.urgency,
        deleted_only=ctx.args.deleted,
    )


def cmd_damage_add(ctx: Context) -> int:
    values = json_input_fields(ctx)
    if ctx.args.object:
        values["object_id"] = ctx.args.object
    values.setdefault("observed_at", datetime.now().astimezone().isoformat(timespec="minutes"))
    with open_vault(ctx) as vault, interruptible() as cancel, printing(ctx, counts=False) as show:
        photos = _photos(ctx)
        view = Records(vault).create(F.DAMAGE, values, photos, cancel, show)
        _emit_id(ctx, view, "Added")
    return EXIT_OK


def cmd_import_csv(ctx: Context) -> int:
    from fieldkit.commands.csv_import import run_import_command

    return run_import_command(ctx)
