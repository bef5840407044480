"""Seed the curated gazetteer from a CSV or GeoJSON file of places."""

from __future__ import annotations

import csv
import json
import math
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from places.curation import PlaceRow, places_import

ALIAS_SEPARATORS = ("|", ";")


class Command(BaseCommand):
    help = (
        "Import curated places (verified; the extraction gazetteer matches them) from a CSV "
        "with columns name, aliases, category, address, lat, lng[, region] (aliases separated "
        "by | or ;) or a GeoJSON FeatureCollection of Points with the same properties. "
        "Idempotent: a place already known is updated, not duplicated."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument(
            "--format", choices=("csv", "geojson"), help="default: from the file name"
        )

    def handle(self, *args, file: Path, format: str | None, **options):
        rows = read_rows(file, format)
        result = places_import(rows=rows)
        self.stdout.write(
            self.style.SUCCESS(
                f"{len(rows)} places read: {result.created} created, {result.updated} updated, "
                f"{result.unchanged} unchanged."
            )
        )


def read_rows(path: Path, fmt: str | None) -> list[PlaceRow]:
    if not path.is_file():
        raise CommandError(f"No such file: {path}")
    fmt = fmt or ("geojson" if path.suffix.lower() in (".geojson", ".json") else "csv")
    raw = _read_geojson(path) if fmt == "geojson" else _read_csv(path)
    rows, errors = [], []
    for where, record in raw:
        try:
            rows.append(_row(record))
        except ValueError as exc:
            errors.append(f"{where}: {exc}")
    if errors:
        # All or nothing: a half-imported file is harder to fix than a refused one.
        raise CommandError("Nothing imported; fix these rows first:\n" + "\n".join(errors))
    return rows


def _read_csv(path: Path):
    with path.open(newline="", encoding="utf-8-sig") as fh:
        reader = csv.DictReader(fh)
        if not reader.fieldnames or "name" not in [f.strip().lower() for f in reader.fieldnames]:
            raise CommandError("The CSV needs a header row with at least a `name` column")
        for line, record in enumerate(reader, start=2):
            yield f"line {line}", {(k or "").strip().lower(): v for k, v in record.items()}


def _read_geojson(path: Path):
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except ValueError as exc:
        raise CommandError(f"Not valid JSON: {exc}") from None
    features = data.get("features") if data.get("type") == "FeatureCollection" else [data]
    if not isinstance(features, list):
        raise CommandError("Expected a GeoJSON FeatureCollection")
    for i, feature in enumerate(features, start=1):
        if not isinstance(feature, dict) or feature.get("type") != "Feature":
            yield f"feature {i}", {"_error": "not a GeoJSON Feature"}
            continue
        record = dict(feature.get("properties") or {})
        geometry = feature.get("geometry")
        if geometry:
            coords = geometry.get("coordinates") if geometry.get("type") == "Point" else None
            if not isinstance(coords, list) or len(coords) < 2:
                record["_error"] = "geometry must be a Point"
            else:
                record["lng"], record["lat"] = coords[0], coords[1]  # RFC 7946: lon, lat
        yield f"feature {i}", record


def _text(record: dict, key: str) -> str:
    value = record.get(key)
    return "" if value is None else str(value).strip()


def _number(record: dict, key: str, limit: float) -> float | None:
    value = record.get(key)
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ValueError(f"{key} is not a number: {value!r}") from None
    if not math.isfinite(number) or abs(number) > limit:
        raise ValueError(f"{key} is out of range: {value!r}")
    return number


def _aliases(value) -> tuple[str, ...]:
    if isinstance(value, list):
        items = [str(v) for v in value]
    else:
        text = "" if value is None else str(value)
        for sep in ALIAS_SEPARATORS[1:]:
            text = text.replace(sep, ALIAS_SEPARATORS[0])
        items = text.split(ALIAS_SEPARATORS[0])
    return tuple(dict.fromkeys(a.strip() for a in items if a.strip()))


def _row(record: dict) -> PlaceRow:
    if record.get("_error"):
        raise ValueError(record["_error"])
    name = _text(record, "name")
    if not name:
        raise ValueError("name is empty")
    lat, lng = _number(record, "lat", 90), _number(record, "lng", 180)
    if (lat is None) != (lng is None):
        raise ValueError("give both lat and lng, or neither")
    return PlaceRow(
        name=name[:255],
        aliases=_aliases(record.get("aliases")),
        category=_text(record, "category")[:32],
        address=_text(record, "address")[:500],
        lat=lat,
        lng=lng,
        region=_text(record, "region")[:100],
    )
