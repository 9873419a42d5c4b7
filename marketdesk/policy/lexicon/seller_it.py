"""Italian seller cues (folded: lower case, no accents — "è" is "e", "potrà" is "potra")."""

from __future__ import annotations

from marketdesk.policy.lexicon.seller_common import MONEY, SellerLexicon

_OBJ = r"(?:articol\w*|prodott\w*|pacc\w*|res[oi]|merce|spedizion\w*|ordine)"
_SEND = r"(?:restitui\w*|rispedi\w*|rimand\w*|invia\w*|sped\w*|render\w*|restituzione)"

LEXICON = SellerLexicon(
    code="it",
    stopwords=(
        "il lo la di che e non per una un le sua suo grazie cordiali saluti con nel della del gentile "
        "cliente ci ha sono alla al da abbiamo possiamo puo buongiorno"
    ),
    label=(
        r"etichett\w*", r"lettera di vettura", r"codice (?:di )?(?:reso|restituzione|spedizione)", r"qr ?code",
        r"codice qr", r"bolla di reso",
    ),
    link=(r"link\w*", r"collegamento\w*", r"scaric\w*", r"clicc\w*", r"url", r"indirizzo (?:web|internet)"),
    attach=(
        r"in allegato", r"allegat\w*", r"alleghiamo", r"allego", r"qui di seguito", r"di seguito", r"ecco",
        r"trova (?:in allegato|allegat\w*|qui)", r"le inviamo", r"le mandiamo", r"le trasmettiamo", r"le invio",
        r"come (?:d'accordo|concordato|promesso|richiesto|da accordi)",
    ),
    attach_adj=(r"allegat\w*", r"in allegato"),
    use=(r"stamp\w*", r"incoll\w*", r"applic\w*", r"attacc\w*", r"utilizz\w*", r"usi"),
    stick=(r"attacc\w*", r"incoll\w*", r"applic\w* (?:\w+ ){0,2}(?:sul|sulla) (?:pacco|scatola|collo)"),
    info_page=(
        r"faq", r"politica", r"condizioni", r"informazion\w*", r"info", r"termini", r"modalita", r"domande frequenti",
    ),
    document=(
        r"fattur\w*", r"foto\w*", r"immagin\w*", r"manuale\w*", r"istruzion\w*", r"condizioni", r"modulo\w*",
        r"documento di trasporto", r"ddt", r"conferma\w*", r"ricevuta\w*", r"scontrino\w*",
    ),
    package=(r"pacco", r"pacchi", r"collo", r"colli", r"confezion\w*", r"scatol\w*", r"spedizion\w*", r"imballo",
             r"imballaggio", r"pacchetto"),
    in_package=(
        r"(?:nel|nella|nello|all'interno del|all'interno della|dentro il|dentro la|insieme al|insieme alla) "
        r"(?:\w+ )?(?:pacco|collo|confezione|scatola|spedizione|imballo|imballaggio|pacchetto)",
        r"(?:allegat\w*|inclus\w*|inserit\w*|presente) (?:\w+ )?(?:al|nel|alla|nella) "
        r"(?:pacco|collo|confezione|spedizione|scatola)",
    ),
    enclosed=(r"in dotazione", r"fornit\w* (?:con|insieme a) (?:il pacco|l'ordine|l'articolo)"),
    presence=(r"si trova", r"si trovava", r"e", r"era", r"trovera", r"trova", r"inclus\w*", r"allegat\w*",
              r"inserit\w*", r"present\w*", r"contiene", r"conteneva", r"messo", r"messa", r"aggiunt\w*"),
    address_cue=(
        r"indirizz\w*",
        r"(?:inviare|spedire|rispedire|restituire|rimandare|invii|spedisca|rispedisca|restituisca|rimandi) "
        r"(?:[\w']+ ){0,4}(?:a|al|presso)\b",
    ),
    address_ref=(r"indirizz\w* (?:\w+ ){0,2}(?:del mittente|sul pacco|sulla fattura|indicato sul)",),
    return_word=(r"res[oi]", r"restitu\w*", r"rispedi\w*", r"rimand\w*", r"recesso"),
    portal=(
        r"(?:area|account|profilo|conto) (?:cliente|clienti|personale|kaufland)",
        r"(?:suo|tuo|mio|proprio) (?:account|profilo|area personale)", r"area riservata", r"account kaufland",
    ),
    portal_path=(
        r"i miei ordini", r"dettagli? (?:dell'|del suo )?ordine", r"miei ordini", r"i miei resi", r"storico ordini",
        r"portale (?:dei |per i )?resi", r"modulo di reso", r"centro resi",
    ),
    register=(
        r"registr\w*", r"avvi\w*", r"apr\w*", r"richied\w*", r"richiest\w*", r"crea\w*", r"selezion\w*",
        r"clicc\w*", r"segnal\w*", r"inser\w*", r"compil\w*", r"effettu\w*", r"acced\w*", r"pulsante",
        r"sezione", r"voce",
    ),
    contact=(r"contatt\w*", r"scriva", r"chiami", r"servizio clienti", r"assistenza clienti"),
    no_return=(
        r"non (?:e |sara )?(?:necessari\w*|serve|occorre|deve|dovra|ha bisogno di) (?:\w+ ){0,2}" + _SEND,
        r"(?:inutile|non c'e bisogno di) (?:\w+ ){0,2}" + _SEND,
        rf"senza (?:\w+ )?(?:{_SEND}|dover (?:restituire|rispedire))",
        r"(?:la )?(?:restituzione|reso|rispedizione) (?:\w+ ){0,3}non (?:e|sara) (?:\w+ )?"
        r"(?:necessari\w*|richiest\w*|obbligatori\w*)",
        r"non (?:ce |ci )?(?:lo |la |li |le )?(?:restituisca|rispedisca|rimandi|restituite|rispedite|invii)\b",
        r"ten(?:ga|ere|erlo|erla|erli|ete)", r"tien(?:i|iti|itelo|itela|ila|ilo|ile|ili)\b", r"trattener\w*",
        r"trattenga", r"conserv(?:i|are|arlo|arla)",
    ),
    no_return_not=(r"scontrino\w*", r"ricevut\w*", r"fattur\w*", r"imball\w*", r"confezion\w*",
                   r"considerazione", r"presente", r"conto", r"aggiornat\w*", r"informat\w*"),
    refund=(
        r"rimbors\w*", r"restituir\w* (?:\w+ ){0,2}(?:importo|somma|denaro|soldi|prezzo)", r"riaccredit\w*",
        r"accredit\w*", r"storno",
        # money moved back: "le abbiamo bonificato l'intero importo", "la somma è stata restituita"
        r"(?:restitu|bonific|versat|vers|rimandat|inviat|trasferit)\w* (?:[\w']+ ){0,3}(?:l')?(?:importo|somma|denaro"
        r"|soldi)",
        r"(?:importo|somma|denaro|soldi) (?:\w+ ){0,4}(?:restituit|bonificat|versat|trasferit|rimandat|inviat)\w*",
        # an amount sent back: "le abbiamo appena rimandato 19,99 € tramite PayPal"
        rf"(?:rimandat|restituit|bonificat|versat|accreditat|rimborsat|inviat)\w* (?:\w+ ){{0,2}}{MONEY}",
        # money on the move: "i soldi sono già in arrivo", "l'importo è in viaggio"
        r"(?:importo|somma|denaro|soldi|bonifico|rimborso) (?:\w+ ){0,3}(?:in arrivo|in viaggio|in cammino|partit\w*)",
    ),
    full=(r"inter[oa]", r"integral\w*", r"total\w*", r"complet\w*", r"prezzo (?:di |d')?acquisto", r"100 ?%",
          r"tutto l'importo", r"l'intero importo"),
    discount=(
        r"scont\w*", r"rimborso parziale", r"parziale rimborso", r"rimborso (?:\w+ ){0,2}parziale",
        r"riduzion\w*", r"abbuono", r"buono", r"coupon", r"voucher", r"risarciment\w*", r"compensazion\w*",
        r"indennizz\w*", r"meta (?:del |dell')?(?:prezzo|importo)", r"parte (?:del |dell')?(?:prezzo|importo)",
    ),
    replacement=(r"sostitu\w*", r"cambi\w*", r"ripar\w*", r"nuovo articolo", r"nuovo prodotto",
                 r"pezz\w* mancant\w*", r"pezz\w* di ricambio"),
    negation=(r"nessun\w*", r"mai", r"impossibile"),
    negation_local=(r"non", r"no"),
    negation_tight=(r"senza",),
    not_negation=(
        r"non esit\w*", r"non solo", r"nessun problema", r"non dimentic\w*", r"senza (?:alcun )?(?:costo|costi|spese)",
        r"non (?:deve|dovra) (?:\w+ ){0,2}pagare", r"senza problemi",
    ),
    coordinator=(r"e", r"ed", r"quindi", r"percio", r"pertanto", r"invece"),
    condition=(
        r"non appena", r"appena (?:avremo|avra|riceveremo|ricevuto|ricevut\w*|confermato)",
        r"dopo (?:aver|che|la|il|l'|averci)", r"quando", r"una volta (?:che|ricevut\w*)", r"a condizione",
        r"purche", r"prima (?:di|che)", r"previa", r"in seguito (?:a|alla|al)", r"solo dopo",
    ),
    condition_local=(r"se",),
    benign_condition=(
        rf"se (?:\w+ ){{0,3}}(?:desidera|vuole|preferisce|volesse|desiderasse|decide|{_SEND}|tener\w*|tenga)",
        r"se (?:necessario|lo desidera|preferisce|vuole|no)", r"in caso di (?:necessita|domande|dubbi)",
        rf"(?:non appena|dopo|una volta|quando) (?:\w+ ){{0,3}}{_OBJ}", r"se ha (?:\w+ )?(?:domande|dubbi)",
    ),
    later=(
        r"poi", r"successivamente", r"in seguito", r"piu tardi", r"a breve", r"presto", r"domani",
        r"(?:via|per|tramite) e-?mail", r"separatamente", r"in un(?:a)? (?:altra|successiva|separata|nuova) "
        r"(?:e-?mail|mail|messaggio)", r"entro (?:\w+ )?(?:ore|giorni)", r"al piu presto", r"quanto prima",
        r"nelle prossime ore", r"nei prossimi giorni",
    ),
    future=(r"sara", r"saranno", r"verra", r"verranno"),
    send=(r"invi\w*", r"mand\w*", r"sped\w*", r"trasmett\w*", r"forni\w*", r"ricev\w*", r"gener\w*",
          r"creare", r"creeremo", r"far(?:emo|a) avere"),
    send_future=(
        r"invieremo", r"manderemo", r"spediremo", r"trasmetteremo", r"forniremo", r"faremo avere", r"genereremo",
        r"creeremo", r"ricevera", r"riceverai", r"riceverete", r"le arrivera",
        r"verra (?:\w+ ){0,2}(?:inviat\w*|spedit\w*|mandat\w*|trasmess\w*)",
    ),
    offer_question=(
        r"desidera", r"vuole", r"preferisce", r"le serve", r"ha bisogno", r"dobbiamo",
        r"possiamo (?:\w+ )?(?:inviar\w*|mandar\w*|offrir\w*)", r"le andrebbe",
        r"sarebbe (?:\w+ )?(?:d'accordo|interessat\w*|disposto|disposta)", r"le va bene", r"gradisce",
        r"gradirebbe", r"vorrebbe", r"oppure", r"o",
    ),
    contrast=(r"ma", r"pero", r"tuttavia", r"comunque", r"in alternativa", r"oppure", r"altrimenti"),
    closing=(r"cordiali saluti", r"distinti saluti", r"saluti", r"un cordiale saluto", r"cordialmente"),
)  # fmt: skip
