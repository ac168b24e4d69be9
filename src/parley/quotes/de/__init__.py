"""German quotation rules: quote marks, cue frames, speakers, content (``rules.GermanQuotes``)."""
