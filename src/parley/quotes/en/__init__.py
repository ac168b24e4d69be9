"""English quotation rules: quote marks, parse, clauses (``rules.EnglishQuotes``)."""
