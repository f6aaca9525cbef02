"""Use cases. Each public method is one transaction and takes and returns domain objects."""
