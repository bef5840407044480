"""manage.py train_decision [SET …]: fit the keep/drop decision on labelled sets and write
places/extraction/decision.json (retrain whenever a rule or a feature changes)."""

from __future__ import annotations

import json
from pathlib import Path

from django.core.management.base import BaseCommand

from videos.management.commands.evaluate import DEFAULT_CORPUS, expand, labelled_sets


class Command(BaseCommand):
    help = "Learn the decision from labelled sets (default: real-dev, dev, eval holdouts)."

    def add_arguments(self, parser):
        parser.add_argument("sets", nargs="*", type=Path)
        parser.add_argument("--out", type=Path, help="default: the shipped decision.json")

    def handle(self, *args, sets: list[Path], out: Path | None, **options):
        from places.extraction.decision import MODEL_PATH
        from places.extraction.training import fit, log_loss

        data = labelled_sets(expand(sets or [Path(p) for p in DEFAULT_CORPUS]), self.stderr.write)
        videos = [v for vs in data.values() for v in vs]
        model = fit(videos)
        path = out or MODEL_PATH
        path.write_text(json.dumps(model.to_json(), indent=1) + "\n", encoding="utf-8")
        self.stdout.write(
            f"{path}: {len(model.names)} features, threshold {model.threshold:.3f}, "
            f"{len(videos)} videos from {len(data)} sets, training log-loss "
            f"{log_loss(model, videos):.3f} (a TRAINING figure; evaluate --cv gives held-out)"
        )
