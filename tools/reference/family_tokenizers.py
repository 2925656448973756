"""Deterministic small tokenizers for the tiny family fixtures (make_family_fixtures.py).

Every tokenizer is trained on the same corpus: the distinct STS-B test+dev sentences plus the
non-blank hand-written cases of hard_cases.py. Training is deterministic:
  - byte-level BPE: huggingface/tokenizers' BpeTrainer (its alphabet is the fixed 256-byte table, the
    merges are ranked by count then pair id; checked by training twice),
  - WordPiece: built here (tokenizers' WordPieceTrainer orders its alphabet by hash-map iteration,
    which changes from run to run),
  - sentencepiece Unigram: the sentencepiece trainer with one thread and no sentence sampling.
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from collections import Counter

import sentencepiece as spm
from tokenizers import ByteLevelBPETokenizer, normalizers, pre_tokenizers

# ----------------------------------------------------------------------------------------------
# Byte-level BPE (RoBERTa)
# ----------------------------------------------------------------------------------------------

ROBERTA_SPECIALS = ["<s>", "<pad>", "</s>", "<unk>"]


def train_bytelevel_bpe(corpus, vocab_size, out_dir):
    """Writes vocab.json + merges.txt like roberta-base: <s> 0, <pad> 1, </s> 2, <unk> 3, ...,
    <mask> last."""
    results = []
    for attempt in range(2):
        tok = ByteLevelBPETokenizer()
        tok.train_from_iterator(corpus, vocab_size=vocab_size - 1, min_frequency=2,
                                special_tokens=ROBERTA_SPECIALS, show_progress=False)
        with tempfile.TemporaryDirectory() as d:
            tok.save_model(d)
            with open(os.path.join(d, "vocab.json"), encoding="utf-8") as f:
                vocab = json.load(f)
            with open(os.path.join(d, "merges.txt"), encoding="utf-8") as f:
                merges = f.read()
        results.append((vocab, merges))
    assert results[0] == results[1], "byte-level BPE training is not deterministic"
    vocab, merges = results[0]
    assert [vocab[t] for t in ROBERTA_SPECIALS] == [0, 1, 2, 3]
    vocab["<mask>"] = len(vocab)
    assert sorted(vocab.values()) == list(range(len(vocab)))
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, "vocab.json"), "w", encoding="utf-8") as f:
        json.dump(vocab, f, ensure_ascii=False, separators=(",", ":"))
    with open(os.path.join(out_dir, "merges.txt"), "w", encoding="utf-8") as f:
        f.write(merges)
    return os.path.join(out_dir, "vocab.json"), os.path.join(out_dir, "merges.txt")


# ----------------------------------------------------------------------------------------------
# WordPiece (BERT, DistilBERT, ELECTRA, MPNet)
# ----------------------------------------------------------------------------------------------

def build_wordpiece_vocab(corpus, vocab_size, specials, lowercase, tail=()):
    """Frequency-based WordPiece vocabulary: specials, every character seen at least twice (bare
    and as ##c), then whole words and word prefixes / ##suffixes by count (ties alphabetical).
    Characters seen once are left out on purpose so that [UNK] words occur."""
    norm = normalizers.BertNormalizer(clean_text=True, handle_chinese_chars=True, strip_accents=None,
                                      lowercase=lowercase)
    pre = pre_tokenizers.BertPreTokenizer()
    words = Counter()
    for text in corpus:
        for w, _ in pre.pre_tokenize_str(norm.normalize_str(text)):
            words[w] += 1
    chars = Counter()
    for w, c in words.items():
        for ch in w:
            chars[ch] += c
    vocab, seen = [], set()

    def add(t):
        if t not in seen and len(vocab) < vocab_size - len(tail):
            seen.add(t)
            vocab.append(t)

    for t in specials:
        add(t)
    kept_chars = sorted((ch for ch, c in chars.items() if c >= 2), key=lambda ch: (-chars[ch], ch))
    for ch in kept_chars:
        add(ch)
    for ch in kept_chars:
        add("##" + ch)
    pieces = Counter()
    for w, c in words.items():
        if len(w) < 2:
            continue
        for k in range(2, min(len(w), 7)):
            pieces[w[:k]] += c
            pieces["##" + w[-k:]] += c
    whole = [w for w, c in sorted(words.items(), key=lambda kv: (-kv[1], kv[0])) if c >= 2 and len(w) > 1]
    parts = [p for p, c in sorted(pieces.items(), key=lambda kv: (-kv[1], kv[0])) if c >= 3]
    i = j = 0
    while len(vocab) < vocab_size - len(tail) and (i < len(whole) or j < len(parts)):
        if i < len(whole):
            add(whole[i])
            i += 1
        if j < len(parts):
            add(parts[j])
            j += 1
    for t in tail:
        assert t not in seen
        vocab.append(t)
    assert len(vocab) == vocab_size, (len(vocab), vocab_size)
    return vocab


def write_vocab_txt(path, vocab):
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(vocab) + "\n")
    return path


# ----------------------------------------------------------------------------------------------
# sentencepiece Unigram (XLM-R, CamemBERT, DeBERTa-v2/v3, ALBERT)
# ----------------------------------------------------------------------------------------------

def albert_preprocess(text):
    """What the ALBERT tokenizer does before sentencepiece (so the ALBERT model is trained on it)."""
    text = " ".join(text.split()).replace("``", '"').replace("''", '"')
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.lower()


# A small user-defined normalization (instead of nmt_nfkc's 237 KB charsmap) for the ALBERT model.
# The fast ALBERT normalizer runs NFKD + StripAccents + Lowercase before Precompiled, so the rules
# target what survives those: tab/newline -> space, letters NFKD leaves alone, typographic
# punctuation, a deletion (U+200B), and multi-code-point entries. Rust's Precompiled looks a whole
# grapheme up only when it is shorter than 6 UTF-8 bytes, otherwise code point by code point:
# "\r\n" (one 2-byte grapheme) uses its own entry (a lone "\r" has none and stays), while the
# Hangul jamo sequences (6 and 9 bytes) are never recomposed by the fast tokenizer but are by
# sentencepiece.
ALBERT_RULES = [
    ("9", "20"), ("A", "20"), ("D A", "20"),
    ("DF", "73 73"), ("E6", "61 65"), ("F8", "6F"), ("111", "64"), ("142", "6C"), ("131", "69"),
    ("2018", "27"), ("2019", "27"), ("201C", "22"), ("201D", "22"), ("2013", "2D"), ("2014", "2D"),
    ("3001", "2C"), ("3002", "2E"), ("200B", ""),
    ("1100 1161", "AC00"), ("1112 1161 11AB", "D55C"), ("1100 116E 11A8", "AD6D"),
]


def train_unigram(lines, out_path, vocab_size, normalization, **ids):
    """Trains a sentencepiece Unigram model in a scratch folder (file names inside the model proto
    are fixed, so the output bytes depend only on the inputs). normalization: a rule name such as
    "nmt_nfkc" / "identity", or a list of (source hex code points, target hex code points) rules.
    ids: unk_id/bos_id/eos_id/pad_id and *_piece, control_symbols, user_defined_symbols."""
    with tempfile.TemporaryDirectory(prefix="el-spm-") as d:
        with open(os.path.join(d, "corpus.txt"), "w", encoding="utf-8") as f:
            for line in lines:
                line = " ".join(line.split())
                if line:
                    f.write(line + "\n")
        if isinstance(normalization, str):
            norm = dict(normalization_rule_name=normalization)
        else:
            with open(os.path.join(d, "rules.tsv"), "w", encoding="ascii") as f:
                f.write("".join(f"{src}\t{dst}\n" for src, dst in normalization))
            norm = dict(normalization_rule_tsv="rules.tsv")
        # Run the trainer in a child process: it logs to stderr and keeps global state.
        args = dict(input="corpus.txt", model_prefix="spm", vocab_size=vocab_size, model_type="unigram",
                    num_threads=1, shuffle_input_sentence=False, input_sentence_size=0,
                    max_sentence_length=20000, minloglevel=2, **norm, **ids)
        code = ("import sentencepiece as spm, json, sys; "
                "spm.SentencePieceTrainer.train(**json.loads(sys.argv[1]))")
        subprocess.run([sys.executable, "-c", code, json.dumps(args)], cwd=d, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.copyfile(os.path.join(d, "spm.model"), out_path)
    sp = spm.SentencePieceProcessor(model_file=out_path)
    assert sp.get_piece_size() == vocab_size
    return out_path


def spm_pieces(path, n):
    sp = spm.SentencePieceProcessor(model_file=path)
    return [sp.id_to_piece(i) for i in range(n)]
