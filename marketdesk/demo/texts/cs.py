"""Czech demo texts (storefront cz)."""

from marketdesk.demo.texts.base import LanguageTexts

TEXTS = LanguageTexts(
    buyer_open={
        "defect": (
            """
            Dobrý den,
            zboží „{title}“ z objednávky {order} přestalo po třech dnech fungovat. Nejde zapnout, i když
            bylo celou noc zapojené. Jak máme postupovat?
            S pozdravem
            {name}
            """,
            """
            Dobrý den, zboží „{title}“ dorazilo poškozené – po prvním zapnutí to zapraskalo a od té doby nic.
            Fotky posílám v příloze. Prosím o výměnu. Objednávka {order}. {name}
            """,
        ),
        "not_as_described": (
            """
            Dobrý den, dodané zboží neodpovídá popisu. „{title}“ má jinou barvu a jiné rozměry, než bylo
            uvedeno v nabídce. Jak to vyřešíme? {name}
            """,
        ),
        "parts_missing": (
            """
            Dobrý den, v balíku k objednávce {order} chybí šroubky a spojovací díl k „{title}“, které podle návodu
            mají být součástí. Můžete mi je prosím poslat? Děkuji, {name}
            """,
        ),
        "not_delivered": (
            """
            Dobrý den,
            moje objednávka {order} stále nedorazila. Sledování zásilky ukazuje už týden stejný stav.
            Kde je můj balík?
            {name}
            """,
            """
            Dobrý den, podle sledování byl balík s „{title}“ doručen, ale já nic nedostal{cs_a}, ani u sousedů
            nic není. Prosím, prověřte to u dopravce. {name}
            """,
        ),
        "delayed": (
            """
            Dobrý den, „{title}“ jsem objednal{cs_a} před více než týdnem a zboží ještě ani nebylo odesláno.
            Uváděli jste 2–3 pracovní dny. Kdy mi to přijde? Je to dárek. {name}
            """,
        ),
        "return": (
            """
            Dobrý den,
            chci využít práva na odstoupení od smlouvy a vrátit „{title}“. Pošlete mi prosím štítek na
            vrácení zboží a vraťte mi peníze. Číslo objednávky: {order}
            Děkuji, {name}
            """,
            "Dobrý den, „{title}“ se mi nelíbí, odstupuji od kupní smlouvy. Jak získám štítek na vrácení? {name}",
        ),
        "return_status": (
            """
            Dobrý den, „{title}“ jsem vrátil{cs_a} před dvěma týdny a podle sledování už je u Vás. Peníze jsem
            ale stále nedostal{cs_a}. Kdy budou vráceny? Objednávka {order}. {name}
            """,
        ),
        "invoice": (
            """
            Dobrý den, k objednávce {order} potřebuji fakturu na firmu s DIČ. Můžete mi ji prosím poslat
            jako PDF? Děkuji, {name}
            """,
        ),
        "paypal": (
            """
            Dobrý den, objednávku {order} jsem platil{cs_a} přes PayPal a peníze mi byly strženy dvakrát.
            Prosím o vrácení druhé platby. {name}
            """,
        ),
        "klarna": (
            """
            Dobrý den, od Klarny mi přišla upomínka, přestože jsem „{title}“ vrátil{cs_a}. Dejte prosím Klarně
            vědět, že vratka dorazila. {name}
            """,
        ),
        "login": ("Dobrý den, nemůžu se přihlásit do účtu, e-mail pro obnovení hesla nechodí. {name}",),
        "coupon": (
            """
            Dobrý den, u objednávky {order} se mi neodečetl slevový kupón, přestože byl platný. Jde o 250 Kč.
            Můžete mi částku vrátit? {name}
            """,
        ),
        "payout": ("Dobrý den, po vrácení zboží mám v účtu kredit. Chci ho vyplatit na bankovní účet. {name}",),
        "cancel": (
            """
            Dobrý den, omylem jsem „{title}“ objednal{cs_a} dvakrát. Zrušte prosím objednávku {order}, dokud
            ještě nebyla odeslána. Děkuji! {name}
            """,
        ),
    },
    buyer_more={
        "defect": ("Posílám fotky závady. Je vidět, že je kryt na boku prasklý. Používal{cs_a} jsem to normálně.",),
        "not_as_described": ("To mi nestačí. Chci zboží, které odpovídá popisu.",),
        "parts_missing": ("Díly zatím nepřišly. Kdy je pošlete?",),
        "not_delivered": ("Balík pořád nedorazil. Čekám už opravdu dlouho.",),
        "delayed": ("Máte už nový termín dodání? Potvrzení o odeslání jsem nedostal{cs_a}.",),
        "return": ("Odkaz na štítek nefunguje, zobrazí se jen chyba. Můžete mi ho poslat jako PDF?",),
        "return_status": ("Na účet mi stále nic nepřišlo.",),
        "invoice": ("Fakturu jsem zatím nedostal{cs_a}, pošlete ji prosím znovu.",),
        "paypal": ("Dvojitá platba stále nebyla vrácena.",),
        "klarna": ("Klarna mi poslala už druhou upomínku. Vyřešte to prosím!",),
        "login": ("Pořád se nemůžu přihlásit.",),
        "coupon": ("Peníze za kupón jsem zatím nedostal{cs_a}.",),
        "payout": ("Je nějaká novinka?",),
        "cancel": ("Je objednávka zrušená? Potvrzení mi nepřišlo.",),
    },
    buyer_thanks=(
        "Děkuji za rychlou pomoc, tím je vše vyřízeno.",
        "Díky, takhle je to v pořádku. Hezký den!",
        "Super, funguje to. Děkuji!",
    ),
    seller_reply={
        "defect": (
            """
            Dobrý den,
            je nám to líto. Pošlete nám prosím fotku nebo krátké video závady, hned prověříme výměnu nebo opravu.
            S pozdravem
            {seller}
            """,
            """
            Dobrý den, zkuste prosím zařízení plně nabít a podržet tlačítko zapnutí 10 sekund (reset).
            Pokud to nepomůže, pošleme Vám nový kus. S pozdravem, {seller}
            """,
        ),
        "not_as_described": (
            """
            Dobrý den, omlouváme se za záměnu ve skladu. Správné zboží Vám odešleme ještě dnes, chybné můžete
            vrátit zdarma. S pozdravem, {seller}
            """,
        ),
        "parts_missing": (
            "Dobrý den, chybějící díly k „{title}“ jsme dnes odeslali, dorazí do {days} pracovních dnů. {seller}",
        ),
        "not_delivered": (
            """
            Dobrý den, u dopravce jsme podali reklamaci zásilky. Jakmile budeme mít odpověď, ozveme se.
            Pokud se balík ztratil, pošleme Vám samozřejmě náhradu. S pozdravem, {seller}
            """,
        ),
        "delayed": (
            """
            Dobrý den, „{title}“ bude u nás skladem až za {days} dní. Odešleme ihned po naskladnění a pošleme
            Vám číslo zásilky. Omlouváme se za zpoždění. {seller}
            """,
        ),
        "return": (
            """
            Dobrý den,
            „{title}“ rádi vezmeme zpět. Štítek na vrácení zdarma si stáhněte zde: {label}
            Peníze vrátíme, jakmile zboží dorazí k nám.
            S pozdravem, {seller}
            """,
            """
            Dobrý den, zboží můžete poslat na naši adresu: {address}. Po převzetí Vám vrátíme celou částku.
            S pozdravem, {seller}
            """,
        ),
        "return_status": (
            "Dobrý den, vratka k nám dorazila a peníze jsou na cestě, na účtu je budete mít do {days} dnů. {seller}",
        ),
        "invoice": ("Dobrý den, v příloze posíláme fakturu k objednávce {order}. S pozdravem, {seller}",),
        "paypal": (
            """
            Dobrý den, k nám dorazila jen jedna platba. Platby zpracovává tržiště, požádali jsme zákaznický
            servis o prověření. S pozdravem, {seller}
            """,
        ),
        "klarna": ("Dobrý den, vratka u nás je. Komunikaci s Klarnou řeší zákaznický servis tržiště. {seller}",),
        "login": ("Dobrý den, k Vašemu účtu bohužel nemáme přístup, pomůže Vám zákaznický servis tržiště. {seller}",),
        "coupon": ("Dobrý den, kupóny spravuje tržiště, informovali jsme zákaznický servis. {seller}",),
        "payout": ("Dobrý den, kredit na zákaznickém účtu vyplácí tržiště. S pozdravem, {seller}",),
        "cancel": ("Dobrý den, objednávka ještě nebyla odeslána, zrušení prověřujeme. {seller}",),
    },
    seller_refund=(
        """
        Dobrý den,
        jako kompenzaci jsme Vám právě vrátili {amount} za „{title}“. Zboží si můžete ponechat.
        Doufáme, že je to pro Vás přijatelné. S pozdravem, {seller}
        """,
        "Dobrý den, omlouváme se. Vrátili jsme Vám {amount}, na účtu je uvidíte během několika dnů. {seller}",
    ),
    seller_cancel={
        "buyer": ("Dobrý den, „{title}“ jsme podle přání zrušili. Celou částku dostanete automaticky zpět. {seller}",),
        "stock": (
            """
            Dobrý den, „{title}“ už bohužel nemůžeme dodat, dodavatel výrobek přestal vyrábět. Objednávku
            jsme zrušili a celou částku Vám vracíme. Omlouváme se. {seller}
            """,
        ),
    },
    seller_followup=(
        "Dobrý den, znovu jsme to prověřili a řešíme to. Do zítřka se ozveme.",
        "Dobrý den, děkujeme za trpělivost. Náhrada byla dnes odeslána. {seller}",
        "Dobrý den, pošlete nám prosím ještě fotku typového štítku.",
    ),
    seller_asks=(
        "Dobrý den, u objednávky {order} chybí v adrese číslo popisné. Můžete nám ho prosím napsat? {seller}",
    ),
    buyer_answers=("Děkuji za upozornění, číslo popisné je 1284/7.",),
    cs={
        "takeover": (
            """
            Dobrý den, zde zákaznický servis tržiště. Protože Vám prodejce zatím neodpověděl, převezmeme
            Váš požadavek k objednávce {order}. S pozdravem, {agent}
            """,
        ),
        "payment": ("Dobrý den, dvojitou platbu jsme stornovali, peníze budou na účtu do 3–5 pracovních dnů.",),
        "login": ("Dobrý den, poslali jsme Vám nový odkaz pro obnovení hesla. Zkontrolujte prosím i složku spam.",),
        "coupon": ("Dobrý den, hodnotu kupónu jsme Vám připsali jako kredit. Zákaznický servis",),
        "payout": ("Dobrý den, výplatu kreditu jsme zadali, peníze obdržíte do 5 pracovních dnů.",),
        "mediation": (
            """
            Dobrý den, případ jsme prověřili a domluvili se s prodejcem. Pošlete prosím zboží zpět, peníze
            vrátíme, jakmile bude zásilka na cestě. S pozdravem, {agent}
            """,
        ),
        "carrier": (
            """
            Dobrý den, u dopravce jsme prověřili zásilku k objednávce {order}: balík se ztratil. Prodejce Vám pošle
            náhradu, a pokud to nebude možné, vrátíme Vám celou částku. S pozdravem, {agent}
            """,
        ),
        "invoice": (
            """
            Dobrý den, fakturu k objednávce {order} najdete nyní ve svém zákaznickém účtu v sekci „Moje objednávky“.
            Poslali jsme Vám ji také e-mailem. S pozdravem, {agent}
            """,
        ),
        "cancel": ("Dobrý den, zrušení objednávky {order} je dokončeno. Peníze vrátíme do 3–5 pracovních dnů.",),
        "refund_status": (
            "Dobrý den, refundace za Vaši vratku byla dnes zadána a brzy ji uvidíte na účtu. S pozdravem, {agent}",
        ),
        "goodwill": ("Dobrý den, jako vstřícný krok jsme Vám vrátili {amount}. Zákaznický servis",),
        "final": ("Tento požadavek nyní uzavíráme. S novými dotazy se na nás kdykoli obraťte.",),
    },
    notes={
        "cannot_help_further": ("Zákazník není spokojen s naším řešením a dál si nevíme rady. Prosíme o převzetí.",),
        "not_directed_at_seller": ("Dotaz se týká tržiště, ne nás jako prodejce.",),
        "payment_provider": ("Platba probíhá přes tržiště, prosíme o vyřešení s PayPal/Klarna.",),
        "account_login": ("Zákazník se nemůže přihlásit, k účtu nemáme přístup.",),
        "gift_card_loyalty_coupon": ("Kupón tržiště nebyl odečten, prosíme o kontrolu.",),
        "payout_credit": ("Zákazník chce vyplatit kredit.",),
    },
)
