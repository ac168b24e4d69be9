"""Web stage: ``parley serve`` — FastAPI app with server-rendered pages and a JSON API."""

from parley.web.app import create_app

__all__ = ["create_app"]
