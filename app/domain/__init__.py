"""Domain vocabulary: enums, partial dates, value objects and validation. Imports nothing of ours."""
