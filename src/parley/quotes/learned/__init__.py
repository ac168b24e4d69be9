"""The learned German quotation tagger: CRF features, labels, inference and linking."""
