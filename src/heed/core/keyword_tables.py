"""The words heed recognises in inbound messages, as data.

Everything the keyword matcher (``heed.core.keywords``) knows about words lives here, so a
reviewer can read, diff and extend it without reading code. Rules the matcher applies to every
entry, so they need not be spelled out per word:

- Case and Unicode compatibility forms never matter (``Stop``, ``ＳＴＯＰ``, ``𝐒𝐓𝐎𝐏``).
- Accents are optional: every entry also matches with its accents removed or misplaced, because
  people on phone keyboards type ``ARRET`` for ``ARRÊT``. The keyword reported back is always
  the spelling written here (``arret`` reports ``ARRÊT``).
- An entry of several words (``OPT OUT``, ``DAR DE BAJA``) matches those words in order,
  whatever punctuation separates them (``opt-out``, ``opt.out``).
- English (``en``) is always on: it holds the FCC/CTIA standard words every US sender must honour.
  Other packs can be limited per sender; a word listed in several packs reports the first
  enabled pack in ``PACK_ORDER``.

Words are chosen to be unambiguous *as a whole reply*: a word that is also a common answer to an
ordinary question (``SI``, ``OUI``, ``JA``, ``BASTA``, ``T``) is left out, because the matcher
cannot tell which question was asked. An opt-in word is riskier than an opt-out word (a wrong
opt-in resumes messages to someone who said stop), so opt-in packs are kept minimal.
"""

from __future__ import annotations

from typing import Final

#: Order in which packs are consulted; the first enabled pack that lists a word names its language.
PACK_ORDER: Final = (
    "en",
    "es",
    "fr",
    "de",
    "pt",
    "it",
    "nl",
    "zh",
    "he",
    "pl",
    "ru",
    "ar",
    "vi",
    "id",
    "tl",
    "hi",
)

#: FCC 2024 (47 CFR 64.1200(a)(10)): a reply with one of these words revokes consent. Carriers
#: and CTIA add STOPALL and OPTOUT, which heed's English pack also holds. Config layers can use
#: this set to warn when a sender removes one of these or makes it a list-only trigger.
FCC_STANDARD_OPT_OUT: Final = frozenset(
    {"STOP", "QUIT", "END", "REVOKE", "OPT OUT", "CANCEL", "UNSUBSCRIBE"}
)

# fmt: off
OPT_OUT: Final[dict[str, tuple[str, ...]]] = {
    "en": ("STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "REVOKE", "OPTOUT",
           "OPT OUT"),
    "es": ("PARAR", "ALTO", "BAJA", "CANCELAR", "DETENER", "DAR DE BAJA"),
    "fr": ("ARRÊT", "STOP", "DÉSABONNER", "DÉSINSCRIRE"),
    "de": ("STOPP", "STOP", "ABMELDEN", "ABBESTELLEN"),
    "pt": ("PARE", "SAIR", "PARAR", "CANCELAR", "DESCADASTRAR"),
    "it": ("FERMA", "STOP", "CANCELLA", "DISISCRIVIMI", "ANNULLA"),
    "nl": ("STOP", "AFMELDEN", "UITSCHRIJVEN", "UIT"),
    "zh": ("退订", "退訂", "TD", "取消订阅", "取消訂閱", "停止", "退", "取消"),
    # Regulators' and carriers' words of other countries (#15): Israel's spam law names הסר
    # ("remove"); Vietnam's operators HUY and TC ("từ chối": a short reply, heed.core.thread);
    # Indonesia's UNREG.
    "he": ("הסר", "הסירו", "להסרה", "הסרה", "עצור", "תפסיקו", "להפסיק", "הפסק",
           "ביטול"),  # "cancel", as CANCEL and إلغاء
    "pl": ("WYPISZ", "ANULUJ", "ANULUJ SUBSKRYPCJĘ", "ZATRZYMAJ", "ZATRZYMAĆ", "KONIEC",
           "REZYGNUJĘ"),
    "ru": ("СТОП", "ОТПИСАТЬСЯ", "ОТПИСКА", "ОТПИШИТЕ"),
    "ar": ("إلغاء", "الغاء", "توقف", "إيقاف", "ايقاف", "الغاء الاشتراك"),
    "vi": ("HUY", "HỦY", "DỪNG", "TU CHOI", "TỪ CHỐI"),  # TC: "take care" in English
    "id": ("UNREG", "BERHENTI", "BERHENTI BERLANGGANAN"),
    "tl": ("ITIGIL", "TIGIL", "HINTO"),
    "hi": ("बंद करो", "बंद", "रोको", "रोकें", "BAND KARO"),
}

OPT_IN: Final[dict[str, tuple[str, ...]]] = {
    "en": ("START", "UNSTOP", "YES", "SUBSCRIBE"),
    "es": ("ALTA",),             # the counterpart of BAJA in Spanish SMS programmes
}

HELP: Final[dict[str, tuple[str, ...]]] = {
    "en": ("HELP", "INFO"),
    "es": ("AYUDA",),
    "fr": ("AIDE",),
    "de": ("HILFE",),
    "pt": ("AJUDA",),
    "it": ("AIUTO",),
    "nl": ("HELP", "INFO"),
    "zh": ("帮助", "幫助"),
}

#: Other ways of writing a keyword; the match reports the keyword on the right.
ALIASES: Final[dict[str, str]] = {
    "STOP ALL": "STOPALL",        # STOP ALL says more than STOP + filler: report it as STOPALL
    "UNSUB": "UNSUBSCRIBE",
    "DAME DE BAJA": "DAR DE BAJA",
    "DARME DE BAJA": "DAR DE BAJA",
}

#: Polite or empty words that may surround a keyword without turning it into a sentence.
#: Applied whatever packs are enabled: people mix languages, and these words carry no request.
#: Deliberately absent: I, MY, THE, JUST, NO, DON'T, NEXT, BY, SENDING, AGAIN — each turns a
#: keyword into a sentence ("Just quit.", "Yup next stop.", "I quit", "start again").
FILLER: Final[dict[str, tuple[str, ...]]] = {
    "en": ("PLEASE", "PLS", "PLZ", "KINDLY", "THANKS", "THANK YOU", "THANKYOU",
           "THANK U", "THX", "TY", "ME", "IT", "NOW", "ALL", "OK", "OKAY", "MESSAGES", "MESSAGE",
           "MSGS", "MSG", "TEXTS", "TEXT", "TXTS", "TXT", "SMS"),
    "es": ("POR FAVOR", "PORFAVOR", "PORFA", "XFA", "GRACIAS", "MUCHAS GRACIAS", "TODO", "TODOS",
           "MENSAJES", "YA"),
    "fr": ("S'IL VOUS PLAÎT", "S'IL TE PLAÎT", "SVP", "STP", "MERCI", "MERCI BEAUCOUP", "TOUT",
           "TOUS"),
    "de": ("BITTE", "DANKE", "DANKE SCHÖN", "ALLE", "ALLES", "JETZT", "NACHRICHTEN"),
    "pt": ("POR FAVOR", "PFV", "OBRIGADO", "OBRIGADA", "TODAS", "AGORA", "MENSAGENS"),
    "it": ("PER FAVORE", "PERFAVORE", "GRAZIE", "TUTTO", "TUTTI", "ADESSO", "MESSAGGI"),
    "nl": ("ALSTUBLIEFT", "ALSJEBLIEFT", "AUB", "GRAAG", "DANK JE", "DANK JE WEL", "DANK U",
           "DANK U WEL", "BEDANKT", "ALLEMAAL", "BERICHTEN", "NU"),
    # with the sentence-final particles that soften a reply: "STOP啦", "退订啊"
    "zh": ("请", "請", "谢谢", "謝謝", "谢", "謝", "吧", "了", "全部", "所有", "短信", "信息",
           "啦", "啊", "呀", "喔", "哦", "嘛", "喇"),
    "ar": ("من فضلك", "لو سمحت", "رجاء", "رجاءا", "شكرا"),
    "he": ("בבקשה", "תודה"),
    "ru": ("ПОЖАЛУЙСТА", "СПАСИБО"),
}
# fmt: on

#: Letters from other scripts that are drawn like Latin letters, as people (and spammers) use
#: them to dodge filters: "SТОР" with Cyrillic Т, О, Р. Both cases are listed for every letter,
#: so a word maps the same way before and after case folding. Applied to a word only when every
#: letter of it becomes Latin, so Russian or Greek text is left as it is.
# fmt: off
LOOKALIKES: Final[dict[str, str]] = {
    # Cyrillic
    "А": "A", "а": "a", "В": "B", "в": "b", "С": "C", "с": "c", "Е": "E", "е": "e",
    "Һ": "H", "һ": "h", "Н": "H", "н": "h", "І": "I", "і": "i", "Ӏ": "I", "ӏ": "l",
    "Ј": "J", "ј": "j", "К": "K", "к": "k", "М": "M", "м": "m", "О": "O", "о": "o",
    "Р": "P", "р": "p", "Ѕ": "S", "ѕ": "s", "Т": "T", "т": "t", "Х": "X", "х": "x",
    "У": "Y", "у": "y", "Ү": "Y", "ү": "y", "Ԁ": "D", "ԁ": "d", "Ԛ": "Q", "ԛ": "q",
    "Ԝ": "W", "ԝ": "w",
    # Greek (the lower-case letter maps to what *it* looks like: η → n, ν → v)
    "Α": "A", "α": "a", "Β": "B", "β": "b", "Ε": "E", "ε": "e", "Ζ": "Z", "ζ": "z",
    "Η": "H", "η": "n", "Ι": "I", "ι": "i", "Κ": "K", "κ": "k", "Μ": "M", "μ": "u",
    "Ν": "N", "ν": "v", "Ο": "O", "ο": "o", "Ρ": "P", "ρ": "p", "Τ": "T", "τ": "t",
    "Υ": "Y", "υ": "u", "Χ": "X", "χ": "x",
    # Latin small capitals ("fancy text" generators; NFKC leaves them alone) and dotless i
    "ᴀ": "a", "ʙ": "b", "ᴄ": "c", "ᴅ": "d", "ᴇ": "e", "ꜰ": "f", "ɢ": "g", "ʜ": "h",
    "ɪ": "i", "Ɪ": "I", "ᴊ": "j", "ᴋ": "k", "ʟ": "l", "ᴍ": "m", "ɴ": "n", "ᴏ": "o",
    "ᴘ": "p", "ʀ": "r", "Ʀ": "R", "ꜱ": "s", "ᴛ": "t", "ᴜ": "u", "ᴠ": "v", "ᴡ": "w",
    "ʏ": "y", "ᴢ": "z", "ı": "i",
}

#: Latin letters drawn like Cyrillic ones, for the other direction: a Russian word typed with
#: one Latin letter ("Cтоп", Latin C) is read as Cyrillic ("стоп") when the rest of it is
#: Cyrillic and cannot be read as Latin. Only letters alike in the same case.
CYRILLIC_TWINS: Final[dict[str, str]] = {
    "A": "А", "a": "а", "B": "В", "C": "С", "c": "с", "E": "Е", "e": "е", "H": "Н",
    "I": "І", "i": "і", "K": "К", "M": "М", "O": "О", "o": "о", "P": "Р", "p": "р",
    "T": "Т", "X": "Х", "x": "х", "Y": "У", "y": "у",
}

#: Latin letters with no Unicode decomposition, folded for matching like accents are.
LATIN_FOLDS: Final[dict[str, str]] = {
    "æ": "ae", "œ": "oe", "ø": "o", "đ": "d", "ł": "l", "þ": "th", "ð": "d", "ħ": "h",
}
# fmt: on

#: Invisible characters that are always deleted (most are Unicode category Cf, deleted anyway;
#: listed here because they are the usual ones pasted into "S\u200bTOP").
ZERO_WIDTH: Final = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff")

#: Characters that join the parts of a word ("don't") instead of separating words.
APOSTROPHES: Final = frozenset("'\u2019\u02bc\u2018`\u00b4")
