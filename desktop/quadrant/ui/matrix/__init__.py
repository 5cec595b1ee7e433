"""The urgent/important matrix: list models, views and delegates."""
