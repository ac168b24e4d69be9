"""Training and evaluation code of parley (corpora, metrics, model training).

Installed alongside ``parley`` but never imported by pipeline components: only ``training/``
scripts, benchmarks and ``parley eval`` (lazily) use it.
"""
