"""The learned position stage's linear models as a small numpy artifact (no scikit-learn at runtime).

Feature strings are hashed (CRC-32); the artifact keeps only the hashes of features seen in at
least a few training units and their weights, so it holds no text. Three models:

* issue model: one logistic regression per trained issue over text + issue features;
* generic issue model: one logistic regression over the issue features only, shared by all issues
  (used for dossier issues without training data);
* stance model: a multinomial logistic regression over text + stance features.
"""

from __future__ import annotations

import hashlib
import json
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

WEIGHTS = "weights.npz"
META = "meta.json"


def feature_hash(name: str) -> int:
    return zlib.crc32(name.encode("utf-8"))


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-x))


@dataclass
class LinearModels:
    issues: list[str]
    stances: list[str]
    hashes: np.ndarray  # uint32, sorted: the feature vocabulary
    issue_w: np.ndarray  # [V, n_issues]
    issue_b: np.ndarray  # [n_issues]
    generic_w: np.ndarray  # [V]
    generic_b: float
    stance_w: np.ndarray  # [V, n_stances]
    stance_b: np.ndarray  # [n_stances]
    meta: dict[str, Any] = field(default_factory=dict)
    _rows: dict[int, int] = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        self._rows = {int(h): i for i, h in enumerate(self.hashes)}

    # -- encoding --------------------------------------------------------------------------------
    def encode(self, feats: dict[str, float]) -> tuple[np.ndarray, np.ndarray]:
        """Row indices and values of the known features."""
        idx, val = [], []
        for name, value in feats.items():
            row = self._rows.get(feature_hash(name))
            if row is not None:
                idx.append(row)
                val.append(value)
        return np.asarray(idx, dtype=np.int64), np.asarray(val, dtype=np.float32)

    # -- scoring ---------------------------------------------------------------------------------
    def issue_probability(self, text: tuple[np.ndarray, np.ndarray], own: tuple[np.ndarray, np.ndarray],
                          issue: str) -> float:
        """P(the unit states a position on ``issue``); issues without training data use the generic model."""
        if issue in self.issues:
            k = self.issues.index(issue)
            score = self.issue_b[k] + self.issue_w[text[0], k] @ text[1] + self.issue_w[own[0], k] @ own[1]
        else:
            score = self.generic_b + self.generic_w[own[0]] @ own[1]
        return float(_sigmoid(np.asarray(score)))

    def stance_probabilities(self, text: tuple[np.ndarray, np.ndarray],
                             own: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
        scores = self.stance_b + text[1] @ self.stance_w[text[0]] + own[1] @ self.stance_w[own[0]]
        scores = np.exp(scores - scores.max())
        return scores / scores.sum()

    # -- storage ---------------------------------------------------------------------------------
    def save(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(
            directory / WEIGHTS, hashes=self.hashes.astype(np.uint32),
            issue_w=self.issue_w.astype(np.float16), issue_b=self.issue_b.astype(np.float32),
            generic_w=self.generic_w.astype(np.float16), generic_b=np.float32(self.generic_b),
            stance_w=self.stance_w.astype(np.float16), stance_b=self.stance_b.astype(np.float32),
        )
        meta = {**self.meta, "issues": self.issues, "stances": self.stances}
        (directory / META).write_text(json.dumps(meta, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, directory: Path) -> LinearModels:
        meta = json.loads((directory / META).read_text(encoding="utf-8"))
        meta["sha256"] = hashlib.sha256((directory / WEIGHTS).read_bytes()).hexdigest()
        with np.load(directory / WEIGHTS) as z:
            return cls(
                issues=list(meta["issues"]), stances=list(meta["stances"]), hashes=z["hashes"],
                issue_w=z["issue_w"].astype(np.float32), issue_b=z["issue_b"],
                generic_w=z["generic_w"].astype(np.float32), generic_b=float(z["generic_b"]),
                stance_w=z["stance_w"].astype(np.float32), stance_b=z["stance_b"], meta=meta,
            )
