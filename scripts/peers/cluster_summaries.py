"""Story summaries of the Multi-News clusters by other summarisers, for scripts/eval-peers.sh.

    python3 scripts/peers/cluster_summaries.py CLUSTERS OUT_DIR WORDS

For each folder CLUSTERS/<id>/ (the articles of one event, <n>.txt, read in number order and joined), writes
OUT_DIR/<peer>/<id>.txt, one sentence per line, with each peer found:

- ots: Open Text Summarizer (Debian's `ots`), at the largest --ratio whose summary has at most WORDS words (at
  least --ratio=1); its lines are split into sentences here, at a . ! or ? before a capital, digit or quote;
  bytes of a UTF-8 character it cuts are dropped;
- sumy-lexrank, sumy-textrank: sumy's LexRankSummarizer and TextRankSummarizer (English tokenizer, stemmer and
  stopwords), when this Python can import sumy (pip install sumy; python3 -m nltk.downloader punkt).

The word budget is the rule Daybrief's own cluster summaries follow: the best-rated sentences in turn until the
next would pass WORDS words (at least one sentence), shown in document order. Prints the mean words per summary.
"""
import os
import re
import shutil
import subprocess
import sys

SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"'\u201d\u2019)]))\s+(?=[\"'\u201c\u2018(]?[A-Z0-9])")


def articles(cluster_dir):
    def order(name):
        stem = name[:-4]
        return (0, int(stem), "") if stem.isdigit() else (1, 0, stem)
    names = sorted((n for n in os.listdir(cluster_dir) if n.endswith(".txt")), key=order)
    texts = []
    for n in names:
        with open(os.path.join(cluster_dir, n), encoding="utf-8") as f:
            texts.append(f.read().strip())
    return "\n\n".join(texts) + "\n"


def words(text):
    return len(text.split())


def ots_summary(text, budget):
    def run(ratio):
        # OTS works on bytes and may cut a UTF-8 character: such bytes are dropped.
        out = subprocess.run(["ots", "--ratio=%d" % ratio], input=text.encode("utf-8"), capture_output=True,
                             check=True).stdout.decode("utf-8", errors="replace").replace("\ufffd", "")
        return [s.strip() for line in out.splitlines() for s in SENTENCE_END.split(line) if s.strip()]

    # From the ratio the budget suggests, up while the summary stays within it, else down until it does.
    ratio = max(1, min(100, 100 * budget // max(1, words(text))))
    best = run(ratio)
    if words(" ".join(best)) <= budget:
        while ratio < 100:
            more = run(ratio + 1)
            if words(" ".join(more)) > budget:
                break
            best, ratio = more, ratio + 1
    else:
        while ratio > 1 and words(" ".join(best)) > budget:
            ratio -= 1
            best = run(ratio)
    return best


def sumy_peers(budget):
    """sumy's summarisers by name, each a function of a text; none when sumy cannot be imported."""
    try:
        from sumy.nlp.stemmers import Stemmer
        from sumy.nlp.tokenizers import Tokenizer
        from sumy.parsers.plaintext import PlaintextParser
        from sumy.summarizers.lex_rank import LexRankSummarizer
        from sumy.summarizers.text_rank import TextRankSummarizer
        from sumy.utils import ItemsCount, get_stop_words
    except ImportError as e:
        print("sumy not importable by %s (%s): not compared" % (sys.executable, e), file=sys.stderr)
        return {}

    class WordBudget(ItemsCount):
        """The best-rated sentences (sumy passes them best first) until the next would pass the budget."""

        def __init__(self, budget):
            self._budget = budget

        def __call__(self, sequence):
            chosen, used = [], 0
            for info in sequence:
                w = words(str(info.sentence))
                if chosen and used + w > self._budget:
                    break
                chosen.append(info)
                used += w
            return chosen

    tokenizer = Tokenizer("english")
    peers = {}
    for name, cls in (("sumy-lexrank", LexRankSummarizer), ("sumy-textrank", TextRankSummarizer)):
        summarizer = cls(Stemmer("english"))
        summarizer.stop_words = get_stop_words("english")

        def run(text, summarizer=summarizer):
            document = PlaintextParser.from_string(text, tokenizer).document
            return [str(s) for s in summarizer(document, WordBudget(budget))]
        peers[name] = run
    return peers


def main():
    clusters, out_dir, budget = sys.argv[1], sys.argv[2], int(sys.argv[3])
    peers = {}
    if shutil.which("ots"):
        peers["ots"] = lambda text: ots_summary(text, budget)
    else:
        print("ots not installed (apt-get install ots): not compared", file=sys.stderr)
    peers.update(sumy_peers(budget))
    ids = sorted(d for d in os.listdir(clusters) if os.path.isdir(os.path.join(clusters, d)))
    for name, summarize in peers.items():
        os.makedirs(os.path.join(out_dir, name), exist_ok=True)
        total = 0
        for cid in ids:
            sentences = [" ".join(s.split()) for s in summarize(articles(os.path.join(clusters, cid)))]
            total += sum(words(s) for s in sentences)
            with open(os.path.join(out_dir, name, cid + ".txt"), "w", encoding="utf-8") as f:
                f.write("".join(s + "\n" for s in sentences))
        print("%s: %d summaries, %.1f words on average" % (name, len(ids), total / max(1, len(ids))))


if __name__ == "__main__":
    main()
