"""A dependency-free tokenizer and sentence splitter (fallback and placeholder)."""

from __future__ import annotations

import re

from parley.model import Article, Sentence, Token
from parley.context import PipelineContext
from parley.registry import component

TOKEN_RE = re.compile(r"\w+(?:[-'’.]\w+)*|[^\w\s]", re.UNICODE)
SENT_END_RE = re.compile(r"(?<=[.!?…])[\"“”»«„]?\s+(?=[\"„“«»]?[A-ZÄÖÜ0-9])|\n+")


def split_sentences(text: str) -> list[Sentence]:
    sentences, start = [], 0
    for match in SENT_END_RE.finditer(text):
        end = match.start()
        if text[start:end].strip():
            sentences.append(Sentence(start, end))
        start = match.end()
    if text[start:].strip():
        sentences.append(Sentence(start, len(text.rstrip())))
    return sentences


def tokenize(doc: Article) -> Article:
    doc.sentences = split_sentences(doc.text)
    doc.tokens = []
    for index, sent in enumerate(doc.sentences):
        for match in TOKEN_RE.finditer(doc.text, sent.start, sent.end):
            doc.tokens.append(Token(match.start(), match.end(), match.group(), sent=index))
    return doc


class BasicTokenizer:
    name = "nlp.basic"

    def __call__(self, doc: Article) -> Article:
        return tokenize(doc)


@component("nlp.basic", requires=("text",), assigns=("sentences", "tokens"))
def make_basic(ctx: PipelineContext) -> BasicTokenizer:
    return BasicTokenizer()
