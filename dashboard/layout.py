"""A force layout for the network (Fruchterman–Reingold): linked actors pull together, all repel.

Deterministic (the start comes from the sorted ids), so a filter change moves nodes only as far
as the graph changed, and a test sees the same picture every time.
"""

from __future__ import annotations

import hashlib

import numpy as np


def _start(ids: list[str]) -> np.ndarray:
    """A reproducible spread of start positions in [-1, 1]², one per id."""
    points = []
    for node_id in ids:
        digest = hashlib.sha256(node_id.encode()).digest()
        points.append([int.from_bytes(digest[:4], "big") / 2**31 - 1, int.from_bytes(digest[4:8], "big") / 2**31 - 1])
    return np.array(points, dtype=float).reshape(len(ids), 2)


def force_layout(ids: list[str], edges: list[tuple[str, str, float]], iterations: int = 200) -> dict[str, tuple]:
    """Positions in [-1, 1]² for `ids`; `edges` are (a, b, weight), heavier edges pull harder."""
    n = len(ids)
    if n == 0:
        return {}
    if n == 1:
        return {ids[0]: (0.0, 0.0)}
    index = {node_id: i for i, node_id in enumerate(ids)}
    pos = _start(ids)
    weights = np.zeros((n, n))
    for a, b, weight in edges:
        if a in index and b in index and a != b:
            weights[index[a], index[b]] = weights[index[b], index[a]] = np.log1p(weight)
    k = 1.6 / np.sqrt(n)  # the ideal distance between nodes
    temperature = 0.25
    for _ in range(iterations):
        delta = pos[:, None, :] - pos[None, :, :]
        distance = np.maximum(np.linalg.norm(delta, axis=-1), 1e-3)
        repulsion = (k * k / distance**2)[..., None] * delta
        attraction = (weights * distance / k)[..., None] * delta
        gravity = 0.08 * pos  # keeps parts of the graph that touch nothing in view
        move = (repulsion - attraction).sum(axis=1) - gravity
        length = np.maximum(np.linalg.norm(move, axis=1, keepdims=True), 1e-9)
        pos += move / length * np.minimum(length, temperature)
        temperature *= 0.98
    pos -= pos.mean(axis=0)
    pos /= np.maximum(np.abs(pos).max(axis=0), 1e-9)  # each axis to [-1, 1]: the graph fills the chart
    return {node_id: (float(x), float(y)) for node_id, (x, y) in zip(ids, pos)}
