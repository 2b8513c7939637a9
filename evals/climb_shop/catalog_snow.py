"""Ice and snow: crampons, traction spikes, ice axes and tools, avalanche gear, and the two
dangerous goods that may only travel by ground (bear spray, fuel canisters)."""
from catalog import HOLIDAY, Product, Variant as V
from catalog_gear import COL_WEIGHTS, PROBE_WEIGHTS

# Traction spike sizes by EU shoe size; the size guide prints the same rows.
SPIKE_SIZES = [("S", "36-39"), ("M", "39-42"), ("L", "42-45"), ("XL", "45-48")]
TRANSCEIVER_RANGE = {"pulse": 60, "scout": 50}


def ice():
    glacier = Product(
        "glacier-crampons", "Ironwood Glacier 12-Point Crampons", "Ironwood Mountain", "Ice & Snow > Crampons",
        "Sporting Goods > Outdoor Recreation > Climbing > Ice Climbing Tools",
        """<p>Steel 12-point crampons for glacier travel, snow couloirs and moderate alpine ice. Pick the
binding that matches your boots:</p>
<ul><li><strong>Strap:</strong> fits any boot, including approach shoes and B1 boots</li>
<li><strong>Hybrid:</strong> toe strap and heel lever, for B2 boots with a heel welt</li>
<li><strong>Automatic:</strong> toe bail and heel lever, for B3 boots with welts front and back</li></ul>
<ul><li><strong>Weight:</strong> 920 g per pair (Hybrid)</li><li><strong>Fits:</strong> EU 36-47 boots</li>
<li><strong>Anti-balling plates:</strong> included</li><li><strong>Certification:</strong> EN 893</li></ul>""",
        [V("IW-GLC-STR", "Strap", 179.95, {"pattern": "Strap"}),
         V("IW-GLC-HYB", "Hybrid", 199.95, {"pattern": "Hybrid"}),
         V("IW-GLC-AUT", "Automatic", 219.95, {"pattern": "Automatic"})], ship_weight_kg=1.3)
    vertical = Product(
        "vertical-crampons", "Ironwood Vertical Ice Crampons", "Ironwood Mountain", "Ice & Snow > Crampons",
        "Sporting Goods > Outdoor Recreation > Climbing > Ice Climbing Tools",
        """<p>Technical crampons for steep water ice and mixed climbing, with replaceable front points.
Automatic binding only: they need B3 boots.</p>
<ul><li><strong>Weight:</strong> 1,040 g per pair</li><li><strong>Front points:</strong> monopoint or dual point</li>
<li><strong>Certification:</strong> EN 893</li></ul>""",
        [V("IW-VRT-MONO", "Monopoint", 289.95, {"pattern": "Monopoint"}),
         V("IW-VRT-DUAL", "Dual Point", 289.95, {"pattern": "Dual Point"}, avail="out_of_stock")],
        ship_weight_kg=1.5)
    spike_rows = "".join(f"<tr><td>{s}</td><td>EU {r}</td></tr>" for s, r in SPIKE_SIZES)
    spikes = Product(
        "trail-spikes", "Ironwood Trail Traction Spikes", "Ironwood Mountain", "Ice & Snow > Traction",
        "Sporting Goods > Outdoor Recreation > Hiking > Hiking Traction Devices",
        f"""<p>Stainless steel spikes on an elastomer harness for icy approach trails and winter hiking.
Not a substitute for crampons on glaciers or steep snow.</p>
<ul><li><strong>Spikes:</strong> 12 x 10 mm stainless steel</li><li><strong>Weight:</strong> 390 g per pair (size M)</li></ul>
<table><thead><tr><th>Size</th><th>Shoe size</th></tr></thead><tbody>{spike_rows}</tbody></table>""",
        [V(f"IW-SPK-{s}", s, 69.95, {"size": s}) for s, _ in SPIKE_SIZES], ship_weight_kg=0.6)
    col_rows = "".join(f"<tr><td>{k}</td><td>{w} g</td></tr>" for k, w in COL_WEIGHTS.items())
    col = Product(
        "col-axe", "Ironwood Col Ice Axe", "Ironwood Mountain", "Ice & Snow > Ice Axes",
        "Sporting Goods > Outdoor Recreation > Climbing > Ice Climbing Tools",
        f"""<p>A classic straight-shaft mountaineering axe for glacier travel, self-arrest and snow climbs.
Steel head and spike, aluminium shaft.</p>
<table><thead><tr><th>Length</th><th>Weight</th></tr></thead><tbody>{col_rows}</tbody></table>
<ul><li><strong>Certification:</strong> EN 13089 Type 1 (B)</li><li><strong>Leash:</strong> sold separately</li></ul>""",
        [V("IW-COL-50", "50 cm", 119.95, {"size": "50 cm"}, weight_g=COL_WEIGHTS["50 cm"]),
         V("IW-COL-57", "57 cm", 119.95, {"size": "57 cm"}, weight_g=COL_WEIGHTS["57 cm"]),
         V("IW-COL-65", "65 cm", 119.95, {"size": "65 cm"}, weight_g=COL_WEIGHTS["65 cm"], avail="out_of_stock")],
        ship_weight_kg=0.8)
    spindrift = Product(
        "spindrift-tool", "Ironwood Spindrift Ice Tool", "Ironwood Mountain", "Ice & Snow > Ice Axes",
        "Sporting Goods > Outdoor Recreation > Climbing > Ice Climbing Tools",
        """<p>A curved technical tool for waterfall ice and mixed routes, with an adjustable grip rest and
a hammer. Sold singly or as a pair (one hammer, one adze).</p>
<ul><li><strong>Length:</strong> 50 cm</li><li><strong>Weight:</strong> 590 g per tool</li>
<li><strong>Certification:</strong> EN 13089 Type 2 (T) shaft and pick</li></ul>""",
        [V("IW-SPD-1", "Single", 289.95, {"size": "Single"}, weight_g=590),
         V("IW-SPD-PR", "Pair", 549.95, {"size": "Pair"}, weight_g=1180)], ship_weight_kg=1.6)
    return [glacier, vertical, spikes, col, spindrift]


def avalanche():
    pulse = Product(
        "pulse-transceiver", "Cornice Pulse 3 Avalanche Transceiver", "Cornice Safety", "Avalanche Safety > Transceivers",
        "Sporting Goods > Outdoor Recreation > Winter Sports & Activities > Avalanche Safety > Avalanche Beacons",
        f"""<p>A fast, intuitive three-antenna transceiver with multiple-burial marking and a group-check
mode. Our guides carry it.</p>
<ul><li><strong>Antennas:</strong> 3</li><li><strong>Maximum range:</strong> {TRANSCEIVER_RANGE['pulse']} m</li>
<li><strong>Search strip width:</strong> 50 m</li><li><strong>Frequency:</strong> 457 kHz</li>
<li><strong>Batteries:</strong> 3 x AAA alkaline (do not use lithium or rechargeable batteries)</li>
<li><strong>Weight:</strong> 210 g with batteries</li><li><strong>Standard:</strong> EN 300 718</li></ul>""",
        [V("CO-PULSE3", "Default Title", 499.95)], ship_weight_kg=0.6,
        highlights=["Three antennas, 60 m range", "Multiple-burial marking"])
    scout = Product(
        "scout-transceiver", "Cornice Scout Avalanche Transceiver", "Cornice Safety", "Avalanche Safety > Transceivers",
        "Sporting Goods > Outdoor Recreation > Winter Sports & Activities > Avalanche Safety > Avalanche Beacons",
        f"""<p>A simple three-antenna transceiver for recreational backcountry skiers.</p>
<ul><li><strong>Antennas:</strong> 3</li><li><strong>Maximum range:</strong> {TRANSCEIVER_RANGE['scout']} m</li>
<li><strong>Frequency:</strong> 457 kHz</li><li><strong>Batteries:</strong> 3 x AAA alkaline</li>
<li><strong>Weight:</strong> 198 g with batteries</li><li><strong>Standard:</strong> EN 300 718</li></ul>""",
        [V("CO-SCOUT", "Default Title", 379.95, avail="out_of_stock")], ship_weight_kg=0.6)
    probe_rows = "".join(f"<tr><td>{k}</td><td>{w} g</td></tr>" for k, w in PROBE_WEIGHTS.items())
    probe = Product(
        "carbon-probe", "Cornice Carbon Avalanche Probe", "Cornice Safety", "Avalanche Safety > Probes",
        "Sporting Goods > Outdoor Recreation > Winter Sports & Activities > Avalanche Safety > Avalanche Probes",
        f"""<p>A stiff carbon probe with a quick-lock cable and depth markings every centimetre.</p>
<table><thead><tr><th>Length</th><th>Weight</th></tr></thead><tbody>{probe_rows}</tbody></table>""",
        [V("CO-PRB-240", "240 cm", 99.95, {"size": "240 cm"}, weight_g=PROBE_WEIGHTS["240 cm"]),
         V("CO-PRB-280", "280 cm", 109.95, {"size": "280 cm"}, weight_g=PROBE_WEIGHTS["280 cm"]),
         V("CO-PRB-320", "320 cm", 124.95, {"size": "320 cm"}, weight_g=PROBE_WEIGHTS["320 cm"])],
        ship_weight_kg=0.5)
    shovel = Product(
        "ridge-shovel", "Cornice Ridge Avalanche Shovel", "Cornice Safety", "Avalanche Safety > Shovels",
        "Sporting Goods > Outdoor Recreation > Winter Sports & Activities > Avalanche Safety > Avalanche Shovels",
        """<p>An aluminium shovel with a telescoping shaft and a hoe mode for digging out a partner fast.</p>
<ul><li><strong>Blade:</strong> 27 x 23 cm aluminium</li><li><strong>Shaft:</strong> telescoping, 60-82 cm</li>
<li><strong>Weight:</strong> 640 g</li></ul>""",
        [V("CO-SHV-RED", "Red", 89.95, {"color": "Red"}), V("CO-SHV-YEL", "Yellow", 89.95, {"color": "Yellow"})],
        ship_weight_kg=1.0)
    kit = Product(
        "avalanche-kit", "Cornice Backcountry Avalanche Kit", "Cornice Safety", "Avalanche Safety > Kits",
        "Sporting Goods > Outdoor Recreation > Winter Sports & Activities > Avalanche Safety",
        """<p>Everything you need to carry in avalanche terrain, in one box.</p>
<h4>What's in the kit</h4><ul><li>Cornice Pulse 3 Avalanche Transceiver</li><li>Cornice Carbon Avalanche Probe, 280 cm</li>
<li>Cornice Ridge Avalanche Shovel (red)</li></ul>""",
        [V("CO-KIT-P3", "Default Title", 629.95, sale=(579.95, HOLIDAY))], bundle=True,
        custom_label="holiday-2026", ship_weight_kg=2.2)
    return [pulse, scout, probe, shovel, kit]


def dangerous_goods():
    spray = Product(
        "bear-spray", "Ursa Guard Bear Spray 325 g", "Ursa Guard", "Backcountry > Bear Safety",
        "Sporting Goods > Outdoor Recreation > Camping & Hiking > Camping Tools",
        """<p>Capsaicin bear deterrent with a belt holster. Registered for use in Canada.</p>
<ul><li><strong>Net weight:</strong> 325 g</li><li><strong>Spray range:</strong> 9 m</li><li><strong>Spray time:</strong> 7 seconds</li>
<li><strong>Shipping:</strong> ground only within Canada (see our shipping page); not shipped to the US</li></ul>""",
        [V("UG-BEAR-325", "Default Title", 54.95)], dangerous=True, ship_weight_kg=0.5,
        excluded=["Shopping_ads", "Display_ads"])
    fuel = Product(
        "fuel-canister", "Alpenflame Isobutane Fuel Canister", "Alpenflame", "Backcountry > Stove Fuel",
        "Sporting Goods > Outdoor Recreation > Camping & Hiking > Camp Cooking > Camping Stove Fuel",
        """<p>Isobutane-propane blend for canister stoves, for melting snow at high camps. Threaded
EN 417 valve.</p><ul><li><strong>Shipping:</strong> ground only within Canada; not shipped to the US</li></ul>""",
        [V("AF-FUEL-110", "110 g", 7.95, {"size": "110 g"}), V("AF-FUEL-230", "230 g", 10.95, {"size": "230 g"}),
         V("AF-FUEL-450", "450 g", 15.95, {"size": "450 g"})], dangerous=True, ship_weight_kg=0.7)
    return [spray, fuel]
