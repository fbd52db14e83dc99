"""Splits the set in two halves by id: odd ids are for development (dev/), even ids are held out (heldout/,
measure only). Run after build.py: python3 build/split.py"""

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent


def main() -> None:
    articles = [json.loads(line) for line in (HERE / "articles.jsonl").read_text().splitlines() if line]
    gold = json.loads((HERE / "gold.json").read_text())
    for part, keep in (("dev", 1), ("heldout", 0)):
        ids = {a["id"] for a in articles if int(a["id"].split("-")[1]) % 2 == keep}
        out = HERE / part
        out.mkdir(exist_ok=True)
        with open(out / "articles.jsonl", "w") as f:
            for a in articles:
                if a["id"] in ids:
                    f.write(json.dumps(a, ensure_ascii=False) + "\n")
        part_gold = {**gold, "documents": [d for d in gold["documents"] if d["document"] in ids]}
        (out / "gold.json").write_text(json.dumps(part_gold, ensure_ascii=False, indent=1) + "\n")
        print(part, len(ids))


if __name__ == "__main__":
    main()
