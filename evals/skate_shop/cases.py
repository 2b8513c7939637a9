"""All the suite's cases, category by category (the first tag of each case)."""
import cases_catalog
import cases_guard
import cases_orders
import cases_pages


def build():
    return cases_catalog.build() + cases_pages.build() + cases_orders.build() + cases_guard.build()
