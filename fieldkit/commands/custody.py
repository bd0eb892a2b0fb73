"""Chain-of-custody commands (SPEC §11): `location add|list`, `container add|list|show`,
`move ITEM... --to …`, `move receive`, `move show`, `where`, `handover create|accept|list`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from fieldkit.cli import Context, common_options
from fieldkit.commands.options import (
    actions,
    emit_written,
    flag,
    json_fields,
    json_file_option,
    json_input_fields,
    subcommand,
)
from fieldkit.commands.vault import open_vault
from fieldkit.errors import EXIT_OK, UsageError
from fieldkit.i18n import isolate, join_list, labelled, ltr, translate
from fieldkit.records import custody_queries as C
from fieldkit.records import fields as F
from fieldkit.records.custody import Custody
from fieldkit.records.custody_derive import party_field
from fieldkit.records.custody_handovers import handovers
from fieldkit.records.custody_terms import CUSTODY_TERMS
from fieldkit.records.service import Records, RecordView
from fieldkit.records.vocabularies import MOVEMENT_REASONS
from fieldkit.records.vocabulary_labels import value_label
from fieldkit.vault.database import Connection


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    no_json = common_options(with_json=False)
    for kind, help_text, add_help, list_help in (
        (
            F.LOCATION,
            translate(
                "help", "locations: buildings, rooms, shelves, temporary stores (with codes)"
            ),
            translate("help", "add a location from JSON"),
            translate("help", "list locations"),
        ),
        (
            F.CONTAINER,
            translate("help", "containers: crates, boxes, rolls, bags, pallets (with codes)"),
            translate("help", "add a container from JSON"),
            translate("help", "list containers"),
        ),
    ):
        psub = actions(sub, kind, help_text)
        json_file_option(subcommand(psub, "add", no_json, add_help, cmd_add, kind=kind))
        subcommand(psub, "list", common, list_help, cmd_list, kind=kind)
        if kind == F.CONTAINER:
            _container_show_parser(psub, common)

    # `move ITEM... --to X` and `move receive|show MOVEMENT`: one parser, the first word decides
    # (argparse cannot mix a list of items with sub-commands).
    p = subcommand(
        sub,
        "move",
        common,
        translate(
            "help",
            "move items (depart), `move receive MOVEMENT [ITEM...] [--all]`, `move show MOVEMENT`, "
            "`move cancel MOVEMENT` (a departure recorded by mistake, while nothing was received)",
        ),
        cmd_move,
    )
    p.add_argument("items", nargs="+", metavar="ITEM")
    p.add_argument(
        "--to", metavar="LOCATION|CONTAINER", help=translate("help", "where the items go")
    )
    p.add_argument("--from", dest="from_location", metavar="LOCATION")
    p.add_argument("--reason", choices=MOVEMENT_REASONS)
    _details_option(p, translate("help", "further fields as a JSON object"))
    flag(p, "--planned", translate("help", "plan it; it departs later"))
    p.add_argument(
        "--move",
        dest="take_out",
        action="store_true",
        help=translate("help", "(packing) take items out of the container they are in"),
    )
    flag(p, "--all", translate("help", "(receive) everything expected arrived"))
    flag(
        p,
        "--found",
        translate("help", "(receive --all) items recorded missing were found: mark them arrived"),
    )
    flag(p, "--dry-run", translate("help", "(receive) show the reconciliation; write nothing"))

    p = subcommand(
        sub, "where", common, translate("help", "where an object or container is now"), cmd_where
    )
    p.add_argument("item", metavar="ITEM")

    transfers = translate("help", "custody transfers, accepted by the receiver")
    hsub = actions(sub, "handover", transfers)
    p = subcommand(
        hsub, "create", common, translate("help", "hand items over to someone"), cmd_handover_create
    )
    p.add_argument("items", nargs="+", metavar="ITEM")
    p.add_argument("--to", required=True, metavar="FILE.fkid|FINGERPRINT")
    _details_option(p, translate("help", "further fields as a JSON object"))
    p = subcommand(
        hsub,
        "accept",
        common,
        translate("help", "accept a handover addressed to you"),
        cmd_handover_accept,
    )
    p.add_argument("handover", metavar="HANDOVER")
    _details_option(p, translate("help", "acceptance_notes, accepted_at (JSON)"))
    subcommand(hsub, "list", common, translate("help", "list handovers"), cmd_handover_list)


def _container_show_parser(psub: Any, common: argparse.ArgumentParser) -> None:
    p = subcommand(
        psub,
        "show",
        common,
        translate("help", "a container: where it is, what it holds, its movements"),
        cmd_container_show,
    )
    # The --json keys are a contract once written: documented here, where `--help` shows them.
    p.description = translate(
        "help",
        "Show a container (id, 8+ hex prefix or code): its fields, where it is now, its "
        "contents in inventory order with their status, and its movements, newest first. "
        "--json: the container's record as `container list` gives it, and "
        '"where" (as `fieldkit where --json`), "contents" (a list of {"id", "number", "title", '
        '"status", "deleted"}) and "movements" (newest first, a list of {"id", "state", '
        '"reason", "from", "to", "departed_at", "received_at", "missing"}; "missing": the '
        "container was not found at that reception). Keys may be added.",
    )
    p.add_argument("container", metavar="CONTAINER")


def _details_option(parser: argparse.ArgumentParser, help_text: str) -> None:
    parser.add_argument("--details", metavar="FILE|-", help=help_text)


def _details(ctx: Context) -> dict[str, Any]:
    if not getattr(ctx.args, "details", None):
        return {}
    return json_fields(ctx.args.details)


def _items(n: int) -> str:
    return translate("cli", "%n item(s)", "", n)


def _code(text: str) -> str:
    """A code as printed: terminal-safe, kept left to right inside an Arabic sentence."""
    return ltr(F.terminal_text(text))


def _code_or_id(db: Connection, record_id: str | None) -> str:
    place = C.place(db, record_id)
    if place is None:
        return "—"
    return _code(place.code or place.id[:8])


def _item_label(db: Connection, item_id: str) -> str:
    row = db.execute(
        "SELECT inventory_number, title FROM records WHERE record_id = ?", (item_id,)
    ).fetchone()
    if row is None:
        return item_id[:8] + " " + translate("cli", "(not in this vault)")
    number = _code(str(row[0] or item_id[:8]))
    return f"{number} {isolate(F.terminal_text(row[1]))}" if row[1] else number


def cmd_add(ctx: Context) -> int:
    values = json_input_fields(ctx)
    with open_vault(ctx) as vault:
        view = Records(vault).create(ctx.args.kind, values)
    if not emit_written(ctx, view.record_id, view.head_rev, ctx.args.json_file is not None):
        added = (
            translate("cli", "Added location {code}.")
            if ctx.args.kind == F.LOCATION
            else translate("cli", "Added container {code}.")
        )
        ctx.say(added.format(code=_code(view.fields["code"])))
    return EXIT_OK


def cmd_list(ctx: Context) -> int:
    with open_vault(ctx) as vault:
        views = Records(vault).list(ctx.args.kind)
        if ctx.json:
            ctx.emit([v.to_json() for v in views])
            return EXIT_OK
        for v in views:
            f = v.fields
            text = f.get("name") or f.get("description") or ""
            kind = _term(str(f["kind"])) if f.get("kind") else ""
            line = "  ".join(p for p in (f["code"], kind, str(text)) if p)
            if ctx.args.kind == F.CONTAINER:
                inside = len(C.contents(vault.db, v.record_id))
                line += f"  ({_items(inside)})"
            print(F.terminal_text(line), file=ctx.out)
        total = (
            translate("cli", "%n location(s).", "", len(views))
            if ctx.args.kind == F.LOCATION
            else translate("cli", "%n container(s).", "", len(views))
        )
        ctx.say(total)
    return EXIT_OK


def cmd_move(ctx: Context) -> int:
    words = ctx.args.items
    if ctx.args.dry_run and words[0] != "receive":
        raise UsageError(translate("cli", "--dry-run goes with `fieldkit move receive`."))
    if words[0] in ("receive", "show", "cancel"):
        if len(words) < 2:
            raise UsageError(
                translate("cli", "Give the movement: fieldkit move {action} MOVEMENT.").format(
                    action=words[0]
                )
            )
        if words[0] == "show":
            if len(words) > 2:
                raise UsageError(translate("cli", "fieldkit move show takes one movement."))
            return _move_show(ctx, words[1])
        if words[0] == "cancel":
            if len(words) > 2:
                raise UsageError(translate("cli", "fieldkit move cancel takes one movement."))
            return _move_cancel(ctx, words[1])
        return _move_receive(ctx, words[1], words[2:])
    if not ctx.args.to:
        raise UsageError(
            translate("cli", "Say where the items go: --to LOCATION or --to CONTAINER.")
        )
    with open_vault(ctx) as vault:
        chain = Custody(Records(vault))
        from_location = (
            chain.records.resolve(ctx.args.from_location, F.LOCATION)
            if ctx.args.from_location
            else None
        )
        view = chain.move(
            words,
            ctx.args.to,
            from_location=from_location,
            reason=ctx.args.reason,
            details=_details(ctx),
            depart=not ctx.args.planned,
            take_out=ctx.args.take_out,
        )
        if emit_written(ctx, view.record_id, view.head_rev, ctx.json):
            return EXIT_OK
        status = C.movement_status(vault.db, view.record_id)
        n = len(status.items)
        if status.state == "planned":
            ctx.say(translate("cli", "Planned the movement of %n item(s).", "", n))
        elif status.state == "in_transit":
            departed = translate(
                "cli",
                "%n item(s) departed ({with_contents} with the contents of containers); "
                "in transit until received.",
                "",
                n,
            )
            ctx.say(departed.format(with_contents=_items(len(status.expected))))
        else:
            packed = translate("cli", "Packed %n item(s) into {container}.", "", n)
            ctx.say(packed.format(container=_code_or_id(vault.db, view.fields["to_container"])))
            # Said, as the app asks: a destroyed object was packed with no word (r13 #13).
            gone = C.destroyed_or_deleted(vault.db, status.items)
            if gone:
                warning = translate(
                    "cli",
                    "Note: %n of them recorded destroyed or deleted ({items}); check their status.",
                    "",
                    len(gone),
                )
                ctx.say(warning.format(items=", ".join(_code_or_id(vault.db, c) for c in gone)))
    return EXIT_OK


def _move_receive(ctx: Context, movement: str, items: list[str]) -> int:
    if not items and not ctx.args.all:
        raise UsageError(
            translate(
                "cli", "Give what arrived (ITEM... as codes, inventory numbers or ids) or --all."
            )
        )
    with open_vault(ctx) as vault:
        chain = Custody(Records(vault))
        before = C.movement_status(vault.db, chain.records.resolve(movement, F.MOVEMENT))
        # --dry-run: what the reception would write (the same reconciliation), not written.
        # --all refuses to mark items recorded missing arrived unless --found (the core's rule).
        status = chain.receive(
            movement,
            items,
            everything=ctx.args.all,
            found=ctx.args.found,
            dry_run=ctx.args.dry_run,
        )
        if ctx.json:
            ctx.emit(status.to_json())
            return EXIT_OK
        _print_reconciliation(ctx, vault.db, status)
        # Said, not done silently: a reception written again turned items recorded missing
        # into arrived ones (r13 trial #2).
        for item in C.found_again(before, status):
            line = translate("cli", "recorded missing, now received: {item}")
            print("  " + line.format(item=_item_label(vault.db, item)), file=ctx.out)
        if ctx.args.dry_run:
            ctx.say(translate("cli", "Dry run: nothing was written."))
    return EXIT_OK


def _print_reconciliation(ctx: Context, db: Connection, status: C.MovementStatus) -> None:
    counts = translate(
        "cli", "expected {expected}, received {received}, missing {missing}, extra {extra}"
    )
    print(
        counts.format(
            expected=len(status.expected),
            received=len(status.received),
            missing=len(status.missing),
            extra=len(status.extra),
        ),
        file=ctx.out,
    )
    for label, ids in (
        (translate("cli", "missing: {item}"), status.missing),
        (translate("cli", "extra: {item}"), status.extra),
        (translate("cli", "not in its container: {item}"), status.outside),
    ):
        for item in ids:
            print("  " + label.format(item=_item_label(db, item)), file=ctx.out)


def _move_cancel(ctx: Context, movement: str) -> int:
    with open_vault(ctx) as vault:
        done = Custody(Records(vault)).cancel_departure(movement)
        if ctx.json:
            ctx.emit(
                {
                    "id": done.movement,
                    "cancelled": True,
                    "items": [w.to_json() for w in done.back.values()],
                }
            )
            return EXIT_OK
        for item, w in done.back.items():
            label = _item_label(vault.db, item)
            if w.in_transit or w.missing:
                # Back on the road (or missing) as an earlier movement left it: said as `where`.
                text = translate("cli", "{field}: {value}").format(
                    field=label, value=_where_lines(w)[0]
                )
            elif w.location is not None:
                place = _code(f"{w.location.code} {w.location.name}".strip())
                text = translate("cli", "{item}: back at {place}").format(item=label, place=place)
            else:
                text = translate("cli", "{item}: no place recorded before this departure").format(
                    item=label
                )
            print(text, file=ctx.out)
        ctx.say(
            translate(
                "cli",
                "Departure cancelled: the movement is deleted; its history keeps it.",
            )
        )
    return EXIT_OK


def _move_show(ctx: Context, movement: str) -> int:
    with open_vault(ctx) as vault:
        records = Records(vault)
        view = records.get(movement, F.MOVEMENT)
        status = C.movement_status(vault.db, view.record_id)
        if ctx.json:
            ctx.emit(status.to_json())
            return EXIT_OK
        f, db, out = status.fields, vault.db, ctx.out
        print(labelled(translate("cli", "id"), ltr(view.record_id), isolated=True), file=out)
        # Codes shown with their vocabulary labels ("in_transit" → "En transit"); --json: codes.
        state = _term(status.state)
        print(translate("cli", "state: {state}").format(state=state), file=out)
        reason = _term(f.get("reason") or "")
        print(translate("cli", "reason: {reason}").format(reason=reason), file=out)
        source = _code_or_id(db, f.get("from_location"))
        print(translate("cli", "from: {place}").format(place=source), file=out)
        dest = f.get("to_location") or f.get("to_container")
        print(translate("cli", "to: {place}").format(place=_code_or_id(db, dest)), file=out)
        line = translate("cli", "{field}: {value}")
        for name in ("departed_at", "moved_by", "authorised_by", "received_at", "received_by"):
            if f.get(name):
                # The field's label in the user's language, lower case as the lines around it.
                label = translate("fields", F.FIELDS[F.MOVEMENT][name].label)
                field = label[:1].lower() + label[1:]
                value = isolate(F.terminal_text(f[name]))
                print(line.format(field=field, value=value), file=out)
        print(translate("cli", "items:"), file=out)
        for item in status.items:
            print(f"  {_item_label(db, item)}", file=out)
        if status.state == "received":
            _print_reconciliation(ctx, db, status)
    return EXIT_OK


def _term(code: str) -> str:
    """A custody code's label in the current language; an unknown code is shown as it is."""
    label = CUSTODY_TERMS.get(code)
    return translate("custody", label) if label else code.replace("_", " ")


def _where_lines(w: C.Where) -> list[str]:
    """Where an item is now, as `fieldkit where` says it: one line each for its place (or
    transit, or missing), its container and its custodian."""
    lines = []
    if w.missing:
        lines.append(translate("cli", "MISSING: not found at its last reception"))
    elif w.in_transit:
        dest = w.destination.code if w.destination else "?"
        lines.append(translate("cli", "in transit to {place}").format(place=_code(dest)))
    else:
        loc = w.location
        if loc is None:
            # Never placed by a movement: « location: — » read as a blank left by mistake.
            lines.append(translate("cli", "location: not recorded"))
        else:
            place = _code(f"{loc.code} {loc.name}".strip())
            lines.append(translate("cli", "location: {place}").format(place=place))
    if w.container is not None:
        code = _code(w.container.code)
        lines.append(translate("cli", "container: {code}").format(code=code))
    if w.custodian is not None:
        name = F.terminal_text(w.custodian.name or "?")
        custodian = translate("cli", "custodian: {name} ({fingerprint})")
        lines.append(custodian.format(name=name, fingerprint=ltr(w.custodian.fingerprint[:16])))
    return lines


def cmd_container_show(ctx: Context) -> int:
    with open_vault(ctx) as vault:
        db = vault.db
        view = Records(vault).get(ctx.args.container, F.CONTAINER)
        box = view.record_id
        w = C.where(db, box)
        inside = C.contents(db, box)  # natural inventory order, as the app lists a crate
        statuses = C.shown_statuses(db, inside)
        deleted = C.deleted_inside(db, inside)
        # Newest first: what happened to the crate last is what a reader looks for.
        moves = list(reversed(C.movements_for(db, box)))
        if ctx.json:
            data = view.to_json()
            data["where"] = w.to_json()
            data["contents"] = [_content_json(db, item, statuses, deleted) for item in inside]
            data["movements"] = [_movement_json(m, box) for m in moves]
            ctx.emit(data)
            return EXIT_OK
        out, f = ctx.out, view.fields
        for name in ("code", "kind", "description", "handling", "notes"):
            value = f.get(name)
            if not value:
                continue
            if name == "kind":
                value = _term(str(value))
            elif name == "handling":
                value = join_list(_term(str(v)) for v in value) if isinstance(value, list) else ""
            label = translate("fields", F.FIELDS[F.CONTAINER][name].label)
            print(labelled(label, F.terminal_text(str(value))), file=out)
        for text in _where_lines(w):
            print(text, file=out)
        print(translate("cli", "contents: %n item(s)", "", len(inside)), file=out)
        for item in inside:
            if item in deleted:
                state = translate("custody", C.DELETED_INSIDE)
            else:
                state = value_label(statuses[item]) if item in statuses else ""
            text = _item_label(db, item)
            print("  " + (f"{text} — {isolate(state)}" if state else text), file=out)
        print(translate("cli", "movements: %n", "", len(moves)), file=out)
        for m in moves:
            print("  " + _movement_line(db, m, box), file=out)
    return EXIT_OK


def _content_json(
    db: Connection, item: str, statuses: dict[str, str], deleted: set[str]
) -> dict[str, Any]:
    shown = C.place(db, item)
    return {
        "id": item,
        "number": shown.code if shown is not None else "",
        "title": shown.name if shown is not None else "",
        "status": statuses.get(item),
        "deleted": item in deleted,
    }


def _movement_json(m: C.MovementStatus, box: str) -> dict[str, Any]:
    f = m.fields
    return {
        "id": m.id,
        "state": m.state,
        "reason": f.get("reason"),
        "from": f.get("from_location"),
        "to": f.get("to_location") or f.get("to_container"),
        "departed_at": f.get("departed_at"),
        "received_at": f.get("received_at"),
        "missing": box in m.missing,
    }


def _movement_line(db: Connection, m: C.MovementStatus, box: str) -> str:
    """One movement of a container: its id's first digits (for `move show`), its state, where
    it went, why, when it left and arrived, and whether the container was missing there."""
    f = m.fields
    to = translate("cli", "to: {place}").format(
        place=_code_or_id(db, f.get("to_location") or f.get("to_container"))
    )
    parts = [ltr(m.id[:8]), _term(m.state), to, _term(f.get("reason") or "")]
    line = translate("cli", "{field}: {value}")
    for name in ("departed_at", "received_at"):
        if f.get(name):
            label = translate("fields", F.FIELDS[F.MOVEMENT][name].label)
            field = label[:1].lower() + label[1:]
            parts.append(line.format(field=field, value=isolate(F.terminal_text(f[name]))))
    if box in m.missing:
        parts.append(translate("cli", "MISSING at this reception"))
    return "  ".join(p for p in parts if p)


def cmd_where(ctx: Context) -> int:
    with open_vault(ctx) as vault:
        records = Records(vault)
        # Also a deleted object a crate still holds, by its label's number (r14 trial 2 #2).
        item = Custody(records).resolve_where(ctx.args.item)
        w = C.where(vault.db, item)
        # Deleted on another laptop while packed here (r13 review #7): said, with what to do.
        deleted = bool(C.deleted_inside(vault.db, [item]))
        if ctx.json:
            data = w.to_json()
            if deleted:
                data["deleted"] = True
            ctx.emit(data)
            return EXIT_OK
        out = ctx.out
        print(_item_label(vault.db, item), file=out)
        if deleted:
            print(translate("custody", C.DELETED_INSIDE), file=out)
        for text in _where_lines(w):
            print(text, file=out)
    return EXIT_OK


def cmd_handover_create(ctx: Context) -> int:
    from fieldkit.identity.card import read_card_file

    to: Any = ctx.args.to
    if to.endswith(".fkid") or Path(to).is_file():
        to = read_card_file(Path(to))
    with open_vault(ctx) as vault:
        view = Custody(Records(vault)).hand_over(ctx.args.items, to, _details(ctx))
    _emit(ctx, view, translate("cli", "Handover recorded; it waits for the receiver's acceptance."))
    return EXIT_OK


def cmd_handover_accept(ctx: Context) -> int:
    with open_vault(ctx) as vault:
        state = Custody(Records(vault)).accept(ctx.args.handover, _details(ctx))
    if ctx.json:
        ctx.emit(state.to_json())
    else:
        print(state.id, file=ctx.out)
        ctx.say(
            translate(
                "cli", "Accepted, signed with your key. Send it back in a bundle to the giver."
            )
        )
    return EXIT_OK


def _emit(ctx: Context, view: RecordView, message: str) -> None:
    if not emit_written(ctx, view.record_id, view.head_rev, ctx.json):
        ctx.say(message)


def cmd_handover_list(ctx: Context) -> int:
    with open_vault(ctx) as vault:
        records = Records(vault)
        found = handovers(vault.db, records.identity.fingerprint)
        if ctx.json:
            ctx.emit([h.to_json() for h in found])
            return EXIT_OK
        for h in found:
            f = h.fields
            to = party_field(f, "to_party", "name") or "?"
            if h.accepted:
                state = translate("cli", "accepted")
            elif h.waiting_for_me:
                state = translate("cli", "WAITING FOR YOU")
            else:
                state = translate("cli", "waiting")
            whom = translate("cli", "to {name}").format(name=to)
            items = _items(len(f.get("items") or []))
            line = f"{h.id[:8]}  {f.get('handed_at', '')}  {whom}  {items}  {state}"
            print(F.terminal_text(line), file=ctx.out)
        ctx.say(translate("cli", "%n handover(s).", "", len(found)))
    return EXIT_OK
