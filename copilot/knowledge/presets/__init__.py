"""Platform presets: mappings of common store exports, in the sources file's own mapping language."""
