"""Shipped model artifacts (package data), e.g. ``quotes-de-crf``."""
