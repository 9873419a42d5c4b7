"""French notification texts (storefront fr)."""

DATETIME = "{dd}/{mm}/{y} à {H}h{M}"
DATE = "{dd}/{mm}/{y}"
DECIMAL = ","
THOUSANDS = "\u202f"

TEXTS = {
    "ticket_new.subject": "Nouveau ticket {number} pour la commande {order}",
    "ticket_new.body": (
        "{buyer} a ouvert un ticket concernant la commande {order} ({items}) :\n\n{excerpt}\n\nOuvrir le ticket : {url}"
    ),
    "buyer_message.subject": "Nouveau message de l'acheteur sur le ticket {number}",
    "buyer_message.body": "{buyer} a écrit sur le ticket {number} :\n\n{excerpt}\n\nOuvrir le ticket : {url}",
    "deadline_line": "Merci de répondre avant le {deadline}.",
    "deadline_warning.subject": "Ticket {number} : réponse attendue avant le {deadline}",
    "deadline_warning.body": (
        "L'acheteur attend toujours votre réponse sur le ticket {number} (commande {order}). Le délai de réponse "
        "expire le {deadline} ; passé ce délai, le ticket sera considéré comme traité en retard.\n\n"
        "Ouvrir le ticket : {url}"
    ),
    "handed_back.subject": "Le service client vous a renvoyé le ticket {number}",
    "handed_back.body": (
        "Le service client vous a renvoyé le ticket {number}. Sa note :\n\n{note}\n\nOuvrir le ticket : {url}"
    ),
    "policy_compliant.subject": "Ticket {number} : votre première réponse propose une option de retour valable",
    "policy_compliant.body": (
        "Nous avons vérifié votre première réponse sur le ticket {number} au regard de la règle sur les options "
        "de retour : elle propose à l'acheteur un moyen valable de retourner l'article. Vous n'avez rien d'autre à "
        "faire.\n\nOuvrir le ticket : {url}"
    ),
    "policy_warning.subject": "Ticket {number} : aucune option de retour valable dans votre première réponse",
    "policy_warning.body": (
        "Nous n'avons trouvé aucune option de retour valable dans votre première réponse sur le ticket {number} "
        "(une étiquette de retour prépayée, un lien vers celle-ci, votre adresse de retour pour les articles "
        "jusqu'à 40 EUR, un remboursement sans retour, une étiquette déjà jointe au colis ou l'enregistrement du "
        "retour sur la marketplace). Pendant la période de transition, il ne s'agit que d'un avertissement ; à "
        "partir du 1er février 2026, le service client annulera la commande dans ce cas et remboursera "
        "intégralement l'acheteur à vos frais.\n\nCe que la vérification a relevé : {url}"
    ),
    "policy_case_opened.subject": "Ticket {number} : le service client examine votre première réponse",
    "policy_case_opened.body": (
        "Nous n'avons trouvé aucune option de retour valable dans votre première réponse sur le ticket {number}. "
        "Le service client va maintenant examiner le dossier. S'il confirme le manquement, la commande sera "
        "annulée et l'acheteur intégralement remboursé à vos frais.\n\nCe que la vérification a relevé : {url}"
    ),
    "policy_enforced.subject": "Ticket {number} : commande annulée et remboursée à vos frais",
    "policy_enforced.body": (
        "Votre première réponse sur le ticket {number} ne proposait aucune option de retour valable. Le service "
        "client a donc annulé la commande et remboursé intégralement {amount} à l'acheteur, en votre nom et à vos "
        "frais. Jusqu'au {date}, vous pouvez encore convenir d'un retour avec l'acheteur sur le ticket.\n\n"
        "Ouvrir le ticket : {url}"
    ),
    "policy_dismissed.subject": "Ticket {number} : aucun manquement à la règle sur les options de retour",
    "policy_dismissed.body": (
        "Le service client a examiné votre première réponse sur le ticket {number} et n'a constaté aucun "
        "manquement à la règle sur les options de retour. Le dossier est clos.\n\nOuvrir le ticket : {url}"
    ),
    "reply_seller.subject": "{seller} a répondu à votre demande {number}",
    "reply_seller.body": (
        "Bonjour,\n\n{seller} a répondu à votre demande {number} :\n\n{excerpt}\n\n"
        "Lire toute la conversation et répondre : {url}"
    ),
    "reply_cs.subject": "Le service client a répondu à votre demande {number}",
    "reply_cs.body": (
        "Bonjour,\n\nNotre service client a répondu à votre demande {number} :\n\n{excerpt}\n\n"
        "Lire toute la conversation et répondre : {url}"
    ),
    "closed_seller.subject": "Votre demande {number} a été clôturée",
    "closed_seller.body": (
        "Bonjour,\n\n{seller} a clôturé votre demande {number}. Si votre question n'est pas encore réglée, "
        "écrivez simplement un nouveau message ; la demande sera alors rouverte : {url}"
    ),
    "closed_cs.subject": "Votre demande {number} a été clôturée",
    "closed_cs.body": (
        "Bonjour,\n\nNotre service client a clôturé votre demande {number}. Si quelque chose n'est pas encore "
        "réglé, écrivez un nouveau message dans la demande : {url}"
    ),
    "closed_final.subject": "Votre demande {number} est définitivement close",
    "closed_final.body": (
        "Bonjour,\n\nNotre service client a définitivement clôturé votre demande {number} ; il n'est plus possible "
        "d'y écrire. Vous pouvez relire la conversation ici : {url}"
    ),
    "footer": (
        "Vous recevez cet e-mail parce que cette notification est activée pour votre compte. Choisissez les "
        "e-mails que vous souhaitez recevoir : {prefs_url}"
    ),
}
