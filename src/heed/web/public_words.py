"""The public pages' words in each language heed speaks to the people a business messages.

`{name}` is the business's display name and `{address}` the person's address; every language
has every key (a test checks it), so a page never falls back mid-sentence.
"""

from __future__ import annotations

from typing import Final

EN: Final = {
    "optout_title": "Stop messages from {name}",
    "optout_intro": "Enter your mobile number or email address. {name} will stop sending you "
    "text, WhatsApp, voice or email messages to it.",
    "address_label": "Mobile number or email",
    "address_placeholder": "+14155550100 or you@example.com",
    "address_help": "Include the country code for a phone number, e.g. +44 for the UK.",
    "submit": "Stop messages",
    "proof": "{name} keeps a record of this request, with your IP address and browser, as "
    "proof of your choice.",
    "unreadable": "We could not read that. Enter a mobile number with its country code (for "
    "example +14155550100) or an email address.",
    "done_title": "Request received",
    "done_body": "If {name} messages that address, it will stop. You do not need to do "
    "anything else.",
    "done_later": "Changed your mind later? Reply START to a text message, or contact {name}.",
    "unsubscribe_title": "Unsubscribe from {name}",
    "unsubscribe_question": "Stop all email from {name} to {address}?",
    "unsubscribe_button": "Unsubscribe",
    "unsubscribed_title": "You are unsubscribed",
    "unsubscribed_body": "{name} will send no more email to {address}.",
    "expired_title": "Please try again",
    "expired_body": "This form has expired. Go back to {name}'s opt-out page, reload it and try "
    "again.",
    "busy_title": "Too many requests",
    "busy_body": "Too many requests came from your connection. Wait a few minutes and try again.",
}

ES: Final = {
    "optout_title": "Dejar de recibir mensajes de {name}",
    "optout_intro": "Escriba su número de móvil o su correo electrónico. {name} dejará de "
    "enviarle mensajes de texto, de WhatsApp, de voz o correos a esa dirección.",
    "address_label": "Número de móvil o correo electrónico",
    "address_placeholder": "+34612345678 o usted@example.com",
    "address_help": "Incluya el prefijo del país en un número de teléfono, p. ej. +34 para España.",
    "submit": "Dejar de recibir mensajes",
    "proof": "{name} guarda un registro de esta solicitud, con su dirección IP y su navegador, "
    "como prueba de su decisión.",
    "unreadable": "No hemos podido leerlo. Escriba un número de móvil con el prefijo del país "
    "(por ejemplo +34612345678) o un correo electrónico.",
    "done_title": "Solicitud recibida",
    "done_body": "Si {name} envía mensajes a esa dirección, dejará de hacerlo. No tiene que "
    "hacer nada más.",
    "done_later": "¿Cambia de opinión más adelante? Responda START a un mensaje de texto o "
    "contacte con {name}.",
    "unsubscribe_title": "Darse de baja de {name}",
    "unsubscribe_question": "¿Dejar de recibir todos los correos de {name} en {address}?",
    "unsubscribe_button": "Darse de baja",
    "unsubscribed_title": "Se ha dado de baja",
    "unsubscribed_body": "{name} no enviará más correos a {address}.",
    "expired_title": "Inténtelo de nuevo",
    "expired_body": "Este formulario ha caducado. Vuelva a la página de baja de {name}, "
    "recárguela e inténtelo de nuevo.",
    "busy_title": "Demasiadas solicitudes",
    "busy_body": "Han llegado demasiadas solicitudes desde su conexión. Espere unos minutos e "
    "inténtelo de nuevo.",
}

FR: Final = {
    "optout_title": "Ne plus recevoir de messages de {name}",
    "optout_intro": "Saisissez votre numéro de mobile ou votre adresse e-mail. {name} cessera "
    "de vous envoyer des SMS, des messages WhatsApp, des appels ou des e-mails à cette adresse.",
    "address_label": "Numéro de mobile ou e-mail",
    "address_placeholder": "+33612345678 ou vous@example.com",
    "address_help": "Indiquez l'indicatif du pays pour un numéro de téléphone, par exemple +33 "
    "pour la France.",
    "submit": "Ne plus recevoir de messages",
    "proof": "{name} conserve une trace de cette demande, avec votre adresse IP et votre "
    "navigateur, comme preuve de votre choix.",
    "unreadable": "Nous n'avons pas pu lire cette saisie. Indiquez un numéro de mobile avec "
    "l'indicatif du pays (par exemple +33612345678) ou une adresse e-mail.",
    "done_title": "Demande reçue",
    "done_body": "Si {name} envoie des messages à cette adresse, cela cessera. Vous n'avez rien "
    "d'autre à faire.",
    "done_later": "Vous changez d'avis plus tard ? Répondez START à un SMS, ou contactez {name}.",
    "unsubscribe_title": "Se désabonner de {name}",
    "unsubscribe_question": "Ne plus recevoir aucun e-mail de {name} à l'adresse {address} ?",
    "unsubscribe_button": "Se désabonner",
    "unsubscribed_title": "Vous êtes désabonné",
    "unsubscribed_body": "{name} n'enverra plus d'e-mails à {address}.",
    "expired_title": "Veuillez réessayer",
    "expired_body": "Ce formulaire a expiré. Revenez à la page de désinscription de {name}, "
    "rechargez-la et réessayez.",
    "busy_title": "Trop de demandes",
    "busy_body": "Trop de demandes sont venues de votre connexion. Attendez quelques minutes et "
    "réessayez.",
}

PT: Final = {
    "optout_title": "Deixar de receber mensagens de {name}",
    "optout_intro": "Introduza o seu número de telemóvel ou e-mail. {name} deixará de lhe "
    "enviar SMS, mensagens de WhatsApp, chamadas ou e-mails para esse endereço.",
    "address_label": "Número de telemóvel ou e-mail",
    "address_placeholder": "+351912345678 ou voce@example.com",
    "address_help": "Inclua o indicativo do país num número de telefone, por exemplo +351 para "
    "Portugal ou +55 para o Brasil.",
    "submit": "Deixar de receber mensagens",
    "proof": "{name} guarda um registo deste pedido, com o seu endereço IP e navegador, como "
    "prova da sua escolha.",
    "unreadable": "Não conseguimos ler isso. Introduza um número de telemóvel com o indicativo "
    "do país (por exemplo +351912345678) ou um endereço de e-mail.",
    "done_title": "Pedido recebido",
    "done_body": "Se {name} envia mensagens para esse endereço, vai deixar de o fazer. Não "
    "precisa de fazer mais nada.",
    "done_later": "Mudou de ideias? Responda START a uma mensagem de texto ou contacte {name}.",
    "unsubscribe_title": "Cancelar a subscrição de {name}",
    "unsubscribe_question": "Deixar de receber todos os e-mails de {name} em {address}?",
    "unsubscribe_button": "Cancelar a subscrição",
    "unsubscribed_title": "A sua subscrição foi cancelada",
    "unsubscribed_body": "{name} não enviará mais e-mails para {address}.",
    "expired_title": "Tente novamente",
    "expired_body": "Este formulário expirou. Volte à página de cancelamento de {name}, "
    "recarregue-a e tente novamente.",
    "busy_title": "Demasiados pedidos",
    "busy_body": "Chegaram demasiados pedidos da sua ligação. Aguarde alguns minutos e tente "
    "novamente.",
}

WORDS: Final[dict[str, dict[str, str]]] = {"en": EN, "es": ES, "fr": FR, "pt": PT}
LANGUAGES: Final = tuple(WORDS)
