"""Checks of an installed Coordinator, run by ``packaging/check_dist.sh`` with the Python of a
fresh virtual environment holding the wheel (never the checkout's).

    python dist_checks.py installed CHECKOUT          the package is the wheel's, not CHECKOUT's
    python dist_checks.py unicode-client DB           a client with a Khmer, Vietnamese and
                                                      Chinese name and a consent for a facility
    python dist_checks.py discharged DB               a record number of a discharged client
    python dist_checks.py batch DB FOLDER             a batch of discharge summaries on 2 workers
    python dist_checks.py pdf FILE [--only-shipped]   fonts embedded and text of a packet
    python dist_checks.py shots A B [B2 …]            screenshot folders compared with A
    python dist_checks.py bundle WHEEL INTERNAL       the frozen app carries the wheel's data

Each prints what it found and exits non-zero when the check fails.
"""

from __future__ import annotations

import json
import os
import re
import sys
import unicodedata
import zipfile
from datetime import date, timedelta
from pathlib import Path

PASSWORD = "demo"
UNICODE_GIVEN = "ស្រីពេជ្រ សុខ · Nguyễn Thị Lan"
UNICODE_FAMILY = "王小明"
#: What the transfer summary's text must contain (NFC), whatever the layout around it.
EXPECTED_TEXT = ("Nguyễn Thị Lan", "王小明")
FACILITY = "Mekong Crossing Residential"
#: Pixels that may differ between two screenshots of one view, as a share of the image.
MAX_DIFFERENT = 0.001
#: How many pixels up or down a row of one screenshot may be found in the other.
SHIFT = 2


def fail(message: str) -> None:
    print(f"FAIL: {message}")
    raise SystemExit(1)


def services_for(db: str, username: str):  # type: ignore[no-untyped-def]
    from coordinator.services.app import open_services

    services, _backup = open_services(db)
    services.auth.login(username, PASSWORD)
    return services


def installed(checkout: str) -> None:
    import coordinator

    where = Path(coordinator.__file__).resolve()
    if Path(checkout).resolve() in where.parents:
        fail(f"coordinator was imported from the checkout ({where}), not the wheel")
    print(f"coordinator {coordinator.__version__} from {where.parent}")


def unicode_client(db: str) -> None:
    from coordinator.domain.clinical_dates import local_today
    from coordinator.domain.consent import Recipient, RevocationMethod, Signer
    from coordinator.services.consent_views import ConsentInput
    from coordinator.services.dto import ClientInput
    from coordinator.services.facilities import FacilityInput

    admin = services_for(db, "admin")
    try:
        facility = admin.facilities.create(FacilityInput(
            FACILITY, "residential", ("RES",), city="Portland", state="OR"))
    finally:
        admin.close()
    manager = services_for(db, "casemanager")
    try:
        client = manager.clients.create(ClientInput(UNICODE_GIVEN, UNICODE_FAMILY,
                                                    date(1988, 4, 17)))
        today = local_today()
        manager.consents.record(client.id, ConsentInput(
            recipient=Recipient(facility_id=facility.id),
            purpose="Continuity of care at transfer",
            information_description="Diagnoses, medications, levels of care",
            includes_part2=True, signed_by=Signer.CLIENT,
            signer_name=f"{UNICODE_GIVEN} {UNICODE_FAMILY}", signed_on=today,
            expires_on=today + timedelta(days=180), right_to_revoke_explained=True,
            revocation_method=RevocationMethod.IN_WRITING,
            revocation_contact="Privacy Officer"))
    finally:
        manager.close()
    print(json.dumps({"mrn": client.record_number, "facility": FACILITY}))


def _discharged(services, count: int) -> list[tuple[int, str]]:  # type: ignore[no-untyped-def]
    """Up to ``count`` (id, record number) of clients whose last episode has ended."""
    found: list[tuple[int, str]] = []
    for row in services.clients.search("", limit=200):
        episodes = services.episodes.episodes_of(row.id)
        if episodes and services.episodes.current_episode(row.id) is None:
            found.append((row.id, row.record_number))
            if len(found) == count:
                break
    return found


def discharged(db: str) -> None:
    services = services_for(db, "casemanager")
    try:
        found = _discharged(services, 1)
    finally:
        services.close()
    if not found:
        fail("the demo database has no discharged client")
    print(found[0][1])


def batch(db: str, folder: str) -> None:
    """Ten discharge summaries through the batch, which renders them in two worker
    processes started with "spawn" (as the app's Make packets does)."""
    from coordinator.services.packets import PacketRequest

    services = services_for(db, "casemanager")
    try:
        clients = _discharged(services, 10)
        if len(clients) < 8:
            fail(f"only {len(clients)} discharged clients for the batch")
        out = Path(folder)
        out.mkdir(parents=True, exist_ok=True)
        result = services.packets.save_batch(
            [PacketRequest.discharge(client_id) for client_id, _mrn in clients], out,
            workers=2)
    finally:
        services.close()
    if result.refused:
        fail(f"the batch refused {len(result.refused)}: {result.refused[0]}")
    small = [saved.path for saved in result.saved if Path(saved.path).stat().st_size < 10_000]
    if len(result.saved) != len(clients) or small:
        fail(f"the batch saved {len(result.saved)} of {len(clients)}; too small: {small}")
    print(f"{len(result.saved)} discharge summaries rendered by 2 worker processes")


def _postscript_name(path: Path, index: int = 0) -> str:
    from reportlab.pdfbase.ttfonts import TTFontFile

    name = TTFontFile(str(path), subfontIndex=index).name
    return name.decode() if isinstance(name, bytes) else str(name)


def _shipped_names() -> set[str]:
    """The PostScript names of the fonts shipped in the package (as the PDF names them)."""
    from coordinator import shipped

    return {_postscript_name(path)
            for path in (shipped.assets_folder() / shipped.FONTS).glob("*.ttf")}


def _cjk_choice(only_shipped: bool) -> str:
    """The PostScript name of the font this installation draws Chinese with (the first
    candidate ReportLab can read, as coordinator.reports.fonts chooses it); with
    ``only_shipped``, the shipped fallback (the last candidate)."""
    from reportlab.pdfbase.ttfonts import TTFError

    from coordinator.reports.fonts import cjk_candidates

    for path, index in cjk_candidates()[-1:] if only_shipped else cjk_candidates():
        try:
            return _postscript_name(path, index)
        except (OSError, TTFError):
            continue
    fail("no CJK font candidate can be read")
    raise AssertionError


def _embedded(reader) -> set[str]:  # type: ignore[no-untyped-def]
    """Base names (subset prefix removed) of the fonts whose files the PDF embeds."""
    names: set[str] = set()

    def visit(font) -> None:  # type: ignore[no-untyped-def]
        font = font.get_object()
        for descendant in font.get("/DescendantFonts", []):
            visit(descendant)
        descriptor = font.get("/FontDescriptor")
        if descriptor is not None:
            descriptor = descriptor.get_object()
            if any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")):
                name = str(descriptor["/FontName"]).lstrip("/").split("+", 1)[-1]
                # A face from a collection (.ttc) is named with its index: "Name-0".
                names.add(re.sub(r"-\d+$", "", name))

    for page in reader.pages:
        resources = page.get("/Resources")
        fonts = resources.get_object().get("/Font") if resources is not None else None
        for font in (fonts.get_object().values() if fonts is not None else ()):
            visit(font)
    return names


def pdf(path: str, only_shipped: bool) -> None:
    from pypdf import PdfReader

    reader = PdfReader(path)
    embedded = _embedded(reader)
    shipped = _shipped_names()
    cjk = _cjk_choice(only_shipped)
    print(f"{Path(path).name}: {len(reader.pages)} pages; fonts embedded: "
          f"{', '.join(sorted(embedded))}; CJK font here: {cjk}")
    missing = {"DejaVuSans", cjk} - embedded
    if not any(name.startswith("NotoSansKhmer") for name in embedded):
        missing.add("NotoSansKhmer")
    allowed = set(shipped) | ({cjk} if not only_shipped else set())
    foreign = embedded - allowed
    text = unicodedata.normalize("NFC", "\n".join(page.extract_text() for page in reader.pages))
    absent = [phrase for phrase in EXPECTED_TEXT if phrase not in text]
    if missing or foreign or absent:
        fail(f"fonts missing {sorted(missing)}, not shipped {sorted(foreign)}, "
             f"text missing {absent}")
    print(f"  fonts are the shipped ones{' only' if only_shipped else ''}"
          f"{'' if cjk in shipped else f' (CJK from the system: {cjk})'}; "
          f"text has {' and '.join(EXPECTED_TEXT)}")


def _different(first: Path, second: Path) -> tuple[str, float]:
    """How two screenshots of one view differ, in words, and the share of pixels that do.

    A row of pixels that has an equal row in the other image at most ``SHIFT`` rows away
    counts as matching: a window laid out one pixel lower (a label that got its text a
    moment later, on a busy machine) is the same window. A missing stylesheet, icon or
    font changes the rows themselves and is counted pixel by pixel.
    """
    from PySide6.QtGui import QImage

    one = QImage(str(first)).convertToFormat(QImage.Format.Format_ARGB32)
    two = QImage(str(second)).convertToFormat(QImage.Format.Format_ARGB32)
    if one.isNull() or two.isNull():
        return "unreadable", 1.0
    if one.size() != two.size():
        return (f"size {one.width()}x{one.height()} against {two.width()}x{two.height()}",
                1.0)
    width, height = one.width(), one.height()

    def rows(image: QImage) -> list[bytes]:
        data, stride = bytes(image.constBits()), image.bytesPerLine()
        return [data[row * stride:row * stride + width * 4] for row in range(height)]

    rows_one, rows_two = rows(one), rows(two)
    if rows_one == rows_two:
        return "identical", 0.0
    shifted = differing = 0
    for row in range(height):
        if rows_one[row] == rows_two[row]:
            continue
        nearby = range(max(0, row - SHIFT), min(height, row + SHIFT + 1))
        if any(rows_one[row] == rows_two[other] for other in nearby):
            shifted += 1
            continue
        line_one, line_two = rows_one[row], rows_two[row]
        differing += sum(line_one[x:x + 4] != line_two[x:x + 4]
                         for x in range(0, width * 4, 4))
    share = differing / (width * height)
    words = f"{differing} pixels differ ({share:.4%})" if differing else "the same pixels"
    if shifted:
        words += f"; {shifted} rows laid out up to {SHIFT} px apart"
    return words, share


def shots(reference: str, others: list[str]) -> None:
    """Every screenshot in ``reference`` against the same view in each of ``others``."""
    expected = sorted(path.name for path in Path(reference).glob("*.png"))
    if len(expected) < 10:
        fail(f"only {len(expected)} screenshots in {reference}")
    blank = [name for name in expected if (Path(reference) / name).stat().st_size < 5_000]
    if blank:
        fail(f"screenshots of under 5 kB (an empty window?): {blank}")
    failed = []
    for other in others:
        names = sorted(path.name for path in Path(other).glob("*.png"))
        if names != expected:
            failed.append(f"{other}: views {sorted(set(expected) ^ set(names))} are not in both")
        for name in sorted(set(expected) & set(names)):
            words, share = _different(Path(reference) / name, Path(other) / name)
            verdict = "ok" if share <= MAX_DIFFERENT else "DIFFERENT"
            print(f"  {Path(reference).name} vs {Path(other).name}  {name:34} {verdict}: "
                  f"{words}")
            if share > MAX_DIFFERENT:
                failed.append(f"{other}/{name}: {words}")
    if failed:
        fail("; ".join(failed))
    print(f"{len(expected)} views match across {len(others) + 1} builds")


def bundle(wheel: str, internal: str) -> None:
    """Every data file of the wheel's package (assets, migrations) is in the frozen app,
    and every translation in it is compiled (its .qm is what the app loads)."""
    with zipfile.ZipFile(wheel) as archive:
        data = [name for name in archive.namelist()
                if (name.startswith("coordinator/") and not name.endswith((".py", "/")))
                or name.startswith("coordinator/store/migrations/")]
    uncompiled = [name for name in data
                  if name.endswith(".ts") and f"{name.removesuffix('.ts')}.qm" not in data]
    if uncompiled:
        fail(f"translations without their compiled .qm in the wheel (make translations): "
             f"{uncompiled}")
    missing = [name for name in data if not (Path(internal) / name).is_file()]
    if missing:
        fail(f"{len(missing)} of the wheel's package files are not in the frozen app: "
             f"{missing[:5]}")
    print(f"the frozen app carries all {len(data)} package data files of the wheel")


def main(argv: list[str]) -> None:
    command, *args = argv
    if command == "installed":
        installed(args[0])
    elif command == "unicode-client":
        unicode_client(args[0])
    elif command == "discharged":
        discharged(args[0])
    elif command == "batch":
        batch(args[0], args[1])
    elif command == "pdf":
        pdf(args[0], "--only-shipped" in args[1:])
    elif command == "shots":
        shots(args[0], args[1:])
    elif command == "bundle":
        bundle(args[0], args[1])
    else:
        fail(f"unknown check {command}")


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    main(sys.argv[1:])
