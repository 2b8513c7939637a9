"""The shop's sources file: WooCommerce presets for the product and orders exports, the REST
customers JSON mapped with the mapping language, and the pages."""
from common import HEADER, HERE, SHOP, write_text

SOURCES = f"""{HEADER}
shop: "{SHOP}"
currency: NZD
sources:
  # WooCommerce > Products > Export (all columns, all products), as downloaded
  - {{kind: catalog, preset: woocommerce, path: store/wc-product-export-2-12-2026.csv}}
  # WebToffee "Order Export & Order Import for WooCommerce", default columns, with the
  # Shipment Tracking extension's meta column
  - {{kind: orders, preset: woocommerce, path: store/wc-order-export-2026-12-02.csv}}
  # GET /wp-json/wc/v3/customers?per_page=100, saved as JSON (no preset reads it: mapped here)
  - kind: customers
    path: store/customers.json
    fields:
      customer_id: id
      phone: billing.phone
      zip: billing.postcode
      address:
        line1: billing.address_1
        line2: billing.address_2
        city: billing.city
        state: billing.state
        zip: billing.postcode
        country: billing.country
  # the storefront's policy and help pages, saved as HTML or kept as Markdown
  - {{kind: documents, paths: ["store/pages/*.html", "store/pages/*.md"]}}
"""


def write() -> None:
    write_text(HERE / "sources.yaml", SOURCES)
