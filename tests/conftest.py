"""Suite-wide settings: commands run in-process unless a test asks for worker processes."""

import os

os.environ.setdefault("PARLEY_WORKERS", "1")  # `parley run`/`extract` default to all cores otherwise
