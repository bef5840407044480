"""ASR plumbing with a tiny randomly initialised Whisper saved to a temp folder (offline).

Its words are noise; what is checked is that the real loading code runs and timestamped
`asr` segments come out."""

import json
import logging
import os

import pytest

from tests.videos.media.clips import bundle
from videos.pipeline import asr
from videos.pipeline.sources import LocalBundleSource


def test_not_configured_is_passed_over_with_a_log_line(settings, tmp_path, caplog):
    settings.PIND_ASR_MODEL = None
    with caplog.at_level(logging.INFO):
        assert asr.transcribe(LocalBundleSource(root=tmp_path), None, workdir=tmp_path) is None
    assert "PIND_ASR_MODEL is not set" in caplog.text


def _byte_vocab():
    bs = list(range(ord("!"), ord("~") + 1)) + list(range(ord("¡"), ord("¬") + 1))
    bs += list(range(ord("®"), ord("ÿ") + 1))
    cs, n = bs[:], 0
    for b in range(256):
        if b not in bs:
            bs.append(b)
            cs.append(256 + n)
            n += 1
    return [chr(c) for c in cs]


def _tiny_whisper(folder):
    torch = pytest.importorskip("torch")
    transformers = pytest.importorskip("transformers")
    pytest.importorskip("librosa")
    from transformers import (
        GenerationConfig,
        WhisperConfig,
        WhisperFeatureExtractor,
        WhisperForConditionalGeneration,
        WhisperProcessor,
        WhisperTokenizer,
    )

    vocab = {tok: i for i, tok in enumerate(_byte_vocab())}
    special = ["<|endoftext|>", "<|startoftranscript|>", "<|en|>", "<|ko|>", "<|translate|>",
               "<|transcribe|>", "<|startoflm|>", "<|startofprev|>", "<|nocaptions|>",
               "<|notimestamps|>"]  # fmt: skip
    special += [f"<|{i * 0.02:.2f}|>" for i in range(1501)]
    for tok in special:
        vocab[tok] = len(vocab)
    (folder / "vocab.json").write_text(json.dumps(vocab))
    (folder / "merges.txt").write_text("#version: 0.2\n")
    tokenizer = WhisperTokenizer(
        str(folder / "vocab.json"), str(folder / "merges.txt"), unk_token="<|endoftext|>",
        bos_token="<|endoftext|>", eos_token="<|endoftext|>", pad_token="<|endoftext|>",
    )  # fmt: skip
    tokenizer.add_special_tokens({"additional_special_tokens": special[1:]})
    ids = tokenizer.convert_tokens_to_ids
    config = WhisperConfig(
        vocab_size=len(vocab), num_mel_bins=80, d_model=16, encoder_layers=1,
        decoder_layers=1, encoder_attention_heads=2, decoder_attention_heads=2,
        encoder_ffn_dim=16, decoder_ffn_dim=16, max_source_positions=1500,
        max_target_positions=64, pad_token_id=ids("<|endoftext|>"),
        bos_token_id=ids("<|endoftext|>"), eos_token_id=ids("<|endoftext|>"),
        decoder_start_token_id=ids("<|startoftranscript|>"),
    )  # fmt: skip
    torch.manual_seed(0)
    model = WhisperForConditionalGeneration(config)
    model.generation_config = GenerationConfig(
        decoder_start_token_id=ids("<|startoftranscript|>"),
        eos_token_id=ids("<|endoftext|>"),
        pad_token_id=ids("<|endoftext|>"),
        no_timestamps_token_id=ids("<|notimestamps|>"),
        lang_to_id={"<|en|>": ids("<|en|>"), "<|ko|>": ids("<|ko|>")},
        task_to_id={"transcribe": ids("<|transcribe|>"), "translate": ids("<|translate|>")},
        is_multilingual=True,
        max_initial_timestamp_index=50,
        max_length=24,
        begin_suppress_tokens=[],
        suppress_tokens=[],
    )
    model.save_pretrained(folder)
    WhisperProcessor(WhisperFeatureExtractor(feature_size=80), tokenizer).save_pretrained(folder)
    assert transformers


@pytest.mark.ml
def test_tiny_whisper_gives_timestamped_asr_segments(settings, tmp_path, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    model_dir = tmp_path / "whisper"
    model_dir.mkdir()
    _tiny_whisper(model_dir)
    settings.PIND_ASR_MODEL = str(model_dir)
    root = tmp_path / "bundles"
    folder = bundle(root, "speechclip1", [(1, None)] * 3, language="ko")
    # A tone as the soundtrack: the plumbing, not the words, is under test.
    video = folder / "speechclip1.mp4"
    os.rename(video, folder / "silent.mp4")
    import subprocess

    subprocess.run(
        ["ffmpeg", "-loglevel", "error", "-i", str(folder / "silent.mp4"), "-f", "lavfi",
         "-i", "sine=frequency=440:duration=3", "-shortest", "-c:v", "copy", "-c:a", "aac",
         str(video)],
        check=True,
    )  # fmt: skip
    source = LocalBundleSource(root=root)
    workdir = tmp_path / "work"
    workdir.mkdir()

    result = asr.transcribe(source, source.fetch_info("speechclip1"), workdir=workdir)

    assert result is not None and result.kind == "asr" and result.language == "ko"
    assert result.segments
    for segment in result.segments:
        assert segment.source == "asr"
        assert 0.0 <= segment.start_s <= segment.end_s <= 3.1
