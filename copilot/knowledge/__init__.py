"""Reading a shop's knowledge: the sources file, records in any layout, catalogs, documents."""
