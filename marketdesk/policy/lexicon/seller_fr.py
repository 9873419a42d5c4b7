"""French seller cues (folded: lower case, no accents — "étiquette" is "etiquette", "à" is "a")."""

from __future__ import annotations

from marketdesk.policy.lexicon.seller_common import MONEY, SellerLexicon

_OBJ = r"(?:article|produit|colis|retour|marchandise|paquet|envoi|commande)s?"
_SEND = r"(?:renvoy\w*|retourn\w*|renvoi|retour|expedi\w*|rendre)"

LEXICON = SellerLexicon(
    code="fr",
    stopwords=(
        "le la les de des et vous nous est pour une un pas votre vos merci cordialement avec dans du au "
        "aux sur que qui ce cette bonjour madame monsieur sommes avons"
    ),
    label=(
        r"etiquettes?", r"bons? de retour", r"bordereaux?(?: de retour| d'expedition| colissimo| prepaye)?",
        r"codes? de retour", r"qr ?codes?", r"codes? qr",
    ),
    link=(r"liens?", r"telecharg\w*", r"cliqu\w*", r"url", r"adresse (?:web|internet|url)"),
    attach=(
        r"ci-joint\w*", r"ci joint\w*", r"en piece jointe", r"en pj", r"pj", r"pieces? jointes?", r"en annexe",
        r"joint\w*", r"voici", r"vous trouverez", r"ci-dessous", r"ci-apres", r"nous vous adressons",
        r"nous vous transmettons", r"nous vous envoyons", r"je vous (?:envoie|transmets|adresse)",
        r"comme (?:convenu|promis|demande|discute)",
    ),
    attach_adj=(r"ci-joint\w*", r"ci joint\w*", r"jointes?", r"en piece jointe"),
    use=(r"imprim\w*", r"colle[rz]?", r"utilis\w*", r"appos\w*", r"deposez", r"deposer"),
    stick=(r"coll(?:ez|er) (?:\w+ )?sur", r"(?:la |les )?coll(?:ez|er)\b", r"appos\w*"),
    info_page=(r"faq", r"politique", r"conditions", r"cgv", r"informations?", r"infos?", r"modalites", r"aide"),
    document=(
        r"factur\w*", r"photos?", r"images?", r"notice\w*", r"mode d'emploi", r"cgv", r"conditions generales",
        r"formulaire\w*", r"bon de livraison", r"avoir", r"confirmation\w*", r"justificatif\w*",
    ),
    package=(r"colis", r"paquet\w*", r"carton\w*", r"envoi\w*", r"emballage\w*", r"livraison\w*", r"boite\w*"),
    in_package=(
        r"dans (?:le |la |l'|votre |vos |ton |ta |tes |son |sa |ce )?(?:colis|paquet|carton|envoi|emballage|boite"
        r"|livraison)\w*",
        r"a l'interieur (?:du|de la|de l'|de votre) (?:colis|paquet|carton|envoi|emballage|boite)",
        r"(?:joint\w*|inclus\w*|fourni\w*|glisse\w*) (?:\w+ )?(?:au|dans le|avec le|dans votre|a votre) "
        r"(?:colis|paquet|envoi|carton)",
    ),
    enclosed=(r"fourni\w* avec (?:le colis|la commande|l'article|votre commande)",),
    presence=(
        r"se trouve", r"se trouvait", r"est", r"etait", r"trouverez", r"joint\w*", r"inclus\w*", r"fourni\w*",
        r"contient", r"contenait", r"present\w*", r"glisse\w*", r"mis", r"mise", r"ajoute\w*", r"insere\w*",
    ),
    address_cue=(
        r"adresse\w*",
        r"(?:renvoyer|retourner|envoyer|expedier|renvoyez|retournez|envoyez|expediez) (?:[\w']+ ){0,4}(?:a|au)\b",
    ),
    address_ref=(r"adresse (?:\w+ ){0,2}(?:de l'expediteur|sur le colis|sur la facture|figurant sur|indiquee sur)",),
    return_word=(r"retour\w*", r"renvo\w*", r"retourn\w*", r"retractation"),
    portal=(
        r"(?:espace|compte) (?:client|personnel|acheteur|kaufland)", r"votre (?:espace|compte)",
        r"mon (?:espace|compte)", r"compte kaufland",
    ),
    portal_path=(
        r"mes commandes", r"details? de (?:la |votre )?commande", r"mes retours", r"historique (?:des |de )?commandes",
        r"portail (?:de |des )?retours?",
        r"formulaire de retour", r"retourner (?:un |l')?article", r"centre de retours?",
    ),
    register=(
        r"enregistr\w*", r"declar\w*", r"signal\w*", r"cre(?:er|ez)", r"creation", r"demand\w*", r"initi\w*",
        r"lanc\w*", r"selectionn\w*", r"cliqu\w*", r"rendez-vous", r"connect\w*", r"effectu\w*", r"ouvr\w*",
        r"bouton", r"rubrique", r"onglet", r"section",
    ),
    contact=(r"contact\w*", r"ecrivez", r"appelez", r"service client\w*"),
    no_return=(
        rf"(?:n'avez|n'aurez|n'etes) (?:\w+ )?pas (?:besoin |oblige |tenu )?(?:de |d'|a )?(?:\w+ ){{0,2}}{_SEND}",
        rf"inutile (?:de |d')?(?:\w+ ){{0,2}}{_SEND}",
        rf"(?:pas|aucun|plus) (?:besoin|necessaire|necessite) (?:de |d')?(?:\w+ ){{0,2}}{_SEND}",
        rf"(?:sans|aucun) (?:\w+ )?(?:retour|renvoi|retourner|renvoyer|avoir a {_SEND})\b",
        r"(?:le |la |l')?(?:retour|renvoi) (?:\w+ ){0,3}(?:n'est|ne sera) pas (?:\w+ )?"
        r"(?:necessaire|requis|obligatoire|utile)",
        r"ne (?:nous )?(?:le |la |les |l')?(?:renvoyez|retournez|expediez) (?:\w+ )?pas",
        r"rien (?:a )?(?:nous )?(?:renvoyer|retourner|rendre|expedier)\b",
        r"gard\w*", r"conserv\w*",
    ),
    no_return_not=(r"preuve\w*", r"ticket\w*", r"factur\w*", r"emballage\w*", r"numero\w*", r"recu\w*",
                   r"justificatif\w*", r"precieusement", r"carton\w*", r"l'esprit"),
    refund=(
        r"rembours\w*", r"restitu\w* (?:\w+ ){0,2}(?:montant|somme|prix)", r"recredit\w*",
        # money moved back: "nous vous avons viré la somme", "le montant a été reversé"
        r"(?:vir|vers|revers|renvoy|transfer|rendu|credit)\w* (?:[\w']+ ){0,3}(?:l')?"
        r"(?:montant|somme|argent|prix d'achat|integralite)",
        r"(?:montant|somme|argent|prix d'achat) (?:\w+ ){0,4}(?:vire|verse|reverse|renvoye|restitue|rendu|transfere"
        r"|recredite|credite)\w*",
        # an amount sent back: "nous venons de vous renvoyer 19,99 € via PayPal"
        rf"(?:renvoy|rembours|vir|vers|transfer|credit|rendu)\w* (?:\w+ ){{0,2}}{MONEY}",
        # money on the move: "l'argent est déjà en route", "le virement est parti"
        r"(?:montant|somme|argent|virement|remboursement) (?:\w+ ){0,3}(?:en route|en chemin|parti|partie)\b",
    ),
    full=(r"integral\w*", r"total\w*", r"complet\w*", r"entier\w*", r"prix d'achat", r"totalite", r"100 ?%"),
    discount=(
        r"remise\w*", r"reduction\w*", r"rabais", r"ristourne\w*", r"remboursement\w* partiel\w*",
        r"partiel\w* (?:\w+ )?remboursement", r"rembourser (?:\w+ ){0,2}partie", r"geste commercial",
        r"dedommagement\w*", r"compensation\w*", r"bon d'achat", r"code promo", r"bon de reduction", r"moitie",
        r"partie (?:du |de la )?(?:prix|montant|somme)",
    ),
    replacement=(r"remplac\w*", r"echang\w*", r"repar\w*", r"nouvel article", r"nouveau produit",
                 r"pieces? manquantes?", r"pieces? de rechange"),
    negation=(r"aucun\w*", r"jamais", r"impossible", r"ni"),
    negation_local=(r"ne", r"n'", r"pas"),
    negation_tight=(r"sans",),
    not_negation=(
        r"n'hesitez pas", r"ne pas hesiter", r"pas de probleme", r"aucun probleme", r"non seulement",
        r"sans frais", r"sans (?:aucun )?(?:cout|frais)", r"n'oubliez pas", r"ne pas oublier",
        r"(?:n'avez|n'aurez) (?:\w+ )?(?:rien|pas) a payer", r"pas (?:de |d')?(?:frais|cout)",
    ),
    coordinator=(r"et", r"donc", r"c'est pourquoi", r"ainsi", r"a la place"),
    condition=(
        r"des que", r"apres", r"quand", r"lorsque", r"lorsqu'", r"une fois (?:que|qu')?", r"a condition",
        r"pourvu que", r"au prealable", r"d'abord", r"avant (?:de|que|qu')", r"sous reserve",
        r"a (?:la )?reception", r"des reception", r"uniquement apres",
    ),
    condition_local=(r"si", r"s'il", r"s'ils"),
    benign_condition=(
        rf"si (?:\w+ ){{0,3}}(?:souhait\w*|voul\w*|prefer\w*|desir\w*|decid\w*|{_SEND}|gard\w*|conserv\w*)",
        r"si (?:besoin|necessaire|vous le souhaitez|non)", r"en cas de (?:besoin|question)",
        rf"(?:des|apres|a) (?:la )?reception (?:\w+ ){{0,2}}{_OBJ}",
        rf"(?:des que|une fois que|une fois|lorsque|quand|apres) (?:\w+ ){{0,3}}{_OBJ}",
        r"si vous avez (?:des |la moindre |d'autres )?questions?",
    ),
    later=(
        r"ensuite", r"puis", r"plus tard", r"prochainement", r"bientot", r"sous peu", r"demain",
        r"par (?:e-?mail|mail|courriel|courrier|la poste)", r"separement",
        r"dans un (?:autre|second|prochain) (?:e-?mail|mail|message)", r"dans les (?:plus brefs delais|prochain\w* "
        r"(?:jours|heures))", r"rapidement", r"au plus vite", r"dans (?:\w+ )?(?:heures|jours)",
    ),
    future=(r"allons", r"va", r"vont", r"sera", r"seront"),
    send=(
        r"envo\w*", r"adress\w*", r"transmett\w*", r"transmis", r"fer(?:ons|ai) parvenir", r"recev\w*",
        r"recevr\w*", r"fourn\w*", r"gener\w*", r"creer\w*",
    ),
    send_future=(
        r"enverr\w*", r"adresserons", r"transmettrons", r"ferons parvenir", r"recevrez", r"fournirons",
        r"genererons", r"creerons", r"parviendra",
    ),
    offer_question=(
        r"souhaitez-vous", r"voulez-vous", r"desirez-vous", r"preferez-vous", r"avez-vous besoin", r"faut-il",
        r"vous faut-il", r"devons-nous", r"pouvons-nous", r"souhaiteriez-vous", r"voudriez-vous",
        r"seriez-vous (?:\w+ )?(?:d'accord|interesse\w*|pret\w*)",
        r"est-ce que vous (?:\w+ )?(?:souhait\w*|voul\w*|prefer\w*|avez besoin)", r"cela vous (?:convient|irait)",
        r"que diriez-vous", r"ou",
    ),
    contrast=(r"mais", r"cependant", r"toutefois", r"pourtant", r"neanmoins", r"en revanche", r"par contre",
              r"sinon", r"ou bien", r"alternativement"),
    closing=(r"(?:bien )?cordialement", r"salutations", r"bien a vous", r"meilleures salutations"),
)  # fmt: skip
