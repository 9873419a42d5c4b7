"""Italian notification texts (storefront it)."""

DATETIME = "{dd}/{mm}/{y} alle {H}:{M}"
DATE = "{dd}/{mm}/{y}"
DECIMAL = ","
THOUSANDS = "."

TEXTS = {
    "ticket_new.subject": "Nuovo ticket {number} per l'ordine {order}",
    "ticket_new.body": (
        "{buyer} ha aperto un ticket sull'ordine {order} ({items}):\n\n{excerpt}\n\nApri il ticket: {url}"
    ),
    "buyer_message.subject": "Nuovo messaggio dell'acquirente sul ticket {number}",
    "buyer_message.body": "{buyer} ha scritto sul ticket {number}:\n\n{excerpt}\n\nApri il ticket: {url}",
    "deadline_line": "Rispondi entro il {deadline}.",
    "deadline_warning.subject": "Ticket {number}: risposta entro il {deadline}",
    "deadline_warning.body": (
        "L'acquirente del ticket {number} (ordine {order}) attende ancora la tua risposta. Il termine per "
        "rispondere scade il {deadline}; dopo, il ticket risulterà gestito in ritardo.\n\nApri il ticket: {url}"
    ),
    "handed_back.subject": "Il servizio clienti ti ha restituito il ticket {number}",
    "handed_back.body": (
        "Il servizio clienti ti ha restituito il ticket {number}. La sua nota:\n\n{note}\n\nApri il ticket: {url}"
    ),
    "policy_compliant.subject": "Ticket {number}: la tua prima risposta offre un'opzione di reso valida",
    "policy_compliant.body": (
        "Abbiamo verificato la tua prima risposta sul ticket {number} in base alle regole sulle opzioni di reso: "
        "offre all'acquirente un modo valido per restituire l'articolo. Non devi fare nient'altro.\n\n"
        "Apri il ticket: {url}"
    ),
    "policy_warning.subject": "Ticket {number}: nella tua prima risposta manca un'opzione di reso valida",
    "policy_warning.body": (
        "Nella tua prima risposta sul ticket {number} non abbiamo trovato un'opzione di reso valida (un'etichetta "
        "di reso prepagata, un link per scaricarla, il tuo indirizzo per i resi per articoli fino a 40 EUR, un "
        "rimborso senza reso, un'etichetta già inclusa nel pacco o la registrazione del reso sul marketplace). "
        "Durante il periodo transitorio si tratta solo di un avviso; dal 1° febbraio 2026 in questi casi il "
        "servizio clienti annulla l'ordine e rimborsa integralmente l'acquirente a tue spese.\n\n"
        "Cosa ha rilevato il controllo: {url}"
    ),
    "policy_case_opened.subject": "Ticket {number}: il servizio clienti esaminerà la tua prima risposta",
    "policy_case_opened.body": (
        "Nella tua prima risposta sul ticket {number} non abbiamo trovato un'opzione di reso valida. Il caso sarà "
        "ora esaminato dal servizio clienti. Se la violazione verrà confermata, l'ordine sarà annullato e "
        "l'acquirente rimborsato integralmente a tue spese.\n\nCosa ha rilevato il controllo: {url}"
    ),
    "policy_enforced.subject": "Ticket {number}: ordine annullato e rimborsato a tue spese",
    "policy_enforced.body": (
        "La tua prima risposta sul ticket {number} non offriva un'opzione di reso valida. Il servizio clienti ha "
        "quindi annullato l'ordine e rimborsato integralmente {amount} all'acquirente, a tuo nome e a tue spese. "
        "Fino al {date} puoi ancora concordare un reso con l'acquirente nel ticket.\n\nApri il ticket: {url}"
    ),
    "policy_dismissed.subject": "Ticket {number}: nessuna violazione delle regole sulle opzioni di reso",
    "policy_dismissed.body": (
        "Il servizio clienti ha esaminato la tua prima risposta sul ticket {number} e non ha riscontrato alcuna "
        "violazione delle regole sulle opzioni di reso. Il caso è chiuso.\n\nApri il ticket: {url}"
    ),
    "reply_seller.subject": "{seller} ha risposto alla tua richiesta {number}",
    "reply_seller.body": (
        "Ciao,\n\n{seller} ha risposto alla tua richiesta {number}:\n\n{excerpt}\n\n"
        "Leggi tutta la conversazione e rispondi: {url}"
    ),
    "reply_cs.subject": "Il servizio clienti ha risposto alla tua richiesta {number}",
    "reply_cs.body": (
        "Ciao,\n\nil nostro servizio clienti ha risposto alla tua richiesta {number}:\n\n{excerpt}\n\n"
        "Leggi tutta la conversazione e rispondi: {url}"
    ),
    "closed_seller.subject": "La tua richiesta {number} è stata chiusa",
    "closed_seller.body": (
        "Ciao,\n\n{seller} ha chiuso la tua richiesta {number}. Se la tua domanda non ha ancora trovato risposta, "
        "scrivi semplicemente un nuovo messaggio e la richiesta verrà riaperta: {url}"
    ),
    "closed_cs.subject": "La tua richiesta {number} è stata chiusa",
    "closed_cs.body": (
        "Ciao,\n\nil nostro servizio clienti ha chiuso la tua richiesta {number}. Se c'è ancora qualcosa in "
        "sospeso, scrivi un nuovo messaggio nella richiesta: {url}"
    ),
    "closed_final.subject": "La tua richiesta {number} è stata chiusa definitivamente",
    "closed_final.body": (
        "Ciao,\n\nil nostro servizio clienti ha chiuso definitivamente la tua richiesta {number}; non è più "
        "possibile scrivere nuovi messaggi. Puoi rileggere la conversazione qui: {url}"
    ),
    "footer": (
        "Ricevi questa e-mail perché questa notifica è attiva per il tuo account. Scegli quali e-mail ricevere: "
        "{prefs_url}"
    ),
}
