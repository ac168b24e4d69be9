"""Export stage: predictions for the evaluators, JSONL/CSV/Parquet/GraphML/DNA files."""
