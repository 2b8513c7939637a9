"""The shop's customers (WordPress users with the customer role, plus the owner and a shop manager
whom a users export lists too) and the guests who checked out without an account. All emails are
at example domains; phones are in Ofcom's and other regulators' ranges kept for drama."""

# key: (user id, first, last, email, phone, address_1, address_2, city, state, postcode, country, zone, registered)
CUSTOMERS = [
    ("fiona", 7, "Fiona", "MacLeod", "fiona.macleod@example.co.uk", "+44 7700 900311", "23 Ferry Road", "",
     "Edinburgh", "", "EH6 4AD", "GB", "uk", "2024-03-14 10:22:31"),
    ("callum", 11, "Callum", "Fraser", "callum.fraser@example.com", "07700 900452", "Flat 2/1",
     "88 Hyndland Road", "Glasgow", "", "G12 9UT", "GB", "uk", "2024-05-02 19:41:07"),
    ("aisha", 16, "Aisha", "Rahman", "aisha.rahman@example.org", "07700 900618", "41 Albion Road", "",
     "London", "", "N16 9PS", "GB", "uk", "2024-11-28 08:13:55"),
    ("tom", 19, "Tom", "Whitaker", "tom.whitaker@example.net", "+44 7700 900774", "7 Gillygate", "",
     "York", "", "YO31 7EA", "GB", "uk", "2025-01-09 21:02:18"),
    ("maggie", 23, "Margaret", "Doyle", "maggie.doyle@example.ie", "+353 85 555 0142", "12 Rathgar Avenue", "",
     "Dublin", "D", "D06 K2X8", "IE", "eu", "2025-02-17 12:30:44"),
    ("lukas", 26, "Lukas", "Becker", "lukas.becker@example.de", "+49 151 55501234", "Schellingstrasse 24", "",
     "München", "DE-BY", "80799", "DE", "eu", "2025-03-03 07:55:10"),
    ("sophie", 30, "Sophie", "Laurent", "sophie.laurent@example.fr", "+33 6 55 55 01 23", "18 rue Mercière", "",
     "Lyon", "", "69002", "FR", "eu", "2025-04-21 16:48:29"),
    ("eilidh", 34, "Eilidh", "Campbell", "eilidh.campbell@example.co.uk", "07700 900863", "5 Crown Circus", "",
     "Inverness", "", "IV2 3NH", "GB", "remote", "2025-05-30 11:17:02"),
    ("james", 38, "James", "O'Neill", "james.oneill@example.co.uk", "07700 900129", "60 Ormeau Road", "",
     "Belfast", "", "BT7 1DU", "GB", "remote", "2025-06-11 18:05:36"),
    ("priya", 41, "Priya", "Nair", "priya.nair@example.com", "07700 900547", "15 Burton Road", "",
     "Manchester", "", "M20 3ED", "GB", "uk", "2025-07-08 09:26:51"),
    ("hamish", 45, "Hamish", "Grant", "hamish.grant@example.co.uk", "+44 7700 900236", "9 Morningside Drive", "",
     "Edinburgh", "", "EH10 5LZ", "GB", "uk", "2025-08-19 14:39:12"),
    ("olivia", 48, "Olivia", "Bennett", "olivia.bennett@example.com", "07700 900981", "27 Cotham Hill", "",
     "Bristol", "", "BS6 6JY", "GB", "uk", "2025-09-24 20:11:45"),
    ("ethan", 52, "Ethan", "Cole", "ethan.cole@example.com", "+1 503 555 0148", "2140 NW Glisan St", "Apt 4",
     "Portland", "OR", "97210", "US", "world", "2025-10-02 03:44:19"),
    ("ruairidh", 57, "Ruairidh", "Munro", "ruairidh.munro@example.co.uk", "07700 900704", "Tigh na Mara",
     "Glendale", "Isle of Skye", "", "IV55 8WJ", "GB", "remote", "2026-01-15 13:58:27"),
    ("grace", 61, "Grace", "Thornton", "grace.thornton@example.com", "07700 900355", "3 Lansdown Crescent", "",
     "Bath", "", "BA1 5EX", "GB", "uk", "2026-04-06 10:09:33"),
]

# the owner and a shop manager: a users export lists every role, the sources file keeps customers
STAFF = [
    ("owner", 1, "Isla", "Drummond", "isla@thistleandbrim.co.uk", "", "", "", "", "", "", "", "", "2014-02-03 09:00:12",
     "administrator"),
    ("manager", 3, "Rory", "Baird", "rory@thistleandbrim.co.uk", "", "", "", "", "", "", "", "", "2019-08-12 15:20:40",
     "shop_manager"),
]

GUESTS = [
    ("harriet", "Harriet", "Lyle", "harriet.lyle@example.com", "07700 900412", "11 Marchmont Crescent", "",
     "Edinburgh", "", "EH9 1HN", "GB", "uk"),
    ("ben", "Ben", "Okafor", "ben.okafor@example.net", "07700 900588", "4 Ladbroke Grove", "",
     "London", "", "W11 3BQ", "GB", "uk"),
    ("marta", "Marta", "Silva", "marta.silva@example.pt", "+351 912 555 014", "Rua das Flores 72", "",
     "Porto", "", "4050-265", "PT", "eu"),
    ("kenji", "Kenji", "Watanabe", "kenji.watanabe@example.jp", "+81 90 5555 0199", "2-11-3 Jingumae", "",
     "Shibuya-ku", "JP13", "150-0001", "JP", "world"),
    ("chloe", "Chloe", "Dunn", "chloe.dunn@example.co.uk", "07700 900263", "19 Queen's Road", "",
     "Aberdeen", "", "AB15 4ZN", "GB", "uk"),
]

FIELDS = ["key", "user_id", "first", "last", "email", "phone", "address_1", "address_2", "city", "state",
          "postcode", "country", "zone", "registered"]


def people():
    out = {}
    for row in CUSTOMERS:
        d = dict(zip(FIELDS, row))
        d["guest"] = False
        d["role"] = "customer"
        out[d["key"]] = d
    for row in GUESTS:
        d = dict(zip(["key", "first", "last", "email", "phone", "address_1", "address_2", "city", "state",
                      "postcode", "country", "zone"], row))
        d["guest"] = True
        d["user_id"] = 0
        out[d["key"]] = d
    return out


def staff():
    out = []
    for row in STAFF:
        d = dict(zip(FIELDS + ["role"], row))
        d["guest"] = False
        out.append(d)
    return out
