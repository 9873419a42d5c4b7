"""German notification texts (storefronts de and at)."""

DATETIME = "{dd}.{mm}.{y}, {H}:{M} Uhr"
DATE = "{dd}.{mm}.{y}"
DECIMAL = ","
THOUSANDS = "."

TEXTS = {
    "ticket_new.subject": "Neues Ticket {number} zur Bestellung {order}",
    "ticket_new.body": (
        "{buyer} hat ein Ticket zur Bestellung {order} ({items}) eröffnet:\n\n{excerpt}\n\nZum Ticket: {url}"
    ),
    "buyer_message.subject": "Neue Nachricht des Käufers zu Ticket {number}",
    "buyer_message.body": "{buyer} hat zu Ticket {number} geschrieben:\n\n{excerpt}\n\nZum Ticket: {url}",
    "deadline_line": "Bitte antworten Sie bis {deadline}.",
    "deadline_warning.subject": "Ticket {number}: Antwort fällig bis {deadline}",
    "deadline_warning.body": (
        "Der Käufer wartet bei Ticket {number} (Bestellung {order}) noch auf Ihre Antwort. Die Antwortfrist endet "
        "am {deadline}; danach gilt das Ticket als verspätet beantwortet.\n\nZum Ticket: {url}"
    ),
    "handed_back.subject": "Der Kundenservice hat Ihnen Ticket {number} zurückgegeben",
    "handed_back.body": (
        "Der Kundenservice hat Ticket {number} an Sie zurückgegeben. Seine Notiz:\n\n{note}\n\nZum Ticket: {url}"
    ),
    "policy_compliant.subject": "Ticket {number}: Ihre erste Antwort enthält eine gültige Rückgabeoption",
    "policy_compliant.body": (
        "Wir haben Ihre erste Antwort zu Ticket {number} anhand der Richtlinie zu Rückgabeoptionen geprüft: Sie "
        "bietet dem Käufer einen gültigen Weg, den Artikel zurückzugeben. Sie müssen nichts weiter tun.\n\n"
        "Zum Ticket: {url}"
    ),
    "policy_warning.subject": "Ticket {number}: keine gültige Rückgabeoption in Ihrer ersten Antwort",
    "policy_warning.body": (
        "In Ihrer ersten Antwort zu Ticket {number} haben wir keine gültige Rückgabeoption gefunden (ein "
        "frankiertes Rücksendeetikett, einen Link darauf, Ihre Rücksendeadresse bei Artikeln bis 40 EUR, eine "
        "Erstattung ohne Rücksendung, ein bereits im Paket liegendes Etikett oder die Retourenanmeldung des "
        "Marktplatzes). In der Übergangszeit ist das nur ein Hinweis; ab dem 1. Februar 2026 storniert der "
        "Kundenservice in solchen Fällen die Bestellung und erstattet dem Käufer den vollen Betrag auf Ihre "
        "Kosten.\n\nWas die Prüfung gefunden hat: {url}"
    ),
    "policy_case_opened.subject": "Ticket {number}: Der Kundenservice prüft Ihre erste Antwort",
    "policy_case_opened.body": (
        "In Ihrer ersten Antwort zu Ticket {number} haben wir keine gültige Rückgabeoption gefunden. Der "
        "Kundenservice prüft den Fall jetzt. Bestätigt er den Verstoß, wird die Bestellung storniert und dem "
        "Käufer der volle Betrag auf Ihre Kosten erstattet.\n\nWas die Prüfung gefunden hat: {url}"
    ),
    "policy_enforced.subject": "Ticket {number}: Bestellung storniert und auf Ihre Kosten erstattet",
    "policy_enforced.body": (
        "Ihre erste Antwort zu Ticket {number} enthielt keine gültige Rückgabeoption. Der Kundenservice hat die "
        "Bestellung deshalb storniert und dem Käufer {amount} in voller Höhe erstattet – in Ihrem Namen und auf "
        "Ihre Kosten. Bis zum {date} können Sie im Ticket noch eine Rücksendung mit dem Käufer vereinbaren.\n\n"
        "Zum Ticket: {url}"
    ),
    "policy_dismissed.subject": "Ticket {number}: kein Verstoß gegen die Richtlinie zu Rückgabeoptionen",
    "policy_dismissed.body": (
        "Der Kundenservice hat Ihre erste Antwort zu Ticket {number} geprüft und keinen Verstoß gegen die "
        "Richtlinie zu Rückgabeoptionen festgestellt. Der Fall ist abgeschlossen.\n\nZum Ticket: {url}"
    ),
    "reply_seller.subject": "{seller} hat auf Ihre Anfrage {number} geantwortet",
    "reply_seller.body": (
        "Hallo,\n\n{seller} hat auf Ihre Anfrage {number} geantwortet:\n\n{excerpt}\n\n"
        "Den ganzen Verlauf lesen und antworten: {url}"
    ),
    "reply_cs.subject": "Der Kundenservice hat auf Ihre Anfrage {number} geantwortet",
    "reply_cs.body": (
        "Hallo,\n\nunser Kundenservice hat auf Ihre Anfrage {number} geantwortet:\n\n{excerpt}\n\n"
        "Den ganzen Verlauf lesen und antworten: {url}"
    ),
    "closed_seller.subject": "Ihre Anfrage {number} wurde geschlossen",
    "closed_seller.body": (
        "Hallo,\n\n{seller} hat Ihre Anfrage {number} geschlossen. Ist Ihre Frage noch nicht beantwortet, schreiben "
        "Sie einfach eine neue Nachricht – dann wird die Anfrage wieder geöffnet: {url}"
    ),
    "closed_cs.subject": "Ihre Anfrage {number} wurde geschlossen",
    "closed_cs.body": (
        "Hallo,\n\nunser Kundenservice hat Ihre Anfrage {number} geschlossen. Ist noch etwas offen, schreiben Sie "
        "einfach eine neue Nachricht zu Ihrer Anfrage: {url}"
    ),
    "closed_final.subject": "Ihre Anfrage {number} ist endgültig abgeschlossen",
    "closed_final.body": (
        "Hallo,\n\nunser Kundenservice hat Ihre Anfrage {number} endgültig abgeschlossen; weitere Nachrichten sind "
        "nicht mehr möglich. Den Verlauf können Sie hier nachlesen: {url}"
    ),
    "footer": (
        "Sie erhalten diese E-Mail, weil diese Benachrichtigung für Ihr Konto eingeschaltet ist. Welche E-Mails "
        "Sie erhalten, legen Sie hier fest: {prefs_url}"
    ),
}
