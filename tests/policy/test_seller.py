"""The seller side of the return-option policy: which return options a reply gives, in seven languages, and the
decision on it — with the traps (negation, promises, conditions, questions, quoted history, discounts instead)."""

from __future__ import annotations

import random
import re
import time
from dataclasses import fields
from decimal import Decimal

import pytest

from marketdesk.policy.lexicon import seller_common
from marketdesk.policy.lexicon.seller_reply import LEXICONS
from marketdesk.policy.seller import (
    ADDRESS_LIMIT,
    EUR_LIMIT_CENTS,
    PROMISED_LABEL,
    RETURN_OPTIONS,
    AttachmentInfo,
    Decision,
    SellerReading,
    decide,
    price_in_eur_cents,
    read_seller_reply,
)
from marketdesk.policy.text import fold, fold_by_character

RATES = {"EUR": Decimal(1), "CZK": Decimal("0.04"), "PLN": Decimal("0.23")}
PDF = (AttachmentInfo("retoure.pdf", "application/pdf"),)
LABEL_PNG = (AttachmentInfo("ups_label.png", "image/png"),)
INVOICE = (AttachmentInfo("Rechnung_4711.pdf", "application/pdf"),)
PHOTO = (AttachmentInfo("IMG_2031.jpg", "image/jpeg"),)
UNNAMED = (AttachmentInfo("dokument.pdf", "application/pdf"),)
CHEAP, DEAR = 3000, 8999  # euro cents: under and over the 40 EUR limit for a return address


def read(text: str, attachments: tuple[AttachmentInfo, ...] = (), price: int | None = CHEAP) -> SellerReading:
    return read_seller_reply(text, attachments=attachments, item_price_eur_cents=price)


# (text, attachments, price in euro cents, the one valid option expected)
VALID = [
    # label_attached: the text points at the label and a real file is on the reply — all seven languages
    ("Guten Tag Frau Becker,\nanbei erhalten Sie das Rücksendeetikett. Bitte kleben Sie es auf das Paket.", PDF, DEAR,
     "label_attached"),
    ("Hi Sarah, I've attached a prepaid return label - just print it and drop the parcel at any UPS point.",
     LABEL_PNG, DEAR, "label_attached"),
    ("Dobrý den, v příloze zasíláme štítek pro vrácení zboží. S pozdravem", PDF, DEAR, "label_attached"),
    ("Dobry den, stitek na vraceni posilame v priloze.", PDF, DEAR, "label_attached"),
    ("Dobrý deň, v prílohe vám posielame štítok na vrátenie tovaru.", PDF, DEAR, "label_attached"),
    ("Dzień dobry, w załączniku przesyłamy etykietę zwrotną. Pozdrawiamy", PDF, DEAR, "label_attached"),
    ("Bonjour, vous trouverez ci-joint l'étiquette de retour prépayée. Cordialement", PDF, DEAR, "label_attached"),
    ("Buongiorno, in allegato trova l'etichetta di reso prepagata. Cordiali saluti", PDF, DEAR, "label_attached"),
    ("Hallo, anbei die Unterlagen für die Rücksendung.", (AttachmentInfo("DHL_Retoure_4711.pdf", "application/pdf"),),
     DEAR, "label_attached"),  # the file's name says it is the label
    # label_url: an actual URL presented as the label / return link
    ("Ihr kostenloses Rücksendeetikett können Sie hier herunterladen:\nhttps://retoure.example.com/l/ab12", (),
     DEAR, "label_url"),
    ("Hello, download your free return label here: https://returns.example.com/x9 Best regards", (), DEAR,
     "label_url"),
    ("Dobrý den, štítek na vrácení si stáhněte zde: https://shop.cz/vratky/123", (), DEAR, "label_url"),
    ("Dobrý deň, štítok na vrátenie si stiahnite tu: https://obchod.sk/vratenie/55", (), DEAR, "label_url"),
    ("Dzień dobry, etykietę zwrotną można pobrać tutaj: www.sklep.pl/zwroty/77", (), DEAR, "label_url"),
    ("Bonjour, téléchargez votre étiquette de retour ici : https://exemple.fr/retour/5", (), DEAR, "label_url"),
    ("Buongiorno, può scaricare l'etichetta di reso qui: https://negozio.it/reso/8", (), DEAR, "label_url"),
    ("Hallo Frau Meier, kein Problem! Hier ist Ihr Retourenlabel: dhl.de/retoure/abc123 - einfach ausdrucken.", (),
     DEAR, "label_url"),  # without a scheme
    # return_address: street + number and postcode, with a return cue, at most 40 EUR
    ("Bitte senden Sie den Artikel an folgende Adresse:\nBrückner GmbH\nAm Logistikpark 7\n04435 Schkeuditz", (),
     CHEAP, "return_address"),
    ("Please send the item back at your own cost to: Gadget Ltd, 5 Mill Road, 10115 Berlin.", (), CHEAP,
     "return_address"),
    ("Dobrý den, zboží můžete poslat na naši adresu: Průmyslová 1428/12, 664 42 Modřice.", (), CHEAP,
     "return_address"),
    ("Dobrý deň, tovar nám pošlite na adresu: Obchod s.r.o., Hlavná 12, 811 01 Bratislava.", (), CHEAP,
     "return_address"),
    ("Prosimy odesłać towar na adres: ul. Magazynowa 5, 62-080 Tarnowo Podgórne.", (), CHEAP, "return_address"),
    ("Merci de renvoyer l'article à l'adresse suivante : 12 rue de la Paix, 75002 Paris.", (), CHEAP,
     "return_address"),
    ("Può rispedire l'articolo al seguente indirizzo: Via Roma 12, 00184 Roma.", (), CHEAP, "return_address"),
    # refund_without_return: refunded and the buyer keeps the item
    ("Sie müssen den Artikel nicht zurückschicken, wir erstatten Ihnen den vollen Kaufpreis.", (), DEAR,
     "refund_without_return"),
    ("Hi, you may keep the item and we will refund you in full.", (), DEAR, "refund_without_return"),
    ("Dobrý den, nemusíte nic vracet, peníze vám v plné výši vrátíme ještě dnes.", (), DEAR, "refund_without_return"),
    ("Tovar nemusíte vracať, peniaze vám vrátime v plnej výške.", (), DEAR, "refund_without_return"),
    ("Dzień dobry, nie musi Pan odsyłać towaru, zwrócimy całą kwotę.", (), DEAR, "refund_without_return"),
    ("Bonjour, vous n'avez pas besoin de renvoyer l'article, nous vous remboursons intégralement.", (), DEAR,
     "refund_without_return"),
    ("Buongiorno, non è necessario restituire l'articolo, le rimborsiamo l'intero importo.", (), DEAR,
     "refund_without_return"),
    # label_in_package: the label came with the delivery
    ("Hallo, dem Paket liegt bereits ein Rücksendeschein bei. Bitte verwenden Sie diesen.", (), DEAR,
     "label_in_package"),
    ("Grüß Gott, bitte retournieren Sie die Ware mit dem beigelegten Retourschein. Liebe Grüße", (), DEAR,
     "label_in_package"),
    ("Hello, the return label was included in your parcel.", (), DEAR, "label_in_package"),
    ("Dobrý den, štítek pro vrácení je přiložen v balíku.", (), DEAR, "label_in_package"),
    ("dobry den, stitok najdete v baliku. s pozdravom", (), DEAR, "label_in_package"),
    ("Dzień dobry, w paczce znajduje się etykieta zwrotna.", (), DEAR, "label_in_package"),
    ("Bonjour, l'étiquette de retour se trouve dans le colis.", (), DEAR, "label_in_package"),
    ("Buongiorno, l'etichetta di reso si trova nel pacco.", (), DEAR, "label_in_package"),
    # marketplace_return_portal: where in the marketplace to register the return
    ("Bitte melden Sie die Rücksendung in Ihrem Kundenkonto unter „Meine Bestellungen“ an.", (), DEAR,
     "marketplace_return_portal"),
    ("Hello, please register the return in your customer account on the marketplace.", (), DEAR,
     "marketplace_return_portal"),
    ("Dobrý den, vrácení prosím zaregistrujte přes zákaznický účet Kaufland.", (), DEAR, "marketplace_return_portal"),
    ("Dobrý deň, vrátenie prosím zaregistrujte vo svojom zákazníckom účte Kaufland.", (), DEAR,
     "marketplace_return_portal"),
    ("Zwrot może Pan zgłosić w Kauflandzie – w szczegółach zamówienia proszę kliknąć „Zwróć”.", (), DEAR,
     "marketplace_return_portal"),
    ("Bonjour, veuillez enregistrer le retour dans votre espace client, rubrique « Mes commandes ».", (), DEAR,
     "marketplace_return_portal"),
    ("Buongiorno, registri il reso nella sua area clienti alla voce 'I miei ordini'.", (), DEAR,
     "marketplace_return_portal"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "attachments", "price", "option"), VALID)
def test_each_return_option_is_recognised_in_every_language(
    text: str, attachments: tuple[AttachmentInfo, ...], price: int, option: str
) -> None:
    reading = read(text, attachments, price)
    assert reading.return_options == (option,), reading.evidence
    assert decide(reading).decision == "compliant"
    assert any(e.rule == option for e in reading.evidence)


# (text, attachments, the option that must be refused, why — or None when any reason will do)
REFUSED = [
    # negation
    ("Leider können wir Ihnen kein Rücksendeetikett zur Verfügung stellen.", PDF, "label_attached", "negated"),
    ("Einen Retourenschein koennen wir Ihnen leider nicht zur Verfuegung stellen.", (), "label_attached", "negated"),
    ("We cannot send a return label, sorry.", (), "label_attached", "negated"),
    ("Bohuzel vam nemuzeme poslat stitek na vraceni.", (), "label_attached", "negated"),
    ("Dobrý den, vrácení je možné pouze bez štítku, na vlastní náklady.", (), "label_attached", "negated"),
    ("Dzień dobry, nie wysyłamy etykiety zwrotnej.", (), "label_attached", "negated"),
    ("Nous ne pouvons malheureusement pas vous envoyer d'étiquette de retour.", (), "label_attached", "negated"),
    ("Purtroppo non forniamo etichette di reso.", (), "label_attached", "negated"),
    ("Žiaľ, štítok na vrátenie neposielame.", (), "label_attached", "negated"),
    ("Hallo, im Paket lag leider kein Retourenschein.", (), "label_in_package", "negated"),
    ("There was no return label in the package, but we'll send you one.", (), "label_in_package", "negated"),
    # promise, with and without a condition: a promised label is not a label
    ("Hallo, sobald Sie bestätigen, schicken wir Ihnen ein Rücksendeetikett.", (), "label_attached", PROMISED_LABEL),
    ("We will send you a label once you confirm.", (), "label_attached", PROMISED_LABEL),
    ("Dobrý den, jakmile nám pošlete fotky, zašleme vám štítek.", (), "label_attached", PROMISED_LABEL),
    ("Dzień dobry, gdy tylko otrzymamy zdjęcia, wyślemy etykietę.", (), "label_attached", PROMISED_LABEL),
    ("Bonjour, dès que vous confirmez, nous vous enverrons l'étiquette.", (), "label_attached", PROMISED_LABEL),
    ("Buongiorno, non appena ci conferma, le invieremo l'etichetta.", (), "label_attached", PROMISED_LABEL),
    ("Dobrý deň, štítok vám pošleme zajtra e-mailom.", (), "label_attached", PROMISED_LABEL),
    ("Hallo, wir werden Ihnen das Rücksendeetikett in Kürze per Mail zukommen lassen.", PDF, "label_attached",
     PROMISED_LABEL),
    ("The label will follow by email.", (), "label_attached", PROMISED_LABEL),
    ("Hallo, das Etikett haben wir Ihnen separat per E-Mail geschickt.", (), "label_attached", PROMISED_LABEL),
    # condition on another option
    ("If you send us photos, you may keep the item and we will refund you in full.", (), "refund_without_return",
     "condition"),
    ("Jeśli prześle Pan zdjęcia, zwrócimy pieniądze bez konieczności odsyłania towaru.", (), "refund_without_return",
     "condition"),
    # question
    ("Shall we send you a label?", (), "label_attached", "question"),
    ("Möchten Sie ein Rücksendeetikett?", (), "label_attached", "question"),
    ("Czy mamy wysłać etykietę zwrotną?", (), "label_attached", "question"),
    ("Souhaitez-vous une étiquette de retour ?", (), "label_attached", "question"),
    ("Vuole che le inviamo un'etichetta di reso?", (), "label_attached", "question"),
    # a label mentioned without any file; a link mentioned without any URL
    ("Hallo, anbei der Retourenschein.", (), "label_attached", "no file"),
    ("Hi, label is attached, thx", (), "label_attached", "no file"),
    ("Hallo, den Link zum Etikett finden Sie unten.", (), "label_url", "no URL"),
    # a page about returns is not a label
    ("Hallo, die Infos zur Rückgabe finden Sie in unseren AGB: https://shop.de/agb", (), "label_url", None),
    # above 40 EUR a return address is not an option
    ("Bitte senden Sie den Artikel an folgende Adresse: Musterstraße 5, 12345 Berlin", (), "return_address",
     ADDRESS_LIMIT),
]  # fmt: skip


@pytest.mark.parametrize(("text", "attachments", "option", "why"), REFUSED)
def test_traps_refuse_the_option_and_say_why(
    text: str, attachments: tuple[AttachmentInfo, ...], option: str, why: str | None
) -> None:
    reading = read(text, attachments, DEAR)
    assert option not in reading.return_options
    assert option in reading.refused_options, reading.evidence
    decision = decide(reading)
    assert decision.decision == "violation", decision.why
    whys = [e.why for e in reading.evidence if e.rule == option]
    assert why is None or any(why in w for w in whys), whys


# (text, attachments, price, decision, valid options)
DECISIONS = [
    # discount instead of an option, and in addition to one
    ("Hallo, wenn Sie den Artikel behalten, erstatten wir Ihnen 20 % des Kaufpreises.", (), DEAR, "violation", ()),
    ("Hello, we can offer you a 15% discount if you keep the item.", (), DEAR, "violation", ()),
    ("Hallo, Sie können den Artikel behalten, wir erstatten 10 €.", (), DEAR, "violation", ()),
    ("Nabízíme vám slevu 20 %, pokud si zboží ponecháte.", (), DEAR, "violation", ()),
    ("On vous propose un geste commercial de 10 euros si vous gardez l'article.", (), DEAR, "violation", ()),
    ("Hallo, wir senden Ihnen gern ein Rücksendeetikett zu, sobald Sie uns den Grund mitgeteilt haben. Alternativ "
     "bieten wir Ihnen 15 % Nachlass, wenn Sie den Artikel behalten.", (), DEAR, "violation", ()),
    ("Hallo, anbei das Rücksendeetikett. Alternativ bieten wir Ihnen 15 % Nachlass, wenn Sie den Artikel behalten.",
     PDF, DEAR, "compliant", ("label_attached",)),
    ("Proponujemy 15% rabatu, jeśli zatrzyma Pan towar. Jeśli nie, etykieta zwrotna jest w załączniku.", PDF, DEAR,
     "compliant", ("label_attached",)),
    # a file but no word about a label: an invoice or a photo is not one; an unnamed "see attached" needs a person
    ("Anbei die Rechnung.", INVOICE, DEAR, "violation", ()),
    ("Thank you, here is a photo of the product as it left our warehouse.", PHOTO, DEAR, "violation", ()),
    ("Bitte beachten Sie das angehängte Dokument.", UNNAMED, DEAR, "needs_review", ()),
    ("See attached.", UNNAMED, DEAR, "needs_review", ()),
    # URLs: without any return context a person must look; in a signature or to a home page it offers nothing
    ("Hallo, schauen Sie mal hier: https://shop.de/p/123", (), DEAR, "needs_review", ()),
    ("Danke, wir prüfen das.\n\nViele Grüße\nTechno GmbH\nIndustriestraße 5\n12345 Berlin\nhttps://techno.de/x/1", (),
     CHEAP, "violation", ()),
    # quoted earlier messages are not the author's words
    ("Thanks.\n\nOn Tue, 3 Mar 2026 at 10:00, Anna wrote:\n> Here is the label attached\n> https://x.com/return/1",
     PDF, DEAR, "violation", ()),
    ("Danke für Ihre Nachricht.\n\nAm 3. März 2026 um 10:00 schrieb Anna Becker:\nSie können den Artikel behalten, "
     "wir erstatten den vollen Preis.", (), DEAR, "violation", ()),
    ("Wie bereits geschrieben.\n> Anbei das Etikett.\n> https://shop.de/retoure/1", (), DEAR, "violation", ()),
    # an address in the signature is no offer; one asked for, without a price, needs a person
    ("Vielen Dank für Ihre Nachricht.\nMit freundlichen Grüßen\nBrückner GmbH, Am Logistikpark 7, 04435 Schkeuditz",
     (), CHEAP, "violation", ()),
    ("Bitte senden Sie den Artikel an folgende Adresse: Musterstraße 5, 12345 Berlin", (), None, "needs_review", ()),
    # a negation elsewhere does not reach the option
    ("Wir können den Artikel leider nicht reparieren und senden Ihnen daher anbei das Rücksendeetikett.", PDF, DEAR,
     "compliant", ("label_attached",)),
    ("We don't offer exchanges, but here is your return label: https://returns.shop.com/abc", (), DEAR, "compliant",
     ("label_url",)),
    ("Ein Etikett haben wir nicht, aber Sie können den Artikel an folgende Adresse schicken: Hauptstr. 1, 12345 "
     "Berlin.", (), CHEAP, "compliant", ("return_address",)),
    # conditions that withhold nothing, and polite questions that still give the label
    ("Falls Sie den Artikel zurücksenden möchten, finden Sie anbei das Etikett.", PDF, DEAR, "compliant",
     ("label_attached",)),
    ("If you'd like to return it, here is the link: https://shop.com/returns/label/123", (), DEAR, "compliant",
     ("label_url",)),
    ("Sobald Sie das Paket mit dem beigefügten Etikett abgegeben haben, erstatten wir den Kaufpreis.", PDF, DEAR,
     "compliant", ("label_attached",)),
    ("Könnten Sie den Artikel bitte mit dem beigefügten Etikett zurücksenden?", PDF, DEAR, "compliant",
     ("label_attached",)),
    # not options at all: tips, holding replies, contact customer service, a replacement, "our" portal
    ("Hallo, bitte versuchen Sie zuerst einen Reset: Taste 10 Sekunden gedrückt halten.", (), DEAR, "violation", ()),
    ("Dziękujemy, odezwiemy się wkrótce.", (), DEAR, "violation", ()),
    ("Hallo, bitte kontaktieren Sie den Kaufland-Kundenservice wegen der Rücksendung.", (), DEAR, "violation", ()),
    ("Keep it, we'll send you a replacement.", (), DEAR, "violation", ()),
    ("Exchange or refund?", (), DEAR, "violation", ()),
    ("Bitte nutzen Sie für die Retoure unser Retourenportal: https://shop.de/retoure", (), DEAR, "compliant",
     ("label_url",)),
    # the buyer's own address is no return address; a manual or a video link is no mystery; "if not" is an alternative
    ("Ihre Adresse Hauptstr. 1, 12345 Berlin haben wir geprüft, die Sendung ist unterwegs.", (), CHEAP, "violation",
     ()),
    ("Schauen Sie sich dieses Video an: https://www.youtube.com/watch?v=abc", (), DEAR, "violation", ()),
    ("Möchten Sie den Artikel mit 20 % Rabatt behalten? Falls nicht, senden Sie ihn bitte an: Lagerweg 3, 12345 "
     "Berlin.", (), CHEAP, "compliant", ("return_address",)),
    ("Falls das Gerät nach dem Laden nicht funktioniert, senden Sie es bitte an: Lagerweg 3, 12345 Berlin.", (), CHEAP,
     "violation", ()),
    # the goods' own tags are no return label; "Kaufpreis" beside a label does not make it a price tag
    ("Bitte senden Sie den Artikel nur mit Originaletiketten zurück.", (), DEAR, "violation", ()),
    ("Den Kaufpreis erstatten wir nach Eingang. Anbei das Etikett.", PDF, DEAR, "compliant", ("label_attached",)),
    # several options at once, listed in RETURN_OPTIONS order
    ("Anbei das Rücksendeetikett; alternativ senden Sie den Artikel an: Hauptstr. 1, 12345 Berlin.", PDF, CHEAP,
     "compliant", ("label_attached", "return_address")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "attachments", "price", "decision", "options"), DECISIONS)
def test_decision(
    text: str, attachments: tuple[AttachmentInfo, ...], price: int | None, decision: str, options: tuple[str, ...]
) -> None:
    reading = read(text, attachments, price)
    result = decide(reading)
    assert (result.decision, reading.return_options) == (decision, options), reading.evidence


def test_discount_is_reported_both_instead_and_in_addition() -> None:
    instead = read("Hello, we can offer you a 15% discount if you keep the item.")
    beside = read("Anbei das Rücksendeetikett. Oder Sie behalten den Artikel mit 15 % Rabatt.", PDF)
    assert instead.discount_offered and beside.discount_offered
    assert decide(instead).decision == "violation" and "never instead" in decide(instead).why
    assert decide(beside).decision == "compliant"
    assert not read("Leider können wir Ihnen keinen Rabatt anbieten.").discount_offered


@pytest.mark.parametrize(
    ("amount", "currency", "eur_cents", "allowed"),
    [
        (4000, "EUR", 4000, True),
        (4001, "EUR", 4001, False),
        (100000, "CZK", 4000, True),  # 1,000.00 CZK × 0.04
        (100012, "CZK", 4000, True),  # 4000.48 → 4000
        (100013, "CZK", 4001, False),  # 4000.52 → 4001
        (100100, "CZK", 4004, False),
        (17391, "PLN", 4000, True),  # 3999.93 → 4000
        (17392, "PLN", 4000, True),  # 4000.16 → 4000: rounded to the cent it is still 40.00 EUR
        (17393, "PLN", 4000, True),  # 4000.39 → 4000
        (17394, "PLN", 4001, False),  # 4000.62 → 4001
        (17400, "PLN", 4002, False),
    ],
)
def test_return_address_limit_is_40_eur_after_conversion(
    amount: int, currency: str, eur_cents: int, allowed: bool
) -> None:
    price = price_in_eur_cents(amount, currency, RATES)
    assert price == eur_cents
    reading = read("Bitte senden Sie den Artikel an folgende Adresse: Musterstraße 5, 12345 Berlin", price=price)
    if allowed:
        assert reading.return_options == ("return_address",)
    else:
        assert reading.refused_options == ("return_address",)
        assert [e.why for e in reading.evidence if e.rule == "return_address"] == [ADDRESS_LIMIT]
    assert (price <= EUR_LIMIT_CENTS) is allowed


def test_price_conversion() -> None:
    assert price_in_eur_cents(12345, "EUR", {}) == 12345
    assert price_in_eur_cents(2500, "czk", RATES) == 100
    assert price_in_eur_cents(17350, "PLN", RATES) == 3991  # 3990.5 rounds half up
    with pytest.raises(ValueError, match="USD"):
        price_in_eur_cents(100, "USD", RATES)
    with pytest.raises(ValueError, match="PLN"):
        price_in_eur_cents(100, "PLN", {"CZK": Decimal("0.04")})


ALL_TEXTS = [c[0] for c in VALID] + [c[0] for c in REFUSED] + [c[0] for c in DECISIONS]


@pytest.mark.parametrize("text", ALL_TEXTS)
def test_evidence_points_at_the_original_text(text: str) -> None:
    reading = read(text, PDF)
    decision = decide(reading)
    for evidence in decision.evidence:
        assert text[evidence.start : evidence.end] == evidence.text
        assert evidence.rule and evidence.why
    assert decision.evidence[-1].rule == "decision"
    assert decision.evidence[-1].why.startswith(decision.decision)


def test_positions_survive_folding_and_quotes() -> None:
    # "ß" folds to two letters and quoted lines are blanked: positions still index the text as written.
    text = "Grüße aus der Straße!\n> altes Zitat\nAnbei das Rücksendeetikett für Sie."
    [evidence] = [e for e in read(text, PDF).evidence if e.rule == "label_attached"]
    assert evidence.text == "Anbei das Rücksendeetikett"
    assert text.index("Anbei") == evidence.start


def test_reading_shape_and_option_order() -> None:
    reading = read("Anbei das Etikett. Alternativ: Rücksendeadresse Hauptstr. 1, 12345 Berlin.", PDF)
    assert isinstance(reading, SellerReading)
    assert set(reading.return_options) <= set(RETURN_OPTIONS)
    assert list(reading.return_options) == sorted(reading.return_options, key=RETURN_OPTIONS.index)
    assert not set(reading.return_options) & set(reading.refused_options)


@pytest.mark.parametrize(
    ("reading", "decision"),
    [
        (SellerReading(("label_url",), ("label_attached",), False, (), True), "compliant"),
        (SellerReading((), ("label_attached",), True, (), False), "violation"),
        (SellerReading((), (), False, (), True), "needs_review"),
    ],
)
def test_decide_follows_valid_then_uncertain(reading: SellerReading, decision: str) -> None:
    result = decide(reading)
    assert isinstance(result, Decision)
    assert result.decision == decision
    assert result.evidence[-1].rule == "decision"


def test_language_hint_is_accepted_and_text_in_any_language_is_read() -> None:
    english_on_german_storefront = "Hello, please find the return label attached. Mit freundlichen Grüßen"
    for language in (None, "de", "en", "pl"):
        reading = read_seller_reply(english_on_german_storefront, attachments=PDF, language=language)
        assert reading.return_options == ("label_attached",)


def test_fast_fold_is_fold() -> None:
    rng = random.Random(5)  # noqa: S311 - reproducible test strings, nothing secret
    alphabet = "aßé\u0301ﬁŁł’„“ XYZ½…İæœøÅ\u2028" + "".join(chr(c) for c in range(0x80, 0x250, 7))
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        fast, slow = fold(text), fold_by_character(text)
        assert (fast.folded, fast.origin) == (slow.folded, slow.origin), text


def test_lexicons_are_well_formed() -> None:
    assert sorted(lexicon.code for lexicon in LEXICONS) == ["cs", "de", "en", "fr", "it", "pl", "sk"]
    for lexicon in LEXICONS:
        for field in fields(lexicon):
            value = getattr(lexicon, field.name)
            for fragment in value if isinstance(value, tuple) else ():
                # An f-string turns "{0,4}" into "(0, 4)": the regex would silently match something else.
                assert not re.search(r"\(\d, \d\)|\{\{", fragment), (lexicon.code, field.name, fragment)
                assert fragment == fragment.lower(), "patterns match folded text"
                assert not re.search(r"[^\x00-\x7f€]", fragment), "patterns are written without diacritics"
                re.compile(fragment)
        for option_cue in ("label", "return_word", "refund", "no_return", "negation", "condition", "portal_path"):
            assert getattr(lexicon, option_cue), (lexicon.code, option_cue)


@pytest.mark.parametrize(
    ("fragment", "alternatives"),
    [
        (r"(?:mit )?gruss", ["mit gruss", "gruss"]),
        (r"(?:(?:c|d)|b(?:c|d))x", ["cx", "dx", "b(?:c|d)x"]),  # only leading groups open up
        (r"(?:a|b)*c", [r"(?:a|b)*c"]),  # a repeated group is kept whole
        (r"plain", ["plain"]),
    ],
)
def test_union_expansion_keeps_the_meaning(fragment: str, alternatives: list[str]) -> None:
    assert seller_common.expand(fragment) == alternatives
    union = seller_common._union([fragment])
    plain = re.compile(r"\b(?:" + fragment + r")\b")
    for text in ("mit gruss", "gruss", "ax bcx bdx", "ababc", "plain", "xplain"):
        assert [m.span() for m in union.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_two_thousand_typical_replies_run() -> None:
    """Not a timing assertion (benchmarks live in bench/): the throughput is printed for the record."""
    signature = "\n\nMit freundlichen Grüßen\nIhr Team von Brückner Handelshaus\nAm Logistikpark 7, 04435 Schkeuditz"
    quote = "\n\nAm 3. März 2026 um 10:00 schrieb Anna Becker:\nIch möchte den Artikel zurückgeben. Etikett bitte."
    replies = [f"Guten Tag,\n{text}{signature}{quote}" for text in ALL_TEXTS]
    batch = [replies[i % len(replies)] for i in range(2000)]
    started = time.perf_counter()
    decisions = [decide(read_seller_reply(text, attachments=PDF, item_price_eur_cents=CHEAP)) for text in batch]
    elapsed = time.perf_counter() - started
    assert len(decisions) == 2000
    average = sum(map(len, batch)) / len(batch)
    print(f"\n{len(batch) / elapsed:.0f} seller replies per second ({average:.0f} characters on average)")
