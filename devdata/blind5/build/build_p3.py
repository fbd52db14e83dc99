"""Build part 3 (quotes): quotes/corpus.jsonl + quotes/gold.json."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import p3_quotes_a
import p3_quotes_b  # noqa: F401 (registers articles)

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "quotes")
STYLE = {"W1": "wire", "W2": "local", "W3": "translated", "W4": "translated", "W5": "feature",
         "W6": "radio", "W7": "translated", "W8": "local"}

def main():
    arts = p3_quotes_a.ART
    with open(os.path.join(OUT, "corpus.jsonl"), "w") as f:
        for i, a in enumerate(arts, 1):
            row = {"id": f"bq-{i:02d}", "source": a["source"], "published": a["published"], "title": a["title"], "text": a["text"]}
            if a["lang"]:
                row["original_language"] = a["lang"]
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    gold = []
    for i, a in enumerate(arts, 1):
        gold.append({"document": f"bq-{i:02d}", "writer": a["writer"], "style": STYLE[a["writer"]],
                     "quotes": a["quotes"], "claims": a["claims"]})
    with open(os.path.join(OUT, "gold.json"), "w") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, "writers.json"), "w") as f:
        json.dump(p3_quotes_a.WRITERS, f, ensure_ascii=False, indent=1)
    print(len(arts), "articles written")

if __name__ == "__main__":
    main()
