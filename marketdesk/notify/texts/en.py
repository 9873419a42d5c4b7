"""English notification texts (also the fallback for languages we have no texts for)."""

DATETIME = "{y}-{mm}-{dd} {H}:{M}"
DATE = "{y}-{mm}-{dd}"
DECIMAL = "."
THOUSANDS = ","

TEXTS = {
    # To the seller's users
    "ticket_new.subject": "New ticket {number} on order {order}",
    "ticket_new.body": (
        "{buyer} has opened a ticket about order {order} ({items}):\n\n{excerpt}\n\nOpen the ticket: {url}"
    ),
    "buyer_message.subject": "New message from the buyer on ticket {number}",
    "buyer_message.body": "{buyer} has written on ticket {number}:\n\n{excerpt}\n\nOpen the ticket: {url}",
    "deadline_line": "Please answer by {deadline}.",
    "deadline_warning.subject": "Ticket {number}: answer due by {deadline}",
    "deadline_warning.body": (
        "The buyer on ticket {number} (order {order}) is still waiting for your answer. The answer deadline is "
        "{deadline}; after that the ticket counts as answered late.\n\nOpen the ticket: {url}"
    ),
    "handed_back.subject": "Customer service handed ticket {number} back to you",
    "handed_back.body": (
        "Customer service has handed ticket {number} back to you. Their note:\n\n{note}\n\nOpen the ticket: {url}"
    ),
    "policy_compliant.subject": "Ticket {number}: your first answer offers a valid return option",
    "policy_compliant.body": (
        "We checked your first answer on ticket {number} against the return-option policy: it offers the buyer a "
        "valid way to return the item. There is nothing more to do.\n\nOpen the ticket: {url}"
    ),
    "policy_warning.subject": "Ticket {number}: no valid return option in your first answer",
    "policy_warning.body": (
        "We found no valid return option in your first answer on ticket {number} (a prepaid return label, a link "
        "to one, your return address for items up to 40 EUR, a refund without return, a label already in the "
        "parcel, or the marketplace's return registration). During the transitional period this is only a "
        "warning; from 1 February 2026 customer service cancels the order in such cases and refunds the buyer in "
        "full at your expense.\n\nWhat the check found: {url}"
    ),
    "policy_case_opened.subject": "Ticket {number}: customer service is reviewing your first answer",
    "policy_case_opened.body": (
        "We found no valid return option in your first answer on ticket {number}. Customer service will now review "
        "the case. If they confirm the breach, the order is cancelled and the buyer refunded in full at your "
        "expense.\n\nWhat the check found: {url}"
    ),
    "policy_enforced.subject": "Ticket {number}: order cancelled and refunded at your expense",
    "policy_enforced.body": (
        "Your first answer on ticket {number} offered no valid return option, so customer service has cancelled "
        "the order and refunded {amount} to the buyer in full, in your name and at your expense. Until {date} you "
        "may still agree a return with the buyer on the ticket.\n\nOpen the ticket: {url}"
    ),
    "policy_dismissed.subject": "Ticket {number}: no breach of the return-option policy",
    "policy_dismissed.body": (
        "Customer service has reviewed your first answer on ticket {number} and found no breach of the "
        "return-option policy. The case is closed.\n\nOpen the ticket: {url}"
    ),
    # To the buyer
    "reply_seller.subject": "{seller} has replied to your enquiry {number}",
    "reply_seller.body": (
        "Hello,\n\n{seller} has replied to your enquiry {number}:\n\n{excerpt}\n\n"
        "Read the whole conversation and reply: {url}"
    ),
    "reply_cs.subject": "Customer service has replied to your enquiry {number}",
    "reply_cs.body": (
        "Hello,\n\nOur customer service has replied to your enquiry {number}:\n\n{excerpt}\n\n"
        "Read the whole conversation and reply: {url}"
    ),
    "closed_seller.subject": "Your enquiry {number} has been closed",
    "closed_seller.body": (
        "Hello,\n\n{seller} has closed your enquiry {number}. If your question has not been answered yet, simply "
        "write a new message and the enquiry opens again: {url}"
    ),
    "closed_cs.subject": "Your enquiry {number} has been closed",
    "closed_cs.body": (
        "Hello,\n\nOur customer service has closed your enquiry {number}. If anything is still unresolved, write a "
        "new message on the enquiry: {url}"
    ),
    "closed_final.subject": "Your enquiry {number} is closed for good",
    "closed_final.body": (
        "Hello,\n\nOur customer service has closed your enquiry {number} for good; no further messages can be "
        "written on it. You can read the conversation here: {url}"
    ),
    "footer": (
        "You receive this e-mail because this notification is switched on for your account. Choose which e-mails "
        "you receive: {prefs_url}"
    ),
}
