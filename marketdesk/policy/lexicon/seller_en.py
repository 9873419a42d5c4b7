"""English seller cues (folded: lower case, typographic apostrophes as ')."""

from __future__ import annotations

from marketdesk.policy.lexicon.seller_common import MONEY, SellerLexicon

_OBJ = r"(?:it|item|items|product|products|goods|parcel|package|order|article|them|one|device)"
_SEND_BACK = r"(?:return\w*|send\w* (?:\w+ ){0,3}back|ship\w* (?:\w+ ){0,3}back|post\w* (?:\w+ ){0,3}back)"

LEXICON = SellerLexicon(
    code="en",
    stopwords=(
        "the and you we your is to of please for with our will be this thank regards it have are can "
        "hello hi us that if on would any sorry dear"
    ),
    label=(
        r"(?:return|returns|shipping|postage|prepaid|pre-paid|courier)?labels?", r"(?:returns?|postage) slips?",
        r"waybills?",
        r"consignment notes?", r"(?:return )?qr[- ]?codes?", r"return codes?",
    ),
    link=(r"links?", r"download\w*", r"click\w*", r"url", r"hyperlink\w*"),
    attach=(
        r"attached", r"attachment\w*", r"enclosed", r"please find", r"you(?:'ll| will)? find", r"here is",
        r"here's", r"here are", r"herewith", r"as an attachment", r"below",
        r"as (?:discussed|agreed|promised|requested)",
    ),
    attach_adj=(r"attached", r"enclosed"),
    use=(r"print\w*", r"stick\w*", r"affix\w*", r"use (?:the|this|our|it)", r"tape", r"drop (?:\w+ )?off"),
    stick=(
        r"stick (?:it|this|that|them) (?:\w+ )?(?:on|onto|to)\b", r"affix\w*",
        r"tape (?:it|this|that|them) (?:\w+ )?(?:on|onto|to)\b",
    ),
    info_page=(
        r"faqs?", r"polic(?:y|ies)", r"terms", r"conditions", r"info", r"information", r"help (?:page|centre|center)",
        r"more details",
    ),
    document=(
        r"invoice\w*", r"photo\w*", r"picture\w*", r"image\w*", r"manual\w*", r"instructions?", r"terms",
        r"form\b", r"forms", r"receipt\w*", r"delivery note\w*", r"credit note\w*", r"confirmation\w*",
        r"datasheet\w*", r"guide\w*",
    ),
    package=(
        r"parcels?", r"parcles?", r"packages?", r"packets?", r"box(?:es)?", r"shipments?", r"deliver(?:y|ies)",
        r"packaging", r"cartons?",
    ),
    in_package=(
        r"(?:in|inside|within|with) (?:the|your|its|this) (?:original )?"
        r"(?:parcel|parcle|pacel|package|pakage|pacakge|packet|box|shipment|delivery|packaging|carton|order)",
        r"came with (?:the|your) (?:parcel|package|order|item|delivery|shipment)",
    ),
    presence=(
        r"is", r"was", r"are", r"were", r"included", r"enclosed", r"inside", r"find", r"came", r"comes",
        r"contained", r"provided", r"supplied", r"there", r"should be", r"put", r"popped", r"placed", r"added",
        r"slipped", r"tucked", r"packed",
    ),
    address_cue=(r"address(?:es)?", r"(?:send|return|ship|post|mail)\w* (?:\w+ ){0,6}to\b"),
    address_ref=(
        r"sender(?:'s)? address",
        r"address (?:\w+ ){0,2}(?:on|in) (?:the|your) (?:parcel|package|invoice|delivery note|shipping label|imprint"
        r"|website)",
    ),
    return_word=(r"return\w*", r"back to us", _SEND_BACK, r"withdraw\w*"),
    portal=(
        r"(?:customer|your|my|buyer|kaufland|marketplace) account", r"account (?:page|area|section|settings)",
        r"customer (?:area|portal|centre|center)",
    ),
    portal_path=(
        r"my orders", r"order details?", r"details? of (?:the|your) order", r"order (?:history|overview)",
        r"my returns",
        r"returns? (?:portal|centre|center|page|section)",
        r"return (?:an |this )?item", r"start (?:a )?return",
    ),
    register=(
        r"register\w*", r"log\w* (?:in|into)", r"sign in", r"start\w*", r"initiat\w*", r"creat\w*", r"request\w*",
        r"submit\w*", r"select\w*", r"click\w*", r"lodge", r"announce\w*", r"button", r"menu", r"section",
        r"under", r"go to",
    ),
    contact=(r"contact\w*", r"get in touch", r"reach out", r"write to", r"call", r"customer service"),
    no_return=(
        rf"(?:do not|don't|dont|need not|needn't|won't|will not|wouldn't|shouldn't|not) (?:\w+ ){{0,2}}"
        rf"(?:need|have|required?) to (?:\w+ )?{_SEND_BACK}",
        rf"no need to (?:\w+ )?{_SEND_BACK}",
        r"nothing (?:\w+ )?to (?:send|return|ship|post)\w*",
        rf"(?:do not|don't|dont|no need to) (?:worry|bother) (?:about |with |to )?(?:\w+ )?{_SEND_BACK}",
        r"(?:please )?(?:do not|don't|dont) (?:return|send|ship|post)\w*(?: \w+){0,2} (?:back|it|them|items?|goods"
        r"|products?|parcel)",
        rf"{_SEND_BACK} (?:\w+ ){{0,3}}(?:is|are|will be) not (?:necessary|needed|required)",
        r"(?:no|without) (?:\w+ )?(?:return|returning|sending (?:\w+ ){0,2}back)\b"
        r"(?! (?:labels?|slips?|address\w*|forms?|codes?|policy|period|window|costs?|shipping))",
        r"keep\w*", r"hold on ?to", r"hang on ?to", r"retain\w*",
    ),
    no_return_not=(
        r"receipt\w*", r"packaging", r"box", r"tracking", r"number", r"copy", r"eye", r"mind", r"in touch",
        r"informed", r"updated", r"posted", r"in stock", r"record\w*", r"safe", r"proof",
    ),
    refund=(r"refund\w*", r"reimburs\w*", r"money back", r"repay\w*", r"credit(?:ed)? (?:back|to your)",
            r"pay (?:\w+ ){0,2}back",
            # money moved back: "we have sent the whole amount back", "the money was transferred to your account"
            r"(?:money|amount|sum|purchase price|payment|funds|price) (?:\w+ ){0,3}(?:back|returned|refunded"
            r"|credited|transferred|reimbursed|repaid|wired)",
            r"(?:sent|send\w*|transferr\w*|paid|wired|credit\w*|return\w*) (?:\w+ ){0,3}(?:money|amount|sum"
            r"|purchase price|payment|funds)\b",
            # an amount sent back: "we've just sent you €19.99 back via PayPal"
            rf"(?:sent|send\w*|transferr\w*|paid|wired|credit\w*|refunded|returned|issued) (?:\w+ ){{0,2}}{MONEY}",
            # money on the move: "the money's on its way back", "the full amount is in the post"
            r"(?:money|amount|sum|purchase price|payment|funds|cash)(?:'s)? (?:\w+ ){0,3}(?:on (?:its|their|the) way"
            r"|in the post|heading back)"),
    full=(r"full\w*", r"in full", r"entire", r"whole", r"complete", r"total", r"purchase price", r"100 ?%"),
    discount=(
        r"discount\w*", r"partial(?:ly)? (?:\w+ )?refund\w*", r"refund (?:\w+ ){0,3}partial\w*", r"price reduction",
        r"reduc\w* (?:\w+ ){0,2}price", r"compensation", r"goodwill", r"vouchers?", r"coupons?", r"rebate",
        r"money off", r"off the (?:purchase )?price", r"half", r"part of the (?:\w+ )?(?:price|amount|money)",
    ),
    replacement=(r"replac\w*", r"exchang\w*", r"repair\w*", r"new one", r"spare parts?", r"missing parts?"),
    negation=(
        r"not", r"never", r"cannot", r"can't", r"cant", r"won't", r"don't", r"dont", r"doesn't", r"didn't",
        r"isn't", r"aren't", r"wasn't", r"weren't", r"haven't", r"hasn't", r"unable", r"neither", r"nor", r"none",
        r"unfortunately no",
    ),
    negation_local=(r"no",),
    negation_tight=(r"without",),
    not_negation=(
        r"not only", r"no problem", r"no worries", r"do not hesitate", r"don't hesitate", r"no later than",
        r"not later than", r"no (?:extra |additional )?(?:cost|charge|fee)s?", r"at no (?:extra |additional )?"
        r"(?:cost|charge)", r"don't forget", r"do not forget", r"(?:no need|not need|don't need|do not need|"
        r"not have|don't have|do not have) to pay", r"nothing to pay", r"(?:don't|do not|won't) need to print",
        r"no matter",
    ),
    coordinator=(r"and", r"so", r"therefore", r"hence", r"which is why", r"instead"),
    condition=(
        r"if", r"once", r"as soon as", r"after", r"when", r"whenever", r"provided", r"providing", r"unless",
        r"upon", r"on receipt of", r"before", r"first", r"until", r"only after", r"subject to",
    ),
    benign_condition=(
        r"if you (?:\w+ ){0,3}(?:would like|'d like|wish|want|prefer|decide|choose|still|rather|like)",
        rf"(?:if|when|once) (?:you )?(?:\w+ ){{0,3}}(?:{_SEND_BACK}|keep|drop)",
        r"if (?:needed|necessary|required|preferred|desired)", r"if not(?= ?[,;:.])",
        rf"(?:once|as soon as|after|when|upon) (?:we )?(?:\w+ ){{0,2}}(?:receive|received|receiving|get|got|have)"
        rf" (?:\w+ ){{0,2}}{_OBJ}\b",
        rf"(?:once|as soon as|when|after) (?:the|your) (?:\w+ )?{_OBJ} (?:\w+ ){{0,2}}(?:is|has|arrives|arrived"
        r"|reaches|back)",
        r"if you have (?:any )?(?:\w+ )?questions?", r"(?:on|upon) (?:receipt|arrival) of (?:the|your)",
    ),
    later=(
        r"then", r"afterwards", r"after that", r"later", r"shortly", r"soon", r"separately",
        r"by (?:e-?mail|mail|post)", r"via (?:e-?mail|mail)", r"in a (?:separate|second|further|new|follow-up) "
        r"(?:e-?mail|message|mail)", r"tomorrow", r"asap", r"as soon as possible", r"in the next (?:\w+ )?"
        r"(?:hours?|days?)", r"to follow", r"in due course", r"within (?:\w+ ){0,2}(?:hours?|days?)",
    ),
    future=(r"will", r"shall", r"going to", r"\w+'ll"),
    send=(
        r"send\w*", r"sent", r"e-?mail(?:ed)?", r"mail(?:ed)?", r"forward\w*", r"provid\w*", r"issu\w*",
        r"generat\w*", r"creat\w*", r"shar\w*", r"arrang\w*", r"receiv\w*", r"get", r"supply", r"prepar\w*",
        r"follow",
    ),
    offer_question=(
        r"do you (?:\w+ )?(?:want|need|wish|prefer|require)", r"would you (?:\w+ )?(?:like|prefer|want|be)",
        r"shall (?:we|i)", r"should (?:we|i)", r"may (?:we|i)", r"can (?:we|i) (?:\w+ )?(?:send|offer|email|provide)",
        r"(?:are|were) you (?:\w+ )?(?:interested|happy|ok|okay|fine)", r"is (?:that|it|this) (?:\w+ )?"
        r"(?:ok|okay|fine|acceptable)", r"how about", r"what about", r"or",
    ),
    contrast=(r"but", r"however", r"alternatively", r"otherwise", r"or", r"although", r"though", r"whereas"),
    closing=(r"(?:kind |best |warm )?regards", r"sincerely", r"yours (?:truly|faithfully)", r"best wishes", r"cheers"),
)  # fmt: skip
