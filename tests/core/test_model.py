"""The learned layer (#15 item 3): reproducible from the repository, small, explained."""

from __future__ import annotations

import subprocess
import sys
from importlib.machinery import SourceFileLoader
from importlib.util import module_from_spec, spec_from_loader
from pathlib import Path
from types import ModuleType

from heed.core import model
from heed.core.detection import detect

ROOT = Path(__file__).resolve().parents[2]


def test_the_committed_weights_come_from_the_training_script() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "train-detector-model"), "--check"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_model_is_small_and_loads_without_downloading() -> None:
    path = ROOT / "src" / "heed" / "data" / model.RESOURCE
    assert path.stat().st_size < 2_000_000
    loaded = model.load()
    assert loaded is not None and len(loaded.weights) == model.SIZE


def test_scores_are_explained_in_words() -> None:
    loaded = model.load()
    assert loaded is not None
    score = loaded.score("Ich will keine SMS mehr von Ihnen")
    assert score.probability > 0.5
    assert score.explain().startswith("the model reads it as a request to stop (score ")


def test_the_model_only_sends_to_review_and_says_so() -> None:
    """Whatever the model says, it never applies an opt-out on its own; its evidence is named."""
    for text in ("Ik wil geen berichten meer", "Hör auf mir Memes zu schicken", "hello there"):
        detection = detect(text)
        first = detection.evidence[0] if detection.evidence else None
        from_model = first is not None and first.source == "model" and first.status == "used"
        if from_model:
            assert detection.action() == "review"
            assert "the model reads it" in detection.evidence[0].note


def _training_script() -> ModuleType:
    script = ROOT / "scripts" / "train-detector-model"
    loader = SourceFileLoader("train_detector_model", str(script))
    spec = spec_from_loader(loader.name, loader)
    assert spec is not None
    module = module_from_spec(spec)
    loader.exec_module(module)
    return module


def test_it_trains_on_the_spent_corpora_only() -> None:
    """A collected file joins training when its holdout has been measured and reported (round
    10: v7, v8, v9; round 11: v10; round 12: v11, v12; round 14: v13); a newer file stays unseen
    until someone names it here and in the script. v14-v20 are spent but were measured by
    leave-one-corpus-out and not taken (corpus README, "Model retrained on rounds 2-20")."""
    training = _training_script()
    names = [path.name for path in training.SPENT]
    assert names == ["collected.tsv"] + [f"collected-v{n}.tsv" for n in range(2, 14)]


def test_the_chat_turns_it_trains_on_weigh_more() -> None:
    """Round 10: the chat turns count ``CHAT_WEIGHT`` times, every other example once."""
    training = _training_script()
    data = training.examples(training.SPENT[:1])
    weights = {weight for _, _, weight in data}
    assert weights == {1.0, training.CHAT_WEIGHT} and training.CHAT_WEIGHT > 1
    assert all(label == 0 for _, label, weight in data if weight == training.CHAT_WEIGHT)
