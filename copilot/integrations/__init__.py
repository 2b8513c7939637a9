"""Adapters that put copilot's parts into other frameworks; each is imported only by those who use it."""
