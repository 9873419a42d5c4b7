"""English demo texts (buyers on sk, fr and it write in English) and customer service's internal notes."""

from marketdesk.demo.texts.base import LanguageTexts

TEXTS = LanguageTexts(
    buyer_open={
        "defect": (
            """
            Hello,
            the {title} from order {order} stopped working after three days. It won't switch on even though
            it was plugged in all night. What should I do now?
            Kind regards
            {name}
            """,
            """
            Hi, the {title} arrived broken – there was a crackling sound the first time I switched it on and
            nothing since. Photos attached. I would like a replacement please. Order {order}. {name}
            """,
        ),
        "not_as_described": (
            """
            Hello, the item I received does not match the description. The {title} has a different colour
            and size than shown in the listing. How can we sort this out? {name}
            """,
        ),
        "parts_missing": (
            """
            Hello, the parcel for order {order} is missing the screws and a connector for the {title} that
            should be included according to the manual. Could you send them to me? Thanks, {name}
            """,
        ),
        "not_delivered": (
            """
            Hello,
            my order {order} still hasn't arrived. Tracking has shown the same status for a week now.
            Where is my parcel?
            {name}
            """,
            """
            Hi, tracking says the parcel with the {title} was delivered, but I didn't get anything and my
            neighbours don't have it either. Please check with the carrier. {name}
            """,
        ),
        "delayed": (
            """
            Hello, I ordered the {title} more than a week ago and it hasn't even been shipped yet. The listing
            said 2–3 working days. When will it arrive? It's a present. {name}
            """,
        ),
        "return": (
            """
            Hello,
            I would like to withdraw from the purchase and send back the {title}. Please send me a return
            label and refund the purchase price. Order number: {order}
            Thank you, {name}
            """,
            "Hi, I don't like the {title}, I'm cancelling the purchase. How do I get a return label? {name}",
        ),
        "return_status": (
            """
            Hello, I sent the {title} back two weeks ago and tracking shows you have received it. I still
            haven't got my money back. When will the refund be made? Order {order}. {name}
            """,
        ),
        "invoice": (
            "Hello, I need a VAT invoice for order {order} in my company's name. Could you send it as a PDF? {name}",
        ),
        "paypal": (
            """
            Hello, I paid for order {order} with PayPal and the money was taken twice. Please refund the
            second payment. {name}
            """,
        ),
        "klarna": (
            """
            Hello, Klarna sent me a payment reminder although I returned the {title}. Please let Klarna know
            that the return has arrived. {name}
            """,
        ),
        "login": ("Hello, I can't log in to my account, the password reset e-mail never arrives. {name}",),
        "coupon": (
            """
            Hello, my voucher code was not applied to order {order} although it was still valid. It's 10 EUR.
            Could you refund the amount? {name}
            """,
        ),
        "payout": (
            "Hello, after my return the amount was credited to my customer account. I'd like it paid out. {name}",
        ),
        "cancel": (
            """
            Hello, I ordered the {title} twice by mistake. Please cancel order {order} before it ships.
            Thank you! {name}
            """,
        ),
    },
    buyer_more={
        "defect": ("Here are the photos of the defect. You can see the casing is cracked on the side.",),
        "not_as_described": ("That's not enough for me. I want an item that matches the description.",),
        "parts_missing": ("The parts still haven't arrived. When will they be sent?",),
        "not_delivered": ("The parcel still isn't here. I've been waiting a very long time.",),
        "delayed": ("Is there a new delivery date yet? I haven't received a shipping confirmation.",),
        "return": ("The label link doesn't work, it only shows an error. Could you send it as a PDF?",),
        "return_status": ("Still nothing in my account.",),
        "invoice": ("I haven't received the invoice yet, please send it again.",),
        "paypal": ("The double payment still hasn't been refunded.",),
        "klarna": ("Klarna has now sent me a second reminder. Please sort this out!",),
        "login": ("I still can't log in.",),
        "coupon": ("I still haven't got the voucher amount back.",),
        "payout": ("Any news on this?",),
        "cancel": ("Has the order been cancelled? I haven't had a confirmation.",),
    },
    buyer_thanks=(
        "Thank you for the quick help, that settles it.",
        "Thanks, that's fine. Have a nice day!",
        "Great, it worked. Thank you!",
    ),
    seller_reply={
        "defect": (
            """
            Hello {first},
            we're sorry to hear that. Please send us a photo or a short video of the fault and we'll arrange a
            replacement or repair straight away.
            Best regards
            {seller}
            """,
            """
            Hello {first}, please charge the device fully and hold the power button for 10 seconds (reset).
            If that doesn't help, we'll send you a new one. Best regards, {seller}
            """,
        ),
        "not_as_described": (
            """
            Hello {first}, sorry for the mix-up in our warehouse. We'll ship the correct item today; you can
            return the wrong one free of charge. Best regards, {seller}
            """,
        ),
        "parts_missing": (
            "Hello {first}, we sent the missing parts for the {title} today; expect them within {days} working days.",
        ),
        "not_delivered": (
            """
            Hello {first}, we have opened an investigation with the carrier and will get back to you as soon
            as we hear from them. If the parcel is lost, we'll of course send a replacement. {seller}
            """,
        ),
        "delayed": (
            """
            Hello {first}, the {title} will be back in stock in {days} days. We'll ship immediately and send
            you the tracking number. Sorry for the delay. {seller}
            """,
        ),
        "return": (
            """
            Hello {first},
            of course you can return the {title}. Download your free return label here: {label}
            We'll refund the purchase price as soon as the item is back with us.
            Best regards, {seller}
            """,
            """
            Hello {first}, please send the item to our return address: {address}. We'll refund the full price
            once we have received it. Best regards, {seller}
            """,
        ),
        "return_status": (
            "Hello {first}, your return has arrived and the refund is on its way; expect it within {days} days.",
        ),
        "invoice": ("Hello {first}, please find the invoice for order {order} attached. Best regards, {seller}",),
        "paypal": (
            """
            Hello {first}, we only received one payment. Payments are handled by the marketplace; we have
            asked customer service to look into it. Best regards, {seller}
            """,
        ),
        "klarna": ("Hello {first}, your return is here. Klarna is handled by the marketplace's customer service.",),
        "login": ("Hello {first}, we have no access to your account; the marketplace's customer service can help.",),
        "coupon": ("Hello {first}, vouchers are managed by the marketplace; we have informed customer service.",),
        "payout": ("Hello {first}, account credit is paid out by the marketplace. Best regards, {seller}",),
        "cancel": ("Hello {first}, your order hasn't shipped yet; we're checking the cancellation. {seller}",),
    },
    seller_refund=(
        """
        Hello {first},
        to make up for the trouble we have just refunded {amount} for the {title}. You can keep the item.
        We hope that works for you. Best regards, {seller}
        """,
        "Hello {first}, we're sorry. We have refunded {amount}; you'll see it within a few days. {seller}",
    ),
    seller_cancel={
        "buyer": ("Hello {first}, we have cancelled the {title} as requested. You'll get the full amount back.",),
        "stock": (
            """
            Hello {first}, unfortunately we can no longer supply the {title}; the manufacturer discontinued
            it. We have cancelled the order and you'll be refunded in full. Our apologies. {seller}
            """,
        ),
    },
    seller_followup=(
        "Hello {first}, we've checked again and are taking care of it. You'll hear from us by tomorrow.",
        "Hello {first}, thanks for your patience. The replacement was shipped today. {seller}",
        "Hello {first}, could you also send us a photo of the type plate?",
    ),
    seller_asks=("Hello {first}, the delivery address for order {order} has no house number. Could you add it?",),
    buyer_answers=("Thanks for checking, it's number 7, second floor.",),
    cs={
        "takeover": (
            """
            Hello {first}, this is the marketplace's customer service. As the seller hasn't answered yet, we
            are taking over your request about order {order}. Best regards, {agent}
            """,
        ),
        "payment": ("Hello {first}, we have reversed the double charge; you'll have the money back in 3–5 days.",),
        "login": ("Hello {first}, we've sent you a new password reset link. Please also check your spam folder.",),
        "coupon": ("Hello {first}, we have credited the voucher amount to your account. Customer service",),
        "payout": ("Hello {first}, we have arranged the payout of your credit; it will arrive within 5 working days.",),
        "mediation": (
            """
            Hello {first}, we have looked into this and agreed with the seller: please send the item back and
            we'll refund you as soon as it's on its way. Best regards, {agent}
            """,
        ),
        "carrier": (
            """
            Hello {first}, we checked with the carrier: the parcel for order {order} is lost. The seller will send a
            replacement; if that isn't possible, we'll refund you in full. Best regards, {agent}
            """,
        ),
        "invoice": (
            """
            Hello {first}, the invoice for order {order} is now in your customer account under “My orders”.
            We've also e-mailed it to you. Best regards, {agent}
            """,
        ),
        "cancel": (
            "Hello {first}, the cancellation of order {order} is complete; the money is back within 3–5 working days.",
        ),
        "refund_status": ("Hello {first}, the refund for your return was triggered today. Best regards, {agent}",),
        "goodwill": ("Hello {first}, as a gesture of goodwill we have refunded {amount}. Customer service",),
        "final": ("We are closing this request now. If anything else comes up, just get in touch.",),
    },
)

# Customer service's internal notes (the CS team works in English).
TAKEOVER_REASONS = (
    "Buyer called the hotline: no answer from the seller for three working days.",
    "Escalated by the buyer via the contact form; seller overdue.",
    "Payment dispute opened with the provider; CS handles it from here.",
)
HANDBACK_NOTES = {
    "payment": (
        "Payment clarified with the provider; the double charge is reversed. Please confirm the order status.",
    ),
    "login": ("Login issue solved and the buyer is back in the account. The question about the order is yours again.",),
    "coupon": ("Voucher amount credited by us. Please take over the remaining questions about the item.",),
    "payout": ("Payout of the credit arranged. Please answer the buyer's question about the return.",),
    "mediation": (
        "Buyer agreed to a return; please send a label and refund once the item arrives.",
        "Buyer accepts a replacement. Please ship it and share the tracking number.",
    ),
    "carrier": ("Checked with the carrier: the parcel is on its way again. Please keep the buyer posted.",),
    "invoice": ("Invoice uploaded to the buyer's account. Please check the invoice address for future orders.",),
    "cancel": ("Cancellation confirmed to the buyer. Please answer the remaining question about the order.",),
    "refund_status": ("Refund status explained. Please confirm to the buyer once the return is booked.",),
}
