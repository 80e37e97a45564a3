"""sumy's LexRank over a list of files, for scripts/bench.sh: the peer as its README shows it used.

    python3 scripts/peers/sumy_lexrank.py OUT_DIR < list-of-paths

Reads one path per line from stdin, summarises each file with sumy's LexRankSummarizer (English tokenizer,
stemmer and stopwords, 3 sentences) in this one process, and writes OUT_DIR/<file name>. Needs sumy and NLTK's
English punkt model (pip install sumy; python3 -m nltk.downloader punkt).
"""
import os
import sys

from sumy.nlp.stemmers import Stemmer
from sumy.nlp.tokenizers import Tokenizer
from sumy.parsers.plaintext import PlaintextParser
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.utils import get_stop_words

LANGUAGE = "english"
SENTENCES = 3


def main():
    out_dir = sys.argv[1]
    os.makedirs(out_dir, exist_ok=True)
    tokenizer = Tokenizer(LANGUAGE)
    summarizer = LexRankSummarizer(Stemmer(LANGUAGE))
    summarizer.stop_words = get_stop_words(LANGUAGE)
    for line in sys.stdin:
        path = line.rstrip("\n")
        if not path:
            continue
        with open(path, encoding="utf-8") as f:
            document = PlaintextParser.from_string(f.read(), tokenizer).document
        with open(os.path.join(out_dir, os.path.basename(path)), "w", encoding="utf-8") as f:
            for sentence in summarizer(document, SENTENCES):
                f.write(str(sentence) + "\n")


if __name__ == "__main__":
    main()
