"""The panes the navigator switches between."""
