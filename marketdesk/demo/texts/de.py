"""German demo texts (storefronts de and at)."""

from marketdesk.demo.texts.base import LanguageTexts

TEXTS = LanguageTexts(
    buyer_open={
        "defect": (
            """
            Hallo,
            der Artikel „{title}“ aus Bestellung {order} funktioniert seit gestern nicht mehr. Er lässt sich
            nicht mehr einschalten, obwohl er über Nacht am Strom war. Ich habe das Gerät erst seit ein
            paar Tagen. Wie geht es jetzt weiter?
            Viele Grüße
            {name}
            """,
            """
            Guten Tag, leider ist der Artikel „{title}“ defekt angekommen: Beim ersten Einschalten gab es
            ein lautes Knacken und seitdem geht nichts mehr. Fotos habe ich angehängt. Ich hätte gern
            Ersatz oder eine Lösung. Bestellnummer {order}. Gruß, {name}
            """,
        ),
        "not_as_described": (
            """
            Hallo, der gelieferte Artikel entspricht nicht der Beschreibung. Laut Angebot sollte
            „{title}“ eine andere Farbe und Größe haben, bekommen habe ich etwas ganz anderes.
            Bitte um Rückmeldung, wie wir das lösen. {name}
            """,
            """
            Guten Tag,
            ich habe „{title}“ bestellt (Bestellung {order}), das Material fühlt sich aber deutlich billiger
            an als auf den Bildern und die Maße stimmen nicht. So hatte ich mir das nicht vorgestellt.
            Mit freundlichen Grüßen
            {name}
            """,
        ),
        "parts_missing": (
            """
            Hallo, im Paket zu Bestellung {order} fehlen Teile: Bei „{title}“ sind die Schrauben und ein
            Verbindungsteil nicht dabei, die laut Anleitung mitgeliefert werden sollten. Können Sie mir die
            fehlenden Teile nachschicken? Danke, {name}
            """,
        ),
        "not_delivered": (
            """
            Hallo,
            meine Bestellung {order} ist immer noch nicht angekommen. Die Sendungsverfolgung zeigt seit
            über einer Woche denselben Status. Wo ist mein Paket?
            Gruß {name}
            """,
            """
            Guten Tag, laut Sendungsverfolgung wurde das Paket mit „{title}“ zugestellt, ich habe aber
            nichts erhalten – auch nicht bei den Nachbarn. Bitte klären Sie das mit dem Paketdienst.
            {name}
            """,
        ),
        "delayed": (
            """
            Hallo, ich habe vor über einer Woche „{title}“ bestellt (Bestellung {order}) und die Ware
            ist noch nicht einmal versandt. Angegeben waren 2–3 Werktage. Wann kommt die Lieferung?
            Ich brauche es für ein Geschenk. Viele Grüße {name}
            """,
        ),
        "return": (
            """
            Hallo,
            ich möchte von meinem Widerrufsrecht Gebrauch machen und „{title}“ zurückschicken.
            Bitte senden Sie mir ein Rücksendeetikett und erstatten Sie mir den Kaufpreis.
            Bestellnummer: {order}
            Danke und viele Grüße
            {name}
            """,
            """
            Guten Tag, der Artikel „{title}“ gefällt mir leider nicht, ich widerrufe den Kauf.
            Wie bekomme ich ein Retourenlabel? Das Geld hätte ich gern zurück. {name}
            """,
        ),
        "return_status": (
            """
            Hallo, ich habe „{title}“ vor gut zwei Wochen zurückgeschickt, das Paket ist laut
            Sendungsverfolgung bei Ihnen angekommen. Mein Geld habe ich aber noch nicht. Wann wird
            erstattet? Bestellung {order}. Gruß {name}
            """,
        ),
        "invoice": (
            """
            Guten Tag, für meine Bestellung {order} benötige ich eine Rechnung mit ausgewiesener
            Mehrwertsteuer für meine Firma. Können Sie mir diese bitte als PDF zusenden?
            Mit freundlichen Grüßen {name}
            """,
            """
            Hallo, auf der Rechnung zu Bestellung {order} steht eine falsche Adresse. Bitte stellen Sie
            die Rechnung neu aus. Danke, {name}
            """,
        ),
        "paypal": (
            """
            Hallo, ich habe die Bestellung {order} mit PayPal bezahlt, das Geld wurde zweimal abgebucht.
            Im PayPal-Konto sehe ich zwei Zahlungen über den gleichen Betrag. Bitte um Erstattung der
            doppelten Zahlung. {name}
            """,
        ),
        "klarna": (
            """
            Guten Tag, ich habe von Klarna eine Zahlungserinnerung bekommen, obwohl ich „{title}“
            zurückgeschickt habe. Bitte teilen Sie Klarna mit, dass die Retoure angekommen ist, sonst
            kommen noch Mahngebühren dazu. {name}
            """,
        ),
        "login": (
            """
            Hallo, ich komme nicht mehr in mein Kundenkonto. Die E-Mail zum Zurücksetzen des Passworts
            kommt nicht an, auch nicht im Spam-Ordner. Ich möchte meine Bestellung {order} verfolgen.
            {name}
            """,
        ),
        "coupon": (
            """
            Hallo, mein Gutscheincode wurde bei der Bestellung {order} nicht abgezogen, obwohl er noch
            gültig war. Es geht um 10 €. Können Sie mir den Betrag gutschreiben? Gruß {name}
            """,
        ),
        "payout": (
            """
            Guten Tag, nach meiner Retoure wurde mir der Betrag als Guthaben im Kundenkonto gutgeschrieben.
            Ich möchte das Guthaben aber auf mein Bankkonto ausgezahlt bekommen. Wie geht das? {name}
            """,
        ),
        "cancel": (
            """
            Hallo, ich habe mich vertan und „{title}“ doppelt bestellt. Bitte stornieren Sie die
            Bestellung {order}, solange sie noch nicht verschickt ist. Danke! {name}
            """,
            """
            Guten Tag, bitte stornieren Sie meine Bestellung {order}. Ich habe den Artikel inzwischen
            im Laden gekauft. Viele Grüße {name}
            """,
        ),
    },
    buyer_more={
        "defect": (
            """
            Hier sind die Fotos vom Defekt. Man sieht gut, dass das Gehäuse an der Seite gerissen ist.
            Ich habe das Gerät ganz normal benutzt.
            """,
            "Ich habe alles ausprobiert, was Sie geschrieben haben, es geht trotzdem nicht. Was nun?",
        ),
        "not_as_described": ("Das reicht mir nicht. Ich möchte einen Artikel, der der Beschreibung entspricht.",),
        "parts_missing": ("Die Teile sind bis heute nicht angekommen. Wann werden sie verschickt?",),
        "not_delivered": ("Das Paket ist weiterhin nicht da. Ich warte jetzt schon sehr lange.",),
        "delayed": ("Gibt es schon ein neues Lieferdatum? Ich habe noch keine Versandbestätigung.",),
        "return": (
            """
            Das Etikett lässt sich bei mir nicht öffnen, der Link zeigt nur eine Fehlermeldung.
            Können Sie es mir bitte als PDF schicken?
            """,
        ),
        "return_status": ("Es ist immer noch nichts auf meinem Konto eingegangen.",),
        "invoice": ("Die Rechnung habe ich noch nicht bekommen, bitte noch einmal senden.",),
        "paypal": ("Die doppelte Zahlung ist noch immer nicht zurückgebucht.",),
        "klarna": ("Klarna hat mir jetzt eine zweite Mahnung geschickt. Bitte kümmern Sie sich darum!",),
        "login": ("Ich komme immer noch nicht in mein Konto.",),
        "coupon": ("Ich habe den Betrag bisher nicht zurückbekommen.",),
        "payout": ("Gibt es hier schon Neuigkeiten?",),
        "cancel": ("Ist die Stornierung durch? Ich habe noch keine Bestätigung bekommen.",),
    },
    buyer_thanks=(
        "Vielen Dank für die schnelle Hilfe, damit ist alles erledigt.",
        "Danke, das passt so. Schönen Tag noch!",
        "Super, hat geklappt. Vielen Dank!",
        "Alles klar, danke für die Erstattung.",
    ),
    seller_reply={
        "defect": (
            """
            Guten Tag {name},
            das tut uns leid. Bitte senden Sie uns ein Foto oder ein kurzes Video vom Fehler, dann prüfen
            wir sofort, ob wir Ihnen Ersatz schicken oder eine Reparatur veranlassen.
            Freundliche Grüße
            Ihr Team von {seller}
            """,
            """
            Hallo {first}, vielen Dank für Ihre Nachricht. Bitte laden Sie den Akku einmal vollständig auf
            und halten Sie die Ein-Taste 10 Sekunden gedrückt (Reset). Hilft das nicht, schicken wir Ihnen
            umgehend ein Ersatzgerät. Viele Grüße, {seller}
            """,
        ),
        "not_as_described": (
            """
            Guten Tag {name}, entschuldigen Sie bitte die Verwechslung im Lager. Wir schicken Ihnen den
            richtigen Artikel noch heute zu; den falschen können Sie mit dem beiliegenden Retourenschein
            kostenlos zurücksenden. Freundliche Grüße, {seller}
            """,
        ),
        "parts_missing": (
            """
            Hallo {first}, danke für den Hinweis. Die fehlenden Teile für „{title}“ haben wir heute per
            Brief an Sie verschickt, sie sollten in {days} Werktagen bei Ihnen sein. Viele Grüße, {seller}
            """,
        ),
        "not_delivered": (
            """
            Guten Tag {name},
            wir haben beim Paketdienst einen Nachforschungsauftrag gestellt. Sobald wir eine Antwort haben,
            melden wir uns. Sollte das Paket verloren sein, bekommen Sie selbstverständlich Ersatz.
            Freundliche Grüße, {seller}
            """,
        ),
        "delayed": (
            """
            Hallo {first}, der Artikel „{title}“ ist leider erst wieder in {days} Tagen in unserem Lager.
            Wir versenden sofort nach Eingang und schicken Ihnen die Sendungsnummer. Bitte entschuldigen
            Sie die Verzögerung. Viele Grüße, {seller}
            """,
        ),
        "return": (
            """
            Guten Tag {name},
            gern nehmen wir „{title}“ zurück. Ihr kostenloses Rücksendeetikett können Sie hier herunterladen:
            {label}
            Sobald die Ware bei uns ist, erstatten wir den Kaufpreis.
            Freundliche Grüße, {seller}
            """,
            """
            Hallo {first}, wir senden Ihnen gern ein Rücksendeetikett zu, sobald Sie uns den Grund der
            Rücksendung mitgeteilt haben. Alternativ bieten wir Ihnen 15 % Nachlass, wenn Sie den Artikel
            behalten. Viele Grüße, {seller}
            """,
        ),
        "return_status": (
            """
            Guten Tag {name}, Ihre Rücksendung ist bei uns eingegangen und geprüft. Die Erstattung ist
            angewiesen und sollte in {days} Werktagen auf Ihrem Konto sein. Freundliche Grüße, {seller}
            """,
        ),
        "invoice": (
            """
            Guten Tag {name}, anbei die Rechnung zu Bestellung {order} als PDF. Für Rückfragen sind wir
            gern für Sie da. Freundliche Grüße, {seller}
            """,
        ),
        "paypal": (
            """
            Hallo {first}, bei uns ist nur eine Zahlung eingegangen. Die Zahlungsabwicklung läuft über den
            Marktplatz; wir haben den Kundenservice gebeten, die doppelte Abbuchung zu prüfen.
            Viele Grüße, {seller}
            """,
        ),
        "klarna": (
            """
            Guten Tag {name}, Ihre Retoure ist bei uns angekommen. Die Abwicklung mit Klarna übernimmt der
            Marktplatz-Kundenservice; bitte wenden Sie sich auch direkt an ihn. Freundliche Grüße, {seller}
            """,
        ),
        "login": (
            """
            Hallo {first}, auf Ihr Kundenkonto haben wir als Händler leider keinen Zugriff. Der Kundenservice
            des Marktplatzes hilft Ihnen beim Zurücksetzen des Passworts. Viele Grüße, {seller}
            """,
        ),
        "coupon": (
            """
            Guten Tag {name}, Gutscheine werden vom Marktplatz verwaltet, nicht von uns. Wir haben den
            Kundenservice informiert. Freundliche Grüße, {seller}
            """,
        ),
        "payout": ("Hallo {first}, Guthaben im Kundenkonto zahlt der Marktplatz aus. Viele Grüße, {seller}",),
        "cancel": (
            """
            Hallo {first}, Ihre Bestellung ist noch nicht versandt. Wir prüfen die Stornierung und melden
            uns gleich wieder. Viele Grüße, {seller}
            """,
        ),
    },
    seller_refund=(
        """
        Guten Tag {name},
        als Entschädigung für die Unannehmlichkeiten haben wir Ihnen soeben {amount} für „{title}“ erstattet.
        Den Artikel können Sie behalten. Wir hoffen, Sie sind damit einverstanden.
        Freundliche Grüße, {seller}
        """,
        """
        Hallo {first}, es tut uns leid. Wir haben Ihnen {amount} gutgeschrieben, die Erstattung erscheint
        in wenigen Tagen auf Ihrem Zahlungsmittel. Viele Grüße, {seller}
        """,
    ),
    seller_cancel={
        "buyer": (
            """
            Hallo {first}, wir haben „{title}“ wie gewünscht storniert. Den vollen Betrag bekommen Sie
            automatisch zurück. Viele Grüße, {seller}
            """,
        ),
        "stock": (
            """
            Guten Tag {name}, leider können wir „{title}“ nicht mehr liefern, unser Lieferant hat den Artikel
            eingestellt. Wir haben die Bestellung storniert, Sie erhalten den vollen Betrag zurück.
            Bitte entschuldigen Sie! Freundliche Grüße, {seller}
            """,
        ),
    },
    seller_followup=(
        "Guten Tag {name}, wir haben das noch einmal geprüft und kümmern uns darum. Sie hören bis morgen von uns.",
        "Hallo {first}, danke für Ihre Geduld. Der Ersatz ist heute rausgegangen. Viele Grüße, {seller}",
        "Guten Tag {name}, bitte schicken Sie uns noch ein Foto des Typenschilds, dann geht es weiter.",
    ),
    seller_asks=(
        """
        Guten Tag {name}, bei Ihrer Bestellung {order} fehlt in der Lieferadresse die Hausnummer. Können Sie
        sie uns bitte mitteilen? Wir versenden sofort. Freundliche Grüße, {seller}
        """,
        "Hallo {first}, der Paketdienst meldet, dass Ihre Adresse unvollständig ist. Bitte prüfen Sie sie kurz.",
    ),
    buyer_answers=(
        "Oh, danke für den Hinweis! Hausnummer ist 14a, 2. Stock.",
        "Die Adresse ist richtig, bitte beim Nachbarn im Erdgeschoss abgeben.",
    ),
    cs={
        "takeover": (
            """
            Guten Tag {name}, hier ist der Kundenservice des Marktplatzes. Da der Händler Ihnen noch nicht
            geantwortet hat, kümmern wir uns ab jetzt um Ihr Anliegen zu Bestellung {order}.
            Viele Grüße, {agent}
            """,
        ),
        "payment": (
            """
            Guten Tag {name}, wir haben die Zahlung geprüft: Die doppelte Belastung wird storniert und ist
            in 3–5 Werktagen wieder auf Ihrem Konto. Eine Mahnung müssen Sie nicht beachten.
            Viele Grüße, Ihr Kundenservice
            """,
        ),
        "login": (
            """
            Hallo {first}, wir haben Ihnen einen neuen Link zum Zurücksetzen des Passworts geschickt.
            Bitte prüfen Sie auch, ob Ihre E-Mail-Adresse richtig geschrieben ist. Ihr Kundenservice
            """,
        ),
        "coupon": (
            "Guten Tag {name}, wir haben Ihnen den Gutscheinbetrag als Guthaben gutgeschrieben. Ihr Kundenservice",
        ),
        "payout": (
            "Hallo {first}, wir haben die Auszahlung Ihres Guthabens veranlasst. Sie erhalten es in 5 Werktagen.",
        ),
        "mediation": (
            """
            Guten Tag {name}, wir haben uns den Fall angesehen und mit dem Händler abgestimmt. Bitte senden
            Sie den Artikel zurück; die Erstattung übernehmen wir, sobald die Sendung unterwegs ist.
            Viele Grüße, {agent}
            """,
        ),
        "carrier": (
            """
            Guten Tag {name}, wir haben beim Versanddienstleister nachgeforscht: Das Paket zu Bestellung {order}
            gilt als verloren. Der Händler schickt Ihnen Ersatz; ist das nicht möglich, erstatten wir den vollen
            Betrag. Viele Grüße, {agent}
            """,
        ),
        "invoice": (
            """
            Guten Tag {name}, die Rechnung zu Bestellung {order} finden Sie ab sofort in Ihrem Kundenkonto unter
            „Meine Bestellungen“. Wir haben sie Ihnen zusätzlich per E-Mail geschickt. Viele Grüße, {agent}
            """,
        ),
        "cancel": (
            "Hallo {first}, die Stornierung von Bestellung {order} ist abgeschlossen; das Geld kommt in 3–5 Werktagen.",
        ),
        "refund_status": (
            "Guten Tag {name}, die Erstattung zu Ihrer Rücksendung wurde heute ausgelöst. Viele Grüße, {agent}",
        ),
        "goodwill": ("Guten Tag {name}, als Entgegenkommen haben wir Ihnen {amount} erstattet. Ihr Kundenservice",),
        "final": ("Wir schließen diese Anfrage jetzt ab. Bei neuen Fragen melden Sie sich gern jederzeit.",),
    },
    notes={
        "cannot_help_further": (
            "Käufer ist mit unserer Lösung nicht einverstanden, wir kommen nicht weiter. Bitte übernehmen.",
            "Wir haben mehrfach geantwortet, der Käufer bleibt unzufrieden. Bitte um Vermittlung.",
        ),
        "not_directed_at_seller": ("Anfrage betrifft den Marktplatz, nicht uns als Händler.",),
        "payment_provider": ("Zahlung läuft über den Marktplatz, bitte mit PayPal/Klarna klären.",),
        "account_login": ("Kunde kommt nicht ins Kundenkonto – darauf haben wir keinen Zugriff.",),
        "gift_card_loyalty_coupon": ("Gutschein des Marktplatzes wurde nicht verrechnet, bitte prüfen.",),
        "payout_credit": ("Käufer möchte Guthaben ausgezahlt bekommen.",),
    },
)
