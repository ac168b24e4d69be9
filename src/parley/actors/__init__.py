"""Actors stage: dossiers, linking mentions to canonical actors, coreference for speakers.

Public API: ``parley.dossier.load_dossier``, ``parley.actors.linker.Linker`` and the
``actors.link`` pipeline component (``parley.actors.component``).
"""

from parley.actors import component  # noqa: F401  (registers actors.link)
