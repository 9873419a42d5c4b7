"""Who is in the demo: three shops, the demo logins, and buyers with names and addresses from seven countries."""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Shop:
    key: str  # main, second, third
    name: str
    return_address: str
    return_label_url: str
    language: str  # the language its people write internal notes in
    categories: tuple[str, ...]
    # storefront → weight of its orders there
    storefronts: tuple[tuple[str, float], ...]
    share: float  # its share of all orders


SHOPS = (
    Shop(
        key="main",
        name="Brückner Handelshaus GmbH",
        return_address="Brückner Handelshaus GmbH, Retourenabteilung, Am Logistikpark 7, 04435 Schkeuditz, Deutschland",
        return_label_url="https://retouren.brueckner-handelshaus.example/label",
        language="de",
        categories=("electronics", "home", "garden", "toys", "fashion"),
        storefronts=(("de", 5.0), ("at", 1.4), ("cz", 0.8), ("sk", 0.5), ("pl", 0.9), ("fr", 0.5), ("it", 0.5)),
        share=0.55,
    ),
    Shop(
        key="second",
        name="Domov & Zahrada Novák s.r.o.",
        return_address="Domov & Zahrada Novák s.r.o., Průmyslová 1428/12, 664 42 Modřice, Česko",
        return_label_url="https://vratky.domov-zahrada.example/stitek",
        language="cs",
        categories=("home", "garden", "toys"),
        storefronts=(("de", 2.0), ("at", 0.6), ("cz", 2.5), ("sk", 1.2), ("pl", 0.4)),
        share=0.27,
    ),
    Shop(
        key="third",
        name="Zabawkowo Kowalski sp. z o.o.",
        return_address="Zabawkowo Kowalski sp. z o.o., ul. Magazynowa 5, 62-080 Tarnowo Podgórne, Polska",
        return_label_url="https://zwroty.zabawkowo.example/etykieta",
        language="pl",
        categories=("toys", "fashion"),
        storefronts=(("de", 2.0), ("at", 0.4), ("cz", 0.5), ("pl", 2.2), ("it", 0.3)),
        share=0.18,
    ),
)


@dataclass(frozen=True, slots=True)
class Login:
    username: str
    role: str  # an accounts.models.Role value
    sees: str
    first_name: str
    last_name: str


DEMO_PASSWORD = "demo"  # noqa: S105 - the documented password of the local demo logins
LOGINS = (
    Login(
        "seller",
        "seller",
        "Seller portal of Brückner Handelshaus: tickets in every state, text modules",
        "Markus",
        "Brückner",
    ),
    Login(
        "seller2",
        "seller",
        "Seller portal of Domov & Zahrada Novák: only its own orders and tickets",
        "Petra",
        "Nováková",
    ),
    Login("buyer", "buyer", "Buyer portal of Lena Becker: orders from both shops and her tickets", "Lena", "Becker"),
    Login(
        "agent", "customer_service", "Customer-service console: tickets handed to CS, every ticket", "Julia", "Wagner"
    ),
    Login("admin", "operator", "Django admin (/admin/): storefronts, calendars, sellers, API keys", "Olaf", "Operator"),
)
DEMO_USERNAMES = tuple(login.username for login in LOGINS)

# How many of the buyers come from each country (the demo buyer Lena Becker is one of the de buyers).
BUYER_MIX = (("de", 18), ("at", 6), ("cz", 8), ("sk", 5), ("pl", 7), ("fr", 3), ("it", 3))

NAMES: dict[str, tuple[str, ...]] = {
    "de": (
        "Jonas Schmidt",
        "Sabine Müller",
        "Thomas Wagner",
        "Anna Fischer",
        "Michael Weber",
        "Julia Schneider",
        "Stefan Hoffmann",
        "Katrin Schulz",
        "Andreas Koch",
        "Laura Richter",
        "Tobias Klein",
        "Melanie Wolf",
        "Frank Neumann",
        "Sarah Schwarz",
        "Daniel Zimmermann",
        "Claudia Braun",
        "Lukas Krüger",
        "Nicole Hartmann",
        "Matthias Lange",
        "Petra Werner",
        "Florian Krause",
        "Heike Lehmann",
    ),
    "at": (
        "Florian Gruber",
        "Katharina Huber",
        "Lukas Bauer",
        "Elisabeth Wagner",
        "Markus Pichler",
        "Verena Moser",
        "Christoph Steiner",
        "Theresa Mayer",
    ),
    "cz": (
        "Tereza Nováková",
        "Jan Svoboda",
        "Petr Dvořák",
        "Lucie Černá",
        "Martin Procházka",
        "Kateřina Veselá",
        "Tomáš Horák",
        "Eva Kučerová",
        "Jakub Němec",
        "Veronika Marková",
    ),
    "sk": ("Marek Kováč", "Zuzana Horváthová", "Peter Varga", "Jana Tóthová", "Michal Baláž", "Lenka Nagyová"),
    "pl": (
        "Agnieszka Kowalczyk",
        "Piotr Wiśniewski",
        "Katarzyna Wójcik",
        "Tomasz Kamiński",
        "Magdalena Lewandowska",
        "Paweł Zieliński",
        "Joanna Szymańska",
        "Krzysztof Woźniak",
        "Marta Dąbrowska",
    ),
    "fr": ("Camille Dubois", "Nicolas Martin", "Léa Bernard", "Julien Moreau"),
    "it": ("Giulia Rossi", "Marco Russo", "Francesca Ferrari", "Luca Esposito"),
}

# postcode, city
CITIES: dict[str, tuple[tuple[str, str], ...]] = {
    "de": (
        ("10115", "Berlin"),
        ("20095", "Hamburg"),
        ("80331", "München"),
        ("50667", "Köln"),
        ("60311", "Frankfurt am Main"),
        ("70173", "Stuttgart"),
        ("04109", "Leipzig"),
        ("01067", "Dresden"),
        ("90402", "Nürnberg"),
        ("28195", "Bremen"),
        ("30159", "Hannover"),
        ("44135", "Dortmund"),
    ),
    "at": (("1010", "Wien"), ("8010", "Graz"), ("4020", "Linz"), ("5020", "Salzburg"), ("6020", "Innsbruck")),
    "cz": (("110 00", "Praha"), ("602 00", "Brno"), ("702 00", "Ostrava"), ("301 00", "Plzeň"), ("460 01", "Liberec")),
    "sk": (("811 01", "Bratislava"), ("040 01", "Košice"), ("010 01", "Žilina"), ("974 01", "Banská Bystrica")),
    "pl": (
        ("00-001", "Warszawa"),
        ("30-001", "Kraków"),
        ("50-001", "Wrocław"),
        ("60-001", "Poznań"),
        ("80-001", "Gdańsk"),
    ),
    "fr": (("75001", "Paris"), ("69001", "Lyon"), ("13001", "Marseille"), ("31000", "Toulouse")),
    "it": (("00118", "Roma"), ("20121", "Milano"), ("10121", "Torino"), ("40121", "Bologna")),
}

STREETS: dict[str, tuple[str, ...]] = {
    "de": ("Hauptstraße", "Bahnhofstraße", "Lindenweg", "Gartenstraße", "Schillerstraße", "Am Markt", "Birkenallee"),
    "at": ("Mariahilfer Straße", "Landstraße", "Kirchengasse", "Schulgasse", "Hauptplatz"),
    "cz": ("Masarykova", "Nádražní", "Husova", "Palackého", "Komenského", "Školní"),
    "sk": ("Hlavná", "Štúrova", "Hviezdoslavova", "Mierová", "Záhradnícka"),
    "pl": ("ul. Mickiewicza", "ul. Kościuszki", "ul. Słowackiego", "ul. Polna", "ul. Lipowa"),
    "fr": ("rue de la République", "avenue Victor Hugo", "rue Pasteur", "boulevard Voltaire"),
    "it": ("Via Roma", "Via Garibaldi", "Corso Italia", "Via Mazzini", "Via Dante"),
}

PHONE_PREFIX = {
    "de": "+49 15",
    "at": "+43 66",
    "cz": "+420 6",
    "sk": "+421 9",
    "pl": "+48 5",
    "fr": "+33 6",
    "it": "+39 3",
}
MAIL_DOMAINS = ("example.com", "example.org", "example.net")


@dataclass(frozen=True, slots=True)
class Person:
    first_name: str
    last_name: str
    country: str  # storefront code of their home
    email: str
    address: dict[str, str | None]

    @property
    def female(self) -> bool:
        # Enough for the names above: Czech and Polish texts need it for past tenses and forms of address.
        return self.first_name.endswith("a") or self.first_name in ("Lucie", "Camille", "Léa", "Elisabeth")


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower().replace(" ", "")


def address_for(rng: random.Random, first: str, last: str, country: str) -> dict[str, str | None]:
    postcode, city = rng.choice(CITIES[country])
    return {
        "first_name": first,
        "last_name": last,
        "company_name": None,
        "street": rng.choice(STREETS[country]),
        "house_number": str(rng.randint(1, 120)) + rng.choice(("", "", "", "a", "b")),
        "postcode": postcode,
        "additional_field": None,
        "city": city,
        "phone": f"{PHONE_PREFIX[country]}{rng.randrange(10**7, 10**8)}",
        "country": country.upper(),
    }


def people(rng: random.Random, count: int) -> list[Person]:
    """The demo buyer Lena Becker first, then `count - 1` buyers spread over the countries like BUYER_MIX."""
    total = sum(n for _, n in BUYER_MIX)
    wanted = {country: max(1, round(n * (count - 1) / total)) for country, n in BUYER_MIX}
    result = [Person("Lena", "Becker", "de", "lena.becker@example.com", address_for(rng, "Lena", "Becker", "de"))]
    emails = {result[0].email}
    while sum(wanted.values()) > count - 1:
        biggest = max(wanted, key=lambda country: wanted[country])
        wanted[biggest] -= 1
    wanted["de"] += max(0, count - 1 - sum(wanted.values()))
    for country, _ in BUYER_MIX:
        for full in rng.sample(NAMES[country], min(wanted[country], len(NAMES[country]))):
            first, last = full.split(" ", 1)
            email = f"{_ascii(first)}.{_ascii(last)}@{rng.choice(MAIL_DOMAINS)}"
            while email in emails:
                email = f"{_ascii(first)}.{_ascii(last)}{rng.randint(1, 99)}@{rng.choice(MAIL_DOMAINS)}"
            emails.add(email)
            result.append(Person(first, last, country, email, address_for(rng, first, last, country)))
    return result
