"""The demo catalogue: product titles per category and language, prices and shipping rates per currency."""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True, slots=True)
class Product:
    category: str
    eur_min: int  # whole euros
    eur_max: int
    bulky: int  # 0 letter/small parcel, 1 parcel, 2 freight
    titles: tuple[str, str, str, str]  # de, cs, pl, en
    flags: frozenset[str] = frozenset()  # powered (can fail to switch on), assembly (comes in parts)

    def title(self, language: str) -> str:
        return self.titles[("de", "cs", "pl", "en").index(language)]


_BULKY = {"small": 0, "parcel": 1, "freight": 2}

# category, price range in whole euros, parcel size, flags; then the title in de, cs, pl and en.
_TABLE = """
electronics 29-79 small powered
    Bluetooth-In-Ear-Kopfhörer mit Ladecase, schwarz
    Bezdrátová sluchátka do uší s nabíjecím pouzdrem, černá
    Słuchawki douszne Bluetooth z etui ładującym, czarne
    Wireless in-ear headphones with charging case, black
electronics 19-39 small powered
    Powerbank 20.000 mAh USB-C PD 22,5 W
    Powerbanka 20 000 mAh USB-C PD 22,5 W
    Powerbank 20 000 mAh USB-C PD 22,5 W
    Power bank 20,000 mAh USB-C PD 22.5 W
electronics 249-449 parcel powered assembly
    Smart-TV 43 Zoll 4K UHD mit HDR10
    Smart TV 43" 4K UHD s HDR10
    Smart TV 43 cale 4K UHD z HDR10
    Smart TV 43 inch 4K UHD with HDR10
electronics 39-89 small powered
    Smartwatch mit Herzfrequenzmessung und GPS
    Chytré hodinky s měřením tepu a GPS
    Smartwatch z pomiarem tętna i GPS
    Smartwatch with heart-rate monitor and GPS
electronics 59-129 parcel powered
    Akku-Bohrschrauber 18 V mit 2 Akkus und Koffer
    Aku vrtačka 18 V se 2 akumulátory a kufrem
    Wkrętarka akumulatorowa 18 V z 2 akumulatorami i walizką
    Cordless drill 18 V with 2 batteries and case
electronics 14-29 small powered
    USB-C-Ladegerät 65 W GaN, 3 Anschlüsse
    Nabíječka USB-C 65 W GaN, 3 porty
    Ładowarka USB-C 65 W GaN, 3 porty
    USB-C charger 65 W GaN, 3 ports
electronics 89-199 parcel powered
    Saugroboter mit Wischfunktion und App-Steuerung
    Robotický vysavač s mopem a ovládáním přes aplikaci
    Robot sprzątający z funkcją mopowania i aplikacją
    Robot vacuum with mopping function and app control
home 49-99 parcel powered
    Heißluftfritteuse 5,5 l mit 8 Programmen
    Horkovzdušná fritéza 5,5 l s 8 programy
    Frytkownica beztłuszczowa 5,5 l z 8 programami
    Air fryer 5.5 l with 8 programmes
home 24-49 parcel
    Bettwäsche-Set Satin 155 × 220 cm, anthrazit
    Saténové povlečení 140 × 200 cm, antracit
    Komplet pościeli satynowej 160 × 200 cm, antracyt
    Satin bed linen set 155 × 220 cm, anthracite
home 29-69 parcel
    Edelstahl-Topfset 8-teilig, induktionsgeeignet
    Sada nerezového nádobí 8 dílů, na indukci
    Zestaw garnków ze stali nierdzewnej 8 el., na indukcję
    Stainless steel cookware set, 8 pieces, induction-ready
home 129-259 freight assembly
    Bürostuhl ergonomisch mit Lordosenstütze
    Ergonomická kancelářská židle s bederní opěrkou
    Ergonomiczne krzesło biurowe z podparciem lędźwiowym
    Ergonomic office chair with lumbar support
home 19-39 small powered assembly
    LED-Stehlampe dimmbar, 3 Farbtemperaturen
    Stmívatelná stojací LED lampa, 3 teploty barvy
    Lampa stojąca LED ściemnialna, 3 barwy światła
    Dimmable LED floor lamp, 3 colour temperatures
home 35-79 parcel
    Kaffeevollautomat-Entkalker und Pflegeset
    Sada pro odvápnění a údržbu kávovaru
    Zestaw do odkamieniania i pielęgnacji ekspresu
    Coffee machine descaler and care kit
home 69-149 parcel powered
    Standmixer 1.500 W mit 2-l-Glasbehälter
    Stolní mixér 1 500 W se skleněnou nádobou 2 l
    Blender kielichowy 1500 W ze szklanym dzbankiem 2 l
    Countertop blender 1,500 W with 2 l glass jar
garden 199-399 freight assembly
    Gartenlounge-Set aus Polyrattan, 4-teilig
    Zahradní sedací souprava z polyratanu, 4 díly
    Zestaw mebli ogrodowych z technorattanu, 4 el.
    Polyrattan garden lounge set, 4 pieces
garden 89-179 parcel powered assembly
    Akku-Rasenmäher 36 V, Schnittbreite 37 cm
    Aku sekačka 36 V, záběr 37 cm
    Kosiarka akumulatorowa 36 V, szer. koszenia 37 cm
    Cordless lawn mower 36 V, 37 cm cutting width
garden 19-45 parcel
    Gartenschlauch-Set 25 m mit Brause
    Zahradní hadice 25 m se sprchou
    Wąż ogrodowy 25 m z pistoletem
    Garden hose set 25 m with spray nozzle
garden 29-59 parcel powered
    Solar-Gartenleuchten 8er-Set, warmweiß
    Solární zahradní světla, sada 8 ks, teplá bílá
    Lampy solarne ogrodowe, zestaw 8 szt., ciepła biel
    Solar garden lights, set of 8, warm white
garden 149-329 freight assembly
    Hochbeet aus Lärchenholz 120 × 60 cm
    Vyvýšený záhon z modřínu 120 × 60 cm
    Podwyższona grządka z drewna modrzewiowego 120 × 60 cm
    Larch wood raised bed 120 × 60 cm
garden 39-89 parcel
    Gasgrill-Abdeckhaube wasserdicht, XL
    Voděodolný obal na plynový gril, XL
    Wodoodporny pokrowiec na grill gazowy, XL
    Waterproof gas grill cover, XL
toys 29-69 parcel assembly
    Bausteine-Set Feuerwehrstation, 720 Teile
    Stavebnice hasičská stanice, 720 dílků
    Klocki remiza strażacka, 720 elementów
    Building block fire station, 720 pieces
toys 15-35 small
    Puzzle 1.000 Teile Alpenpanorama
    Puzzle 1000 dílků Alpská panorama
    Puzzle 1000 elementów Panorama Alp
    Jigsaw puzzle 1,000 pieces Alpine panorama
toys 49-99 parcel powered
    Ferngesteuertes Auto 1:16, 4WD, 35 km/h
    RC auto 1:16, 4x4, 35 km/h
    Samochód zdalnie sterowany 1:16, 4x4, 35 km/h
    Remote-control car 1:16, 4WD, 35 km/h
toys 79-159 freight assembly
    Holz-Spielküche mit Zubehör
    Dřevěná dětská kuchyňka s příslušenstvím
    Drewniana kuchnia dla dzieci z akcesoriami
    Wooden play kitchen with accessories
toys 19-39 small
    Brettspiel Familienklassiker, ab 8 Jahren
    Rodinná desková hra, od 8 let
    Gra planszowa dla całej rodziny, od 8 lat
    Family board game classic, age 8+
toys 25-55 parcel
    Plüschtier Teddybär 60 cm
    Plyšový medvídek 60 cm
    Pluszowy miś 60 cm
    Plush teddy bear 60 cm
fashion 39-89 parcel
    Damen-Winterjacke gesteppt, Größe M, dunkelblau
    Dámská prošívaná zimní bunda, vel. M, tmavě modrá
    Damska pikowana kurtka zimowa, rozm. M, granatowa
    Women's quilted winter jacket, size M, navy
fashion 49-109 parcel
    Herren-Sneaker Leder, Größe 43, weiß
    Pánské kožené tenisky, vel. 43, bílé
    Męskie sneakersy skórzane, rozm. 43, białe
    Men's leather sneakers, size 43, white
fashion 15-29 small
    Baumwoll-T-Shirts 5er-Pack, Größe L
    Bavlněná trička, balení 5 ks, vel. L
    Koszulki bawełniane 5-pak, rozm. L
    Cotton T-shirts, pack of 5, size L
fashion 29-69 small
    Rucksack wasserabweisend mit Laptopfach 15,6 Zoll
    Voděodolný batoh s přihrádkou na notebook 15,6"
    Plecak wodoodporny z kieszenią na laptopa 15,6"
    Water-repellent backpack with 15.6 inch laptop sleeve
fashion 19-45 small
    Kinder-Regenjacke mit Kapuze, Größe 116
    Dětská bunda do deště s kapucí, vel. 116
    Dziecięca kurtka przeciwdeszczowa z kapturem, rozm. 116
    Children's rain jacket with hood, size 116
"""


def _parse(table: str) -> tuple[Product, ...]:
    lines = [line for line in table.splitlines() if line.strip()]
    products = []
    for at in range(0, len(lines), 5):
        category, prices, size, *flags = lines[at].split()
        low, high = prices.split("-")
        de, cs, pl, en = (line.strip() for line in lines[at + 1 : at + 5])
        products.append(Product(category, int(low), int(high), _BULKY[size], (de, cs, pl, en), frozenset(flags)))
    return tuple(products)


CATALOGUE = _parse(_TABLE)

VAT = {"de": "19", "at": "20", "cz": "21", "sk": "23", "pl": "23", "fr": "20", "it": "22"}
TITLE_LANGUAGE = {"de": "de", "at": "de", "cz": "cs", "pl": "pl", "sk": "en", "fr": "en", "it": "en"}
# Shipping rates in minor units by currency and bulkiness.
SHIPPING = {
    "EUR": ((0, 295, 395, 495), (495, 595, 690), (1990, 2990, 3990)),
    "CZK": ((0, 7900, 8900, 9900), (9900, 12900, 14900), (49900, 69000)),
    "PLN": ((0, 999, 1199, 1499), (1499, 1699, 1999), (7900, 9900, 12900)),
}
# Rough prices in the local currency for 1 EUR; shops price their offers in round local amounts.
LOCAL_PER_EUR = {"EUR": Decimal(1), "CZK": Decimal(25), "PLN": Decimal("4.3")}


def price(rng: random.Random, product: Product, currency: str) -> int:
    """A shelf price in minor units: 24,99 €, 629 Kč, 107,99 zł."""
    euros = rng.randint(product.eur_min, product.eur_max)
    local = Decimal(euros) * LOCAL_PER_EUR[currency]
    if currency == "CZK":
        return (int(local) // 10 * 10 + 9) * 100 if local < 1000 else (int(local) // 100 * 100 + 90) * 100
    return int(local) * 100 + 99 if currency == "EUR" else int(local) * 100 + 99 - 100


def shipping_rate(rng: random.Random, product: Product, currency: str) -> int:
    return rng.choice(SHIPPING[currency][product.bulky])


def ean(rng: random.Random) -> str:
    """A 13-digit EAN with a valid check digit (German GS1 prefix 40–44)."""
    digits = [4, rng.randint(0, 4)] + [rng.randint(0, 9) for _ in range(10)]
    check = (10 - sum(d * (3 if i % 2 else 1) for i, d in enumerate(digits)) % 10) % 10
    return "".join(map(str, digits)) + str(check)
